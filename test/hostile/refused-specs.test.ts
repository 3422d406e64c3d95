// Hostile specs the generator must refuse: the real CLI exits 1 with one `error:` naming the place
// (JSON pointer and/or file:line:col), prints no stack trace and no secret, and leaves the output
// folder (with a pre-existing file and a file a successful run would remove) byte-identical, and
// the sentinel folder beside it too.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotTree } from "../support/file-tree.js";
import { REFUSED, type Lint, type RefusedEntry } from "./catalogue.js";
import { createLimiter, generateFixture, makeRunFolders, type CliRun, type RunFolders } from "./support/hostile-run.js";

interface Refusal {
  run: CliRun;
  before: { out: Record<string, string>; sentinel: Record<string, string> };
  after: { out: Record<string, string>; sentinel: Record<string, string> };
}

const limit = createLimiter(2);
const folders: RunFolders[] = [];
const refusals = new Map<string, Promise<Refusal>>();
const key = (entry: RefusedEntry, lint: Lint) => `${entry.fixture} (lint ${lint.mode})`;

async function refuse(entry: RefusedEntry, lint: Lint): Promise<Refusal> {
  const dirs = await makeRunFolders(`refused-${entry.fixture}-${lint.mode}`);
  folders.push(dirs);
  // A file a successful run would remove as stale: a refusal must leave it.
  await mkdir(path.join(dirs.out, "sdk/src"), { recursive: true });
  await writeFile(path.join(dirs.out, "sdk/src/stale.ts"), "export const stale = true;\n");
  const before = { out: await snapshotTree(dirs.out), sentinel: await snapshotTree(dirs.sentinel) };
  const env = entry.bound ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${entry.bound.heapMb}`.trim() } : {};
  const run = await limit(() => generateFixture(entry.fixture, dirs.out, lint, env));
  return { run, before, after: { out: await snapshotTree(dirs.out), sentinel: await snapshotTree(dirs.sentinel) } };
}

beforeAll(async () => {
  // A time bound is measured first, before this suite queues its other runs on the same cores.
  const ordered = [...REFUSED].sort((a, b) => Number(b.bound !== undefined) - Number(a.bound !== undefined));
  for (const entry of ordered) {
    for (const lint of entry.lint) {
      const refusal = refuse(entry, lint);
      refusal.catch(() => {}); // awaited by its test
      refusals.set(key(entry, lint), refusal);
      if (entry.bound) await refusal.catch(() => {});
    }
  }
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(refusals.values());
  await Promise.all(folders.map((dirs) => dirs[Symbol.asyncDispose]()));
});

const cases = REFUSED.flatMap((entry) => entry.lint.map((lint) => ({ name: key(entry, lint), entry, lint })));

describe.each(cases)("$name", ({ entry, lint }) => {
  it(`is refused: ${entry.attacks}`, async () => {
    const { run } = await refusals.get(key(entry, lint))!;
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^error: /m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    for (const pattern of entry.want) expect(run.stderr).toMatch(pattern);
    // The place is on the error line itself, whatever control characters the spec's keys hold.
    const errorLine = run.stderr.split("\n").find((line) => line.startsWith("error: "))!;
    expect(errorLine).not.toMatch(/[\r\u2028\u2029]/);
    if (!/lint failed|bundle failed/.test(errorLine)) for (const pattern of entry.want) expect(errorLine).toMatch(pattern);
  }, 120_000);

  it("leaves the output folder and the folder beside it byte-identical", async () => {
    const { before, after } = await refusals.get(key(entry, lint))!;
    expect(Object.keys(before.out)).toEqual(expect.arrayContaining(["sentinel.txt", "sdk/src/stale.ts"]));
    expect(after.out).toEqual(before.out);
    expect(after.sentinel).toEqual(before.sentinel);
  }, 120_000);

  const { secret, bound } = entry;
  if (secret !== undefined) {
    it("never shows what the refused reference points at", async () => {
      const { run } = await refusals.get(key(entry, lint))!;
      expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
    }, 120_000);
  }

  if (bound !== undefined) {
    it(`is refused within ${bound.ms} ms and a ${bound.heapMb} MB heap`, async () => {
      const { run } = await refusals.get(key(entry, lint))!;
      expect(run.stderr).not.toMatch(/heap out of memory|Allocation failed/i);
      expect(run.ms).toBeLessThan(bound.ms);
    }, 120_000);
  }
});
