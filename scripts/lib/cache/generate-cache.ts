import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ResolvedInputs } from "../config/resolve-inputs.js";

/**
 * Skips a run whose inputs have not changed since the last successful run into the same output
 * folder, provided every file that run wrote is still there, byte for byte. Inputs: the spec's
 * folder, templates, the generator's own code, the lint config, the lockfile and the options.
 *
 * Nothing here loads a flavor: `npm run generate` answers an unchanged run from this module alone,
 * before the pipeline (TypeScript, Redocly, Handlebars, the flavors) is imported. The flavor list
 * is part of the generator's code, which is fingerprinted; the record keeps the flavors' names and
 * owned folders from the run that wrote it.
 */
interface CacheRecord {
  fingerprint: string;
  /** The flavors that run rendered, by name. */
  flavors: string[];
  /** The folders those flavors own (relative to the output root). */
  ownedDirs: string[];
  /** Output path -> sha256 of its contents. */
  files: Record<string, string>;
}

/** A cache hit: what the run that is being skipped rendered. */
export interface CacheHit {
  readonly flavors: readonly string[];
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** Files read at once: enough to keep the disk busy, few enough for any ulimit. */
const CONCURRENCY = 32;

/** Reads every file (in parallel, at most CONCURRENCY at once); results in the order given. */
async function readAll(files: readonly string[]): Promise<Array<Buffer | undefined>> {
  const contents = new Array<Buffer | undefined>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      contents[index] = await readFile(files[index]!).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return contents;
}

async function hashTree(hash: ReturnType<typeof createHash>, root: string): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile() && !entry.parentPath.includes("__pycache__"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const contents = await readAll(files);
  files.forEach((file, index) => {
    hash.update(path.relative(root, file)).update("\0").update(contents[index] ?? "").update("\0");
  });
}

function cacheFile(inputs: ResolvedInputs): string {
  return path.join(inputs.projectRoot, "node_modules/.cache/invitations-generate", `${sha256(inputs.outDir).slice(0, 16)}.json`);
}

export async function fingerprintInputs(inputs: ResolvedInputs): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ flavors: inputs.flavorNames ?? "every registered flavor", lint: inputs.lint, spec: inputs.specPath, packages: inputs.packages }));
  for (const root of [path.dirname(inputs.specPath), inputs.templatesDir, path.join(inputs.projectRoot, "scripts")]) await hashTree(hash, root);
  for (const file of [inputs.lintConfig, path.join(inputs.projectRoot, "package-lock.json")]) hash.update(await readFile(file).catch(() => ""));
  return hash.digest("hex");
}

/**
 * A hit when the last successful run had these inputs and its output is intact: every file it wrote
 * is there byte for byte, and the folders its flavors own hold nothing else (a stray file there
 * would be removed by a real run, and `--check` would flag it). Undefined otherwise.
 */
export async function isCacheHit(inputs: ResolvedInputs, fingerprint: string): Promise<CacheHit | undefined> {
  const record = JSON.parse(await readFile(cacheFile(inputs), "utf8").catch(() => "null")) as Partial<CacheRecord> | null;
  if (!record || record.fingerprint !== fingerprint || !record.files || !Array.isArray(record.flavors) || !Array.isArray(record.ownedDirs)) return undefined;
  const files = Object.entries(record.files);
  const contents = await readAll(files.map(([file]) => path.join(inputs.outDir, file)));
  if (files.some(([, digest], index) => contents[index] === undefined || sha256(contents[index]) !== digest)) return undefined;
  for (const dir of record.ownedDirs) {
    const entries = await readdir(path.join(inputs.outDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory()) continue;
      const relative = path.relative(inputs.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
      if (!Object.hasOwn(record.files, relative)) return undefined;
    }
  }
  return { flavors: record.flavors };
}

export async function recordRun(
  inputs: ResolvedInputs,
  fingerprint: string,
  run: { flavors: readonly string[]; ownedDirs: readonly string[]; files: ReadonlyArray<{ path: string; contents: string }> },
): Promise<void> {
  const target = cacheFile(inputs);
  const record: CacheRecord = {
    fingerprint,
    flavors: [...run.flavors],
    ownedDirs: [...run.ownedDirs],
    files: Object.fromEntries(run.files.map((file) => [file.path, sha256(file.contents)])),
  };
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(`${target}.${process.pid}.tmp`, JSON.stringify(record));
  await rename(`${target}.${process.pid}.tmp`, target);
}
