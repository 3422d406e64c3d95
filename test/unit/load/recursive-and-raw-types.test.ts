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

describe("generateTypes on cycles no array breaks", () => {
  const cases: Array<[string, { given: Record<string, unknown>; want: Record<string, string> }]> = [
    ["two unions of each other: both hold what leads out", { given: { A: { oneOf: [ref("B"), { type: "string" }] }, B: { anyOf: [ref("A"), { type: "number" }] } }, want: { A: "string | number", B: "string | number" } }],
    ["a union with itself", { given: { Flag: { description: "d", oneOf: [ref("Flag"), { type: "boolean" }] } }, want: { Flag: "boolean" } }],
    ["an alias on a union cycle", { given: { A: { oneOf: [ref("B"), { type: "string" }] }, B: ref("A") }, want: { A: "string", B: "string" } }],
    ["a cycle with no way out", { given: { A: { oneOf: [ref("B")] }, B: { oneOf: [ref("A")] } }, want: { A: "unknown", B: "unknown" } }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    const source = await generateTypes(document(given));
    expect(typeErrors(source)).toEqual([]);
    for (const [name, type] of Object.entries(want)) expect(source).toMatch(new RegExp(`\\n {8}${name}: ${type.replace(/[|]/g, "\\|")};`));
  });

  it("reads variants that extend their parent (allOf) as having the parent's own fields", async () => {
    const source = await generateTypes(
      document({
        Pet: { type: "object", required: ["kind"], properties: { kind: { type: "string" } }, oneOf: [ref("Cat")], discriminator: { propertyName: "kind" } },
        Cat: { allOf: [ref("Pet"), { type: "object", properties: { meows: { type: "boolean" } } }] },
      }),
    );
    expect(typeErrors(source)).toEqual([]);
    expect(source).toMatch(/Pet: \{\n\s+kind: string;\n\s+\} & components\["schemas"\]\["Cat"\];/);
    expect(source).not.toMatch(/Cat: components\["schemas"\]\["Pet"\]/);
  });

  const refused: Array<[string, { given: Record<string, unknown>; want: RegExp }]> = [
    ["an intersection with itself", { given: { Loop: { allOf: [ref("Loop"), { type: "object" }] } }, want: /#\/components\/schemas\/Loop: .*through Loop with nothing but allOf/ }],
    ["a member that reaches the cycle through a nested union", { given: { A: { oneOf: [{ oneOf: [ref("A")] }, { type: "string" }] } }, want: /#\/components\/schemas\/A: .*a member that is not a plain reference/ }],
  ];
  it.each(refused)("refuses %s, naming the schema", async (_, { given, want }) => {
    await expect(generateTypes(document(given))).rejects.toThrow(want);
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
