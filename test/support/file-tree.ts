import { createHash } from "node:crypto";
import { lstat, readdir, readFile, readlink } from "node:fs/promises";
import path from "node:path";

/**
 * Every entry under `root` (relative path, forward slashes) with what it is: a file's SHA-256, a
 * symlink's target, or `dir`. Two snapshots are equal exactly when the tree is byte-identical.
 */
export async function snapshotTree(root: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    const names = (await readdir(path.join(root, relative))).sort();
    for (const name of names) {
      const child = relative ? `${relative}/${name}` : name;
      const full = path.join(root, child);
      const stats = await lstat(full);
      if (stats.isSymbolicLink()) entries[child] = `symlink -> ${await readlink(full)}`;
      else if (stats.isDirectory()) {
        entries[child] = "dir";
        await walk(child);
      } else entries[child] = `sha256:${createHash("sha256").update(await readFile(full)).digest("hex")}`;
    }
  };
  await walk("");
  return entries;
}
