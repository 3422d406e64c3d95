import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiConnectionError,
  ApiTimeoutError,
  InternalServerError,
  ResponseTooLargeError,
  resolveClientConfig,
  send,
  serializeQuery,
  type ClientOptions,
  type OperationRequest,
} from "../../../../templates/sdk/runtime/index.js";
import { rejectionOf, TEST_SECURITY_SCHEMES } from "./fake-client.js";

interface ReceivedRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: string;
}

const servers: Server[] = [];

afterEach(async () => {
  // Always stop what a test started, even when it failed.
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** Starts a recording server on 127.0.0.1 and an OS-chosen port. */
async function startServer(
  handle: (request: IncomingMessage, response: ServerResponse, index: number) => void,
): Promise<{ baseUrl: string; received: ReceivedRequest[]; server: Server }> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString() });
      handle(request, response, received.length - 1);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, received, server };
}

function clientFor(baseUrl: string, options: ClientOptions = {}) {
  return resolveClientConfig(
    { baseUrl, retry: { initialDelayMs: 5, maxDelayMs: 20 }, ...options },
    { baseUrl: "http://unused.invalid", securitySchemes: TEST_SECURITY_SCHEMES },
  );
}

const postInvitation: OperationRequest = {
  operationId: "post_invitation",
  method: "POST",
  path: "/v1/organizations/{organization_id}/invitations",
  pathParams: { organization_id: "../admin" },
  query: serializeQuery({ notify: true }),
  body: { email: "a@example.test" },
  security: [{ bearerAuth: [] }],
};

describe("send over real HTTP", () => {
  it("sends what it promises on the wire", async () => {
    const { baseUrl, received } = await startServer((_, response) => {
      response.writeHead(201, { "content-type": "application/json" }).end('{"id":"inv_1"}');
    });
    const config = clientFor(baseUrl, { credentials: { bearerAuth: async () => "tok" }, defaultHeaders: { "User-Agent": "sdk-test" } });
    const response = await send<{ id: string }>(config, postInvitation, { idempotencyKey: "idem-1" });

    expect(response).toMatchObject({ status: 201, data: { id: "inv_1" } });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      method: "POST",
      url: "/v1/organizations/..%2Fadmin/invitations?notify=true",
      body: '{"email":"a@example.test"}',
      headers: expect.objectContaining({
        authorization: "Bearer tok",
        "content-type": "application/json",
        accept: "application/json",
        "idempotency-key": "idem-1",
        "user-agent": "sdk-test",
      }),
    });
  });

  it("retries a 503 with real timers, then succeeds", async () => {
    const { baseUrl, received } = await startServer((_, response, index) => {
      if (index < 2) response.writeHead(503, { "retry-after-ms": "10" }).end("busy");
      else response.writeHead(200, { "content-type": "application/json" }).end("[]");
    });
    const response = await send(clientFor(baseUrl), { ...postInvitation, method: "GET", body: undefined, security: [] });
    expect(response.data).toEqual([]);
    expect(received).toHaveLength(3);
  });

  it("surfaces the server's error after the last retry", async () => {
    const { baseUrl, received } = await startServer((_, response) => {
      response.writeHead(500, "Internal Server Error", { "content-type": "text/plain" }).end("database down");
    });
    const error = await rejectionOf(send(clientFor(baseUrl, { maxRetries: 1 }), { ...postInvitation, method: "PUT" }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, body: "database down", message: "post_invitation: HTTP 500 Internal Server Error: database down" });
    expect(received).toHaveLength(2);
  });

  it("reports a refused connection as ApiConnectionError with the cause", async () => {
    const { baseUrl, server } = await startServer(() => {});
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await rejectionOf(send(clientFor(baseUrl, { maxRetries: 1 }), { ...postInvitation, method: "GET", body: undefined }));
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).not.toBeInstanceOf(ApiTimeoutError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("post_invitation: connection failed (ECONNREFUSED)");
  });

  it("reports a connection reset mid-response as ApiConnectionError", async () => {
    const { baseUrl } = await startServer((request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"partial":');
      setTimeout(() => request.socket.destroy(), 5);
    });
    const error = await rejectionOf(send(clientFor(baseUrl, { maxRetries: 0 }), { ...postInvitation, security: [] }));
    expect(error).toBeInstanceOf(ApiConnectionError);
  });

  it("times out a server that never answers", async () => {
    const { baseUrl, received } = await startServer(() => {});
    const started = performance.now();
    const error = await rejectionOf(send(clientFor(baseUrl, { timeoutMs: 50, maxRetries: 1 }), { ...postInvitation, method: "GET", body: undefined }));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(received).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("stops downloading a body past maxResponseBytes and closes the connection", async () => {
    let bytesWritten = 0;
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const { baseUrl } = await startServer((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!response.destroyed && bytesWritten < 512 * 1024 * 1024) {
          bytesWritten += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
      };
      response.on("close", () => closed());
      pump();
    });
    const error = await rejectionOf(send(clientFor(baseUrl, { maxResponseBytes: 256 * 1024 }), { ...postInvitation, method: "GET", body: undefined }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    await connectionClosed;
    // Socket buffers let the server get ahead a little, but nowhere near the 512 MiB it offered.
    expect(bytesWritten).toBeLessThan(64 * 1024 * 1024);
  });
});
