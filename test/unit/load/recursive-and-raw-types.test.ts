// What generateTypes does for hostile specs: recursive schemas that TypeScript would reject (TS2502)
// become interfaces extending Array, and raw NUL / U+2028 / U+2029 from descriptions never reach the file.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { eagerCycles, generateTypes } from "../../../scripts/lib/load/generate-types.js";

const document = (schemas: Record<string, unknown>) => ({ openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {}, components: { schemas } });

/** Type errors of one in-memory module (with the real ES2022 library). */
function typeErrors(source: string): string[] {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === "/virtual/types.ts" ? source : readFile(name));
  host.fileExists = (name) => name === "/virtual/types.ts" || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) => (name === "/virtual/types.ts" ? ts.createSourceFile(name, source, version, true) : getSourceFile(name, version));
  const program = ts.createProgram({ rootNames: ["/virtual/types.ts"], options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("eagerCycles", () => {
  const cases: Array<[string, { given: Record<string, unknown>; want: Record<string, string[]> }]> = [
    ["an array of itself", { given: { Nested: { type: "array", items: ref("Nested") } }, want: { Nested: ["Nested"] } }],
    ["a union with an array of itself", { given: { Filter: { anyOf: [{ type: "string" }, { type: "array", items: ref("Filter") }] } }, want: { Filter: ["Filter"] } }],
    ["two arrays of each other", { given: { Ping: { type: "array", items: ref("Pong") }, Pong: { type: "array", items: ref("Ping") } }, want: { Ping: ["Ping", "Pong"], Pong: ["Ping", "Pong"] } }],
    ["recursion through an object's properties is deferred already", { given: { Node: { type: "object", properties: { children: { type: "array", items: ref("Node") } } } }, want: {} }],
    ["through a map too", { given: { Tree: { type: "object", additionalProperties: ref("Tree") } }, want: {} }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const cycles = eagerCycles(document(given));
    expect(Object.fromEntries([...cycles].map(([name, members]) => [name, [...members].sort()]))).toEqual(want);
  });
});

describe("generateTypes on recursive schemas", () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ["an array of itself", { Nested: { type: "array", items: ref("Nested") } }],
    ["a nullable array of itself (3.1 type list)", { Forest: { type: ["array", "null"], items: ref("Forest") } }],
    ["two arrays of each other", { Ping: { type: "array", items: ref("Pong") }, Pong: { type: "array", items: ref("Ping") } }],
    ["a union with an array of itself", { Filter: { anyOf: [{ type: "string" }, { type: "number" }, { type: "array", items: ref("Filter") }] } }],
    ["a digit-first name", { "2Forest": { type: "array", items: ref("2Forest") } }],
    ["a name that is no identifier", { "../../evil": { type: "array", items: ref("..~1..~1evil") } }],
  ];
  it.each(cases)("%s type-checks", async (_, schemas) => {
    const source = await generateTypes(document(schemas));
    expect(source).toContain("RecursiveArray");
    expect(typeErrors(source)).toEqual([]);
  });

  it("leaves a plain array of another schema alone", async () => {
    const source = await generateTypes(document({ Pets: { type: "array", items: ref("Pet") }, Pet: { type: "object" } }));
    expect(source).toContain('Pets: components["schemas"]["Pet"][];');
    expect(source).not.toContain("RecursiveArray");
  });
});

describe("generateTypes on raw control characters", () => {
  it("writes NUL, U+2028 and U+2029 as escapes: same value in a literal, plain text in a comment", async () => {
    const source = await generateTypes(document({ Kind: { type: "string", description: "nul\0 ls\u2028 ps\u2029 end", enum: ["a\u2028b\0c"] } }));
    expect(source).not.toMatch(/[\0\u2028\u2029]/);
    expect(source).toContain("@description nul\\u0000 ls");
    expect(typeErrors(`${source}\nexport const kind: components["schemas"]["Kind"] = "a\\u2028b\\u0000c";\n`)).toEqual([]);
  });
});
