/**
 * Which flavors our pipeline renders in the bench. By default every registered flavor, as
 * `npm run generate` does. When that fails on a spec before any run of ours on it has succeeded,
 * each flavor is tried alone (untimed, without lint) and the spec is measured with the flavors that
 * work; the report names the ones that failed and why. `--flavors` turns this off.
 */
import path from "node:path";
import { rm } from "node:fs/promises";
import { FLAVOR_NAMES } from "../lib/flavors/index.js";
import { failureExcerpt, timeProcess } from "./time-process.js";
import { BENCH_DIR, PROJECT_ROOT, generateArgs, type BenchSpec } from "./tools.js";

/** A spec measured with fewer flavors than are registered, and why. */
export interface FlavorFallback {
  readonly specId: string;
  readonly failing: ReadonlyArray<{ flavor: string; error: string }>;
  readonly used: readonly string[];
}

let selected: readonly string[] = [];
const bySpec = new Map<string, FlavorFallback>();
const succeeded = new Set<string>();

/** Restricts our pipeline to these flavors for the rest of this process (`--flavors`); `[]` = all. */
export function selectOurFlavors(names: readonly string[]): void {
  selected = [...names];
}

/** `--flavor` arguments for our CLI on this spec. */
export function flavorArgs(spec: BenchSpec): string[] {
  const names = selected.length > 0 ? selected : (bySpec.get(spec.id)?.used ?? []);
  return names.flatMap((name) => ["--flavor", name]);
}

/** Call after a successful run of ours: from then on a failure on this spec is a failure, not a reason to drop flavors. */
export function noteOursSucceeded(spec: BenchSpec): void {
  succeeded.add(spec.id);
}

export function flavorFallbacks(): FlavorFallback[] {
  return [...bySpec.values()];
}

/** `generate: spec/openapi.yaml -> out (fetch, sdk, docs)` -> ["fetch", "sdk", "docs"]: the flavors our CLI says it renders. */
export function announcedFlavors(stdout: string): string[] | undefined {
  const list = /^generate: .* \(([^)]*)\)$/m.exec(stdout)?.[1];
  return list?.split(",").map((name) => name.trim()).filter(Boolean);
}

/**
 * After a failed run of ours on `spec`: tries each flavor alone. Returns true when some work and
 * some fail, and the spec is from now on generated with the working ones.
 */
export async function fallBackToWorkingFlavors(spec: BenchSpec, failedStdout: string, log: (line: string) => void): Promise<boolean> {
  if (selected.length > 0 || bySpec.has(spec.id) || succeeded.has(spec.id)) return false;
  const failing: Array<{ flavor: string; error: string }> = [];
  const used: string[] = [];
  for (const flavor of announcedFlavors(failedStdout) ?? FLAVOR_NAMES) {
    const out = path.join(BENCH_DIR, "flavor-probe", spec.id, flavor);
    await rm(out, { recursive: true, force: true });
    const run = await timeProcess(process.execPath, [...generateArgs(), "--spec", spec.path, "--out", out, "--no-lint", "--flavor", flavor], { cwd: PROJECT_ROOT });
    if (run.code === 0) used.push(flavor);
    else failing.push({ flavor, error: failureExcerpt(run, 1) });
  }
  if (failing.length === 0 || used.length === 0) return false;
  bySpec.set(spec.id, { specId: spec.id, failing, used });
  log(`  ${spec.id}: flavors ${failing.map(({ flavor }) => flavor).join(", ")} fail on it alone; measuring it with ${used.join(", ")}`);
  return true;
}
