import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ResolvedConfig } from "../config/resolve-config.js";

/**
 * Skips a run whose inputs have not changed since the last successful run into the same output
 * folder, provided every file that run wrote is still there, byte for byte. Inputs: the spec's
 * folder, templates, the generator's own code, the lint config, the lockfile and the options.
 */
interface CacheRecord {
  fingerprint: string;
  /** Output path -> sha256 of its contents. */
  files: Record<string, string>;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

async function hashTree(hash: ReturnType<typeof createHash>, root: string): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile() && !entry.parentPath.includes("__pycache__"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(path.relative(root, file)).update("\0").update(await readFile(file)).update("\0");
  }
}

function cacheFile(config: ResolvedConfig): string {
  return path.join(config.projectRoot, "node_modules/.cache/invitations-generate", `${sha256(config.outDir).slice(0, 16)}.json`);
}

export async function fingerprintInputs(config: ResolvedConfig): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ flavors: config.flavors.map((flavor) => flavor.name), lint: config.lint, spec: config.specPath, packages: config.packages }));
  for (const root of [path.dirname(config.specPath), config.templatesDir, path.join(config.projectRoot, "scripts")]) await hashTree(hash, root);
  for (const file of [config.lintConfig, path.join(config.projectRoot, "package-lock.json")]) hash.update(await readFile(file).catch(() => ""));
  return hash.digest("hex");
}

/**
 * True when the last successful run had these inputs and its output is intact: every file it wrote
 * is there byte for byte, and the folders the flavors own hold nothing else (a stray file there
 * would be removed by a real run, and `--check` would flag it).
 */
export async function isCacheHit(config: ResolvedConfig, fingerprint: string): Promise<boolean> {
  const record = JSON.parse(await readFile(cacheFile(config), "utf8").catch(() => "null")) as CacheRecord | null;
  if (!record || record.fingerprint !== fingerprint) return false;
  for (const [file, digest] of Object.entries(record.files)) {
    const contents = await readFile(path.join(config.outDir, file)).catch(() => undefined);
    if (contents === undefined || sha256(contents) !== digest) return false;
  }
  for (const dir of config.flavors.flatMap((flavor) => flavor.ownedDirs)) {
    const entries = await readdir(path.join(config.outDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory()) continue;
      const relative = path.relative(config.outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
      if (!Object.hasOwn(record.files, relative)) return false;
    }
  }
  return true;
}

export async function recordRun(config: ResolvedConfig, fingerprint: string, files: ReadonlyArray<{ path: string; contents: string }>): Promise<void> {
  const target = cacheFile(config);
  const record: CacheRecord = { fingerprint, files: Object.fromEntries(files.map((file) => [file.path, sha256(file.contents)])) };
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(`${target}.${process.pid}.tmp`, JSON.stringify(record));
  await rename(`${target}.${process.pid}.tmp`, target);
}
