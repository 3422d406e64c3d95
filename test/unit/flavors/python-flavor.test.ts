// The TypeScript side of the `python` flavor: names from the Python naming strategy, collisions
// refused naming both JSON pointers, the view's signatures, and spec strings that stay data once
// they are Python (every rendered file parses, whatever the spec's text says).
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { derivePackageNames } from "../../../scripts/lib/config/resolve-config.js";
import { pythonFlavor } from "../../../scripts/lib/flavors/python.js";
import { annotationExpr, call, defCode, docstringCode, keyword, layout, pyLiteral, tomlString } from "../../../scripts/lib/flavors/python-code.js";
import { enumMemberName, PyTypes } from "../../../scripts/lib/flavors/python-types.js";
import { buildApiViews } from "../../../scripts/lib/flavors/python-view.js";
import { loadTemplates } from "../../../scripts/lib/load/load-templates.js";
import { buildApiModel } from "../../../scripts/lib/model/build-api-model.js";
import { pythonNaming } from "../../../scripts/lib/naming/python.js";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";
import { compileTemplates } from "../../../scripts/lib/render/create-handlebars.js";
import type { OutputFile } from "../../../scripts/lib/write/write-files.js";
import { hasPython, runPython } from "../../support/interpreters.js";
import { projectRoot, readBundle } from "../../support/openapi-doc.js";

type Document = Record<string, unknown>;

/** A small valid spec; each case changes one part of it. */
function spec(overrides: { paths?: Document; schemas?: Document; tags?: Document[]; info?: Document } = {}): Document {
  return {
    openapi: "3.1.0",
    info: overrides.info ?? { title: "Pets", version: "1.0.0" },
    servers: [{ url: "https://pets.example.test" }],
    tags: overrides.tags ?? [{ name: "pets" }],
    components: {
      securitySchemes: { ApiKey: { type: "apiKey", in: "header", name: "X-Key" } },
      schemas: overrides.schemas ?? { Pet: { type: "object", properties: { name: { type: "string" } } } },
    },
    paths: overrides.paths ?? {
      "/pets": { get: { operationId: "list_pets", tags: ["pets"], responses: { "200": { description: "ok" } } } },
    },
  };
}

async function render(document: Document): Promise<OutputFile[]> {
  const model = buildApiModel(document);
  const templates = await loadTemplates(path.join(projectRoot, "templates"), "python");
  return pythonFlavor.render({
    model,
    typesSource: "",
    bundleJson: JSON.stringify(document),
    templates: compileTemplates("python", templates),
    runtime: templates.runtime,
    packages: derivePackageNames(model.title, {}),
  });
}

/** The error a render throws, or undefined. */
async function renderError(document: Document): Promise<PipelineError | undefined> {
  try {
    await render(document);
    return undefined;
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
}

describe("pythonNaming", () => {
  const cases: Array<[string, { given: { hook: "methodName" | "parameterName" | "propertyName" | "typeName"; name: string }; want: string }]> = [
    ["a keyword parameter", { given: { hook: "parameterName", name: "class" }, want: "class_" }],
    ["a keyword property", { given: { hook: "propertyName", name: "def" }, want: "def_" }],
    ["a soft keyword", { given: { hook: "propertyName", name: "match" }, want: "match_" }],
    ["self", { given: { hook: "parameterName", name: "self" }, want: "self_" }],
    ["a builtin the annotations use", { given: { hook: "propertyName", name: "str" }, want: "str_" }],
    ["a header name", { given: { hook: "parameterName", name: "TR-Organization" }, want: "tr_organization" }],
    ["camelCase operationId", { given: { hook: "methodName", name: "listPets" }, want: "list_pets" }],
    ["snake_case operationId stays", { given: { hook: "methodName", name: "post_invitation" }, want: "post_invitation" }],
    ["a leading digit", { given: { hook: "propertyName", name: "2fa" }, want: "_2fa" }],
    ["a tag with spaces", { given: { hook: "typeName", name: "Organization Invitations" }, want: "OrganizationInvitations" }],
    ["punctuation cannot carry syntax", { given: { hook: "methodName", name: "get'); import os; ('" }, want: "get_import_os" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(pythonNaming[given.hook](given.name)).toBe(want);
  });
});

describe("enumMemberName", () => {
  const cases: Array<[string, { given: [string | number, number]; want: string }]> = [
    ["lower case", { given: ["pending", 0], want: "PENDING" }],
    ["punctuation", { given: ["-created_at", 0], want: "CREATED_AT" }],
    ["camelCase", { given: ["camelCase", 0], want: "CAMEL_CASE" }],
    ["a leading digit", { given: ["1st", 0], want: "VALUE_1ST" }],
    ["nothing left", { given: ["+", 3], want: "VALUE_3" }],
    ["an integer", { given: [2, 0], want: "VALUE_2" }],
    ["a negative integer", { given: [-1, 0], want: "VALUE_MINUS_1" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(enumMemberName(...given)).toBe(want);
  });
});

describe("collisions after case conversion are refused, naming both JSON pointers", () => {
  const get = (operationId: string, extra: Document = {}) => ({ operationId, tags: ["pets"], responses: { "200": { description: "ok" } }, ...extra });
  const cases: Array<[string, { given: Document; want: RegExp[] }]> = [
    [
      "two properties",
      {
        given: spec({ schemas: { Pet: { type: "object", properties: { fooBar: { type: "string" }, foo_bar: { type: "string" } } } } }),
        want: [/attribute name in Pet "foo_bar"/, /#\/components\/schemas\/Pet\/properties\/fooBar/, /#\/components\/schemas\/Pet\/properties\/foo_bar/],
      },
    ],
    [
      "two parameters of one operation",
      {
        given: spec({
          paths: {
            "/pets": {
              get: get("list_pets", {
                parameters: [
                  { name: "user-id", in: "query", schema: { type: "string" } },
                  { name: "user_id", in: "header", schema: { type: "string" } },
                ],
              }),
            },
          },
        }),
        want: [/argument name in list_pets "user_id"/, /#\/paths\/~1pets\/get\/parameters\/0/, /#\/paths\/~1pets\/get\/parameters\/1/],
      },
    ],
    [
      "two schemas",
      {
        given: spec({ schemas: { "Foo-Bar": { type: "object" }, FooBar: { type: "object" } } }),
        want: [/Python class name "FooBar"/, /#\/components\/schemas\/Foo-Bar/, /#\/components\/schemas\/FooBar/],
      },
    ],
    [
      "two operations of one API class",
      {
        given: spec({ paths: { "/a": { get: get("listPets") }, "/b": { get: get("list_pets") } } }),
        want: [/member of PetsApi "list_pets"/, /#\/paths\/~1a\/get/, /#\/paths\/~1b\/get/],
      },
    ],
    [
      "a method and another's variant",
      {
        given: spec({ paths: { "/a": { get: get("list") }, "/b": { get: get("list_with_http_info") } } }),
        want: [/"list_with_http_info"/, /#\/paths\/~1a\/get \(list_with_http_info\)/, /#\/paths\/~1b\/get/],
      },
    ],
    [
      "an API class and a model class",
      {
        given: spec({ schemas: { PetsApi: { type: "object" } } }),
        want: [/Python class name "PetsApi"/, /tag "pets"/, /#\/components\/schemas\/PetsApi/],
      },
    ],
    [
      "two enum values",
      {
        given: spec({ schemas: { Kind: { type: "string", enum: ["a-b", "a_b"] } } }),
        want: [/enum member name "A_B"/, /#\/components\/schemas\/Kind\/enum\/0/, /#\/components\/schemas\/Kind\/enum\/1/],
      },
    ],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    const error = await renderError(given);
    expect(error).toBeInstanceOf(PipelineError);
    for (const pattern of want) expect(error!.message).toMatch(pattern);
  });

  it("renames instead of refusing names that only clash with the runtime's", async () => {
    const files = await render(spec({ schemas: { List: { type: "object", properties: { to_dict: { type: "string" } } } } }));
    const model = files.find((file) => file.path === "python/pets/models/list.py")!.contents;
    expect(model).toContain("class List_(Model):");
    expect(model).toContain('to_dict_=optional(data, "to_dict", path, decode_str)');
  });
});

describe("the view of the canonical spec", () => {
  const model = buildApiModel(readBundle());
  const apis = buildApiViews(model, new PyTypes(model));
  const operation = (id: string) => apis.flatMap((api) => api.operations).find((view) => view.operation.operationId === id)!;
  const cases: Array<[string, { given: string; want: { positional: string[]; keywordOnly: string[]; returns: string; iterator: string | null } }]> = [
    ["header then body, as the seeds", { given: "post_invitation", want: { positional: ["tr_organization", "invitation_data"], keywordOnly: [], returns: "None", iterator: null } }],
    ["header then path, as the seeds", { given: "delete_invitation", want: { positional: ["tr_organization", "invitation_id"], keywordOnly: [], returns: "None", iterator: null } }],
    ["a list response", { given: "get_invitations", want: { positional: ["tr_organization", "organization_id"], keywordOnly: [], returns: "List[Invitation]", iterator: null } }],
    [
      "a body without a named schema",
      { given: "create_organization_invitation_bulk", want: { positional: ["organization_id", "create_organization_invitation_bulk_request"], keywordOnly: [], returns: "OrganizationInvitations", iterator: null } },
    ],
    [
      "an optional body stays positional",
      { given: "revoke_organization_invitation", want: { positional: ["organization_id", "invitation_id", "revoke_organization_invitation_request"], keywordOnly: [], returns: "OrganizationInvitation", iterator: null } },
    ],
    [
      "optional query parameters are keyword-only; pagination gets an iterator",
      {
        given: "list_organization_invitations",
        want: { positional: ["organization_id"], keywordOnly: ["status", "email_address", "order_by", "limit", "offset"], returns: "OrganizationInvitations", iterator: "list_organization_invitations_iter" },
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const view = operation(given);
    expect(view.params.filter((param) => param.positional).map((param) => param.argName)).toEqual(want.positional);
    expect(view.params.filter((param) => !param.positional).map((param) => param.argName)).toEqual(want.keywordOnly);
    expect(view.returnAnnotation).toBe(want.returns);
    expect(view.iterName).toBe(want.iterator);
  });

  it("takes the API class names from the tags", () => {
    expect(apis.map((api) => [api.className, api.moduleName])).toEqual([
      ["InvitationApi", "invitation_api"],
      ["OrganizationInvitationsApi", "organization_invitations_api"],
    ]);
  });
});

describe("python-code layout, as black formats", () => {
  const cases: Array<[string, { given: () => string; want: string }]> = [
    ["a call that fits", { given: () => layout(call("f", ["a", keyword("b", "1")]), "", "x = ").join("\n"), want: "x = f(a, b=1)" }],
    [
      "a call whose arguments fit on one indented line",
      { given: () => layout(call("function_name", ["a".repeat(40), "b".repeat(40)]), "    ", "return ").join("\n"), want: `    return function_name(\n        ${"a".repeat(40)}, ${"b".repeat(40)}\n    )` },
    ],
    [
      "one argument per line with a trailing comma",
      { given: () => layout(call("f", ["a".repeat(50), "b".repeat(50)]), "").join("\n"), want: `f(\n    ${"a".repeat(50)},\n    ${"b".repeat(50)},\n)` },
    ],
    ["a lone argument gets no trailing comma", { given: () => layout(call("f", [call("g", ["a".repeat(60), "b".repeat(60)])]), "").join("\n"), want: `f(\n    g(\n        ${"a".repeat(60)},\n        ${"b".repeat(60)},\n    )\n)` }],
    ["a def that fits", { given: () => defCode("", "f", ["self", "a: int"], "None"), want: "def f(self, a: int) -> None:" }],
    [
      "a long annotation splits at its brackets",
      {
        given: () => defCode("    ", "m", ["self", annotationExpr("argument_with_a_long_name: ", `Union[${"A".repeat(50)}, Dict[str, Any]]`), "*"], "None"),
        want: `    def m(\n        self,\n        argument_with_a_long_name: Union[\n            ${"A".repeat(50)}, Dict[str, Any]\n        ],\n        *,\n    ) -> None:`,
      },
    ],
    ["a literal", { given: () => layout(pyLiteral({ a: [true, null, 1.5, "x\"y"] }), "", "v = ").join("\n"), want: 'v = {"a": [True, None, 1.5, "x\\"y"]}' }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(given()).toBe(want);
  });

  it("keeps docstrings closed whatever the text", () => {
    expect(docstringCode("    ", 'Ends with a quote"')).toBe('    """Ends with a quote"."""');
    expect(docstringCode("    ", "A long summary", [{ text: 'ends with a quote"' }])).toBe('    """A long summary.\n\n    ends with a quote\\"\n    """');
    expect(docstringCode("", 'Say """hi""" \\ now')).toBe('"""Say \\"\\"\\"hi\\"\\"\\" \\\\ now."""');
  });

  it("writes TOML strings without raw control characters", () => {
    expect(tomlString('a"b\\c\n\u007f')).toBe('"a\\"b\\\\c\\n\\u007f"');
  });
});

const HOSTILE = `"""; import os; os.system("x") # \\ \`\`\` | <script>alert(1)</script>\n\r\u2028\u0000 '''{{x}}`;

/** A spec whose every free-text field, and its names where they may hold text, carry HOSTILE. */
function hostileSpec(): Document {
  return spec({
    info: { title: `Pets ${HOSTILE}`, version: `1.0.0 ${HOSTILE}`, description: HOSTILE },
    tags: [{ name: "pets", description: HOSTILE }],
    schemas: {
      Pet: {
        type: "object",
        description: HOSTILE,
        required: [HOSTILE],
        properties: {
          [HOSTILE]: { type: "string", description: HOSTILE, default: HOSTILE },
          kind: { type: "string", enum: [HOSTILE, "b"] },
        },
        example: { [HOSTILE]: HOSTILE, kind: HOSTILE },
      },
      Kind: { type: "string", enum: [HOSTILE, "ok"], description: HOSTILE },
    },
    paths: {
      "/pets/{pet_id}": {
        post: {
          operationId: "create_pet",
          tags: ["pets"],
          summary: HOSTILE,
          description: HOSTILE,
          parameters: [
            { name: "pet_id", in: "path", required: true, description: HOSTILE, example: HOSTILE, schema: { type: "string" } },
            { name: `X-${"Note"}`, in: "header", required: true, description: HOSTILE, example: HOSTILE, schema: { type: "string" } },
            { name: "q", in: "query", description: HOSTILE, schema: { type: "string", default: HOSTILE } },
          ],
          requestBody: { required: true, description: HOSTILE, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, example: { [HOSTILE]: HOSTILE } } } },
          responses: {
            "200": { description: HOSTILE, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
            "400": { description: HOSTILE, content: { "application/json": { schema: { $ref: "#/components/schemas/Kind" } } } },
          },
        },
      },
    },
  });
}

describe("spec text stays data in the Python package", () => {
  let workDir = "";
  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("renders deterministically, without spec text in any identifier", async () => {
    const [first, second] = [await render(hostileSpec()), await render(hostileSpec())];
    expect(second).toEqual(first);
    const manifest = JSON.parse(first.find((file) => file.path === "python/operations.json")!.contents);
    expect(manifest.operations.create_pet.parameters.map((parameter: { argument: string }) => parameter.argument)).toEqual(["pet_id", "x_note", "pet", "q"]);
  });

  it.skipIf(!hasPython)("every rendered Python file parses, and the hostile text survives as data", async () => {
    const files = await render(hostileSpec());
    workDir = await mkdtemp(path.join(tmpdir(), "python-flavor-"));
    const python = files.filter((file) => file.path.endsWith(".py"));
    expect(python.length).toBeGreaterThan(10);
    for (const file of python) {
      await mkdir(path.dirname(path.join(workDir, file.path)), { recursive: true });
      await writeFile(path.join(workDir, file.path), file.contents);
    }
    const check = runPython(
      [
        "import ast, sys, pathlib",
        "root = pathlib.Path(sys.argv[1])",
        "for path in sorted(root.rglob('*.py')):",
        "    tree = ast.parse(path.read_text(encoding='utf-8'), str(path))",
        "    names = [node.id for node in ast.walk(tree) if isinstance(node, ast.Name)]",
        "    assert 'os' not in names and 'system' not in names, path",
        "sys.path.insert(0, str(root / 'python'))",
        "sys.dont_write_bytecode = True",
        "pets = __import__(sys.argv[3])",
        "doc = pets.PetsApi.create_pet.__doc__",
        "assert 'import os; os.system' in doc, doc",
        "import json",
        "hostile = json.loads(sys.argv[2])",
        "pet = pets.models.Pet.from_dict({hostile: 'v', 'kind': hostile})",
        "assert pet.to_dict() == {hostile: 'v', 'kind': hostile}",
        "print('ok')",
      ].join("\n"),
      [workDir, JSON.stringify(HOSTILE), derivePackageNames(`Pets ${HOSTILE}`, {}).pythonPackage],
    );
    expect(check.stderr).toBe("");
    expect(check.stdout.trim()).toBe("ok");
  });

  it("escapes Markdown in the docs", async () => {
    const files = await render(hostileSpec());
    const page = files.find((file) => file.path === "docs/python/PetsApi.md")!.contents;
    // Outside code blocks, where Markdown renders HTML.
    const prose = page.replace(/^(`{3,})[a-z]*\n[\s\S]*?\n\1$/gm, "");
    expect(prose).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;");
    const rows = page.split("\n").filter((line) => line.startsWith(" **"));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(4);
  });
});

describe("the committed package", () => {
  it("is what the flavor renders from the bundle", async () => {
    const document = readBundle();
    const files = await render(document);
    for (const file of files.filter((candidate) => candidate.path.startsWith("python/") || candidate.path.startsWith("docs/python/"))) {
      expect(await readFile(path.join(projectRoot, "generated", file.path), "utf8"), file.path).toBe(file.contents);
    }
  });
});
