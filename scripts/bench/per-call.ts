/**
 * 3. Per-call overhead of the `sdk` and `fetch` flavors over raw `fetch`. The timing itself runs in
 * a fresh process (per-call-worker.ts, with `--expose-gc` so every batch starts after a collection).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PerCallReport } from "./per-call-clients.js";
import { failureExcerpt, timeProcess } from "./time-process.js";
import { PROJECT_ROOT } from "./tools.js";

export { CLIENTS, type BatchSamples, type ClientId, type PerCallReport } from "./per-call-clients.js";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "per-call-worker.ts");

export interface PerCallOptions {
  batches: number;
  stubCalls: number;
  loopbackCalls: number;
  loopbackSeconds: number;
}

export async function benchPerCall(options: PerCallOptions): Promise<PerCallReport> {
  const args = [String(options.batches), String(options.stubCalls), String(options.loopbackCalls), String(options.loopbackSeconds)];
  const run = await timeProcess(process.execPath, ["--expose-gc", "--import", "tsx", WORKER, ...args], {
    cwd: PROJECT_ROOT,
    timeoutMs: 120_000 + options.loopbackSeconds * 1000 + options.batches * options.stubCalls,
  });
  const last = run.stdout.trim().split(/\r?\n/).at(-1) ?? "";
  if (run.code !== 0 || !last.startsWith("{")) throw new Error(`per-call worker failed: ${failureExcerpt(run)}`);
  return JSON.parse(last) as PerCallReport;
}
