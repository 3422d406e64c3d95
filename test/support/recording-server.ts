import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received (still percent-encoded). */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body decoded as UTF-8. */
  body: string;
  /** The body's bytes, exactly as received. */
  bodyBytes: Buffer;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * A server on 127.0.0.1 that records every request and answers from a queue of replies (the last
 * one repeats). Dispose it with `await using`, or call `close()`: it is always stopped.
 */
export interface RecordingServer extends AsyncDisposable {
  url: string;
  requests: RecordedRequest[];
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  let replies: Reply[] = [{ status: 200, headers: { "content-type": "application/json" }, body: "{}" }];
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const bodyBytes = Buffer.concat(chunks);
      requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: bodyBytes.toString("utf8"), bodyBytes });
      const next = replies.length > 1 ? replies.shift()! : replies[0]!;
      response.writeHead(next.status, next.headers ?? {});
      response.end(next.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next) => {
      replies = next;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
