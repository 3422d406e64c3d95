// Errors of the stages after the bundle name a JSON pointer into the bundle; the locator finds that
// node in the spec's own files (across `$ref`s the bundler inlined), so the error names file:line:col.
import { readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkAndParseSpecFiles } from "../../../scripts/lib/load/check-spec-files.js";
import { SpecFileLocator, withSpecFilePlace } from "../../../scripts/lib/load/locate-pointer.js";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";
import { projectRoot } from "../../support/openapi-doc.js";
import { runScript } from "../../support/run-script.js";
import { makeTempDir } from "../../support/temp-dir.js";

/** `line:col` (1-based) of the first occurrence of `needle` in `text`, after `after` if given. */
function lineColOf(text: string, needle: string, after = ""): string {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset === -1) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset);
  return `${before.split("\n").length}:${offset - before.lastIndexOf("\n")}`;
}

async function locatorFor(root: string) {
  const checked = await checkAndParseSpecFiles(root, projectRoot);
  return SpecFileLocator.create(checked.files[0]!, checked.parsed);
}

const SPLIT_SPEC = {
  "openapi.yaml": [
    "openapi: 3.1.0",
    "info: { title: Split, version: 1.0.0 }",
    "paths:",
    "  /a~b/{id}:",
    "    $ref: paths/a.yaml",
    "components:",
    "  schemas:",
    "    Named:",
    "      $ref: schemas/named.yaml",
    "",
  ].join("\n"),
  "paths/a.yaml": [
    "get:",
    "  operationId: get_a",
    "  parameters:",
    "    - { name: id, in: path, required: true, schema: { type: string } }",
    "    - name: X-Trace",
    "      in: header",
    "      schema: { type: string }",
    "  responses:",
    '    "200":',
    "      description: ok",
    "      content:",
    "        application/json:",
    "          schema:",
    "            $ref: ../schemas/inline.yaml",
    "",
  ].join("\n"),
  "schemas/named.yaml": ["type: object", "properties:", "  label:", "    type: string", ""].join("\n"),
  "schemas/inline.yaml": ["type: object", ""].join("\n"),
};

async function writeSpec(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

describe("SpecFileLocator", () => {
  it("finds a node of the canonical spec in the path file the root references", async () => {
    const locator = await locatorFor(path.join(projectRoot, "spec/openapi.yaml"));
    const file = "spec/paths/api_invitation.yaml";
    const text = await readFile(path.join(projectRoot, file), "utf8");
    expect(locator.locate("#/paths/~1api~1invitation/post/operationId", projectRoot)).toBe(`${file}:${lineColOf(text, "post_invitation")}`);
  });

  it("follows $refs across files, unescapes ~1 and ~0, walks list items and names a map by its key", async () => {
    await using dir = await makeTempDir("locate-");
    await writeSpec(dir.path, SPLIT_SPEC);
    const locator = await locatorFor(path.join(dir.path, "openapi.yaml"));
    const pathFile = SPLIT_SPEC["paths/a.yaml"];
    expect(locator.locate("#/paths/~1a~0b~1{id}/get/parameters/1/name", dir.path)).toBe(`paths/a.yaml:${lineColOf(pathFile, "X-Trace")}`);
    expect(locator.locate("#/paths/~1a~0b~1{id}/get/parameters/0", dir.path)).toBe(`paths/a.yaml:${lineColOf(pathFile, "{ name: id")}`);
    expect(locator.locate("#/paths/~1a~0b~1{id}/get/responses", dir.path)).toBe(`paths/a.yaml:${lineColOf(pathFile, "responses")}`);
    expect(locator.locate("#/components/schemas/Named/properties/label/type", dir.path)).toBe(
      `schemas/named.yaml:${lineColOf(SPLIT_SPEC["schemas/named.yaml"], "string")}`,
    );
    expect(locator.locate("#", dir.path)).toBe("openapi.yaml:1:1");
  });

  it("has no place for what the bundler made (a schema moved into components) or what is not there", async () => {
    await using dir = await makeTempDir("locate-");
    await writeSpec(dir.path, SPLIT_SPEC);
    const locator = await locatorFor(path.join(dir.path, "openapi.yaml"));
    expect(locator.locate("#/components/schemas/inline", dir.path)).toBeUndefined();
    expect(locator.locate("#/paths/~1a~0b~1{id}/get/parameters/7", dir.path)).toBeUndefined();
    expect(locator.locate("#/paths/~1a~0b~1{id}/get/parameters/x", dir.path)).toBeUndefined();
    expect(locator.locate("not a pointer", dir.path)).toBeUndefined();
  });

  it("follows at most 32 $refs for one pointer, counted across nested references", async () => {
    const chain = (length: number) =>
      Array.from({ length }, (_, index) => `    A${index}: { $ref: '#/components/schemas/A${index + 1}' }`).concat(`    A${length}:`, "      properties: {}").join("\n");
    for (const [length, found] of [[32, true], [33, false]] as const) {
      await using dir = await makeTempDir("locate-");
      await writeSpec(dir.path, { "openapi.yaml": `openapi: 3.1.0\ninfo: { title: Chain, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n${chain(length)}\n` });
      const locator = await locatorFor(path.join(dir.path, "openapi.yaml"));
      expect(locator.locate("#/components/schemas/A0/properties", dir.path) !== undefined, `a chain of ${length}`).toBe(found);
    }
  });

  it("stops at a $ref cycle", async () => {
    await using dir = await makeTempDir("locate-");
    await writeSpec(dir.path, { "openapi.yaml": "openapi: 3.1.0\ninfo: { title: Loop, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n    B: { $ref: '#/components/schemas/A' }\n" });
    const locator = await locatorFor(path.join(dir.path, "openapi.yaml"));
    expect(locator.locate("#/components/schemas/A/properties", dir.path)).toBeUndefined();
  });
});

describe("withSpecFilePlace", () => {
  const spec = path.join(projectRoot, "spec/openapi.yaml");
  const place = async (error: unknown) => {
    const checked = await checkAndParseSpecFiles(spec, projectRoot);
    return withSpecFilePlace(error, checked.files[0]!, checked.parsed, projectRoot);
  };

  it("puts file:line:col before the pointer and keeps the reason", async () => {
    const error = (await place(new PipelineError("bad name", "#/tags/1/name"))) as PipelineError;
    const text = await readFile(spec, "utf8");
    expect(error).toBeInstanceOf(PipelineError);
    expect(error.message).toBe(`spec/openapi.yaml:${lineColOf(text, "Organization Invitations", "\ntags:")} (#/tags/1/name): bad name`);
    expect(error.reason).toBe("bad name");
  });

  it("takes the pointer at the end of a place that names the item too", async () => {
    const error = (await place(new PipelineError("two classes", 'tag "x" (#/tags/0)'))) as PipelineError;
    expect(error.where).toMatch(/^spec\/openapi\.yaml:\d+:\d+ \(#\/tags\/0\)$/);
  });

  it("leaves an error whose place is not a pointer, or is not found, or is not ours, as it was", async () => {
    for (const error of [new PipelineError("unknown flavor", "--flavor"), new PipelineError("gone", "#/components/schemas/Nope"), new Error("a bug")]) {
      expect(await place(error)).toBe(error);
    }
  });
});

describe("the CLI names the spec file and line of a problem the model finds", () => {
  it("in a file the root references", async () => {
    await using dir = await makeTempDir("locate-cli-");
    const pathFile = SPLIT_SPEC["paths/a.yaml"].replace("get:", "get:\n  tags: [pet]");
    await writeSpec(dir.path, {
      ...SPLIT_SPEC,
      // Tag `Pet` first, in the root file; tag `pet` second, in the path file: the second is at fault.
      "openapi.yaml": SPLIT_SPEC["openapi.yaml"].replace("paths:\n", "paths:\n  /b:\n    get:\n      tags: [Pet]\n      operationId: get_b\n      responses: { '204': { description: none } }\n"),
      "paths/a.yaml": pathFile,
    });
    const run = await runScript("cli.ts", ["--spec", path.join(dir.path, "openapi.yaml"), "--out", path.join(dir.path, "out"), "--no-lint", "--quiet"]);
    expect(run.exitCode, run.stderr).toBe(1);
    const shown = path.relative(projectRoot, path.join(dir.path, "paths/a.yaml"));
    expect(run.stderr).toContain(`error: ${shown}:${lineColOf(pathFile, "pet")} (#/paths/~1a~0b~1{id}/get/tags/0): API class "PetApi" would name both`);
  });
});
