/**
 * 1. Generation time: our pipeline (with and without lint) against openapi-typescript alone,
 * @hey-api/openapi-ts and orval, each run a fresh process into an empty folder, runs interleaved
 * (run i of every tool on a spec is taken before run i+1 of any), so pairwise ratios compare runs
 * taken under the same machine load.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleSpec } from "../lib/load/bundle-spec.js";
import { announcedFlavors, fallBackToWorkingFlavors, flavorArgs, noteOursSucceeded } from "./our-flavors.js";
import { median, pairwiseRatios, summarize, type Summary } from "./stats.js";
import { failureExcerpt, timeProcess, type ProcessRun } from "./time-process.js";
import { BENCH_DIR, binPath, PROJECT_ROOT, SPECS, generateArgs, type BenchSpec } from "./tools.js";

export type GeneratorId = "ours" | "ours-no-lint" | "openapi-typescript" | "hey-api" | "orval";

interface Invocation {
  command: string;
  args: string[];
  cwd: string;
}

/** One tool that turns a spec into code. */
export interface Generator {
  readonly id: GeneratorId;
  readonly label: string;
  /** `input` is the spec for our pipeline, and the bundled single document for every other tool. */
  invocation(spec: BenchSpec, peerInput: string, outDir: string): Invocation;
}

/** Other tools run here: a folder with no config files of any tool in it, so each runs on its defaults. */
const NEUTRAL_CWD = path.join(BENCH_DIR, "cwd");

const ours = (lint: boolean): Generator => ({
  id: lint ? "ours" : "ours-no-lint",
  label: lint ? "ours: whole pipeline" : "ours: pipeline --no-lint",
  // What `npm run generate` runs, minus npm itself (the unchanged-run benchmark measures npm too).
  invocation: (spec, _peerInput, outDir) => ({
    command: process.execPath,
    args: [
      ...generateArgs(),
      "--spec",
      spec.path,
      "--out",
      outDir,
      ...(lint ? [] : ["--no-lint"]),
      ...flavorArgs(spec),
    ],
    cwd: PROJECT_ROOT,
  }),
});

export const GENERATORS: readonly Generator[] = [
  ours(true),
  ours(false),
  {
    id: "openapi-typescript",
    label: "openapi-typescript (types only)",
    invocation: (_spec, input, outDir) => ({
      command: process.execPath,
      args: [binPath("openapi-typescript"), input, "--output", path.join(outDir, "schema.ts")],
      cwd: NEUTRAL_CWD,
    }),
  },
  {
    id: "hey-api",
    label: "@hey-api/openapi-ts (default: types + sdk + fetch client)",
    invocation: (_spec, input, outDir) => ({
      command: process.execPath,
      args: [binPath("@hey-api/openapi-ts", "openapi-ts"), "--input", input, "--output", outDir],
      cwd: NEUTRAL_CWD,
    }),
  },
  {
    id: "orval",
    label: "orval --client fetch",
    invocation: (_spec, input, outDir) => ({
      command: process.execPath,
      args: [binPath("orval"), "--input", input, "--output", path.join(outDir, "client.ts"), "--client", "fetch"],
      cwd: NEUTRAL_CWD,
    }),
  },
];

export const generatorById = (id: GeneratorId): Generator => GENERATORS.find((generator) => generator.id === id)!;

/** Where a tool's output for a spec lands (emptied before every run). */
export const outputDir = (generator: GeneratorId, spec: BenchSpec): string => path.join(BENCH_DIR, "generate", spec.id, generator);

/**
 * The single document other tools read: the vendor's file as published, or, for our split
 * canonical spec, our bundle of it (written once, untimed).
 */
const peerInputs = new Map<string, Promise<string>>();
export function peerInput(spec: BenchSpec): Promise<string> {
  let input = peerInputs.get(spec.id);
  if (!input) {
    input = spec.split
      ? (async () => {
          const bundle = await bundleSpec(spec.path, PROJECT_ROOT);
          const file = path.join(BENCH_DIR, "input", `${spec.id}.openapi.yaml`);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, bundle.yaml);
          return file;
        })()
      : Promise.resolve(spec.path);
    peerInputs.set(spec.id, input);
  }
  return input;
}

/** Output folders this process has filled successfully; later sections reuse them. */
const completed = new Set<string>();

/** An unchanged-output cache hit would time nothing; our CLI says so in one of these ways. */
const CACHE_HIT = /nothing to do|done: unchanged/;

/**
 * Runs one tool once into an emptied folder. When ours fails on a spec it has not yet succeeded on,
 * it is run again with only the flavors that work on that spec, if some do (see our-flavors.ts).
 * @throws with the tool's last output lines when it fails
 */
export async function runGenerator(generator: Generator, spec: BenchSpec, log: (line: string) => void = () => {}): Promise<ProcessRun> {
  const outDir = outputDir(generator.id, spec);
  const input = await peerInput(spec);
  completed.delete(outDir);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await mkdir(NEUTRAL_CWD, { recursive: true });
  const { command, args, cwd } = generator.invocation(spec, input, outDir);
  const run = await timeProcess(command, args, { cwd });
  const isOurs = generator.id.startsWith("ours");
  if (run.code !== 0) {
    if (isOurs && (await fallBackToWorkingFlavors(spec, run.stdout, log))) return runGenerator(generator, spec, log);
    throw new Error(`${generator.label} on ${spec.label} failed: ${failureExcerpt(run)}`);
  }
  if (isOurs && CACHE_HIT.test(run.stdout)) {
    throw new Error(`${generator.label} on ${spec.label} was answered from the cache into an empty folder; nothing was timed`);
  }
  if (isOurs) noteOursSucceeded(spec);
  completed.add(outDir);
  return run;
}

/** The output folder of a tool on a spec, generating it (untimed) unless this process already has. */
export async function ensureGenerated(id: GeneratorId, spec: BenchSpec): Promise<string> {
  const outDir = outputDir(id, spec);
  if (!completed.has(outDir)) await runGenerator(generatorById(id), spec);
  return outDir;
}

/** The run's own total, as the CLI prints it on its `done:` line. */
export const TOTAL_STEP = "total, as the CLI reports it";
/** Wall time minus the CLI's own total: starting Node and tsx, and loading modules before the clock starts. */
export const STARTUP_STEP = "start-up (wall time - CLI total)";

/** `  lint                      1161 ms` -> ["lint", 1161]; our CLI prints one such line per step. */
export function parseStepTimings(stdout: string): Map<string, number> {
  const steps = new Map<string, number>();
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^ {2}(\S.*?)\s+(\d+) ms$/.exec(line);
    if (match) steps.set(match[1]!, Number(match[2]));
  }
  const total = /^done: .*\((\d+) ms\)$/m.exec(stdout);
  if (total) steps.set(TOTAL_STEP, Number(total[1]));
  return steps;
}

export interface GenerationResult {
  readonly specs: readonly BenchSpec[];
  /** spec id -> generator id -> wall ms per run, in run order; empty for a tool that failed on the spec. */
  readonly samples: ReadonlyMap<string, ReadonlyMap<GeneratorId, readonly number[]>>;
  /** spec id -> generator id -> why it failed (its last output lines); such a tool is not run again on that spec. */
  readonly failures: ReadonlyMap<string, ReadonlyMap<GeneratorId, string>>;
  /** spec id -> generator id (ours only) -> step -> median ms. */
  readonly steps: ReadonlyMap<string, ReadonlyMap<GeneratorId, ReadonlyMap<string, number>>>;
  /** The flavor lists our CLI announced (`generate: … (fetch, sdk, …)`), each once: others may register flavors while the bench runs. */
  readonly flavorsSeen: readonly string[];
}

export interface GenerationOptions {
  runs: number;
  warmup: number;
  log: (line: string) => void;
}

export async function benchGeneration(options: GenerationOptions): Promise<GenerationResult> {
  const specs: BenchSpec[] = [SPECS.canonical, SPECS.trieve, SPECS.clerk];
  const samples = new Map<string, Map<GeneratorId, number[]>>();
  const failures = new Map<string, Map<GeneratorId, string>>();
  const stepSamples = new Map<string, Map<GeneratorId, Map<string, number[]>>>();
  const flavorsSeen = new Set<string>();
  for (const spec of specs) {
    samples.set(spec.id, new Map(GENERATORS.map((generator) => [generator.id, []])));
    failures.set(spec.id, new Map());
    stepSamples.set(spec.id, new Map());
    await peerInput(spec);
  }
  // Warm-up: every tool on the smallest spec, untimed (fills the disk cache and tsx's compile cache).
  for (let round = 0; round < options.warmup; round++) {
    const line: string[] = [];
    for (const generator of GENERATORS) {
      const run = await runGenerator(generator, SPECS.canonical, options.log).catch(() => undefined);
      line.push(`${generator.id} ${run ? Math.round(run.ms) : "failed"}`);
    }
    options.log(`  warm-up ${SPECS.canonical.id}: ${line.join(", ")} ms`);
  }
  for (let round = 0; round < options.runs; round++) {
    for (const spec of specs) {
      const line: string[] = [];
      for (const generator of GENERATORS) {
        if (failures.get(spec.id)!.has(generator.id)) continue;
        let run: ProcessRun;
        try {
          run = await runGenerator(generator, spec, options.log);
        } catch (error) {
          const message = (error as Error).message;
          failures.get(spec.id)!.set(generator.id, message);
          samples.get(spec.id)!.set(generator.id, []);
          stepSamples.get(spec.id)!.delete(generator.id);
          options.log(`  ${generator.id} on ${spec.id} FAILED, not run again on it: ${message}`);
          continue;
        }
        line.push(`${generator.id} ${Math.round(run.ms)}`);
        const flavors = announcedFlavors(run.stdout);
        if (flavors !== undefined) flavorsSeen.add(flavors.join(", "));
        samples.get(spec.id)!.get(generator.id)!.push(run.ms);
        if (generator.id.startsWith("ours")) {
          const stepsOfRun = parseStepTimings(run.stdout);
          const total = stepsOfRun.get(TOTAL_STEP);
          if (total !== undefined) stepsOfRun.set(STARTUP_STEP, run.ms - total);
          const bySteps = stepSamples.get(spec.id)!;
          const ofGenerator = bySteps.get(generator.id) ?? new Map<string, number[]>();
          bySteps.set(generator.id, ofGenerator);
          for (const [step, ms] of stepsOfRun) ofGenerator.set(step, [...(ofGenerator.get(step) ?? []), ms]);
        }
      }
      options.log(`  run ${round + 1}/${options.runs} ${spec.id}: ${line.join(", ")} ms`);
    }
  }
  const steps = new Map(
    [...stepSamples].map(([specId, byGenerator]) => [
      specId,
      new Map([...byGenerator].map(([id, bySteps]) => [id, new Map([...bySteps].map(([step, values]) => [step, median(values)]))])),
    ]),
  );
  return { specs, samples, failures, steps, flavorsSeen: [...flavorsSeen] };
}

/** The pairs the targets and readers care about: numerator / denominator. */
export const GENERATION_RATIOS: ReadonlyArray<readonly [GeneratorId, GeneratorId]> = [
  ["ours-no-lint", "openapi-typescript"],
  ["ours", "openapi-typescript"],
  ["ours-no-lint", "hey-api"],
  ["ours", "hey-api"],
  ["ours-no-lint", "orval"],
  ["ours", "orval"],
];

/** Pairwise ratio summary of two generators on one spec; `undefined` when either failed on it. */
export function generationRatio(result: GenerationResult, specId: string, [a, b]: readonly [GeneratorId, GeneratorId]): Summary | undefined {
  const bySpec = result.samples.get(specId)!;
  const [samplesA, samplesB] = [bySpec.get(a)!, bySpec.get(b)!];
  return samplesA.length > 0 && samplesB.length > 0 ? summarize(pairwiseRatios(samplesA, samplesB)) : undefined;
}
