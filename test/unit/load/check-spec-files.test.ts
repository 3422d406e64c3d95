// The load stage refuses what no tool should follow or parse: references out of the spec folder,
// URLs, absolute paths, links out of it, YAML syntax errors, duplicate keys and alias bombs; each
// error names file:line:col (and the JSON pointer for a reference).
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseYaml } from "@redocly/openapi-core";
import { checkAndParseSpecFiles, checkSpecFiles } from "../../../scripts/lib/load/check-spec-files.js";
import { projectRoot } from "../../support/openapi-doc.js";

const ROOT = `openapi: 3.1.0
info:
  title: t
  version: "1"
paths:
  /a:
    $ref: paths/a.yaml
`;

let workDir = "";
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "check-spec-"));
  await writeFile(path.join(workDir, "outside.yaml"), "secret: do-not-print\n");
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function specWith(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(workDir, name, "spec");
  await mkdir(path.join(dir, "paths"), { recursive: true });
  for (const [file, text] of Object.entries({ "openapi.yaml": ROOT, ...files })) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return path.join(dir, "openapi.yaml");
}

const pathItem = (ref: string) => `get:\n  responses:\n    "200":\n      $ref: ${JSON.stringify(ref)}\n`;

const refused: Array<[string, { files: Record<string, string>; message: RegExp; where: RegExp }]> = [
  ["a $ref to a file outside the spec folder", { files: { "paths/a.yaml": pathItem("../../outside.yaml") }, message: /leads outside the spec folder/, where: /paths\/a\.yaml:4:\d+ \(#\/get\/responses\/200\/\$ref\)/ }],
  ["a $ref to an absolute path", { files: { "paths/a.yaml": pathItem("/etc/passwd") }, message: /absolute path/, where: /paths\/a\.yaml:4:\d+/ }],
  ["a $ref to a URL", { files: { "paths/a.yaml": pathItem("https://example.com/evil.yaml#/x") }, message: /is a URL/, where: /paths\/a\.yaml:4:\d+/ }],
  ["a $ref to a file: URL", { files: { "paths/a.yaml": pathItem("file:///etc/passwd") }, message: /is a URL/, where: /paths\/a\.yaml:4:\d+/ }],
  ["a YAML syntax error", { files: { "paths/a.yaml": "get:\n  responses: [unclosed\n" }, message: /./, where: /paths\/a\.yaml:\d+:\d+/ }],
  ["a duplicate key", { files: { "paths/a.yaml": "get:\n  summary: one\n  summary: two\n" }, message: /unique/, where: /paths\/a\.yaml:3:3/ }],
  [
    "a YAML alias bomb",
    {
      files: {
        "paths/a.yaml": `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
      },
      message: /alias/,
      where: /paths\/a\.yaml/,
    },
  ],
  // Keys Redocly looks up in a plain object and calls: lint, bundle and openapi-typescript crash far from the key.
  ["a key naming an Object.prototype method (hasOwnProperty)", { files: { "paths/a.yaml": "get:\n  x-props:\n    hasOwnProperty: 1\n" }, message: /key "hasOwnProperty" names a method of Object\.prototype/, where: /paths\/a\.yaml:3:5 \(#\/get\/x-props\/hasOwnProperty\)/ }],
  ["valueOf as a key", { files: { "paths/a.yaml": "get:\n  valueOf: 1\n" }, message: /"valueOf"/, where: /paths\/a\.yaml:2:3/ }],
  ["a $ref to a file that does not exist, inside a list", { files: { "paths/a.yaml": "get:\n  parameters:\n    - $ref: ../missing.yaml\n" }, message: /\$ref target .*missing\.yaml does not exist/, where: /paths\/a\.yaml:3:13 \(#\/get\/parameters\/0\/\$ref\)/ }],
  ["a number JSON cannot carry, in capitals (1E309)", { files: { "paths/a.yaml": "get:\n  x-max: 1E309\n" }, message: /number 1E309 is not finite/, where: /paths\/a\.yaml:2:10 \(#\/get\/x-max\)/ }],
  ["a number JSON cannot carry (1e309)", { files: { "paths/a.yaml": "get:\n  x-max: 1e309\n" }, message: /number 1e309 is not finite/, where: /paths\/a\.yaml:2:10 \(#\/get\/x-max\)/ }],
  ["YAML's own infinity", { files: { "paths/a.yaml": "get:\n  x-max: [1, -.inf]\n" }, message: /not finite/, where: /#\/get\/x-max\/1/ }],
  ["an integer a double cannot hold (2**64 + 1)", { files: { "paths/a.yaml": "get:\n  x-big: 18446744073709551617\n" }, message: /integer 18446744073709551617 cannot be represented exactly \(it would become 18446744073709551616\)/, where: /paths\/a\.yaml:2:10/ }],
  ["a JSON file with 1e309", { files: { "paths/a.yaml": pathItem("../b.json"), "b.json": '{"description": "x", "x-max": 1e309}' }, message: /not finite/, where: /b\.json \(#\/x-max\)/ }],
  ["a JSON file with a prototype method key", { files: { "paths/a.yaml": pathItem("../b.json"), "b.json": '{"description": "x", "properties": {"isPrototypeOf": {}}}' }, message: /"isPrototypeOf"/, where: /b\.json \(#\/properties\/isPrototypeOf\)/ }],
];

const accepted: Array<[string, string]> = [
  ["constructor, toString and __proto__ as keys (Redocly walks them fine)", "get:\n  x-props:\n    constructor: 1\n    toString: 2\n    __proto__: 3\n"],
  ["2**64, which a double holds exactly", "get:\n  x-big: 18446744073709551616\n"],
  ["big numbers in strings and floats", "get:\n  x-text: '18446744073709551617'\n  x-float: 1.5e300\n"],
  ["1e309 as a quoted string", "get:\n  x-text: '1e309'\n  x-other: \"-.inf\"\n"],
  ["a few aliases (no bomb)", "get:\n  x-a: &shared {type: string}\n  x-b: *shared\n  x-c: *shared\n"],
  ["CRLF line endings", "get:\r\n  summary: fine\r\n"],
];

describe("checkSpecFiles", () => {
  it.each(refused)("refuses %s, naming the place", async (name, { files, message, where }) => {
    const spec = await specWith(name.replace(/\W+/g, "-"), files);
    const started = performance.now();
    const failure = await checkSpecFiles(spec, workDir).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toMatch(message);
    expect(failure?.message).toMatch(where);
    expect(failure?.message).not.toContain("do-not-print");
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each(accepted)("accepts %s", async (name, text) => {
    const spec = await specWith(`ok-${name.replace(/\W+/g, "-")}`, { "paths/a.yaml": text });
    await expect(checkSpecFiles(spec, workDir)).resolves.toHaveLength(2);
  });

  it("hands back each YAML file parsed exactly as Redocly parses it (CRLF made LF), for the bundler", async () => {
    const crlf = "get:\r\n  summary: fine\r\n  x-when: 2026-05-12\r\n  x-anchor: &a {x: 1}\r\n";
    const spec = await specWith("parsed", { "paths/a.yaml": pathItem("../responses/ok.yaml"), "responses/ok.yaml": "description: fine\n", "paths/b.yaml": crlf });
    await writeFile(spec, `${ROOT}  /b:\n    $ref: paths/b.yaml\n`);
    const { files, parsed } = await checkAndParseSpecFiles(spec, workDir);
    expect(files).toHaveLength(4);
    expect([...parsed.keys()].map((file) => path.relative(path.dirname(spec), file)).sort()).toEqual(["openapi.yaml", "paths/a.yaml", "paths/b.yaml", "responses/ok.yaml"]);
    for (const [file, { text, parsed: value }] of parsed) {
      const raw = await readFile(file, "utf8");
      expect(text).toBe(raw.replace(/\r\n/g, "\n"));
      expect(value).toEqual(parseYaml(text));
    }
    expect(parsed.get(path.join(path.dirname(spec), "paths/b.yaml"))?.parsed).toEqual({ get: { summary: "fine", "x-when": "2026-05-12", "x-anchor": { x: 1 } } });
  });

  it("leaves a file with an alias to Redocly to parse (the exact check vouched for it)", async () => {
    const spec = await specWith("alias", { "paths/a.yaml": "get:\n  x-a: &shared {type: string}\n  x-b: *shared\n" });
    const { files, parsed } = await checkAndParseSpecFiles(spec, workDir);
    expect(files).toHaveLength(2);
    expect([...parsed.keys()].map((file) => path.basename(file))).toEqual(["openapi.yaml"]);
  });

  it("refuses a symlink inside the folder that leads out of it", async () => {
    const spec = await specWith("symlink", { "paths/a.yaml": pathItem("../linked.yaml") });
    await symlink(path.join(workDir, "outside.yaml"), path.join(path.dirname(spec), "linked.yaml"));
    await expect(checkSpecFiles(spec, workDir)).rejects.toThrow(/link that leads outside the spec folder/);
  });

  it("accepts a split spec whose references stay inside, and lists every file", async () => {
    const spec = await specWith("fine", { "paths/a.yaml": pathItem("../responses/ok.yaml"), "responses/ok.yaml": "description: fine\n" });
    const files = await checkSpecFiles(spec, workDir);
    expect(files.map((file) => path.relative(path.dirname(spec), file)).sort()).toEqual(["openapi.yaml", "paths/a.yaml", "responses/ok.yaml"]);
  });

  it("accepts the canonical spec (every file reachable from the root)", async () => {
    const files = await checkSpecFiles(path.join(projectRoot, "spec/openapi.yaml"), projectRoot);
    expect(files.length).toBeGreaterThan(50);
  });

  it("names file:line:col for a JSON syntax error", async () => {
    const dir = path.join(workDir, "json");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "openapi.json"), '{\n  "openapi": "3.1.0",\n  "info": {,\n}\n');
    await expect(checkSpecFiles(path.join(dir, "openapi.json"), workDir)).rejects.toThrow(/openapi\.json:3:\d+/);
  });
});
