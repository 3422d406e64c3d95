// `npm run bundle`: byte-identical on every run, equal to what is committed, and a broken spec
// exits non-zero naming file:line while the previous bundle stays in place.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSpec } from "../../../scripts/lib/load/bundle-spec.js";
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
