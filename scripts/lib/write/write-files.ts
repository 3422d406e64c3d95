import type { Stats } from "node:fs";
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PipelineError } from "../pipeline-error.js";

/** One rendered file: a path relative to the output root (forward slashes) and its text. */
export interface OutputFile {
  path: string;
  contents: string;
}

export interface WriteOptions {
  /** Write nothing; report every file that differs, is missing, or should be removed. @default false */
  check?: boolean;
  /**
   * Folders (relative to the output root) that the generator owns entirely: files in them that
   * are not in this render are stale and removed (or reported with `check`). @default []
   */
  ownedDirs?: readonly string[];
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** With `check`: every path that is not current (differs, missing, or should be removed). */
  stale: string[];
}

const UNSAFE_SEGMENT = /^(\.{1,2}|)$/;
/** The longest file or folder name (in UTF-8 bytes) ext4, APFS and NTFS all accept. */
const MAX_SEGMENT_BYTES = 255;
/** Names Windows reserves whatever the extension: a checkout there could not hold such a file. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Rejects any output path that could land outside the output root or on a surprising file:
 * absolute paths, `..`, backslashes, NUL, and two paths that differ only by letter case (they are
 * the same file on macOS and Windows).
 */
export function assertSafeOutputPaths(files: readonly OutputFile[]): void {
  const seen = new Map<string, string>();
  for (const { path: filePath } of files) {
    if (filePath.includes("\\") || filePath.includes("\0") || filePath.startsWith("/") || /^[a-zA-Z]:/.test(filePath)) {
      throw new PipelineError(`output path ${JSON.stringify(filePath)} is not a plain relative path`);
    }
    if (filePath.split("/").some((segment) => UNSAFE_SEGMENT.test(segment))) {
      throw new PipelineError(`output path ${JSON.stringify(filePath)} has an empty, "." or ".." segment`);
    }
    if (filePath.split("/").some((segment) => WINDOWS_RESERVED.test(segment) || /[<>:"|?*\x00-\x1f]/.test(segment) || /[. ]$/.test(segment))) {
      throw new PipelineError(`output path ${JSON.stringify(filePath)} has a name Windows cannot hold (reserved device name, forbidden character, or trailing dot or space)`);
    }
    // Most file systems stop at 255 bytes a name; writing would fail half-way with ENAMETOOLONG.
    if (filePath.split("/").some((segment) => Buffer.byteLength(segment, "utf8") > MAX_SEGMENT_BYTES)) {
      throw new PipelineError(`output path ${JSON.stringify(filePath)} has a name longer than ${MAX_SEGMENT_BYTES} bytes`);
    }
    const folded = filePath.toLowerCase();
    const other = seen.get(folded);
    if (other !== undefined) {
      throw new PipelineError(`output paths ${JSON.stringify(other)} and ${JSON.stringify(filePath)} differ only by case`);
    }
    seen.set(folded, filePath);
  }
}

/**
 * Refuses to write through a symlink planted anywhere between the output root and a file. Each
 * folder on the way is looked at once per run (a render shares a few dozen folders among a
 * thousand files); the file itself is looked at by the caller.
 */
class SymlinkGuard {
  private readonly folders = new Map<string, Promise<"absent" | "present">>();
  constructor(private readonly outRoot: string) {}

  /** Throws when `relativePath` or a folder above it is a symlink; returns the file's lstat (undefined when absent). */
  async check(relativePath: string): Promise<Stats | undefined> {
    const segments = relativePath.split("/");
    for (let depth = 1; depth < segments.length; depth++) {
      if ((await this.folder(segments.slice(0, depth).join("/"), relativePath)) === "absent") return undefined;
    }
    const stats = await lstat(path.join(this.outRoot, relativePath)).catch(() => undefined);
    if (stats?.isSymbolicLink()) throw new PipelineError(`refusing to write through the symlink ${relativePath}`, relativePath);
    return stats;
  }

  private folder(relative: string, forPath: string): Promise<"absent" | "present"> {
    let known = this.folders.get(relative);
    if (known === undefined) {
      known = lstat(path.join(this.outRoot, relative)).then(
        (stats) => {
          if (stats.isSymbolicLink()) throw new PipelineError(`refusing to write through the symlink ${relative}`, forPath);
          return "present" as const;
        },
        () => "absent" as const,
      );
      this.folders.set(relative, known);
    }
    return known;
  }
}

/** Runs `task` over `items` with at most `limit` at a time; rejects with the first failure after all have settled. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== undefined) throw failure.error;
}

/** Files read, staged or renamed at once: enough to keep the disk busy, few enough for any ulimit. */
const CONCURRENCY = 32;

/** Files under a folder, not following links (a link is listed itself, so removing it removes only the link). */
async function listFiles(root: string, relativeDir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relativeDir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = `${relativeDir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files;
}

/**
 * The only stage that touches the disk. Unchanged files are not touched. Every changed file is
 * first written beside its target under a temporary name; only when all of them are staged are
 * they renamed into place, so a failure leaves the output folder as it was (folders this run made
 * for its staged files are removed again).
 */
export async function writeFiles(outRoot: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<WriteReport> {
  assertSafeOutputPaths(files);
  const report: WriteReport = { written: [], unchanged: [], removed: [], stale: [] };
  const wanted = new Set(files.map((file) => file.path));
  const guard = new SymlinkGuard(outRoot);
  const isChanged: boolean[] = new Array<boolean>(files.length);
  const targetStats: Array<Stats | undefined> = new Array<Stats | undefined>(files.length);
  await eachLimited(files, CONCURRENCY, async (file, index) => {
    const stats = await guard.check(file.path);
    targetStats[index] = stats;
    // A file of another size differs: only same-sized files are read and compared.
    if (stats === undefined || !stats.isFile() || stats.size !== Buffer.byteLength(file.contents)) {
      isChanged[index] = true;
      return;
    }
    const current = await readFile(path.join(outRoot, file.path), "utf8").catch(() => undefined);
    isChanged[index] = current !== file.contents;
  });
  const changed: OutputFile[] = [];
  files.forEach((file, index) => (isChanged[index] ? changed.push(file) : report.unchanged.push(file.path)));
  const extra: string[] = [];
  for (const dir of options.ownedDirs ?? []) {
    // An owned folder that is (or sits behind) a link would make stale-file removal delete files elsewhere.
    await guard.check(dir);
    for (const existing of await listFiles(outRoot, dir)) if (!wanted.has(existing)) extra.push(existing);
  }
  if (options.check) {
    report.stale = [...changed.map((file) => file.path), ...extra].sort();
    return report;
  }
  // Every target must be a regular file or absent: renaming over a folder would fail half-way.
  files.forEach((file, index) => {
    const stats = targetStats[index];
    if (isChanged[index] && stats !== undefined && !stats.isFile()) throw new PipelineError("is in the way of a generated file (not a regular file)", file.path);
  });

  // Folders first, each once; the ones this run makes are removed again if staging fails.
  const made: string[] = [];
  const folders = [...new Set(changed.map((file) => path.dirname(path.join(outRoot, file.path))))].sort();
  const staged: Array<{ temp: string; target: string; path: string }> = [];
  try {
    for (const folder of folders) {
      const first = await mkdir(folder, { recursive: true });
      if (first !== undefined) made.push(first);
    }
    await eachLimited(changed, CONCURRENCY, async (file) => {
      const target = path.join(outRoot, file.path);
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, file.contents, { flag: "wx" });
      staged.push({ temp, target, path: file.path });
    });
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    for (const folder of made.reverse()) await rm(folder, { recursive: true, force: true });
    throw error;
  }
  try {
    await eachLimited(staged, CONCURRENCY, ({ temp, target }) => rename(temp, target));
    report.written.push(...changed.map((file) => file.path));
  } finally {
    // Whatever happened, no temporary file stays behind.
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
  }
  await eachLimited(extra, CONCURRENCY, async (stale) => {
    await rm(path.join(outRoot, stale), { force: true });
  });
  report.removed.push(...extra);
  return report;
}
