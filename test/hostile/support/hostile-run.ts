// Runs a hostile fixture through the real CLI into a private folder under `.tmp/hostile/` (inside
// the project, so generated TypeScript resolves openapi-fetch), beside a sentinel folder that no
// run may touch.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../../support/openapi-doc.js";
import { runScript, type ScriptResult } from "../../support/run-script.js";
import { lintArgs, type Lint } from "../catalogue.js";

export const FIXTURES_DIR = path.join(projectRoot, "test/fixtures/hostile");
export const HOSTILE_ROOT = path.join(projectRoot, ".tmp/hostile");

/** At most `limit` tasks at once: the suite shares two cores between CLIs, tsc, python and ruby. */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * One run's folders: `out/` (the output, with a pre-existing file the generator does not own),
 * and `sentinel/` beside it (what a path escaping the output would hit). Removed when disposed.
 */
export interface RunFolders extends AsyncDisposable {
  root: string;
  out: string;
  sentinel: string;
}

export async function makeRunFolders(label: string): Promise<RunFolders> {
  await mkdir(HOSTILE_ROOT, { recursive: true });
  const root = await mkdtemp(path.join(HOSTILE_ROOT, `${label.replace(/[^A-Za-z0-9-]+/g, "-")}-`));
  const out = path.join(root, "out");
  const sentinel = path.join(root, "sentinel");
  await mkdir(path.join(sentinel, "evil"), { recursive: true });
  await writeFile(path.join(sentinel, "keep.txt"), "beside the output: never written\n");
  await writeFile(path.join(sentinel, "evil", "evil.md"), "beside the output: never written\n");
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "sentinel.txt"), "in the output, owned by no flavor: never removed\n");
  return { root, out, sentinel, [Symbol.asyncDispose]: () => rm(root, { recursive: true, force: true }) };
}

export interface CliRun extends ScriptResult {
  ms: number;
}

/** `cli.ts --spec fixture --out dir --no-cache` with the fixture's lint flags. */
export async function generateFixture(fixture: string, out: string, lint: Lint, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = performance.now();
  const result = await runScript("cli.ts", ["--spec", path.join(FIXTURES_DIR, fixture), "--out", out, "--no-cache", "--quiet", ...lintArgs(lint)], { env });
  return { ...result, ms: performance.now() - started };
}
