import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Dirent, type Stats } from "node:fs";
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
  private readonly folders = new Map<string, "absent" | "present">();
  constructor(private readonly outRoot: string) {}

  /** Throws when `relativePath` or a folder above it is a symlink; returns the file's lstat (undefined when absent). */
  check(relativePath: string): Stats | undefined {
    const segments = relativePath.split("/");
    for (let depth = 1; depth < segments.length; depth++) {
      if (this.folder(segments.slice(0, depth).join("/"), relativePath) === "absent") return undefined;
    }
    const stats = lstatSync(path.join(this.outRoot, relativePath), { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) throw new PipelineError(`refusing to write through the symlink ${relativePath}`, relativePath);
    return stats;
  }

  private folder(relative: string, forPath: string): "absent" | "present" {
    let known = this.folders.get(relative);
    if (known === undefined) {
      const stats = lstatSync(path.join(this.outRoot, relative), { throwIfNoEntry: false });
      if (stats?.isSymbolicLink()) throw new PipelineError(`refusing to write through the symlink ${relative}`, forPath);
      known = stats === undefined ? "absent" : "present";
      this.folders.set(relative, known);
    }
    return known;
  }
}

/** Files under a folder, not following links (a link is listed itself, so removing it removes only the link). */
function listFiles(root: string, relativeDir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(root, relativeDir), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const relative = `${relativeDir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(root, relative));
    else files.push(relative);
  }
  return files;
}

/** The file's text, or undefined when it cannot be read. */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The only stage that touches the disk. Unchanged files are not touched. Every changed file is
 * first written beside its target under a temporary name; only when all of them are staged are
 * they renamed into place, so a failure leaves the output folder as it was (folders this run made
 * for its staged files are removed again).
 *
 * The calls are synchronous: a run writes a thousand small files and nothing else is waiting, and
 * a synchronous call costs a fraction of a promise-based one (~0.3 s against ~0.1 s for Clerk's
 * 1,172 files).
 */
export async function writeFiles(outRoot: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<WriteReport> {
  assertSafeOutputPaths(files);
  const report: WriteReport = { written: [], unchanged: [], removed: [], stale: [] };
  const wanted = new Set(files.map((file) => file.path));
  const guard = new SymlinkGuard(outRoot);
  const changed: Array<{ file: OutputFile; stats: Stats | undefined }> = [];
  for (const file of files) {
    const stats = guard.check(file.path);
    // A file of another size differs: only same-sized files are read and compared.
    const same = stats !== undefined && stats.isFile() && stats.size === Buffer.byteLength(file.contents) && readIfPresent(path.join(outRoot, file.path)) === file.contents;
    if (same) report.unchanged.push(file.path);
    else changed.push({ file, stats });
  }
  const extra: string[] = [];
  for (const dir of options.ownedDirs ?? []) {
    // An owned folder that is (or sits behind) a link would make stale-file removal delete files elsewhere.
    guard.check(dir);
    for (const existing of listFiles(outRoot, dir)) if (!wanted.has(existing)) extra.push(existing);
  }
  if (options.check) {
    report.stale = [...changed.map(({ file }) => file.path), ...extra].sort();
    return report;
  }
  // Every target must be a regular file or absent: renaming over a folder would fail half-way.
  for (const { file, stats } of changed) {
    if (stats !== undefined && !stats.isFile()) throw new PipelineError("is in the way of a generated file (not a regular file)", file.path);
  }

  // Folders first, each once; the ones this run makes are removed again if staging fails.
  const made: string[] = [];
  const folders = [...new Set(changed.map(({ file }) => path.dirname(path.join(outRoot, file.path))))].sort();
  const staged: Array<{ temp: string; target: string }> = [];
  try {
    for (const folder of folders) {
      const first = mkdirSync(folder, { recursive: true });
      if (first !== undefined) made.push(first);
    }
    for (const { file } of changed) {
      const target = path.join(outRoot, file.path);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, file.contents, { flag: "wx" });
      staged.push({ temp, target });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    for (const folder of made.reverse()) rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  let renamed = 0;
  try {
    for (const { temp, target } of staged) {
      renameSync(temp, target);
      renamed++;
    }
    report.written.push(...changed.map(({ file }) => file.path));
  } finally {
    // Whatever happened, no temporary file stays behind.
    for (const { temp } of staged.slice(renamed)) rmSync(temp, { force: true });
  }
  for (const stale of extra) rmSync(path.join(outRoot, stale), { force: true });
  report.removed.push(...extra);
  return report;
}
