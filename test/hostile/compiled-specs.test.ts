// Hostile specs the generator must turn into clients: through the real CLI, every flavor compiles
// (tsc under the strict tsconfig, py_compile, ruby -wc without a warning), every data string is
// held with its exact value (read back by each language's parser, and after import/require), no
// payload becomes code, regeneration is byte-identical, and nothing is written outside the output.
import { lstat, readdir, readFile, symlink } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { derivePackageNames } from "../../scripts/lib/config/resolve-config.js";
import { STRICT_TSCONFIG } from "../../scripts/lib/flavors/typescript-package.js";
import { snapshotTree } from "../support/file-tree.js";
import { hasPython, hasRuby } from "../support/interpreters.js";
import { projectRoot } from "../support/openapi-doc.js";
import { COMPILED, MARKER, type CompiledEntry } from "./catalogue.js";
import { createLimiter, generateFixture, makeRunFolders, type CliRun, type RunFolders } from "./support/hostile-run.js";
import { filesUnder, inspectPython, inspectRuby, inspectTypeScript, interpreterEnv, rubyWarnings, runQuietly, typescriptExamples, type Inspection } from "./support/inspect-output.js";

const tsc = path.join(projectRoot, "node_modules/typescript/bin/tsc");
const limit = createLimiter(2);

interface Generated {
  dirs: RunFolders;
  runs: [CliRun, CliRun];
  first: Record<string, string>;
  second: Record<string, string>;
  sentinelBefore: Record<string, string>;
  sentinelAfter: Record<string, string>;
  rootEntries: string[];
}

/** Everything a fixture's tests look at, each started as soon as what it needs is there. */
interface Checks {
  generated: Promise<Generated>;
  typecheck: Promise<Array<{ flavor: string; ok: boolean; output: string; tsconfig: unknown }>>;
  typescript: Promise<ReturnType<typeof inspectTypeScript> & { examples: ReturnType<typeof inspectTypeScript> }>;
  pyCompile: Promise<{ ok: boolean; output: string; files: number }>;
  python: Promise<Inspection & { modules: number; failure: string }>;
  rubySyntax: Promise<{ warnings: string[]; files: number }>;
  ruby: Promise<Inspection & { failure: string }>;
  markdown: Promise<Array<{ file: string; text: string }>>;
}

const checks = new Map<string, Checks>();

function start(entry: CompiledEntry): Checks {
  const packages = derivePackageNames(entry.title, {});
  const generated = (async (): Promise<Generated> => {
    const dirs = await makeRunFolders(`compiled-${entry.fixture}`);
    const sentinelBefore = await snapshotTree(dirs.sentinel);
    const firstRun = await limit(() => generateFixture(entry.fixture, dirs.out, entry.lint));
    const first = await snapshotTree(dirs.out);
    const secondRun = await limit(() => generateFixture(entry.fixture, dirs.out, entry.lint));
    const second = await snapshotTree(dirs.out);
    return { dirs, runs: [firstRun, secondRun], first, second, sentinelBefore, sentinelAfter: await snapshotTree(dirs.sentinel), rootEntries: (await readdir(dirs.root)).sort() };
  })();
  const after = <T>(task: (generated: Generated) => Promise<T>): Promise<T> => {
    const promise = generated.then((result) => limit(() => task(result)));
    promise.catch(() => {}); // awaited by its test
    return promise;
  };
  const env = (dirs: RunFolders) => interpreterEnv(path.join(dirs.root, "pycache"));
  return {
    generated,
    typecheck: after(({ dirs }) =>
      Promise.all(
        ["fetch", "sdk"].map(async (flavor) => {
          const tsconfigPath = path.join(dirs.out, flavor, "tsconfig.json");
          const result = await runQuietly(process.execPath, [tsc, "-p", tsconfigPath], { cwd: projectRoot });
          return { flavor, ok: result.ok, output: `${result.stdout}${result.stderr}`, tsconfig: JSON.parse(await readFile(tsconfigPath, "utf8")) };
        }),
      ),
    ),
    typescript: after(async ({ dirs }) => {
      const files = [...(await filesUnder(path.join(dirs.out, "fetch/src"), /\.ts$/)), ...(await filesUnder(path.join(dirs.out, "sdk/src"), /\.ts$/))];
      const sources = await Promise.all(files.map(async (file) => ({ name: path.relative(dirs.out, file), text: await readFile(file, "utf8") })));
      return { ...inspectTypeScript(sources, MARKER), examples: inspectTypeScript(await typescriptExamples(path.join(dirs.out, "docs/typescript")), MARKER) };
    }),
    pyCompile: after(async ({ dirs }) => {
      const files = await filesUnder(path.join(dirs.out, "python"), /\.py$/);
      const result = await runQuietly("python3", ["-m", "py_compile", ...files], { env: env(dirs) });
      return { ok: result.ok && result.stderr === "", output: `${result.stdout}${result.stderr}`, files: files.length };
    }),
    python: after(({ dirs }) => inspectPython(path.join(dirs.out, "python"), packages.pythonPackage, MARKER, env(dirs))),
    rubySyntax: after(async ({ dirs }) => {
      const files = await filesUnder(path.join(dirs.out, "ruby"), /\.(rb|gemspec)$/);
      return { warnings: await rubyWarnings(files, env(dirs)), files: files.length };
    }),
    ruby: after(({ dirs }) => inspectRuby(path.join(dirs.out, "ruby"), packages.rubyGem, packages.rubyModule, MARKER, env(dirs))),
    markdown: after(async ({ dirs }) => Promise.all((await filesUnder(path.join(dirs.out, "docs"), /\.md$/)).map(async (file) => ({ file: path.relative(dirs.out, file), text: await readFile(file, "utf8") })))),
  };
}

beforeAll(() => {
  for (const entry of COMPILED) checks.set(entry.fixture, start(entry));
});

afterAll(async () => {
  for (const check of checks.values()) await Promise.allSettled(Object.values(check));
  await Promise.all([...checks.values()].map(async (check) => (await check.generated.catch(() => undefined))?.dirs[Symbol.asyncDispose]()));
});

const missing = (have: ReadonlySet<string>, want: readonly string[]) => want.filter((value) => !have.has(value));
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

describe.each(COMPILED)("$fixture", (entry) => {
  const get = () => checks.get(entry.fixture)!;

  it(`generates every flavor: ${entry.attacks}`, async () => {
    const { runs } = await get().generated;
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.exitCode).toBe(0);
    }
  }, 120_000);

  it("regenerates byte-identical, keeps the file it does not own, and touches nothing beside the output", async () => {
    const { first, second, sentinelBefore, sentinelAfter, rootEntries } = await get().generated;
    expect(Object.keys(first).length).toBeGreaterThan(30);
    // The paths that differ, so that a failure says where.
    expect([...new Set([...Object.keys(first), ...Object.keys(second)])].filter((file) => first[file] !== second[file])).toEqual([]);
    expect(first).toHaveProperty("sentinel.txt");
    expect(sentinelAfter).toEqual(sentinelBefore);
    expect(rootEntries).toEqual(["out", "sentinel"]);
  }, 120_000);

  it("names every file plainly: no dot-files, no device names, no name too long, no two names one case apart", async () => {
    const { first } = await get().generated;
    const paths = Object.keys(first);
    const folded = new Map<string, string>();
    for (const file of paths) {
      for (const segment of file.split("/")) {
        expect(segment, file).not.toMatch(/^\./);
        expect(segment, file).not.toMatch(WINDOWS_RESERVED);
        expect(Buffer.byteLength(segment), file).toBeLessThanOrEqual(255);
      }
      expect(folded.get(file.toLowerCase()), file).toBeUndefined();
      folded.set(file.toLowerCase(), file);
    }
  }, 120_000);

  it("package manifests carry a version npm accepts, whatever info.version says", async () => {
    const { dirs } = await get().generated;
    for (const flavor of ["fetch", "sdk"]) {
      const manifest = JSON.parse(await readFile(path.join(dirs.out, flavor, "package.json"), "utf8")) as { version: string };
      expect(manifest.version, flavor).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
    }
  }, 120_000);

  it("fetch and sdk type-check under the strict tsconfig", async () => {
    for (const { flavor, ok, output, tsconfig } of await get().typecheck) {
      expect(tsconfig, flavor).toEqual(STRICT_TSCONFIG);
      expect(output, flavor).toBe("");
      expect(ok, flavor).toBe(true);
    }
  }, 120_000);

  it("TypeScript holds every data string exactly, declares only what templates declare, and runs no payload", async () => {
    const inspection = await get().typescript;
    expect(missing(inspection.literals, entry.literals.typescript)).toEqual([]);
    expect(inspection.markerAsCode).toEqual([]);
    expect(inspection.strayStatements).toEqual([]);
    expect(inspection.prototypeSetters).toEqual([]);
    // The docs' examples are TypeScript too: they parse and call nothing from the spec.
    expect(inspection.examples.syntaxErrors).toEqual([]);
    expect(inspection.examples.markerAsCode).toEqual([]);
    expect(inspection.examples.prototypeSetters).toEqual([]);
  }, 120_000);

  it.skipIf(!hasPython)("python: py_compile accepts every file", async () => {
    const result = await get().pyCompile;
    expect(result.files).toBeGreaterThan(10);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 120_000);

  it.skipIf(!hasPython)("python: holds every data string exactly, in source and after import, and runs no payload", async () => {
    const inspection = await get().python;
    expect(inspection.failure).toBe("");
    expect(inspection.modules).toBeGreaterThan(5);
    expect(missing(inspection.literals, entry.literals.python)).toEqual([]);
    expect(missing(inspection.loaded, entry.loaded.python)).toEqual([]);
    expect(inspection.markerAsCode).toEqual([]);
    expect(inspection.strayStatements).toEqual([]);
    for (const fragment of entry.docstringFragments ?? []) expect([...inspection.loaded].some((text) => text.includes(fragment)), fragment).toBe(true);
  }, 120_000);

  it.skipIf(!hasRuby)("ruby: `ruby -wc` accepts every file without a warning", async () => {
    const result = await get().rubySyntax;
    expect(result.files).toBeGreaterThan(10);
    expect(result.warnings).toEqual([]);
  }, 120_000);

  it.skipIf(!hasRuby)("ruby: holds every data string exactly, in source and after require, and runs no payload", async () => {
    const inspection = await get().ruby;
    expect(inspection.failure).toBe("");
    expect(missing(inspection.literals, entry.literals.ruby)).toEqual([]);
    expect(missing(inspection.loaded, entry.loaded.ruby)).toEqual([]);
    expect(inspection.markerAsCode).toEqual([]);
    expect(inspection.strayStatements).toEqual([]);
  }, 120_000);

  it("the Markdown docs show spec HTML as text, outside and inside tables", async () => {
    for (const { file, text } of await get().markdown) {
      const prose = text.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "").replace(/(`+)[^`]*?\1/g, "");
      expect(prose, file).not.toMatch(/<(img|script)\b/i);
    }
  }, 120_000);
});

describe("files.yaml with a symlink planted in the output folder", () => {
  const plants: Array<[string, { at: string; to: (dirs: RunFolders) => string }]> = [
    ["a folder the sdk writes into, linked to the folder beside the output", { at: "sdk/src/apis", to: (dirs) => dirs.sentinel }],
    ["a page the docs write, linked to a file beside the output", { at: "docs/typescript/models/Evil.md", to: (dirs) => path.join(dirs.sentinel, "evil/evil.md") }],
  ];
  it.each(plants)("%s: refused, nothing followed, both folders byte-identical", async (_, { at, to }) => {
    await using dirs = await makeRunFolders(`symlink-${path.basename(at)}`);
    const target = to(dirs);
    await import("node:fs/promises").then(({ mkdir }) => mkdir(path.dirname(path.join(dirs.out, at)), { recursive: true }));
    await symlink(target, path.join(dirs.out, at));
    expect((await lstat(path.join(dirs.out, at))).isSymbolicLink()).toBe(true);
    const before = { out: await snapshotTree(dirs.out), sentinel: await snapshotTree(dirs.sentinel) };
    const run = await limit(() => generateFixture("files.yaml", dirs.out, COMPILED.find((entry) => entry.fixture === "files.yaml")!.lint));
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`refusing to write through the symlink ${at}`);
    expect(await snapshotTree(dirs.out)).toEqual(before.out);
    expect(await snapshotTree(dirs.sentinel)).toEqual(before.sentinel);
  }, 120_000);
});
