import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A private folder under the OS temp dir, removed (with everything in it) when disposed. */
export interface TempDir extends AsyncDisposable {
  path: string;
}

/** `await using dir = await makeTempDir("write-")`: the folder is removed even when the test fails. */
export async function makeTempDir(prefix: string): Promise<TempDir> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return {
    path: dir,
    async [Symbol.asyncDispose]() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
