/** Where things are: the project, the bench's scratch folder, the specs, and installed tools' entry points. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Everything the bench writes (gitignored). */
export const BENCH_DIR = path.join(PROJECT_ROOT, ".tmp/bench");
const REFERENCE_SPECS = path.resolve(PROJECT_ROOT, "../shared/reference-specs");

/** A spec the generation benchmark runs on. */
export interface BenchSpec {
  /** Short name used in tables and folder names. */
  readonly id: string;
  readonly label: string;
  /** What our pipeline is given. */
  readonly path: string;
  /** Whether it is split into files that must be bundled before other tools can read it. */
  readonly split: boolean;
}

export const SPECS = {
  canonical: { id: "canonical", label: "canonical (spec/openapi.yaml)", path: path.join(PROJECT_ROOT, "spec/openapi.yaml"), split: true },
  trieve: { id: "trieve", label: "Trieve (trieve-openapi.json)", path: path.join(REFERENCE_SPECS, "trieve-openapi.json"), split: false },
  clerk: { id: "clerk", label: "Clerk (clerk-bapi-2026-05-12.yml)", path: path.join(REFERENCE_SPECS, "clerk-bapi-2026-05-12.yml"), split: false },
} as const satisfies Record<string, BenchSpec>;

interface Manifest {
  name: string;
  version: string;
  bin?: string | Record<string, string>;
  engines?: Record<string, string>;
}

/** The installed package's package.json (read from the folder: not every package exports it). */
function manifestPath(pkg: string): string {
  return path.join(PROJECT_ROOT, "node_modules", ...pkg.split("/"), "package.json");
}

/** The installed package's manifest. */
export function manifest(pkg: string): Manifest {
  return JSON.parse(readFileSync(manifestPath(pkg), "utf8")) as Manifest;
}

/** The installed version of a package. */
export function installedVersion(pkg: string): string {
  return manifest(pkg).version;
}

/** Absolute path of a package's bin (run it with `process.execPath`, no shell, no npx). */
export function binPath(pkg: string, bin?: string): string {
  const { bin: bins, name } = manifest(pkg);
  const relative = typeof bins === "string" ? bins : bins?.[bin ?? name.replace(/^@[^/]+\//, "")];
  if (!relative) throw new Error(`${pkg} has no bin ${JSON.stringify(bin ?? name)}`);
  return path.resolve(path.dirname(manifestPath(pkg)), relative);
}

/** The project's `npm run generate` script, e.g. `node --import tsx scripts/cli.ts`. */
export function generateScript(): string {
  return ((JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.generate ?? "").trim();
}

/**
 * What `npm run generate` runs, as arguments to this Node (`process.execPath`), read from the
 * project's package.json so the bench times exactly the user's command, minus npm itself.
 */
export function generateArgs(): string[] {
  const script = generateScript();
  const [command, ...args] = script.split(/\s+/);
  if (command === "node") return args;
  if (command === "tsx") return [binPath("tsx"), ...args];
  throw new Error(`package.json's generate script must start with node or tsx: ${JSON.stringify(script)}`);
}
