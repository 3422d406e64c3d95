// Any real spec in, compiling clients out: both full vendor specs (Trieve: 3.0.3, 104 paths;
// Clerk: 3.0.3, 185 paths) go through the whole pipeline, every flavor compiles under its
// strictest check (tsc strict, mypy --strict, ruby -w), and a smoke run against Prism serving that
// spec succeeds for one operation of every tag through the generated sdk.
import { execFile } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiModel } from "../../scripts/lib/model/build-api-model.js";
import type { ApiModel, OperationModel } from "../../scripts/lib/model/api-model.js";
import { exampleValue, patternExample } from "../../scripts/lib/flavors/docs-values.js";
import { buildTsOperationView } from "../../scripts/lib/flavors/typescript-view.js";
import { typescriptNaming } from "../../scripts/lib/naming/typescript.js";
import { startPrism, type PrismServer } from "../../scripts/lib/mock/start-prism.js";
import { hasPython, hasRuby } from "../support/interpreters.js";
import { projectRoot, referenceSpecsDir } from "../support/openapi-doc.js";
import { runScript } from "../support/run-script.js";
import { makeTempDir } from "../support/temp-dir.js";

const run = promisify(execFile);
const VENDORS = [
  { name: "trieve", spec: "trieve-openapi.json" },
  { name: "clerk", spec: "clerk-bapi-2026-05-12.yml" },
] as const;
const outDir = (name: string) => path.join(projectRoot, ".tmp/vendor-specs", name);

async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension)).map((entry) => path.join(entry.parentPath, entry.name));
}

async function succeeds(command: string, args: string[], cwd = projectRoot): Promise<string> {
  try {
    await run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return "";
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    return `${failure.stdout ?? ""}${failure.stderr ?? ""}`.slice(0, 4000) || failure.message;
  }
}

/**
 * The smoke sample: per tag, up to three GETs with a JSON success response and no body whose
 * required parameters we can fill: an example, or a made-up value (one matching the parameter's
 * `pattern`, which Prism checks). A tag passes when one succeeds.
 */
function sampleOperations(model: ApiModel): Array<{ tag: string; candidates: OperationModel[] }> {
  return model.groups
    .map((group) => ({
      tag: group.tag,
      candidates: group.operations
        .filter((operation) => operation.method === "get" && !operation.requestBody && operation.responses.some((response) => response.kind === "success" && response.mediaType?.includes("json")))
        .filter((operation) => operation.parameters.every((parameter) => !parameter.required || parameter.example !== undefined || !(parameter.type.kind === "primitive" && parameter.type.pattern) || patternExample(parameter.type.pattern) !== undefined))
        .slice(0, 3),
    }))
    .filter((sample) => sample.candidates.length > 0);
}

describe.each(VENDORS)("$name's full spec", ({ name, spec }) => {
  let model: ApiModel;
  beforeAll(async () => {
    await rm(outDir(name), { recursive: true, force: true });
    const result = await runScript("cli.ts", ["--spec", path.join(referenceSpecsDir, spec), "--out", outDir(name), "--no-cache", "--quiet"]);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    model = buildApiModel(JSON.parse(await readFile(path.join(outDir(name), "openapi.json"), "utf8")));
  }, 120_000);

  it.each(["fetch", "sdk"])("%s type-checks under strict settings", async (flavor) => {
    expect(await succeeds(process.execPath, [path.join(projectRoot, "node_modules/typescript/bin/tsc"), "-p", path.join(outDir(name), flavor, "tsconfig.json")])).toBe("");
  }, 120_000);

  it("maps x-speakeasy-retries onto the sdk's retry defaults where the spec declares it (Clerk does, Trieve does not)", async () => {
    const config = await readFile(path.join(outDir(name), "sdk/src/config.ts"), "utf8");
    if (name === "clerk") {
      expect(config).toContain('retry: { initialDelayMs: 500, maxDelayMs: 60000, exponent: 1.5, statusCodes: ["5XX"], retryConnectionErrors: true },');
      expect(config).toContain("maxRetryTimeMs: 3600000,");
    } else {
      expect(config).not.toMatch(/^\s+retry:|maxRetryTimeMs:/m);
    }
  });

  it.skipIf(!hasPython)("python compiles (py_compile on every file)", async () => {
    const files = await filesUnder(path.join(outDir(name), "python"), ".py");
    expect(files.length).toBeGreaterThan(10);
    expect(await succeeds("python3", ["-m", "py_compile", ...files])).toBe("");
  }, 120_000);

  it("python passes mypy --strict (Python 3.9 rules, as the package declares)", async () => {
    const packages = (await readdir(path.join(outDir(name), "python"), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    expect(packages).toHaveLength(1);
    await using cache = await makeTempDir(`mypy-${name}-`);
    const args = ["--strict", "--python-version", "3.9", "--cache-dir", cache.path, "--no-error-summary", path.join(outDir(name), "python", packages[0]!.name)];
    // Debian's mypy, which .ci/run installs: missing, this fails (spawn mypy ENOENT) rather than skips.
    expect(await succeeds("mypy", args)).toBe("");
  }, 120_000);

  it.skipIf(!hasRuby)("ruby passes `ruby -wc` on every file with no warning", async () => {
    const files = await filesUnder(path.join(outDir(name), "ruby"), ".rb");
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    // One interpreter for all files: each is compiled, never run.
    const script = "ARGV.each { |f| begin; RubyVM::InstructionSequence.compile_file(f); rescue SyntaxError => e; warn(e.message); end }";
    const { stderr } = await run("ruby", ["-w", "-e", script, ...files], { maxBuffer: 64 * 1024 * 1024 }).catch((error: { stderr: string }) => ({ stderr: error.stderr }));
    if (stderr.trim()) problems.push(stderr.slice(0, 4000));
    expect(problems).toEqual([]);
  }, 120_000);

  describe("smoke run against Prism serving the spec", () => {
    let prism: PrismServer | undefined;
    beforeAll(async () => {
      const host = "127.0.0.1";
      prism = await startPrism({ specPath: path.join(outDir(name), "openapi.yaml"), host, port: await getPort({ host }) });
    }, 120_000);
    afterAll(async () => {
      await prism?.stop();
    });

    it("answers one operation of every tag through the generated sdk", async () => {
      const sdk = (await import(path.join(outDir(name), "sdk/src/index.ts"))) as Record<string, unknown>;
      const createConfig = sdk.createConfig as (options: object) => unknown;
      const credentials = Object.fromEntries(model.securitySchemes.map((scheme) => [scheme.name, scheme.type === "http" ? "sk_test_smoke" : "tr-smoke-key"]));
      const config = createConfig({ baseUrl: prism!.url, credentials, maxRetries: 0 });
      const samples = sampleOperations(model);
      // Every tag with a JSON GET has one we can call.
      const tagsWithGet = model.groups.filter((group) => group.operations.some((operation) => operation.method === "get" && !operation.requestBody && operation.responses.some((response) => response.kind === "success" && response.mediaType?.includes("json"))));
      expect(samples.map((sample) => sample.tag)).toEqual(tagsWithGet.map((group) => group.tag));
      const callOnce = async (operation: OperationModel): Promise<string | undefined> => {
        const view = buildTsOperationView(operation, model.servers[0]?.url ?? "/");
        const params = Object.fromEntries(
          view.fields
            .filter((field) => field.required)
            .map((field) => {
              const parameter = operation.parameters.find((candidate) => candidate.name === field.wireName && candidate.in === field.location);
              return [field.fieldName, parameter?.example ?? exampleValue(parameter!.type, model)];
            }),
        );
        const call = sdk[`${typescriptNaming.methodName(operation.operationId)}WithHttpInfo`] as (config: unknown, params: object) => Promise<{ status: number; data: unknown }>;
        try {
          const response = await call(config, params);
          return response.status >= 200 && response.status <= 299 && response.data !== undefined ? undefined : `${operation.operationId}: HTTP ${response.status}`;
        } catch (error) {
          const failure = error as { body?: unknown; message: string };
          return `${operation.operationId}: ${failure.message} ${JSON.stringify(failure.body ?? "").slice(0, 300)}`;
        }
      };
      const failures: string[] = [];
      await Promise.all(
        samples.map(async ({ tag, candidates }) => {
          const attempts: string[] = [];
          for (const operation of candidates) {
            const problem = await callOnce(operation);
            if (problem === undefined) return;
            attempts.push(problem);
          }
          failures.push(`${tag}: ${attempts.join(" / ")}`);
        }),
      );
      expect(failures).toEqual([]);
    }, 120_000);
  });
});
