// Starts test/failing-server/stub-server.mjs as a child process and drives it over HTTP. The child
// exits when its stdin closes, so it dies with this process even when a test crashes.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { projectRoot } from "../../support/openapi-doc.js";
import type { Step } from "./scenarios.js";

export const STUB_SERVER_PATH = path.join(projectRoot, "test/failing-server/stub-server.mjs");

/** One request the stub server saw, exactly as received. */
export interface StubRequest {
  method: string;
  /** The raw request target: path and query, still percent-encoded, never normalised. */
  target: string;
  /** Raw `[name, value]` pairs in the order received. */
  headers: Array<[string, string]>;
  /** The body as UTF-8 text. */
  body: string;
}

export interface StubServer extends AsyncDisposable {
  url: string;
  /** Replaces the script, clears the recording, drops unanswered connections. */
  script(steps: readonly Step[]): Promise<void>;
  /** Load mode: every `failEvery`-th request gets `fail`, the others `ok`. */
  load(options: { failEvery: number; fail: Step; ok: Step }): Promise<void>;
  requests(): Promise<StubRequest[]>;
  count(): Promise<number>;
  /** A loopback URL where nothing listens. */
  refusedUrl(): Promise<string>;
  close(): Promise<void>;
}

export async function startStubServer(): Promise<StubServer> {
  const child = spawn(process.execPath, [STUB_SERVER_PATH], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      lines.close();
      resolve(line);
    });
    child.once("error", reject);
    void exited.then(() => reject(new Error(`the stub server exited before printing its url: ${stderr}`)));
  });
  const { url } = JSON.parse(firstLine) as { url: string };

  const controlRequest = async (method: "GET" | "POST", route: string, body?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${url}/__stub/${route}`, body === undefined ? { method } : { method, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`stub server: ${method} /__stub/${route} answered ${response.status}: ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      child.stdin.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
      await exited;
      clearTimeout(timer);
    })();
    return closing;
  };
  return {
    url,
    script: async (steps) => void (await controlRequest("POST", "script", { steps })),
    load: async (options) => void (await controlRequest("POST", "load", options)),
    requests: async () => (await controlRequest("GET", "requests")).requests as StubRequest[],
    count: async () => (await controlRequest("GET", "count")).count as number,
    refusedUrl: async () => (await controlRequest("GET", "refused-url")).url as string,
    close,
    [Symbol.asyncDispose]: close,
  };
}
