// The real CLI (`scripts/cli.ts` through tsx) against a private output folder: writes, is idempotent,
// `--check` names exactly the stale files, and a failure of any kind leaves the output untouched.
// The tests run in order and share one output folder, removed afterwards.
import { createHash } from "node:crypto";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAVORS, FLAVOR_NAMES } from "../../../scripts/lib/flavors/index.js";
import { snapshotTree } from "../../support/file-tree.js";
import { projectRoot } from "../../support/openapi-doc.js";
import { runScript, type ScriptResult } from "../../support/run-script.js";
import { makeTempDir, type TempDir } from "../../support/temp-dir.js";
import { parseCliArgs } from "../../../scripts/lib/cli-args.js";

/** The CLI's own summary line: `done: 44 written, 0 unchanged, 0 removed (812 ms)`. */
function summary(result: ScriptResult): { written: number; unchanged: number; removed: number } {
  const match = /^done: (\d+) written, (\d+) unchanged, (\d+) removed \(\d+ ms\)$/m.exec(result.stdout);
  expect(match, `no summary line in:\n${result.stdout}\n${result.stderr}`).not.toBeNull();
  return { written: Number(match![1]), unchanged: Number(match![2]), removed: Number(match![3]) };
}

function fileCount(snapshot: Record<string, string>): number {
  return Object.values(snapshot).filter((entry) => entry.startsWith("sha256:")).length;
}

describe("cli (scripts/cli.ts)", () => {
  let temp: TempDir;
  let out = "";
  const generate = (...args: string[]) => runScript("cli.ts", ["--out", out, "--no-lint", ...args]);

  beforeAll(async () => {
    temp = await makeTempDir("cli-");
    out = path.join(temp.path, "out");
  });
  afterAll(async () => {
    await temp[Symbol.asyncDispose]();
    // The generate cache keeps one record per output folder; ours are gone, so are their records.
    await rm(path.join(projectRoot, "node_modules/.cache/invitations-generate", `${createHash("sha256").update(out).digest("hex").slice(0, 16)}.json`), { force: true });
  });

  it("--help prints the options and every flavor with its summary", async () => {
    const result = await runScript("cli.ts", ["--help"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("--check");
    for (const flavor of FLAVORS) expect(result.stdout).toMatch(new RegExp(`^  ${flavor.name} +${flavor.summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  });

  it("the first run writes every file; the next ones write nothing, cached or not", async () => {
    const first = await generate();
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    const written = await snapshotTree(out);
    const files = fileCount(written);
    expect(files).toBeGreaterThan(10);
    expect(summary(first)).toEqual({ written: files, unchanged: 0, removed: 0 });

    // Unchanged inputs: the cache may skip every stage ("done: unchanged"); either way nothing is written.
    const second = await generate();
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/^done: (unchanged|0 written, \d+ unchanged, 0 removed) \(\d+ ms\)$/m);
    expect(await snapshotTree(out)).toEqual(written);

    const uncached = await generate("--no-cache");
    expect(uncached.exitCode).toBe(0);
    expect(await snapshotTree(out)).toEqual(written);
    expect(summary(uncached)).toEqual({ written: 0, unchanged: files, removed: 0 });
  });

  it("an unchanged run is answered from the cache, naming the flavors the recorded run rendered", async () => {
    const flavorOut = path.join(temp.path, "one-flavor");
    const first = await runScript("cli.ts", ["--out", flavorOut, "--no-lint", "--flavor", "docs"]);
    expect(first.exitCode).toBe(0);
    const second = await runScript("cli.ts", ["--out", flavorOut, "--no-lint", "--flavor", "docs"]);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toMatch(/^generate: spec\/openapi\.yaml -> .* \(docs\)$/m);
    expect(second.stdout).toMatch(/^done: unchanged \(\d+ ms\)$/m);
    // Another flavor list is another input: not a hit.
    const other = await runScript("cli.ts", ["--out", flavorOut, "--no-lint", "--flavor", "docs,sdk"]);
    expect(other.stdout).toMatch(/^done: \d+ written, \d+ unchanged, 0 removed/m);
    await rm(path.join(projectRoot, "node_modules/.cache/invitations-generate", `${createHash("sha256").update(flavorOut).digest("hex").slice(0, 16)}.json`), { force: true });
  });

  it("--check passes when the output is current", async () => {
    const result = await generate("--check");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^check: all ${fileCount(await snapshotTree(out))} files are current`, "m"));
  });

  it("--check exits 1 listing exactly a modified, a deleted and a stray file, and writes nothing", async () => {
    const modified = "sdk/src/client.ts";
    const deleted = "fetch/src/index.ts";
    const stray = "sdk/src/stray.ts";
    await writeFile(path.join(out, modified), `${await readFile(path.join(out, modified), "utf8")}// edited by hand\n`);
    await rm(path.join(out, deleted));
    await writeFile(path.join(out, stray), "export const stray = 1;\n");
    const before = await snapshotTree(out);

    const result = await generate("--check");

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("error: --check: 3 generated file(s) are not current");
    const listed = result.stderr.split("\n").filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim());
    expect(listed).toEqual([deleted, modified, stray].sort());
    expect(await snapshotTree(out)).toEqual(before);

    // A normal run repairs exactly those three.
    const repair = await generate();
    expect(repair.exitCode).toBe(0);
    expect(summary(repair)).toMatchObject({ written: 2, removed: 1 });
    expect((await generate("--check")).exitCode).toBe(0);
  });

  it("a stray file in an owned folder is removed by the next run, even when the inputs are unchanged", async () => {
    expect((await generate()).exitCode).toBe(0); // the last successful run is recorded: the next may be cached
    const stray = "sdk/src/left-over.ts";
    await writeFile(path.join(out, stray), "export const leftOver = 1;\n");
    const result = await generate();
    expect(result.exitCode).toBe(0);
    expect(await snapshotTree(out)).not.toHaveProperty(stray);
    expect((await generate("--check")).exitCode).toBe(0);
  });

  it("--flavor with an unknown name exits 1 naming the known flavors", async () => {
    const result = await generate("--flavor", "nope");
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`--flavor: unknown flavor "nope" (known: ${FLAVOR_NAMES.join(", ")})`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("an unknown option exits 1 naming it, without a stack trace", async () => {
    const result = await generate("--bogus");
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  describe("a broken spec exits 1, names the place, and leaves the output byte-identical", () => {
    const cases: Array<[string, { given: { file: string; edit: (text: string) => string }; want: RegExp }]> = [
      [
        "a $ref to a missing file (named by file:line:col)",
        { given: { file: "paths/api_invitation.yaml", edit: (text) => text.replace("parameters/TROrganization.yaml", "parameters/TROrganisation.yaml") }, want: /paths\/api_invitation\.yaml:\d+:\d+/ },
      ],
      [
        "an operation without operationId (named by JSON pointer; the lint is off, so the model catches it)",
        { given: { file: "paths/api_invitation.yaml", edit: (text) => text.replace(/operationId: post_invitation/, "x-former-operation-id: post_invitation") }, want: /#\/paths\/~1api~1invitation\/post\/operationId: operation has no operationId/ },
      ],
    ];

    it.each(cases)("%s", async (name, { given, want }) => {
      const specCopy = path.join(temp.path, `spec-${name.replace(/\W+/g, "-")}`);
      await cp(path.join(projectRoot, "spec"), specCopy, { recursive: true });
      const target = path.join(specCopy, given.file);
      const original = await readFile(target, "utf8");
      const broken = given.edit(original);
      expect(broken).not.toBe(original);
      await writeFile(target, broken);
      const before = await snapshotTree(out);
      expect(fileCount(before)).toBeGreaterThan(10);

      const result = await generate("--spec", path.join(specCopy, "openapi.yaml"));

      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^error: /m);
      expect(result.stderr).toMatch(want);
      expect(await snapshotTree(out)).toEqual(before);
    });
  });
});

describe("parseCliArgs", () => {
  const defaults = { check: false, lint: true, quiet: false, cache: true };
  const cases: Array<[string, { given: string[]; want: { options: Record<string, unknown>; watch: boolean; help: boolean } }]> = [
    ["no flags: every default", { given: [], want: { options: defaults, watch: false, help: false } }],
    ["--no-lint, --check, --quiet, --no-cache", { given: ["--no-lint", "--check", "--quiet", "--no-cache"], want: { options: { check: true, lint: false, quiet: true, cache: false }, watch: false, help: false } }],
    ["--spec and --out", { given: ["--spec", "x/openapi.yaml", "--out", "tmp/out"], want: { options: { ...defaults, spec: "x/openapi.yaml", out: "tmp/out" }, watch: false, help: false } }],
    ["--flavor, repeated and comma-separated", { given: ["--flavor", "sdk,docs", "--flavor", "fetch"], want: { options: { ...defaults, flavors: ["sdk", "docs", "fetch"] }, watch: false, help: false } }],
    ["--watch", { given: ["--watch"], want: { options: defaults, watch: true, help: false } }],
    ["-h", { given: ["-h"], want: { options: defaults, watch: false, help: true } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const parsed = parseCliArgs(given);
    expect(parsed).toMatchObject(want);
    // Options nobody asked for stay unset, so resolveConfig applies its defaults.
    for (const key of ["spec", "out", "flavors"]) if (!(key in want.options)) expect(parsed.options).not.toHaveProperty(key);
  });

  const refused: Array<[string, { given: string[]; want: string }]> = [
    ["an unknown option", { given: ["--bogus"], want: "ERR_PARSE_ARGS_UNKNOWN_OPTION" }],
    ["a positional argument", { given: ["generated"], want: "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" }],
    ["an option without its value", { given: ["--out"], want: "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" }],
  ];
  it.each(refused)("refuses %s", (_, { given, want }) => expect(() => parseCliArgs(given)).toThrow(expect.objectContaining({ code: want })));
});
