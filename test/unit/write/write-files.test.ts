// writeFiles, the only stage that touches the disk: in a private temp folder per test, always removed.
import { mkdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";
import { assertSafeOutputPaths, writeFiles, type OutputFile } from "../../../scripts/lib/write/write-files.js";
import { snapshotTree } from "../../support/file-tree.js";
import { makeTempDir } from "../../support/temp-dir.js";

/** Creates files (relative path -> contents) under `root`, with their folders. */
async function plant(root: string, files: Record<string, string>): Promise<void> {
  for (const [relative, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), contents);
  }
}

function temporaryFiles(snapshot: Record<string, string>): string[] {
  return Object.keys(snapshot).filter((entry) => entry.endsWith(".tmp"));
}

describe("writeFiles", () => {
  it("writes new files with their folders, then finds them unchanged", async () => {
    await using dir = await makeTempDir("write-files-");
    const out = path.join(dir.path, "out");
    const files: OutputFile[] = [
      { path: "a.txt", contents: "a\n" },
      { path: "deep/er/b.ts", contents: "export const b = 1;\n" },
    ];

    const first = await writeFiles(out, files);
    expect(first).toEqual({ written: ["a.txt", "deep/er/b.ts"], unchanged: [], removed: [], stale: [] });
    expect(await readFile(path.join(out, "deep/er/b.ts"), "utf8")).toBe("export const b = 1;\n");

    const second = await writeFiles(out, files);
    expect(second).toEqual({ written: [], unchanged: ["a.txt", "deep/er/b.ts"], removed: [], stale: [] });
  });

  it("rewrites only what changed", async () => {
    await using dir = await makeTempDir("write-files-");
    await plant(dir.path, { "a.txt": "a\n", "b.txt": "old\n" });
    const report = await writeFiles(dir.path, [
      { path: "a.txt", contents: "a\n" },
      { path: "b.txt", contents: "new\n" },
    ]);
    expect(report.written).toEqual(["b.txt"]);
    expect(report.unchanged).toEqual(["a.txt"]);
    expect(await readFile(path.join(dir.path, "b.txt"), "utf8")).toBe("new\n");
  });

  it("leaves an unchanged file alone (same inode, same mtime) and sees a same-sized change", async () => {
    await using dir = await makeTempDir("write-files-");
    await plant(dir.path, { "same.txt": "same\n", "edited.txt": "abc\n" });
    const before = await stat(path.join(dir.path, "same.txt"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await writeFiles(dir.path, [
      { path: "same.txt", contents: "same\n" },
      { path: "edited.txt", contents: "xyz\n" },
    ]);
    expect(report).toMatchObject({ written: ["edited.txt"], unchanged: ["same.txt"] });
    const after = await stat(path.join(dir.path, "same.txt"));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(await readFile(path.join(dir.path, "edited.txt"), "utf8")).toBe("xyz\n");
  });

  it("writes a thousand files in a few folders, every one in place", async () => {
    await using dir = await makeTempDir("write-files-");
    const files = Array.from({ length: 1000 }, (_, index) => ({ path: `f${index % 7}/sub${index % 3}/file${index}.txt`, contents: `file ${index}\n` }));
    const report = await writeFiles(dir.path, files);
    expect(report.written).toEqual(files.map((file) => file.path));
    const snapshot = await snapshotTree(dir.path);
    expect(Object.values(snapshot).filter((entry) => entry.startsWith("sha256:"))).toHaveLength(1000);
    expect(await readFile(path.join(dir.path, "f6/sub0/file111.txt"), "utf8")).toBe("file 111\n");
    expect((await writeFiles(dir.path, files)).unchanged).toHaveLength(1000);
  });

  it("with check, reports changed, missing and extra files in owned folders, and writes nothing", async () => {
    await using dir = await makeTempDir("write-files-");
    await plant(dir.path, {
      "owned/current.ts": "current\n",
      "owned/changed.ts": "before\n",
      "owned/extra.ts": "no longer rendered\n",
      "owned/deeper/extra.ts": "no longer rendered\n",
      "unowned/loose.txt": "not ours to judge\n",
    });
    const before = await snapshotTree(dir.path);

    const report = await writeFiles(
      dir.path,
      [
        { path: "owned/current.ts", contents: "current\n" },
        { path: "owned/changed.ts", contents: "after\n" },
        { path: "owned/missing.ts", contents: "new\n" },
      ],
      { check: true, ownedDirs: ["owned"] },
    );

    expect(report.stale).toEqual(["owned/changed.ts", "owned/deeper/extra.ts", "owned/extra.ts", "owned/missing.ts"]);
    expect(report.unchanged).toEqual(["owned/current.ts"]);
    expect(report.written).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(await snapshotTree(dir.path)).toEqual(before);
  });

  it("removes files in owned folders that are no longer rendered, and nothing outside them", async () => {
    await using dir = await makeTempDir("write-files-");
    await plant(dir.path, { "owned/kept.ts": "kept\n", "owned/old.ts": "old\n", "owned/sub/old.ts": "old\n", "unowned/loose.txt": "loose\n" });
    const report = await writeFiles(dir.path, [{ path: "owned/kept.ts", contents: "kept\n" }], { ownedDirs: ["owned"] });
    expect(report.removed.sort()).toEqual(["owned/old.ts", "owned/sub/old.ts"]);
    const after = await snapshotTree(dir.path);
    expect(Object.keys(after).filter((entry) => !after[entry]!.startsWith("dir"))).toEqual(["owned/kept.ts", "unowned/loose.txt"]);
  });

  describe("refuses unsafe output paths before touching the disk", () => {
    const cases: Array<[string, { given: string[]; want: RegExp }]> = [
      ["an absolute path", { given: ["/etc/passwd"], want: /"\/etc\/passwd" is not a plain relative path/ }],
      ["a Windows drive path", { given: ["C:/x.txt"], want: /not a plain relative path/ }],
      ["a leading ..", { given: ["../escape.txt"], want: /has an empty, "\." or "\.\." segment/ }],
      ["a .. in the middle", { given: ["a/../../escape.txt"], want: /"\.\." segment/ }],
      ["a . segment", { given: ["a/./b.txt"], want: /"\." or/ }],
      ["an empty segment", { given: ["a//b.txt"], want: /empty/ }],
      ["a trailing slash", { given: ["a/"], want: /empty/ }],
      ["an empty path", { given: [""], want: /empty/ }],
      ["a backslash", { given: ["a\\..\\..\\b.txt"], want: /not a plain relative path/ }],
      ["a NUL", { given: ["a\0.txt"], want: /not a plain relative path/ }],
      ["two paths that differ only by case (Pet.md, pet.md)", { given: ["models/Pet.md", "models/pet.md"], want: /"models\/Pet\.md" and "models\/pet\.md" differ only by case/ }],
      ["a name longer than 255 bytes (ENAMETOOLONG half-way otherwise)", { given: [`models/${"s".repeat(253)}.md`], want: /has a name longer than 255 bytes/ }],
      ["a name of 128 two-byte characters (256 bytes)", { given: [`${"é".repeat(128)}`], want: /longer than 255 bytes/ }],
    ];

    it.each(cases)("%s", async (_, { given, want }) => {
      await using dir = await makeTempDir("write-files-");
      await plant(dir.path, { "existing.txt": "existing\n" });
      const before = await snapshotTree(dir.path);
      const files = [{ path: "first.txt", contents: "would be written first\n" }, ...given.map((filePath) => ({ path: filePath, contents: "x" }))];
      expect(() => assertSafeOutputPaths(files)).toThrow(want);
      await expect(writeFiles(dir.path, files)).rejects.toThrow(PipelineError);
      expect(await snapshotTree(dir.path)).toEqual(before);
    });
  });

  describe("refuses to write through a symlink planted in the output folder", () => {
    const cases: Array<[string, { given: { link: string; target: "folder" | "sentinel"; files: OutputFile[]; ownedDirs?: string[] }; want: RegExp }]> = [
      ["a folder symlink on the way", { given: { link: "sdk", target: "folder", files: [{ path: "sdk/sentinel.txt", contents: "overwritten\n" }] }, want: /refusing to write through the symlink sdk/ }],
      ["a file symlink in the place of a file", { given: { link: "sdk/index.ts", target: "sentinel", files: [{ path: "sdk/index.ts", contents: "overwritten\n" }] }, want: /refusing to write through the symlink sdk\/index\.ts/ }],
      [
        "an owned folder that is a symlink (stale-file removal would delete outside files)",
        { given: { link: "owned", target: "folder", files: [{ path: "index.ts", contents: "x\n" }], ownedDirs: ["owned"] }, want: /symlink/ },
      ],
    ];

    it.each(cases)("%s, and the outside file is untouched", async (_, { given, want }) => {
      await using dir = await makeTempDir("write-files-");
      const out = path.join(dir.path, "out");
      const outside = path.join(dir.path, "outside");
      await plant(outside, { "sentinel.txt": "outside sentinel\n" });
      await mkdir(path.dirname(path.join(out, given.link)), { recursive: true });
      await symlink(given.target === "folder" ? outside : path.join(outside, "sentinel.txt"), path.join(out, given.link));
      const outsideBefore = await snapshotTree(outside);

      for (const check of [true, false]) {
        await expect(writeFiles(out, given.files, { check, ...(given.ownedDirs ? { ownedDirs: given.ownedDirs } : {}) })).rejects.toThrow(want);
      }

      expect(await snapshotTree(outside)).toEqual(outsideBefore);
      expect(await readFile(path.join(outside, "sentinel.txt"), "utf8")).toBe("outside sentinel\n");
    });
  });

  describe("a failure leaves every existing file byte-identical and no temporary file behind", () => {
    it("while staging (a target's parent is a file, so its folder cannot be made)", async () => {
      await using dir = await makeTempDir("write-files-");
      await plant(dir.path, { "a.txt": "old a\n", "blocker": "I am a file\n", "owned/old.ts": "stale\n" });
      const before = await snapshotTree(dir.path);

      await expect(
        writeFiles(
          dir.path,
          [
            { path: "a.txt", contents: "new a\n" },
            { path: "blocker/x.txt", contents: "x\n" },
          ],
          { ownedDirs: ["owned"] },
        ),
      ).rejects.toThrow();

      const after = await snapshotTree(dir.path);
      expect(temporaryFiles(after)).toEqual([]);
      expect(after).toEqual(before);
    });

    it("while staging, removing the folders it made for the other files", async () => {
      await using dir = await makeTempDir("write-files-");
      await plant(dir.path, { "a.txt": "old a\n", "blocker": "I am a file\n" });
      const before = await snapshotTree(dir.path);

      await expect(
        writeFiles(dir.path, [
          { path: "fresh/deeper/new.txt", contents: "new\n" },
          { path: "a.txt", contents: "new a\n" },
          { path: "blocker/x.txt", contents: "x\n" },
        ]),
      ).rejects.toThrow();

      expect(await snapshotTree(dir.path)).toEqual(before);
    });

    it("while renaming into place (a target is an existing folder)", async () => {
      await using dir = await makeTempDir("write-files-");
      await plant(dir.path, { "a.txt": "old a\n", "target/inside.txt": "inside\n" });
      const before = await snapshotTree(dir.path);

      await expect(
        writeFiles(dir.path, [
          { path: "a.txt", contents: "new a\n" },
          { path: "target", contents: "a file where a folder is\n" },
        ]),
      ).rejects.toThrow();

      const after = await snapshotTree(dir.path);
      expect(temporaryFiles(after)).toEqual([]);
      expect(after).toEqual(before);
    });
  });
});
