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

/** Refuses to write through a symlink planted anywhere between the output root and the file. */
async function assertNoSymlinkOnTheWay(outRoot: string, relativePath: string): Promise<void> {
  let current = outRoot;
  for (const segment of relativePath.split("/")) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch(() => undefined);
    if (stats === undefined) return;
    if (stats.isSymbolicLink()) {
      throw new PipelineError(`refusing to write through the symlink ${path.relative(outRoot, current)}`, relativePath);
    }
  }
}

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

/** Every target must be a regular file or absent: renaming over a folder would fail half-way. */
async function assertReplaceable(outRoot: string, relativePath: string): Promise<void> {
  const stats = await lstat(path.join(outRoot, relativePath)).catch(() => undefined);
  if (stats !== undefined && !stats.isFile()) throw new PipelineError("is in the way of a generated file (not a regular file)", relativePath);
}

/**
 * The only stage that touches the disk. Every changed file is first written beside its target
 * under a temporary name; only when all of them are staged are they renamed into place, so a
 * failure leaves the output folder as it was.
 */
export async function writeFiles(outRoot: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<WriteReport> {
  assertSafeOutputPaths(files);
  const report: WriteReport = { written: [], unchanged: [], removed: [], stale: [] };
  const wanted = new Set(files.map((file) => file.path));
  const changed: OutputFile[] = [];
  for (const file of files) {
    await assertNoSymlinkOnTheWay(outRoot, file.path);
    const current = await readFile(path.join(outRoot, file.path), "utf8").catch(() => undefined);
    if (current === file.contents) report.unchanged.push(file.path);
    else changed.push(file);
  }
  const extra: string[] = [];
  for (const dir of options.ownedDirs ?? []) {
    // An owned folder that is (or sits behind) a link would make stale-file removal delete files elsewhere.
    await assertNoSymlinkOnTheWay(outRoot, dir);
    for (const existing of await listFiles(outRoot, dir)) if (!wanted.has(existing)) extra.push(existing);
  }
  if (options.check) {
    report.stale = [...changed.map((file) => file.path), ...extra].sort();
    return report;
  }
  for (const file of changed) await assertReplaceable(outRoot, file.path);
  const staged: Array<{ temp: string; target: string; path: string }> = [];
  try {
    for (const file of changed) {
      const target = path.join(outRoot, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, file.contents, { flag: "wx" });
      staged.push({ temp, target, path: file.path });
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  try {
    for (const { temp, target, path: filePath } of staged) {
      await rename(temp, target);
      report.written.push(filePath);
    }
  } finally {
    // Whatever happened, no temporary file stays behind.
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
  }
  for (const stale of extra) {
    await rm(path.join(outRoot, stale), { force: true });
    report.removed.push(stale);
  }
  return report;
}
