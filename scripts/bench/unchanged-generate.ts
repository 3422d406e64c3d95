/**
 * The unchanged-spec run: `npm run generate` a second time with nothing changed, through npm as a
 * user types it (into .tmp/bench, never generated/), and the same without npm for comparison.
 */
import path from "node:path";
import { failureExcerpt, timeProcess, type ProcessRun } from "./time-process.js";
import { BENCH_DIR, PROJECT_ROOT, generateArgs } from "./tools.js";

export interface UnchangedRun {
  readonly ms: number;
  /** Whether the CLI said it skipped the stages (a cache hit); `false` means it regenerated. */
  readonly skipped: boolean;
  /** The CLI's last line, e.g. `done: unchanged (180 ms)`. */
  readonly summary: string;
}

export interface UnchangedResult {
  readonly viaNpm: readonly UnchangedRun[];
  readonly viaTsx: readonly UnchangedRun[];
}

const OUT = path.join(BENCH_DIR, "unchanged");

/** npm itself: the one running this bench when there is one (no shell), else `npm` on PATH. */
function npmCommand(): { command: string; prefix: string[] } {
  const npmCli = process.env.npm_execpath;
  return npmCli && /npm-cli\.c?js$/.test(npmCli) ? { command: process.execPath, prefix: [npmCli] } : { command: "npm", prefix: [] };
}

function describe(run: ProcessRun): UnchangedRun {
  const lines = run.stdout.trim().split(/\r?\n/);
  return { ms: run.ms, skipped: /nothing to do|done: unchanged/.test(run.stdout), summary: lines.at(-1)?.trim() ?? "" };
}

async function timed(command: string, args: string[]): Promise<UnchangedRun> {
  const run = await timeProcess(command, args, { cwd: PROJECT_ROOT });
  if (run.code !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${failureExcerpt(run)}`);
  return describe(run);
}

export async function benchUnchanged(options: { runs: number; log: (line: string) => void }): Promise<UnchangedResult> {
  const npm = npmCommand();
  const npmArgs = [...npm.prefix, "run", "generate", "--", "--out", OUT];
  const tsxArgs = [...generateArgs(), "--out", OUT];
  const first = await timed(npm.command, npmArgs); // the run that makes everything current
  options.log(`  first run: ${Math.round(first.ms)} ms (${first.summary})`);
  const viaNpm: UnchangedRun[] = [];
  const viaTsx: UnchangedRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    viaNpm.push(await timed(npm.command, npmArgs));
    viaTsx.push(await timed(process.execPath, tsxArgs));
    options.log(`  run ${run + 1}/${options.runs}: npm run generate ${Math.round(viaNpm.at(-1)!.ms)} ms, without npm ${Math.round(viaTsx.at(-1)!.ms)} ms`);
  }
  return { viaNpm, viaTsx };
}
