// The per-language naming strategies: casing, reserved words, digits, punctuation, Unicode, and the
// collision rule. Beyond string tables, every produced name is compiled by its own language.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";
import { assignUniqueNames, type NamingStrategy } from "../../../scripts/lib/naming/naming-strategy.js";
import { pythonNaming } from "../../../scripts/lib/naming/python.js";
import { rubyNaming } from "../../../scripts/lib/naming/ruby.js";
import { TYPESCRIPT_MODULE_NAMES, typescriptNaming } from "../../../scripts/lib/naming/typescript.js";
import { hasPython, hasRuby, runPython, rubySyntaxCheck } from "../../support/interpreters.js";
import { typescriptSyntaxErrors } from "../../support/typescript-syntax.js";

type Hook = "typeName" | "methodName" | "parameterName" | "propertyName" | "fileName";
/** `want`: the exact name, a pattern the name must match, or the error it must throw. */
type NamingCase = [string, { given: { hook: Hook; name: string }; want: string | { matches: RegExp } | { throws: RegExp } }];

function check(strategy: NamingStrategy, cases: NamingCase[]): void {
  it.each(cases)("%s", (_, { given, want }) => {
    const produce = () => strategy[given.hook](given.name);
    if (typeof want === "string") expect(produce()).toBe(want);
    else if ("matches" in want) expect(produce()).toMatch(want.matches);
    else expect(produce).toThrow(want.throws);
  });
}

describe("typescriptNaming", () => {
  check(typescriptNaming, [
    ["type name from snake_case", { given: { hook: "typeName", name: "invitation_data" }, want: "InvitationData" }],
    ["type name from an acronym", { given: { hook: "typeName", name: "HTTPServer" }, want: "HttpServer" }],
    ["method name from an operationId", { given: { hook: "methodName", name: "post_invitation" }, want: "postInvitation" }],
    ["method name keeps digits in place", { given: { hook: "methodName", name: "getV2Users" }, want: "getV2Users" }],
    ["parameter name from a header", { given: { hook: "parameterName", name: "TR-Organization" }, want: "trOrganization" }],
    ["property name", { given: { hook: "propertyName", name: "created_at" }, want: "createdAt" }],
    ["file name is kebab-case", { given: { hook: "fileName", name: "OrganizationInvitationsApi" }, want: "organization-invitations-api" }],
    ["reserved: class", { given: { hook: "methodName", name: "class" }, want: "class_" }],
    ["reserved: constructor", { given: { hook: "parameterName", name: "constructor" }, want: "constructor_" }],
    ["reserved: delete", { given: { hook: "methodName", name: "delete" }, want: "delete_" }],
    ["reserved type: Promise", { given: { hook: "typeName", name: "Promise" }, want: "Promise_" }],
    ["module name: an operation named send does not shadow the runtime's send", { given: { hook: "methodName", name: "send" }, want: "send_" }],
    ["module name: config is the API classes' config", { given: { hook: "methodName", name: "config" }, want: "config_" }],
    ["module name: only for methods; a parameter may be called config", { given: { hook: "parameterName", name: "config" }, want: "config" }],
    ["__proto__ loses its underscores and with them its meaning", { given: { hook: "propertyName", name: "__proto__" }, want: "proto" }],
    ["def, end and self are ordinary in TypeScript", { given: { hook: "methodName", name: "def end self" }, want: "defEndSelf" }],
    ["digits first: type", { given: { hook: "typeName", name: "1st place" }, want: "_1stPlace" }],
    ["digits first: method", { given: { hook: "methodName", name: "2fa_verify" }, want: "_2faVerify" }],
    ["digits first: a file name may start with one", { given: { hook: "fileName", name: "1st place" }, want: "1st-place" }],
    ["only punctuation: type name throws", { given: { hook: "typeName", name: "!!!" }, want: { throws: /cannot derive a type name from "!!!"/ } }],
    ["only punctuation: method name throws", { given: { hook: "methodName", name: "---" }, want: { throws: /cannot derive a method name from "---"/ } }],
    ["only punctuation: file name throws", { given: { hook: "fileName", name: "__" }, want: { throws: /cannot derive a file name from "__"/ } }],
    ["unicode: an accent on the last letter", { given: { hook: "typeName", name: "café" }, want: "Cafe" }],
    ["unicode: an accent inside a word does not split it", { given: { hook: "methodName", name: "naïve_value" }, want: "naiveValue" }],
    ["unicode: letters with no ASCII form are dropped", { given: { hook: "parameterName", name: "x-名前-id" }, want: "xId" }],
    ["unicode: nothing left throws", { given: { hook: "typeName", name: "名前" }, want: { throws: /cannot derive a type name/ } }],
  ]);
});

describe("TYPESCRIPT_MODULE_NAMES", () => {
  it("holds every function the sdk runtime exports, so no operation can take one's name", async () => {
    const runtime = await import("../../../templates/sdk/runtime/index.js");
    const functions = Object.keys(runtime).filter((name) => /^[a-z]/.test(name));
    expect(functions.length).toBeGreaterThan(5);
    expect(functions.filter((name) => !TYPESCRIPT_MODULE_NAMES.has(name))).toEqual([]);
  });
});

describe("pythonNaming", () => {
  check(pythonNaming, [
    ["method name is snake_case", { given: { hook: "methodName", name: "postInvitation" }, want: "post_invitation" }],
    ["type name is PascalCase", { given: { hook: "typeName", name: "invitation_data" }, want: "InvitationData" }],
    ["parameter name from a header", { given: { hook: "parameterName", name: "TR-Organization" }, want: "tr_organization" }],
    ["file name is snake_case", { given: { hook: "fileName", name: "OrganizationInvitationsApi" }, want: "organization_invitations_api" }],
    ["reserved: class", { given: { hook: "methodName", name: "class" }, want: "class_" }],
    ["reserved: def", { given: { hook: "methodName", name: "def" }, want: "def_" }],
    ["reserved: self", { given: { hook: "parameterName", name: "self" }, want: "self_" }],
    ["reserved: type", { given: { hook: "propertyName", name: "type" }, want: "type_" }],
    ["reserved type: None", { given: { hook: "typeName", name: "None" }, want: "None_" }],
    ["end is ordinary in Python", { given: { hook: "methodName", name: "end" }, want: "end" }],
    ["constructor is ordinary in Python", { given: { hook: "methodName", name: "constructor" }, want: "constructor" }],
    ["__proto__", { given: { hook: "propertyName", name: "__proto__" }, want: "proto" }],
    ["digits first", { given: { hook: "methodName", name: "2fa verify" }, want: "_2fa_verify" }],
    ["only punctuation throws", { given: { hook: "propertyName", name: "$$" }, want: { throws: /cannot derive a property name from "\$\$"/ } }],
    ["unicode: an accent inside a word does not split it", { given: { hook: "methodName", name: "naïveValue" }, want: "naive_value" }],
  ]);
});

describe("rubyNaming", () => {
  check(rubyNaming, [
    ["method name is snake_case", { given: { hook: "methodName", name: "postInvitation" }, want: "post_invitation" }],
    ["type name is PascalCase", { given: { hook: "typeName", name: "invitation-data" }, want: "InvitationData" }],
    ["file name is snake_case", { given: { hook: "fileName", name: "Organization Invitations" }, want: "organization_invitations" }],
    ["reserved: end", { given: { hook: "methodName", name: "end" }, want: "end_" }],
    ["reserved: def", { given: { hook: "methodName", name: "def" }, want: "def_" }],
    ["reserved: class", { given: { hook: "parameterName", name: "class" }, want: "class_" }],
    ["reserved: self", { given: { hook: "propertyName", name: "self" }, want: "self_" }],
    ["reserved Object method: hash", { given: { hook: "propertyName", name: "hash" }, want: "hash_" }],
    ["__proto__", { given: { hook: "propertyName", name: "__proto__" }, want: "proto" }],
    ["digits first: method", { given: { hook: "methodName", name: "2fa verify" }, want: "_2fa_verify" }],
    // A Ruby class name is a constant: it must start with A-Z (`class _1stPlace` is a syntax error).
    ["digits first: a type name is still a constant", { given: { hook: "typeName", name: "1st place" }, want: { matches: /^[A-Z][A-Za-z0-9_]*$/ } }],
    ["only punctuation throws", { given: { hook: "methodName", name: "?!" }, want: { throws: /cannot derive a method name from "\?!"/ } }],
  ]);
});

/** Spec names that stress every hook: keywords of all three languages, digits, Unicode, symbols. */
const HOSTILE_NAMES = [
  "class", "def", "end", "self", "__proto__", "constructor", "Promise", "None", "type", "begin", "BEGIN", "yield",
  "1st place", "2fa", "naïve", "x-名前-id", "TR-Organization", "user.id", "a b c", "__init__", "then", "lambda",
];

describe("names compile in their language", () => {
  it("TypeScript: types, functions, parameters and properties", () => {
    const n = typescriptNaming;
    const source = HOSTILE_NAMES.map((name, index) =>
      [
        `export interface ${n.typeName(name)}${index} { ${n.propertyName(name)}: string }`,
        `export class ${n.typeName(name)} { ${n.methodName(name)}(${n.parameterName(name)}: string): string { return ${n.parameterName(name)}; } }`,
        `export function ${n.methodName(name)}${index}(${n.parameterName(name)}: string): string { return ${n.parameterName(name)}; }`,
      ].join("\n"),
    ).join("\n");
    expect(typescriptSyntaxErrors([{ path: "names.ts", contents: source }])).toEqual([]);
    const file = ts.createSourceFile("names.ts", source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    expect(file.statements).toHaveLength(HOSTILE_NAMES.length * 3);
  });

  it.skipIf(!hasPython)("Python: classes, methods, parameters and attributes (skipped without python3)", () => {
    const n = pythonNaming;
    const source = HOSTILE_NAMES.map((name) =>
      [
        `class ${n.typeName(name)}:`,
        `    def ${n.methodName(name)}(self, ${n.parameterName(name)}=None):`,
        `        self.${n.propertyName(name)} = ${n.parameterName(name)}`,
        `        return ${n.parameterName(name)}`,
      ].join("\n"),
    ).join("\n");
    const result = runPython("import ast, sys\nast.parse(sys.argv[1])", [source]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it.skipIf(!hasRuby)("Ruby: classes, methods, parameters and attributes (skipped when ruby is not on PATH)", () => {
    const n = rubyNaming;
    const source = HOSTILE_NAMES.map((name) =>
      [
        `class ${n.typeName(name)}`,
        `  attr_accessor :${n.propertyName(name)}`,
        `  def ${n.methodName(name)}(${n.parameterName(name)} = nil)`,
        `    ${n.parameterName(name)}`,
        "  end",
        "end",
      ].join("\n"),
    ).join("\n");
    const result = rubySyntaxCheck(source);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("Syntax OK");
  });
});

describe("assignUniqueNames", () => {
  interface Item {
    name: string;
    pointer: string;
  }
  const property = (name: string): Item => ({ name, pointer: `#/components/schemas/User/properties/${name}` });
  const byName = (item: Item) => item.name;
  const byPointer = (item: Item) => item.pointer;

  it("gives each item its name", () => {
    const items = [property("user_id"), property("created_at")];
    const names = assignUniqueNames(items, (item) => typescriptNaming.propertyName(item.name), byPointer, { what: "property name" });
    expect([...names.values()]).toEqual(["userId", "createdAt"]);
    expect(names.get(items[0]!)).toBe("userId");
  });

  const collisions: Array<[string, { given: { items: Item[]; nameOf: (item: Item) => string; caseInsensitive?: boolean }; want: { name: string; first: string; second: string } }]> = [
    [
      "user_id and userId both become userId in TypeScript",
      { given: { items: [property("user_id"), property("userId")], nameOf: (item) => typescriptNaming.propertyName(item.name) }, want: { name: "userId", first: "user_id", second: "userId" } },
    ],
    [
      "userId and user_id both become user_id in Python",
      { given: { items: [property("userId"), property("user_id")], nameOf: (item) => pythonNaming.propertyName(item.name) }, want: { name: "user_id", first: "userId", second: "user_id" } },
    ],
    [
      "Pet.md and pet.md are one file on a case-insensitive disk",
      { given: { items: [property("Pet.md"), property("pet.md")], nameOf: byName, caseInsensitive: true }, want: { name: "pet.md", first: "Pet.md", second: "pet.md" } },
    ],
  ];
  it.each(collisions)("refuses %s, naming both pointers", (_, { given, want }) => {
    const assign = () => assignUniqueNames(given.items, given.nameOf, byPointer, { what: "property name", ...(given.caseInsensitive ? { caseInsensitive: true } : {}) });
    expect(assign).toThrow(PipelineError);
    let error: PipelineError | undefined;
    try {
      assign();
    } catch (caught) {
      error = caught as PipelineError;
    }
    expect(error?.message).toContain(`property name ${JSON.stringify(want.name)} would name both`);
    expect(error?.message).toContain(property(want.first).pointer);
    expect(error?.message).toContain(property(want.second).pointer);
    expect(error?.where).toBe(property(want.second).pointer);
  });

  it("without caseInsensitive, Pet.md and pet.md are two names", () => {
    const names = assignUniqueNames([property("Pet.md"), property("pet.md")], byName, byPointer, { what: "file" });
    expect([...names.values()]).toEqual(["Pet.md", "pet.md"]);
  });
});

describe("names that also name files", () => {
  const longName = "s".repeat(300);
  const cases: Array<[string, { given: () => string; want: string | RegExp }]> = [
    ["a Windows device name as a type (its docs page would be Con.md)", { given: () => typescriptNaming.typeName("CON"), want: "Con_" }],
    ["a Windows device name as a file", { given: () => rubyNaming.fileName("aux"), want: "aux_" }],
    ["COM1 as a Python module", { given: () => pythonNaming.fileName("COM1"), want: "com1_" }],
    ["a device name inside a longer name is fine", { given: () => typescriptNaming.fileName("ConApi"), want: "con-api" }],
    ["a 300-character type: 100 characters, its start and a hash", { given: () => typescriptNaming.typeName(longName), want: /^Ss{90}_[0-9a-f]{8}$/ }],
    ["a 300-character file name", { given: () => typescriptNaming.fileName(longName), want: /^s{91}-[0-9a-f]{8}$/ }],
    ["a Python module named like a keyword cannot be imported", { given: () => pythonNaming.fileName("class"), want: "class_" }],
    ["a Python module cannot start with a digit", { given: () => pythonNaming.fileName("2Forest"), want: "_2_forest" }],
    ["a soft keyword is a fine Python module", { given: () => pythonNaming.fileName("match"), want: "match" }],
    ["Ruby and TypeScript files may be keywords and start with digits", { given: () => `${rubyNaming.fileName("class")} ${typescriptNaming.fileName("2Forest")}`, want: "class 2-forest" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => (typeof want === "string" ? expect(given()).toBe(want) : expect(given()).toMatch(want)));

  it("two long names that share their start stay two names", () => {
    expect(typescriptNaming.typeName(`${longName}a`)).not.toBe(typescriptNaming.typeName(`${longName}b`));
  });
});

describe("assignUniqueNames and names that cannot be derived", () => {
  it("names the pointer of the item whose name cannot be derived", () => {
    const items = [{ name: "ok", pointer: "#/a" }, { name: "", pointer: "#/components/schemas/Thing/properties/" }];
    const assign = () => assignUniqueNames(items, (item) => pythonNaming.propertyName(item.name), (item) => item.pointer, { what: "attribute" });
    expect(assign).toThrow(PipelineError);
    expect(assign).toThrow(/^#\/components\/schemas\/Thing\/properties\/: cannot derive a property name from ""$/);
  });

  it("puts a pointer with a line break on one line", () => {
    const items = [{ name: "a-b", pointer: "#/paths/~1a\nb" }, { name: "a_b", pointer: "#/paths/~1a\r\nc" }];
    const assign = () => assignUniqueNames(items, (item) => pythonNaming.propertyName(item.name), (item) => item.pointer, { what: "attribute" });
    expect(assign).toThrow('#/paths/~1a\\r\\nc: attribute "a_b" would name both #/paths/~1a\\nb and #/paths/~1a\\r\\nc');
  });
});
