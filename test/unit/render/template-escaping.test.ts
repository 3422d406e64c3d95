// Templates print spec data only through an escaping helper named for where it lands. Two proofs:
// a static walk of every templates/**/*.hbs with the Handlebars parser, and a render of every
// flavor over a spec whose every free-text field is hostile, whose output must still parse.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import Handlebars from "handlebars";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { derivePackageNames } from "../../../scripts/lib/config/resolve-config.js";
import { FLAVORS } from "../../../scripts/lib/flavors/index.js";
import { loadTemplates } from "../../../scripts/lib/load/load-templates.js";
import { buildApiModel } from "../../../scripts/lib/model/build-api-model.js";
import { compileTemplates, ESCAPING_HELPERS } from "../../../scripts/lib/render/create-handlebars.js";
import type { OutputFile } from "../../../scripts/lib/write/write-files.js";
import { hasRuby, rubySyntaxCheck } from "../../support/interpreters.js";
import { projectRoot } from "../../support/openapi-doc.js";
import { typescriptSyntaxErrors } from "../../support/typescript-syntax.js";

// ---------------------------------------------------------------------------------------------
// The rule, as a checker over the Handlebars AST.
// ---------------------------------------------------------------------------------------------

/**
 * View fields a template may print bare although their names end in neither `Name` (a sanitised
 * identifier) nor `Code` (text the view builder already escaped for where it lands). Each is
 * decided by code, never copied from the spec:
 * - `indent`: whitespace a template passes to a partial as a literal hash argument (`indent="  "`);
 * - `optionalMark`: `""` or `"?"`, from a boolean;
 * - `httpMethod`: the operation's method upper-cased, one of the `HTTP_METHODS` constants.
 */
const BARE_FIELDS = new Set(["indent", "optionalMark", "httpMethod"]);
/** Handlebars data variables that are numbers or booleans (`@key` is not here: keys can be spec data). */
const BARE_DATA = new Set(["index", "first", "last"]);
/** Block helpers a template may open; they decide, they never print. */
const BLOCK_HELPERS = new Set(["if", "unless", "each", "with"]);
/** Helpers whose output never contains a line break, so they may sit inside a `//` or `#` comment. */
const ONE_LINE_HELPERS = new Set(["tsString", "tsPropertyKey", "tsLineComment", "pyString", "rbString", "mdTableCell", "mdCode"]);

type Rule = "prints spec data bare" | "calls an unregistered helper" | "prints a multi-line helper inside a line comment";

interface Finding {
  rule: Rule;
  /** `templates/…/file.hbs:line: {{source}}` */
  at: string;
}

/** Whether a line, up to a column, is inside a `//` comment (or a `#` comment in Ruby/Python code). */
function lineCommentBefore(file: string, line: string, column: number): "//" | "#" | undefined {
  const prefix = line.slice(0, column);
  if (/(^|[^:])\/\/(\s|$)/.test(prefix)) return "//";
  const hashComments = /(^|\/)(ruby|python)\//.test(file) && !file.endsWith(".md.hbs");
  if (hashComments && /(^|\s)#(\s|$)/.test(prefix)) return "#";
  return undefined;
}

/** Every rule violation in one template source. `file` is only for messages and the comment syntax. */
export function checkTemplate(file: string, source: string, helpers: ReadonlySet<string> = new Set(ESCAPING_HELPERS)): Finding[] {
  const lines = source.split("\n");
  const findings: Finding[] = [];
  const report = (rule: Rule, node: hbs.AST.Node) => {
    const { start, end } = node.loc;
    const text = start.line === end.line ? lines[start.line - 1]!.slice(start.column, end.column) : `${lines[start.line - 1]!.slice(start.column)}…`;
    findings.push({ rule, at: `${file}:${start.line}: ${text}` });
  };

  const visitExpression = (expression: hbs.AST.Expression): void => {
    if (expression.type === "SubExpression") {
      const sub = expression as hbs.AST.SubExpression;
      if (!helpers.has(sub.path.original)) report("calls an unregistered helper", sub);
      visitArguments(sub.params, sub.hash);
    }
  };
  const visitArguments = (params: readonly hbs.AST.Expression[], hash: hbs.AST.Hash | undefined): void => {
    params.forEach(visitExpression);
    hash?.pairs.forEach((pair) => visitExpression(pair.value));
  };

  const visitMustache = (mustache: hbs.AST.MustacheStatement): void => {
    visitArguments(mustache.params, mustache.hash);
    if (mustache.path.type !== "PathExpression") return; // a literal: `{{"text"}}`
    const path = mustache.path as hbs.AST.PathExpression;
    const isCall = mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0;
    if (helpers.has(path.original)) {
      const comment = lineCommentBefore(file, lines[mustache.loc.start.line - 1]!, mustache.loc.start.column);
      const oneLine = ONE_LINE_HELPERS.has(path.original) || (comment === "#" && path.original === "rbComment");
      if (comment !== undefined && !oneLine) report("prints a multi-line helper inside a line comment", mustache);
      return;
    }
    if (isCall) return report("calls an unregistered helper", mustache);
    if (path.data) {
      if (!BARE_DATA.has(path.parts.join("."))) report("prints spec data bare", mustache);
      return;
    }
    const field = path.parts.at(-1) ?? "this";
    if (!/(Name|Code)$/.test(field) && !BARE_FIELDS.has(field)) report("prints spec data bare", mustache);
  };

  const visitProgram = (program: hbs.AST.Program | undefined): void => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case "MustacheStatement":
          visitMustache(statement as hbs.AST.MustacheStatement);
          break;
        case "BlockStatement":
        case "DecoratorBlock": {
          const block = statement as hbs.AST.BlockStatement;
          if (!BLOCK_HELPERS.has(block.path.original)) report("calls an unregistered helper", block);
          visitArguments(block.params, block.hash);
          visitProgram(block.program);
          visitProgram(block.inverse);
          break;
        }
        case "PartialStatement":
        case "PartialBlockStatement": {
          const partial = statement as hbs.AST.PartialStatement;
          visitExpression(partial.name);
          visitArguments(partial.params, partial.hash);
          if ("program" in partial) visitProgram((partial as unknown as hbs.AST.BlockStatement).program);
          break;
        }
        default:
          break; // content and comments print nothing from the view
      }
    }
  };

  visitProgram(Handlebars.parse(source));
  return findings;
}

async function listTemplates(): Promise<string[]> {
  const root = path.join(projectRoot, "templates");
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".hbs"))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

// ---------------------------------------------------------------------------------------------

describe("the template checker", () => {
  const cases: Array<[string, { given: string; want: Rule[] }]> = [
    ["a bare spec field", { given: "{{description}}", want: ["prints spec data bare"] }],
    ["a triple-stash spec field", { given: "{{{description}}}", want: ["prints spec data bare"] }],
    ["a nested spec field", { given: "{{#each operations}}{{../api.summary}}{{/each}}", want: ["prints spec data bare"] }],
    ["`this` in a loop", { given: "{{#each names}}{{this}}{{/each}}", want: ["prints spec data bare"] }],
    ["@key (object keys come from the spec)", { given: "{{#each map}}{{@key}}{{/each}}", want: ["prints spec data bare"] }],
    ["the built-in lookup helper", { given: "{{lookup model 'description'}}", want: ["calls an unregistered helper"] }],
    ["an unregistered helper in a sub-expression", { given: "{{tsDoc (lookup model 'description')}}", want: ["calls an unregistered helper"] }],
    ["an unregistered block helper", { given: "{{#raw}}{{/raw}}", want: ["calls an unregistered helper"] }],
    ["tsDoc inside a // comment (a line break would end it)", { given: "// Generated from {{tsDoc title}}", want: ["prints a multi-line helper inside a line comment"] }],
    ["mdText inside a // comment", { given: "  x: 1, // {{mdText how}}", want: ["prints a multi-line helper inside a line comment"] }],
    ["an escaped field", { given: "{{tsDoc description}}", want: [] }],
    ["an escaped field with placement", { given: '{{tsDocComment description indent="  "}}', want: [] }],
    ["names and code", { given: "export class {{className}} { x = {{valueCode}}; }", want: [] }],
    ["the allow-listed view fields", { given: '{{#each fields}}{{indent}}{{name}}{{optionalMark}}{{/each}} "{{httpMethod}}"'.replace("{{name}}", "{{fieldName}}"), want: [] }],
    ["@index", { given: "{{#each list}}{{@index}}{{/each}}", want: [] }],
    ["a literal", { given: '{{"text"}}', want: [] }],
    ["a one-line helper inside a // comment", { given: "// {{tsString title}} and {{mdCode title}}", want: [] }],
    ["a URL is not a comment", { given: 'const url = "http://x.test/{{tsDoc path}}";', want: [] }],
    ["tsDoc inside a block comment", { given: "/**\n * {{tsDoc description}}\n */", want: [] }],
    ["a partial with spec data passed to it", { given: "{{> field-doc text=description}}", want: [] }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(checkTemplate("templates/sdk/inline.hbs", given).map((finding) => finding.rule)).toEqual(want));

  const rubyCases: Array<[string, { given: string; want: Rule[] }]> = [
    ["rbComment inside a # comment", { given: "  # {{rbComment description indent=\"  \"}}", want: [] }],
    ["tsDoc inside a # comment", { given: "# {{tsDoc description}}", want: ["prints a multi-line helper inside a line comment"] }],
    ["Ruby interpolation is not a comment", { given: '"#{x}{{rbString name}}"', want: [] }],
  ];
  it.each(rubyCases)("Ruby: %s", (_, { given, want }) => expect(checkTemplate("templates/ruby/files/lib/inline.rb.hbs", given).map((finding) => finding.rule)).toEqual(want));

  it("knows the registered helpers", () => {
    expect(ESCAPING_HELPERS).toEqual(expect.arrayContaining(["tsString", "tsDoc", "tsDocComment", "tsValue", "tsPropertyKey", "pyString", "pyDoc", "rbString", "rbComment", "mdText", "mdTableCell", "mdCodeBlock", "mdCode", "json"]));
  });
});

describe("every template under templates/", async () => {
  const files = await listTemplates();
  const findings = (await Promise.all(files.map(async (file) => checkTemplate(file, await readFile(path.join(projectRoot, file), "utf8"))))).flat();
  const violations = (rule: Rule) => findings.filter((finding) => finding.rule === rule).map((finding) => finding.at);

  it("are found, in every flavor folder", () => {
    expect(files).toEqual(expect.arrayContaining(["templates/_shared/partials/ts-banner.hbs", "templates/sdk/files/src/operations.ts.hbs", "templates/docs/files/api.md.hbs"]));
    for (const flavor of FLAVORS) expect(files.some((file) => file.startsWith(`templates/${flavor.templateDir}/`)), flavor.name).toBe(true);
  });

  it("print spec data only through an escaping helper (or a *Name / *Code view field)", () => expect(violations("prints spec data bare")).toEqual([]));
  it("call only the helpers create-handlebars registers", () => expect(violations("calls an unregistered helper")).toEqual([]));
  it("print no multi-line helper inside a // or # line comment", () => expect(violations("prints a multi-line helper inside a line comment")).toEqual([]));
});

// ---------------------------------------------------------------------------------------------
// The rendered proof: hostile text in every free-text field still yields code that parses.
// ---------------------------------------------------------------------------------------------

/** Closes every literal and comment a template might put it in, then tries to declare something. */
const PAYLOAD = "x */ `${y}` #{z} \"\"\" ''' \\ \r\n/ 2; export const injected = 1; // \u2028 \u2029 | \0 \n=begin\nend\n__END__\n\"";

type Placement = "title and version" | "tag" | "descriptions and summaries" | "wire names" | "values";

function hostileSpec(where: Placement): Record<string, unknown> {
  const text = (placement: Placement, plain: string) => (placement === where ? `${plain} ${PAYLOAD}` : plain);
  const tag = text("tag", "pets");
  const doc = text("descriptions and summaries", "Some text.");
  const wire = (name: string) => text("wire names", name);
  const value = (plain: string) => text("values", plain);
  return {
    openapi: "3.1.0",
    info: { title: text("title and version", "Pets"), version: text("title and version", "1.0.0"), description: doc },
    servers: [{ url: value("https://pets.example.test"), description: doc }],
    tags: [{ name: tag, description: doc }],
    components: {
      securitySchemes: { [wire("apiKey")]: { type: "apiKey", in: "query", name: wire("key"), description: doc } },
      schemas: {
        Pet: {
          type: "object",
          description: doc,
          required: [wire("name")],
          properties: {
            [wire("name")]: { type: "string", description: doc, default: value("Rex"), example: value("Rex") },
            [wire("kind")]: { type: "string", description: doc, enum: [value("cat"), value("dog")] },
          },
          example: { [wire("name")]: value("Rex") },
        },
        PetPage: {
          type: "object",
          description: doc,
          required: [wire("items")],
          properties: { [wire("items")]: { type: "array", items: { $ref: "#/components/schemas/Pet" } }, [wire("total")]: { type: "integer" } },
        },
      },
    },
    paths: {
      "/pets": {
        get: {
          operationId: "list_pets",
          tags: [tag],
          summary: doc,
          description: doc,
          security: [{ [wire("apiKey")]: [wire("read")] }],
          "x-pagination": { style: "offset", limitParam: "limit", offsetParam: "offset", itemsField: wire("items"), totalField: wire("total") },
          parameters: [
            { name: "limit", in: "query", schema: { type: "integer" } },
            { name: "offset", in: "query", schema: { type: "integer" } },
            { name: wire("q"), in: "query", description: doc, example: value("rex"), schema: { type: "string" } },
          ],
          responses: {
            "200": {
              description: doc,
              content: { "application/json": { schema: { $ref: "#/components/schemas/PetPage" }, example: { [wire("items")]: [], [wire("total")]: 0 } } },
            },
            "404": { description: doc },
          },
        },
      },
    },
  };
}

async function renderEveryFlavor(document: Record<string, unknown>): Promise<OutputFile[]> {
  const model = buildApiModel(document);
  const files: OutputFile[] = [];
  for (const flavor of FLAVORS) {
    const templates = await loadTemplates(path.join(projectRoot, "templates"), flavor.templateDir);
    files.push(
      ...flavor.render({
        model,
        typesSource: "export type paths = Record<string, never>;\nexport type operations = Record<string, never>;\nexport type components = Record<string, never>;\n",
        bundleJson: JSON.stringify(document),
        templates: compileTemplates(flavor.templateDir, templates),
        runtime: templates.runtime,
        packages: derivePackageNames(model.title, {}),
      }),
    );
  }
  return files;
}

const PLACEMENTS: Placement[] = ["title and version", "tag", "descriptions and summaries", "wire names", "values"];

describe("rendering a spec with hostile text", () => {
  it.each(PLACEMENTS)("in %s: every TypeScript file parses and declares nothing of the spec's", async (where) => {
    const files = (await renderEveryFlavor(hostileSpec(where))).filter((file) => file.path.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    // The first error of each file is enough to find the template line at fault.
    const firstErrors = typescriptSyntaxErrors(files).filter((error, index, all) => all.findIndex((other) => other.split(":")[0] === error.split(":")[0]) === index);
    expect(firstErrors).toEqual([]);
    for (const file of files) {
      const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
      const declared = source.statements.flatMap((statement) => (ts.isVariableStatement(statement) ? statement.declarationList.declarations.map((declaration) => declaration.name.getText(source)) : []));
      expect(declared, file.path).not.toContain("injected");
    }
  });

  const rubyFlavor = FLAVORS.some((flavor) => flavor.name === "ruby");
  it.skipIf(!hasRuby || !rubyFlavor).each(PLACEMENTS)("in %s: every Ruby file passes `ruby -wc` (skipped without ruby on PATH or a ruby flavor)", async (where) => {
    const files = (await renderEveryFlavor(hostileSpec(where))).filter((file) => /\.(rb|gemspec)$/.test(file.path) && !file.path.includes("/runtime/"));
    expect(files.length).toBeGreaterThan(0);
    const failures = files.map((file) => ({ file: file.path, result: rubySyntaxCheck(file.contents) })).filter(({ result }) => result.status !== 0 || result.stdout.trim() !== "Syntax OK");
    expect(failures.map(({ file, result }) => `${file}: ${result.stderr.trim()}`)).toEqual([]);
  });
});
