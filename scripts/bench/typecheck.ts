/**
 * 2. `tsc --noEmit` on generated code for the Clerk spec: each of our TypeScript flavors (with its own
 * strict tsconfig), each peer's output (one shared strict tsconfig), and an empty project.
 */
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { FLAVORS } from "../lib/flavors/index.js";
import { ensureGenerated, type GeneratorId } from "./generation.js";
import { timeProcess } from "./time-process.js";
import { BENCH_DIR, binPath, PROJECT_ROOT, SPECS } from "./tools.js";

/** One project tsc checks. */
export interface TypecheckProject {
  readonly id: string;
  readonly label: string;
  readonly tsconfig: string;
  /** Whose configuration: the output's own, or the bench's shared strict one. */
  readonly config: "own" | "shared";
}

export interface TypecheckSample {
  readonly ms: number;
  /** `error TS…` lines tsc printed (0 when it passed). */
  readonly errors: number;
}

export interface TypecheckResult {
  readonly projects: readonly TypecheckProject[];
  /** project id -> samples in run order. */
  readonly samples: ReadonlyMap<string, readonly TypecheckSample[]>;
  /** The first error lines per project that failed, to quote. */
  readonly firstErrors: ReadonlyMap<string, readonly string[]>;
}

const TYPECHECK_DIR = path.join(BENCH_DIR, "typecheck");

/** Strict, for code that runs in browsers and Node alike; bundler resolution, since not every tool writes `.js` import suffixes. */
export const SHARED_STRICT_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
} as const;

const exists = (file: string) => access(file).then(() => true, () => false);

/** A project of the shared config that includes `files` (globs, absolute). */
async function sharedProject(id: string, include: readonly string[]): Promise<string> {
  const dir = path.join(TYPECHECK_DIR, id);
  await mkdir(dir, { recursive: true });
  const tsconfig = path.join(dir, "tsconfig.json");
  await writeFile(tsconfig, `${JSON.stringify({ ...SHARED_STRICT_TSCONFIG, include: include.map((glob) => path.relative(dir, glob)) }, null, 2)}\n`);
  return tsconfig;
}

/**
 * Our TypeScript flavors: those whose output folder has a tsconfig.json of its own (walking up from
 * each folder the flavor owns to the output root). Docs, Python or Ruby output has none.
 */
export async function ourTypeScriptProjects(outRoot: string): Promise<TypecheckProject[]> {
  const projects: TypecheckProject[] = [];
  for (const flavor of FLAVORS) {
    for (const owned of flavor.ownedDirs) {
      let dir = path.join(outRoot, owned);
      let tsconfig: string | undefined;
      while (dir.startsWith(outRoot) && dir !== outRoot) {
        if (await exists(path.join(dir, "tsconfig.json"))) {
          tsconfig = path.join(dir, "tsconfig.json");
          break;
        }
        dir = path.dirname(dir);
      }
      if (tsconfig && !projects.some((project) => project.tsconfig === tsconfig)) {
        projects.push({ id: `ours-${flavor.name}`, label: `ours: ${flavor.name}`, tsconfig, config: "own" });
      }
    }
  }
  return projects;
}

/** Generates what is not there yet and lays out every project. */
export async function prepareTypecheckProjects(): Promise<TypecheckProject[]> {
  const spec = SPECS.clerk;
  const peers: ReadonlyArray<[GeneratorId, string]> = [
    ["hey-api", "@hey-api/openapi-ts"],
    ["orval", "orval --client fetch"],
    ["openapi-typescript", "openapi-typescript (types alone)"],
  ];
  const projects = await ourTypeScriptProjects(await ensureGenerated("ours", spec));
  for (const [id, label] of peers) {
    const outDir = await ensureGenerated(id, spec);
    projects.push({ id, label, tsconfig: await sharedProject(id, [path.join(outDir, "**/*.ts")]), config: "shared" });
  }
  const emptyDir = path.join(TYPECHECK_DIR, "empty-src");
  await mkdir(emptyDir, { recursive: true });
  await writeFile(path.join(emptyDir, "index.ts"), "export {};\n");
  projects.push({ id: "empty", label: "empty project (baseline)", tsconfig: await sharedProject("empty", [path.join(emptyDir, "*.ts")]), config: "shared" });
  return projects;
}

export async function benchTypecheck(options: { runs: number; log: (line: string) => void }): Promise<TypecheckResult> {
  const projects = await prepareTypecheckProjects();
  const tsc = binPath("typescript", "tsc");
  const samples = new Map<string, TypecheckSample[]>(projects.map((project) => [project.id, []]));
  const firstErrors = new Map<string, string[]>();
  // One untimed pass first: the disk cache then holds every file for every project alike.
  for (let round = -1; round < options.runs; round++) {
    const line: string[] = [];
    for (const project of projects) {
      const run = await timeProcess(process.execPath, [tsc, "-p", project.tsconfig, "--noEmit"], { cwd: PROJECT_ROOT });
      const errorLines = run.stdout.split(/\r?\n/).filter((text) => /error TS\d+/.test(text));
      if (run.code !== 0 && errorLines.length === 0) throw new Error(`tsc on ${project.label} failed without a diagnostic:\n${run.stdout}\n${run.stderr}`);
      if (errorLines.length > 0 && !firstErrors.has(project.id)) firstErrors.set(project.id, errorLines.slice(0, 3));
      line.push(`${project.id} ${Math.round(run.ms)}`);
      if (round >= 0) samples.get(project.id)!.push({ ms: run.ms, errors: errorLines.length });
    }
    options.log(`  ${round < 0 ? "warm-up" : `run ${round + 1}/${options.runs}`}: ${line.join(", ")} ms`);
  }
  return { projects, samples, firstErrors };
}
