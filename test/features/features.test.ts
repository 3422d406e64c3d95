// Any real spec in, compiling clients out: one small spec per feature real APIs use
// (test/fixtures/features/<feature>.yaml) goes through the real pipeline (`cli.ts`, lint on with
// redocly-external.yaml); every flavor's output compiles under its strictest check (tsc with the
// package's own strict tsconfig, py_compile, ruby -wc); and what the feature changes is asserted on
// the model, on the generated types (a small typed usage file) and on the generated sdk at run time
// against a recording server. What each fixture proves: test/features/cases/<feature>.ts.
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { derivePackageNames } from "../../scripts/lib/config/resolve-config.js";
import { STRICT_TSCONFIG } from "../../scripts/lib/flavors/typescript-package.js";
import type { ApiModel } from "../../scripts/lib/model/api-model.js";
import { buildApiModel } from "../../scripts/lib/model/build-api-model.js";
import { hasPython, hasRuby, runPython, runRuby } from "../support/interpreters.js";
import { projectRoot } from "../support/openapi-doc.js";
import { startRecordingServer, type RecordingServer } from "../support/recording-server.js";
import { runScript, type ScriptResult } from "../support/run-script.js";
import { typecheckProjects } from "../support/typecheck-projects.js";
import { FEATURE_CASES } from "./cases/index.js";
import type { FeatureCase, GeneratedSdk, SdkOperation } from "./support/feature-case.js";

const run = promisify(execFile);
const fixturesDir = path.join(projectRoot, "test/fixtures/features");
// Inside the project (gitignored), so `openapi-fetch` resolves from node_modules.
const outRoot = path.join(projectRoot, ".tmp/features");
const outDir = (fixture: string) => path.join(outRoot, fixture);

interface FixtureOutput {
  generate: ScriptResult;
  /** tsc output per project (`sdk`, `fetch`, `usage`); "" when it type-checks. */
  typecheck: Map<string, string>;
  pyCompile: string;
  rubyWarnings: string;
}

const outputs = new Map<string, FixtureOutput>();
let server: RecordingServer;

/** Runs `task` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  }));
}

async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The command's stdout and stderr when it fails (or prints to stderr), else "". */
async function problemsOf(command: string, args: string[]): Promise<string> {
  try {
    const { stderr } = await run(command, args, { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
    return stderr;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return `${failure.stdout ?? ""}${failure.stderr ?? ""}` || failure.message;
  }
}

async function writeUsageProject(featureCase: FeatureCase): Promise<string> {
  const dir = path.join(outDir(featureCase.fixture), "usage");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "usage.ts"), featureCase.typedUsage!.trimStart());
  const tsconfig = path.join(dir, "tsconfig.json");
  await writeFile(tsconfig, JSON.stringify({ ...STRICT_TSCONFIG, include: ["usage.ts"] }, null, 2));
  return tsconfig;
}

/**
 * Every ```typescript block of the TypeScript docs as a module of its own, importing the generated
 * sdk by path instead of by package name (the fixture's package is not installed anywhere).
 */
async function writeDocsExamplesProject(fixture: string): Promise<string> {
  const docsDir = path.join(outDir(fixture), "docs/typescript");
  const dir = path.join(outDir(fixture), "docs-examples");
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const page of await filesUnder(docsDir, ".md")) {
    const text = await readFile(page, "utf8");
    for (const match of text.matchAll(/^(`{3,})typescript\n([\s\S]*?)\n\1$/gm)) {
      const file = `example-${files.length}.ts`;
      const code = match[2]!.replace(/from "@[a-z0-9-]+\/sdk"/g, 'from "../sdk/src/index.js"');
      await writeFile(path.join(dir, file), `// ${path.relative(docsDir, page)}\n${code}\nexport {};\n`);
      files.push(file);
    }
  }
  const tsconfig = path.join(dir, "tsconfig.json");
  const compilerOptions = { ...STRICT_TSCONFIG.compilerOptions, types: ["node"], typeRoots: [path.join(projectRoot, "node_modules/@types")] };
  await writeFile(tsconfig, JSON.stringify({ ...STRICT_TSCONFIG, compilerOptions, include: files }, null, 2));
  return tsconfig;
}

beforeAll(async () => {
  await rm(outRoot, { recursive: true, force: true });
  // Each run is three processes (our CLI, Redocly lint, Redocly bundle), mostly one after another.
  await eachLimited(FEATURE_CASES, availableParallelism() + 1, async ({ fixture }) => {
    const generate = await runScript("cli.ts", ["--spec", path.join(fixturesDir, `${fixture}.yaml`), "--out", outDir(fixture), "--no-cache", "--quiet"]);
    outputs.set(fixture, { generate, typecheck: new Map(), pyCompile: "", rubyWarnings: "" });
  });

  const projects: Array<{ fixture: string; project: string; tsconfig: string }> = [];
  for (const featureCase of FEATURE_CASES) {
    const { fixture } = featureCase;
    if (outputs.get(fixture)!.generate.exitCode !== 0) continue;
    for (const flavor of ["sdk", "fetch"]) projects.push({ fixture, project: flavor, tsconfig: path.join(outDir(fixture), flavor, "tsconfig.json") });
    if (featureCase.typedUsage) projects.push({ fixture, project: "usage", tsconfig: await writeUsageProject(featureCase) });
    projects.push({ fixture, project: "docs", tsconfig: await writeDocsExamplesProject(fixture) });
  }
  // In this process, lib files parsed once for all projects (far cheaper than one tsc each); the
  // usage and docs projects report their own files only, the sdk's being checked as its own project.
  const consumers = new Set(projects.filter(({ project }) => project === "usage" || project === "docs").map(({ tsconfig }) => tsconfig));
  const checked = typecheckProjects(projects.map(({ tsconfig }) => tsconfig), { ownFilesOnly: consumers });
  for (const { fixture, project, tsconfig } of projects) outputs.get(fixture)!.typecheck.set(project, checked.get(tsconfig)!);

  await eachLimited(FEATURE_CASES, availableParallelism(), async ({ fixture }) => {
    const output = outputs.get(fixture)!;
    if (output.generate.exitCode !== 0) return;
    const pyFiles = await filesUnder(path.join(outDir(fixture), "python"), ".py");
    if (hasPython) output.pyCompile = pyFiles.length === 0 ? "no .py files generated" : await problemsOf("python3", ["-m", "py_compile", ...pyFiles]);
    const rbFiles = await filesUnder(path.join(outDir(fixture), "ruby"), ".rb");
    // `ruby -wc` on each file, in one interpreter: compiled with warnings on, never run.
    const script = "ARGV.each { |f| begin; RubyVM::InstructionSequence.compile_file(f); rescue SyntaxError => e; warn(e.message); end }";
    if (hasRuby) output.rubyWarnings = rbFiles.length === 0 ? "no .rb files generated" : await problemsOf("ruby", ["-w", "-e", script, ...rbFiles]);
  });
  server = await startRecordingServer();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe.each(FEATURE_CASES.map((featureCase) => [featureCase.fixture, featureCase] as const))("%s", (fixture, featureCase) => {
  const output = () => outputs.get(fixture)!;
  const generated = () => {
    const { generate } = output();
    expect(generate.stderr, "generation failed").toBe("");
    expect(generate.exitCode).toBe(0);
  };
  let model: ApiModel | undefined;
  const loadModel = async () => (model ??= buildApiModel(JSON.parse(await readFile(path.join(outDir(fixture), "openapi.json"), "utf8"))));

  it(`${featureCase.proves}: cli.ts generates every flavor, lint on (exit 0)`, () => {
    generated();
  });

  it.each(["sdk", "fetch"])("%s type-checks under its own strict tsconfig", (flavor) => {
    generated();
    expect(output().typecheck.get(flavor)).toBe("");
  });

  it("docs: every TypeScript example in the docs type-checks against the generated sdk", () => {
    generated();
    expect(output().typecheck.get("docs")).toBe("");
  });

  it.skipIf(!hasPython)("python: py_compile passes on every generated .py (skipped when python3 is not on PATH)", () => {
    generated();
    expect(output().pyCompile).toBe("");
  });

  it.skipIf(!hasRuby)("ruby: `ruby -wc` passes on every generated .rb with no warning (skipped when ruby is not on PATH)", () => {
    generated();
    expect(output().rubyWarnings).toBe("");
  });

  if (featureCase.model) {
    it("model: buildApiModel of the bundle", async () => {
      generated();
      featureCase.model!(await loadModel());
    });
  }

  if (featureCase.typedUsage) {
    it("types: a typed usage of the sdk type-checks (and rejects what it must)", () => {
      generated();
      expect(output().typecheck.get("usage")).toBe("");
    });
  }

  if (featureCase.sdk) {
    it("sdk at run time, against a recording server", async () => {
      generated();
      server.requests.length = 0;
      server.reply({ status: 200, headers: { "content-type": "application/json" }, body: "{}" });
      const module = (await import(pathToFileURL(path.join(outDir(fixture), "sdk/src/index.ts")).href)) as Record<string, unknown>;
      const sdk: GeneratedSdk = {
        module,
        config: (options = {}) => (module.createConfig as (options: object) => unknown)({ baseUrl: server.url, maxRetries: 0, ...options }),
        operation: (name) => {
          const operation = module[`${name}WithHttpInfo`];
          expect(typeof operation, `the sdk exports ${name}WithHttpInfo`).toBe("function");
          return operation as SdkOperation;
        },
      };
      await featureCase.sdk!({ sdk, server, outDir: outDir(fixture) });
    });
  }

  for (const check of featureCase.python ?? []) {
    it.skipIf(!hasPython)(`${check.title} (skipped when python3 is not on PATH)`, async () => {
      generated();
      const { pythonPackage } = derivePackageNames((await loadModel()).title, {});
      const result = runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(path.join(outDir(fixture), "python"))})\nassert __import__(${JSON.stringify(pythonPackage)})\n${check.code}`);
      expect(result.stderr).toBe("");
      expect(result.stdout.trim()).toBe(check.stdout);
    });
  }

  for (const { language, behaviour, why } of featureCase.leftOut ?? []) {
    describe(`${language}: checking ${behaviour} is left out, because ${why}`, () => {
      it.todo(`${language}: ${behaviour}`);
    });
  }

  for (const check of featureCase.ruby ?? []) {
    it.skipIf(!hasRuby)(`${check.title} (skipped when ruby is not on PATH)`, async () => {
      generated();
      const { rubyGem } = derivePackageNames((await loadModel()).title, {});
      const result = runRuby(check.code, ["-w", "-I", path.join(outDir(fixture), "ruby/lib"), "-r", rubyGem]);
      expect(result.stderr).toBe("");
      expect(result.stdout.trim()).toBe(check.stdout);
    });
  }
});
