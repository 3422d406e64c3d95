// `npm run bundle`: byte-identical on every run, equal to what is committed, and a broken spec
// exits non-zero naming file:line while the previous bundle stays in place.
import { readdirSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSpec } from "../../../scripts/lib/load/bundle-spec.js";
import { checkAndParseSpecFiles } from "../../../scripts/lib/load/check-spec-files.js";
import { COMPILED } from "../../hostile/catalogue.js";
import { projectRoot } from "../../support/openapi-doc.js";
import { runScript } from "../../support/run-script.js";

const specPath = path.join(projectRoot, "spec/openapi.yaml");

describe("bundle", () => {
  it("is byte-identical on every run and equal to the committed generated/openapi.{yaml,json}", async () => {
    const [first, second] = [await bundleSpec(specPath, projectRoot), await bundleSpec(specPath, projectRoot)];
    expect(second.yaml).toBe(first.yaml);
    expect(second.json).toBe(first.json);
    expect(await readFile(path.join(projectRoot, "generated/openapi.yaml"), "utf8")).toBe(first.yaml);
    expect(await readFile(path.join(projectRoot, "generated/openapi.json"), "utf8")).toBe(first.json);
  });

  it("pulls every external file into components, leaving only local references", async () => {
    const { json } = await bundleSpec(specPath, projectRoot);
    const refs = [...json.matchAll(/"\$ref": "([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((ref) => !ref?.startsWith("#/components/"))).toEqual([]);
  });
});

describe("bundle, in process", () => {
  let workDir = "";
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "bundle-in-process-"));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it("gives the same bundle whether it reads the files itself or is handed the checked parse", async () => {
    const { parsed } = await checkAndParseSpecFiles(specPath, projectRoot);
    expect(parsed.size).toBeGreaterThan(50);
    const [handed, read] = [await bundleSpec(specPath, projectRoot, parsed), await bundleSpec(specPath, projectRoot)];
    expect(handed.yaml).toBe(read.yaml);
    expect(handed.json).toBe(read.json);
  });

  it("puts the top-level keys in the Redocly CLI's order (tags before paths, components last)", async () => {
    const file = path.join(workDir, "order.yaml");
    await writeFile(file, "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths: {}\ncomponents:\n  schemas: {}\nx-extra: 1\ntags:\n  - name: a\nservers:\n  - url: https://example.com\n");
    const { document, yaml } = await bundleSpec(file, workDir);
    expect(Object.keys(document)).toEqual(["openapi", "info", "servers", "tags", "paths", "components", "x-extra"]);
    expect(yaml.split("\n").filter((line) => /^\S/.test(line))).toEqual(["openapi: 3.1.0", "info:", "servers:", "tags:", "paths: {}", "components:", "x-extra: 1"]);
  });

  it("refuses a reference that does not resolve, naming file:line:col and the pointer", async () => {
    const file = path.join(workDir, "broken.yaml");
    await writeFile(file, "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '#/components/responses/Missing'\n");
    await expect(bundleSpec(file, workDir)).rejects.toThrow(/broken\.yaml:10:11 \(#\/paths\/~1a\/get\/responses\/200\): Can't resolve \$ref/);
  });

  // Every one-file spec the project has: the vendors' (JSON and YAML) and every fixture that bundles.
  const oneFileSpecs = [
    "../shared/reference-specs/clerk-bapi-2026-05-12.yml",
    "../shared/reference-specs/trieve-openapi.json",
    ...readdirSync(path.join(projectRoot, "test/fixtures/features")).map((name) => `test/fixtures/features/${name}`),
    ...COMPILED.map((entry) => `test/fixtures/hostile/${entry.fixture}`),
    "test/fixtures/failing-server/api.yaml",
  ];
  it.each(oneFileSpecs)("a one-file spec is its own bundle, exactly as Redocly's bundler makes it: %s", async (spec) => {
    const file = path.join(projectRoot, spec);
    const { files, parsed } = await checkAndParseSpecFiles(file, projectRoot);
    expect(files).toHaveLength(1);
    const [alone, redocly] = [await bundleSpec(file, projectRoot, parsed), await bundleSpec(file, projectRoot)];
    expect(alone.json).toBe(redocly.json);
    expect(alone.yaml).toBe(redocly.yaml);
  });
});

describe("bundle of a broken spec", () => {
  let workDir = "";
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "broken-spec-"));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  const cases: Array<[string, { file: string; edit: (text: string) => string; where: RegExp; says: RegExp }]> = [
    [
      "a $ref to a missing file",
      {
        file: "paths/api_invitation.yaml",
        edit: (text) => text.replace("parameters/TROrganization.yaml", "parameters/TROrganisation.yaml"),
        where: /paths\/api_invitation\.yaml:\d+:\d+/,
        says: /\$ref target .*TROrganisation\.yaml does not exist/,
      },
    ],
    [
      "a YAML syntax error",
      {
        file: "components/schemas/ErrorResponseBody.yaml",
        edit: (text) => `${text}  broken: [unclosed\n`,
        where: /components\/schemas\/ErrorResponseBody\.yaml:\d+:\d+/,
        says: /Flow sequence .* must be sufficiently indented/,
      },
    ],
    [
      "an example that breaks its schema",
      {
        file: "components/examples/TrieveInvitationList.yaml",
        edit: (text) => text.replace("created_at: '2026-11-02T09:15:00Z'", "created_at: '2021-01-01 00:00:00.000'"),
        where: /components\/examples\/TrieveInvitationList\.yaml:\d+:\d+/,
        says: /must match format "date-time"/,
      },
    ],
  ];

  it.each(cases)("%s: exits non-zero with file:line and keeps the previous bundle", async (name, { file, edit, where, says }) => {
    const caseDir = path.join(workDir, name.replace(/\W+/g, "-"));
    const specCopy = path.join(caseDir, "spec");
    const outDir = path.join(caseDir, "out");
    await cp(path.join(projectRoot, "spec"), specCopy, { recursive: true });
    await cp(path.join(projectRoot, "generated/openapi.yaml"), path.join(outDir, "openapi.yaml"));
    await writeFile(path.join(outDir, "openapi.json"), "previous bundle\n");
    const target = path.join(specCopy, file);
    const original = await readFile(target, "utf8");
    const broken = edit(original);
    expect(broken).not.toBe(original);
    await writeFile(target, broken);

    const result = await runScript("bundle.ts", ["--spec", path.join(specCopy, "openapi.yaml"), "--out", outDir]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(where);
    expect(result.stderr).toMatch(says);
    expect(await readFile(path.join(outDir, "openapi.json"), "utf8")).toBe("previous bundle\n");
  });

  it("rejects an unknown flag by name", async () => {
    const result = await runScript("bundle.ts", ["--sepc", "x"]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("Unknown option '--sepc'");
  });
});
