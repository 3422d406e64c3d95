import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PipelineError } from "../pipeline-error.js";
import { assertPortFree } from "./assert-port-free.js";
import { killOnExit } from "./kill-on-exit.js";
import { childExited, stopProcessGroup, type ChildExit } from "./stop-process-group.js";
import { waitUntilReady } from "./wait-until-ready.js";

/** Defaults of {@link StartPrismOptions}. */
export const PRISM_DEFAULTS = {
  host: "127.0.0.1",
  port: 4010,
  readyTimeoutMs: 30_000,
} as const;

export interface StartPrismOptions {
  /** The spec Prism serves; a bundled file (`generated/openapi.yaml`). */
  specPath: string;
  /** @default 4010 */
  port?: number;
  /** Interface to listen on. @default "127.0.0.1" (loopback only) */
  host?: string;
  /** Generate response data from the schemas (Prism's `--dynamic`) instead of serving the examples. @default false */
  dynamic?: boolean;
  /** Each line Prism prints (stdout and stderr), as printed. */
  onLog?: (line: string) => void;
  /** How long Prism may take to answer its first request. @default 30_000 */
  readyTimeoutMs?: number;
  /**
   * Kill Prism when this process receives SIGINT, SIGTERM or SIGHUP (the signal then takes its usual
   * course). Turn it off when the caller handles those signals itself and calls `stop()`. Prism is
   * killed on `exit` (including an uncaught error) either way. @default true
   */
  stopOnSignal?: boolean;
}

/** A running Prism. `await using prism = await startPrism(…)` stops it at the end of the scope. */
export interface PrismServer extends AsyncDisposable {
  /** `http://127.0.0.1:4010`, no trailing slash. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Prism's process id, which is also its process group id. */
  readonly pid: number;
  /** Resolves when Prism exits, for whatever reason. */
  readonly exited: Promise<ChildExit>;
  /** Stops Prism and its process group (SIGTERM, then SIGKILL after 5 s); safe to call twice. */
  stop(): Promise<void>;
}

/** Prism's CLI entry point, from the installed `@stoplight/prism-cli` package. */
export function prismEntryPoint(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("@stoplight/prism-cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.prism;
  if (!bin) throw new PipelineError("@stoplight/prism-cli has no `prism` bin entry", manifestPath);
  return path.resolve(path.dirname(manifestPath), bin);
}

/** The arguments after Prism's entry point. CORS stays on (Prism's default): browsers on other ports must work. */
export function prismArguments(options: { specPath: string; host: string; port: number; dynamic?: boolean | undefined }): string[] {
  const args = ["mock", options.specPath, "--host", options.host, "--port", String(options.port)];
  if (options.dynamic) args.push("--dynamic");
  return args;
}

/** `http://host:port`, bracketing IPv6 addresses. */
export function serverUrl(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/**
 * Starts Prism's mock server on `specPath` and resolves once it answers HTTP. Prism runs as its own
 * process group (run by this Node, not through a shell), so stopping it stops everything it
 * started; it is also killed when this process exits or (by default) is interrupted.
 *
 * @throws {@link PipelineError} when the port is taken, or Prism exits or stays silent before it is
 *   ready (the message quotes Prism's last lines).
 */
export async function startPrism(options: StartPrismOptions): Promise<PrismServer> {
  const host = options.host ?? PRISM_DEFAULTS.host;
  const port = options.port ?? PRISM_DEFAULTS.port;
  const url = serverUrl(host, port);
  await assertPortFree(host, port);

  const child = spawn(process.execPath, [prismEntryPoint(), ...prismArguments({ ...options, host, port })], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const exited = childExited(child);
  const pid = child.pid;
  if (pid === undefined) {
    const spawnError = await new Promise<Error>((resolve) => child.once("error", resolve));
    throw new PipelineError(`cannot start Prism: ${spawnError.message}`);
  }
  const untrack = killOnExit(pid, { onSignal: options.stopOnSignal ?? true });
  void exited.then(untrack);

  const recent: string[] = [];
  let listening = false;
  let markListening = (): void => {};
  const listeningSeen = new Promise<void>((resolve) => (markListening = resolve));
  const onLine = (line: string): void => {
    if (line.includes("Prism is listening on")) {
      listening = true;
      markListening();
    }
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.onLog?.(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? "";
      lines.forEach(onLine);
    });
    stream.on("end", () => {
      if (pending !== "") onLine(pending);
    });
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= stopProcessGroup(child, exited).then(() => undefined);
    return stopping;
  };
  const server: PrismServer = { url, host, port, pid, exited, stop, [Symbol.asyncDispose]: stop };

  const diedEarly = exited.then((exit): never => {
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    throw new PipelineError(`Prism ${how} before it was ready:\n${recent.join("\n")}`);
  });
  diedEarly.catch(() => {}); // only a failure while starting; a later exit is `exited`'s business
  try {
    await waitUntilReady(url, {
      timeoutMs: options.readyTimeoutMs ?? PRISM_DEFAULTS.readyTimeoutMs,
      abandon: diedEarly,
      // A CORS preflight: Prism answers it before routing, so the probe leaves no line in its log.
      request: { method: "OPTIONS", headers: { Origin: "http://127.0.0.1", "Access-Control-Request-Method": "GET" } },
    });
    // Something answered; make sure it is this Prism and not a server that took the port meanwhile.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([listeningSeen, diedEarly, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
    clearTimeout(timer);
    if (!listening) throw new PipelineError(`something other than Prism answers on ${url}`, "--port");
  } catch (error) {
    await stop();
    throw error;
  }
  return server;
}
