// The TypeScript side of the `ruby` flavor: names from the Ruby naming strategy, collisions refused
// naming both JSON pointers, and spec strings that stay data once they are Ruby.
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { derivePackageNames } from "../../../scripts/lib/config/resolve-config.js";
import { rbString } from "../../../scripts/lib/escape/escape.js";
import { retryDefaultsCode, rubyFlavor } from "../../../scripts/lib/flavors/ruby.js";
import { buildRubyApi, RUBY_RUNTIME_CONSTANTS } from "../../../scripts/lib/flavors/ruby-view.js";
import { rubyExample, rubyLiteral } from "../../../scripts/lib/flavors/ruby-values.js";
import { loadTemplates } from "../../../scripts/lib/load/load-templates.js";
import { buildApiModel } from "../../../scripts/lib/model/build-api-model.js";
import { rubyNaming } from "../../../scripts/lib/naming/ruby.js";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";
import { compileTemplates } from "../../../scripts/lib/render/create-handlebars.js";
import type { OutputFile } from "../../../scripts/lib/write/write-files.js";
import { hasRuby, runRuby, rubySyntaxCheck } from "../../support/interpreters.js";
import { projectRoot } from "../../support/openapi-doc.js";
import { makeTempDir } from "../../support/temp-dir.js";

type Document = Record<string, unknown>;

/** A small valid spec; each case changes one part of it. */
function spec(overrides: { paths?: Document; schemas?: Document; tags?: Document[]; servers?: Document[] } = {}): Document {
  return {
    openapi: "3.1.0",
    info: { title: "Pets", version: "1.0.0" },
    servers: overrides.servers ?? [{ url: "https://pets.example.test" }],
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

const packages = { rubyModule: "Pets", rubyGem: "pets" };
const build = (document: Document) => buildRubyApi(buildApiModel(document), packages);

async function render(document: Document): Promise<OutputFile[]> {
  const model = buildApiModel(document);
  const templates = await loadTemplates(path.join(projectRoot, "templates"), "ruby");
  return rubyFlavor.render({
    model,
    typesSource: "",
    bundleJson: JSON.stringify(document),
    templates: compileTemplates("ruby", templates),
    runtime: templates.runtime,
    packages: derivePackageNames(model.title, {}),
  });
}

describe("rubyNaming: reserved words become safe names", () => {
  const cases: Array<[string, { given: { hook: "methodName" | "parameterName" | "propertyName" | "typeName"; name: string }; want: string }]> = [
    ["end", { given: { hook: "parameterName", name: "end" }, want: "end_" }],
    ["class", { given: { hook: "propertyName", name: "class" }, want: "class_" }],
    ["self", { given: { hook: "parameterName", name: "self" }, want: "self_" }],
    ["def as a method", { given: { hook: "methodName", name: "def" }, want: "def_" }],
    ["opts (every method's own argument)", { given: { hook: "parameterName", name: "opts" }, want: "opts_" }],
    ["block (the paginate methods' block)", { given: { hook: "parameterName", name: "block" }, want: "block_" }],
    ["method (the paginate methods call it)", { given: { hook: "parameterName", name: "method" }, want: "method_" }],
    ["to_json (a model method)", { given: { hook: "propertyName", name: "toJson" }, want: "to_json_" }],
    ["additional_properties (a model method)", { given: { hook: "propertyName", name: "additionalProperties" }, want: "additional_properties_" }],
    ["hash (Object#hash)", { given: { hook: "propertyName", name: "hash" }, want: "hash_" }],
    ["a class named Class", { given: { hook: "typeName", name: "class" }, want: "Class_" }],
    ["a class name is a constant even after digits", { given: { hook: "typeName", name: "1st place" }, want: "T1stPlace" }],
    ["wire names with punctuation", { given: { hook: "parameterName", name: "TR-Organization" }, want: "tr_organization" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(rubyNaming[given.hook](given.name)).toBe(want));

  it.skipIf(!hasRuby)("the reserved names compile as arguments, attributes and methods (skipped when ruby is not on PATH)", () => {
    const names = cases.filter(([, { given }]) => given.hook !== "typeName").map(([, { want }]) => want);
    const source = [`def call(${names.join(", ")}, opts = {})`, `  [${names.join(", ")}, opts]`, "end", ...names.map((name) => `attr_accessor :${name}`)].join("\n");
    const result = rubySyntaxCheck(`class Probe\n${source}\nend\n`);
    expect(result.stderr).toBe("");
  });
});

describe("collisions are refused, naming both pointers", () => {
  const listPets = (parameters: Document[]) => ({ "/pets": { get: { operationId: "list_pets", tags: ["pets"], parameters, responses: { "200": { description: "ok" } } } } });
  const cases: Array<[string, { given: Document; want: RegExp }]> = [
    [
      "two parameters that become one argument",
      {
        given: spec({ paths: listPets([{ name: "user-id", in: "query", schema: { type: "string" } }, { name: "user_id", in: "header", schema: { type: "string" } }]) }),
        want: /argument name in list_pets "user_id" would name both #\/paths\/~1pets\/get\/parameters\/0 and #\/paths\/~1pets\/get\/parameters\/1/,
      },
    ],
    [
      "a parameter and the body argument",
      {
        given: spec({
          paths: {
            "/pets": {
              post: {
                operationId: "create_pet",
                tags: ["pets"],
                parameters: [{ name: "pet", in: "query", schema: { type: "string" } }],
                requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
                responses: { "200": { description: "ok" } },
              },
            },
          },
        }),
        want: /argument name in create_pet "pet" would name both #\/paths\/~1pets\/post\/parameters\/0 and #\/paths\/~1pets\/post\/requestBody/,
      },
    ],
    [
      "two schemas that become one class",
      {
        given: spec({ schemas: { "Foo-Bar": { type: "object" }, FooBar: { type: "object" } } }),
        want: /Ruby constant "FooBar" would name both #\/components\/schemas\/Foo-Bar and #\/components\/schemas\/FooBar/,
      },
    ],
    [
      "a schema named like a runtime class",
      { given: spec({ schemas: { ApiError: { type: "object" } } }), want: /Ruby constant "ApiError" would name both templates\/ruby\/runtime \(Pets::ApiError\) and #\/components\/schemas\/ApiError/ },
    ],
    [
      "a tag's API class and a schema",
      { given: spec({ schemas: { PetsApi: { type: "object" } } }), want: /Ruby constant "PetsApi" would name both tag "pets" \(#\/[^)]+\) and #\/components\/schemas\/PetsApi/ },
    ],
    [
      "two properties that become one attribute",
      {
        given: spec({ schemas: { Pet: { type: "object", properties: { "pet-name": { type: "string" }, pet_name: { type: "string" } } } } }),
        want: /attribute of Pet "pet_name" would name both #\/components\/schemas\/Pet\/properties\/pet-name and #\/components\/schemas\/Pet\/properties\/pet_name/,
      },
    ],
    [
      "an operation and another's paginate method",
      {
        given: spec({
          paths: {
            "/pets": {
              get: {
                operationId: "list_pets",
                tags: ["pets"],
                "x-pagination": { style: "offset", limitParam: "limit", offsetParam: "offset", itemsField: "data" },
                parameters: [
                  { name: "limit", in: "query", schema: { type: "integer" } },
                  { name: "offset", in: "query", schema: { type: "integer" } },
                ],
                responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Page" } } } } },
              },
            },
            "/all-pets": { get: { operationId: "paginate_list_pets", tags: ["pets"], responses: { "200": { description: "ok" } } } },
          },
          schemas: { Page: { type: "object", properties: { data: { type: "array", items: { type: "string" } } } } },
        }),
        want: /method of PetsApi "paginate_list_pets" would name both #\/paths\/~1pets\/get and #\/paths\/~1all-pets\/get/,
      },
    ],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(() => build(given)).toThrow(PipelineError);
    expect(() => build(given)).toThrow(want);
  });
});

describe("rbString keeps #{x} inert", () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ["interpolation in single quotes", { given: "#{system('id')}", want: "'#{system(\\'id\\')}'" }],
    ["interpolation next to a line break (double quotes, # escaped)", { given: "#{x}\n", want: '"\\#{x}\\n"' }],
    ["instance-variable interpolation", { given: "#@x #$y", want: "'#@x #$y'" }],
    ["a quote that would close the literal", { given: "it's", want: "'it\\'s'" }],
    ["a trailing backslash that would escape the quote", { given: "C:\\", want: "'C:\\\\'" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(rbString(given)).toBe(want));

  it.skipIf(!hasRuby).each(cases)("%s: Ruby reads back the same text (skipped when ruby is not on PATH)", (_, { given }) => {
    const result = runRuby(`print(${rbString(given)})`, ["-w"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(given);
  });

  it("literals and examples build on rbString", () => {
    expect(rubyLiteral({ "#{a}": ["#{b}", 1, null, true] })).toBe("{ '#{a}' => ['#{b}', 1, nil, true] }");
    const api = build(spec({ schemas: { Pet: { type: "object", properties: { "pet-name": { type: "string" } } } } }));
    expect(rubyExample({ "pet-name": "#{x}", unknown: 1 }, { kind: "ref", name: "Pet", nullable: false }, api)).toBe("Pets::Pet.new(pet_name: '#{x}')");
  });
});

describe("the runtime's constants", () => {
  it("are all known to the view builder, which refuses schemas named like them", async () => {
    const dir = path.join(projectRoot, "templates/ruby/runtime");
    const files = (await readdir(dir)).filter((file) => file.endsWith(".rb"));
    const defined = new Set<string>();
    for (const file of files) {
      const source = await readFile(path.join(dir, file), "utf8");
      for (const match of source.matchAll(/^(?:class|module) ([A-Z]\w*)|^([A-Z]\w*) = /gm)) defined.add(match[1] ?? match[2]!);
    }
    expect(defined.size).toBeGreaterThan(10);
    expect([...defined].filter((name) => !(RUBY_RUNTIME_CONSTANTS as readonly string[]).includes(name))).toEqual([]);
  });
});

describe("a spec whose strings try to become Ruby", () => {
  const HOSTILE = "#{raise 'pwned'} it's \\ \n=begin\nshareable_constant_value: literal\n__END__ -*- x -*-";
  const document = spec({
    servers: [{ url: "https://pets.example.test/#{raise 'pwned'}'", description: HOSTILE }],
    tags: [{ name: "pets", description: HOSTILE }],
    schemas: {
      Pet: {
        type: "object",
        description: HOSTILE,
        properties: { "#{name}'": { type: "string", description: HOSTILE }, kind: { $ref: "#/components/schemas/Kind" } },
        example: { "#{name}'": HOSTILE, kind: "#{dog}" },
      },
      Kind: { type: "string", enum: ["#{dog}", "it's"], description: HOSTILE },
    },
    paths: {
      "/pets/{id}/it's#@x": {
        post: {
          operationId: "update_pet",
          tags: ["pets"],
          summary: HOSTILE,
          description: HOSTILE,
          parameters: [
            { name: "id", in: "path", required: true, description: HOSTILE, example: HOSTILE, schema: { type: "string" } },
            { name: "end", in: "query", description: HOSTILE, schema: { type: "string" } },
            { name: "X-#{h}'", in: "header", required: true, schema: { type: "string" } },
          ],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, example: { "#{name}'": HOSTILE } } } },
          security: [{ ApiKey: [] }],
          responses: { "200": { description: HOSTILE, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } }, "404": { description: HOSTILE } },
        },
      },
    },
  });

  it.skipIf(!hasRuby)("renders a gem that compiles without warnings and holds the strings as data (skipped when ruby is not on PATH)", async () => {
    const files = await render(document);
    await using dir = await makeTempDir("ruby-flavor-");
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir.path, file.path)), { recursive: true });
      await writeFile(path.join(dir.path, file.path), file.contents);
    }
    for (const file of files.filter((candidate) => /\.(rb|gemspec)$/.test(candidate.path))) {
      const result = rubySyntaxCheck(file.contents);
      expect(`${file.path}: ${result.stderr}`).toBe(`${file.path}: `);
    }
    const lib = path.join(dir.path, "ruby/lib");
    const probe = [
      "require 'pets'",
      "op = Pets::PetsApi::OPERATIONS.fetch(:update_pet)",
      "print JSON.generate([Pets::API_DESCRIPTION.server_url, op.path, op.parameters.map(&:wire_name), op.parameters.map(&:name), Pets::Pet.attributes.values.map(&:wire_name), Pets::Kind::ALL])",
    ].join("\n");
    const result = runRuby(probe, ["-w", "-I", lib]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([
      "https://pets.example.test/#{raise 'pwned'}'",
      "/pets/{id}/it's#@x",
      ["id", "end", "X-#{h}'", "Pet"],
      ["id", "end_", "x_h", "pet"],
      ["#{name}'", "kind"],
      ["#{dog}", "it's"],
    ]);
  });

  it("puts every docs example through the same escaping", async () => {
    const files = await render(document);
    const page = files.find((file) => file.path === "docs/ruby/PetsApi.md")!.contents;
    expect(page).toContain("id = \"\\#{raise 'pwned'} it's \\\\ \\n=begin\\nshareable_constant_value: literal\\n__END__ -*- x -*-\"");
    expect(page).toContain("pet = Pets::Pet.new(name: \"\\#{raise 'pwned'}");
    const rubyBlocks = [...page.matchAll(/^(`{3,})ruby\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]!);
    expect(rubyBlocks.length).toBeGreaterThan(1);
    for (const code of rubyBlocks) expect(code).not.toMatch(/^\s*#\s*shareable_constant_value/im);
    if (hasRuby) for (const code of rubyBlocks) expect(rubySyntaxCheck(code).stderr).toBe("");
  });
});

describe("retry defaults from the spec's retry extension", () => {
  const cases: Array<[string, { given: Parameters<typeof retryDefaultsCode>[0]; want: string }]> = [
    ["none", { given: undefined, want: "{}" }],
    ["milliseconds become seconds", { given: { initialDelayMs: 500, maxDelayMs: 60000, maxElapsedMs: 3600000, exponent: 1.5 }, want: "{ retry_initial_delay: 0.5, retry_max_delay: 60, max_retry_time: 3600, retry_exponent: 1.5 }" }],
    ["status codes and classes", { given: { statusCodes: [429, "5XX", "bogus"], retryConnectionErrors: false }, want: "{ retry_status_codes: [429, '5XX'].freeze, retry_connection_errors: false }" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(retryDefaultsCode(given)).toBe(want));
});

describe("recursive schemas", () => {
  const document = spec({
    schemas: {
      Node: {
        type: "object",
        properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, parent: { oneOf: [{ $ref: "#/components/schemas/Node" }, { type: "null" }] } },
      },
      Forest: { type: "array", items: { $ref: "#/components/schemas/Forest" } },
    },
  });

  it.skipIf(!hasRuby)("render models that decode and encode nested values (skipped when ruby is not on PATH)", async () => {
    const files = await render(document);
    await using dir = await makeTempDir("ruby-recursive-");
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir.path, file.path)), { recursive: true });
      await writeFile(path.join(dir.path, file.path), file.contents);
    }
    const json = { name: "root", parent: null, children: [{ name: "a", children: [{ name: "a1", children: [] }] }] };
    const probe = [
      "require 'pets'",
      `node = Pets::Node.build_from_hash(JSON.parse(${rbString(JSON.stringify(json))}))`,
      "print JSON.generate([node.children.first.children.first.class.name, node.to_hash])",
    ].join("\n");
    const result = runRuby(probe, ["-w", "-I", path.join(dir.path, "ruby/lib")]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(["Pets::Node", json]);
  });
});
