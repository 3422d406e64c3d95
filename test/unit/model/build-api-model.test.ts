// buildApiModel against small inline documents (one feature each), a 3.0 fixture, the canonical
// bundle and the two vendor specs; every refusal names the exact JSON pointer of the node at fault.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ApiModel, OperationModel, TypeRef } from "../../../scripts/lib/model/api-model.js";
import { buildApiModel } from "../../../scripts/lib/model/build-api-model.js";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";
import { projectRoot, readBundle, readDocument, referenceSpecsDir } from "../../support/openapi-doc.js";

type Doc = Record<string, unknown>;

const OK = { "200": { description: "OK" } };

/** A minimal OpenAPI 3.1 document; `extra` replaces or adds root fields. */
function api(extra: Doc = {}): Doc {
  return { openapi: "3.1.0", info: { title: "Pets", version: "1.0.0" }, paths: {}, ...extra };
}

/** An operation with the fields the model needs, plus `extra`. */
function op(operationId: string, extra: Doc = {}): Doc {
  return { operationId, responses: OK, ...extra };
}

function operations(model: ApiModel): OperationModel[] {
  return model.groups.flatMap((group) => group.operations);
}

function onlyOperation(document: Doc): OperationModel {
  const all = operations(buildApiModel(document));
  expect(all).toHaveLength(1);
  return all[0]!;
}

/** The PipelineError that building `document` throws (fails the test when it does not throw one). */
function refusal(document: Doc): PipelineError {
  try {
    buildApiModel(document);
  } catch (error) {
    expect(error).toBeInstanceOf(PipelineError);
    return error as PipelineError;
  }
  throw new Error("buildApiModel accepted the document");
}

/** Follows a JSON pointer (`#/a/b~1c`) in a document. */
function at(document: unknown, pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Doc)[key] : undefined), document);
}

describe("groups", () => {
  it("groups operations by their first tag: declared tags in spec order, then undeclared ones as met, untagged last as `default`", () => {
    const model = buildApiModel(
      api({
        tags: [{ name: "b", description: "The b things." }, { name: "a" }, { name: "unused" }],
        paths: {
          "/x": { get: op("a1", { tags: ["a"] }) },
          "/y": { get: op("c1", { tags: ["c", "a"] }) },
          "/z": { get: op("b1", { tags: ["b"] }), post: op("b2", { tags: ["b"] }) },
          "/w": { get: op("d1") },
          "/v": { post: op("a2", { tags: ["a"] }) },
        },
      }),
    );
    expect(model.groups.map((group) => [group.tag, group.operations.map((operation) => operation.operationId)])).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1", "a2"]],
      ["c", ["c1"]],
      ["default", ["d1"]],
    ]);
    expect(model.groups[0]!.description).toBe("The b things.");
    expect(model.groups[1]).not.toHaveProperty("description");
  });

  it("keeps method, path, pointer, summary, deprecation and idempotency", () => {
    const operation = onlyOperation(api({ paths: { "/pets/{id}": { parameters: [{ name: "id", in: "path", schema: { type: "string" } }], delete: op("remove_pet", { summary: "Remove.", deprecated: true }) } } }));
    expect(operation).toMatchObject({ operationId: "remove_pet", method: "delete", path: "/pets/{id}", pointer: "#/paths/~1pets~1{id}/delete", summary: "Remove.", deprecated: true, idempotent: true, tag: "default" });
    expect(operation).not.toHaveProperty("description");
  });
});

describe("parameters", () => {
  const document = api({
    components: { parameters: { TraceId: { name: "X-Trace-Id", in: "header", schema: { type: "string" } } } },
    paths: {
      "/pets/{petId}": {
        parameters: [
          { name: "petId", in: "path", schema: { type: "string" } },
          { name: "limit", in: "query", description: "path level", schema: { type: "integer" } },
        ],
        get: op("get_pet", {
          parameters: [
            { name: "limit", in: "query", description: "operation level", required: true, schema: { type: "integer", default: 10 } },
            { $ref: "#/components/parameters/TraceId" },
            { name: "session", in: "cookie", schema: { type: "string" } },
            { name: "petId", in: "query", schema: { type: "string" } },
            { name: "filter", in: "query", style: "deepObject", explode: true, schema: { type: "object" } },
            { name: "ids", in: "query", explode: false, schema: { type: "array", items: { type: "integer" } } },
            { name: "X-Csv", in: "header", explode: true, schema: { type: "array", items: { type: "string" } } },
          ],
        }),
      },
    },
  });
  const parameters = onlyOperation(document).parameters;

  const cases: Array<[string, { given: string; want: Record<string, unknown> }]> = [
    ["a path-level path parameter: simple, not exploded, always required", { given: "path:petId", want: { style: "simple", explode: false, required: true, pointer: "#/paths/~1pets~1{petId}/parameters/0" } }],
    ["the operation's copy replaces the path-level one", { given: "query:limit", want: { description: "operation level", required: true, style: "form", explode: true, default: 10, pointer: "#/paths/~1pets~1{petId}/get/parameters/0" } }],
    ["a $ref parameter keeps its component pointer; header: simple", { given: "header:X-Trace-Id", want: { style: "simple", explode: false, required: false, pointer: "#/components/parameters/TraceId" } }],
    ["cookie: form, exploded", { given: "cookie:session", want: { style: "form", explode: true, pointer: "#/paths/~1pets~1{petId}/get/parameters/2" } }],
    ["same name in another location is another parameter", { given: "query:petId", want: { style: "form", explode: true, required: false } }],
    ["explicit style and explode are kept", { given: "query:filter", want: { style: "deepObject", explode: true } }],
    ["explode: false on a form parameter", { given: "query:ids", want: { style: "form", explode: false, type: { kind: "array", items: { kind: "primitive", type: "integer", nullable: false }, nullable: false } } }],
    ["explicit explode on a header", { given: "header:X-Csv", want: { style: "simple", explode: true } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const parameter = parameters.find((candidate) => `${candidate.in}:${candidate.name}` === given);
    expect(parameter).toMatchObject(want);
    expect(at(document, parameter!.pointer)).toMatchObject({ name: parameter!.name, in: parameter!.in });
  });

  it("lists path-level parameters first, each once", () => {
    expect(parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual([
      "path:petId",
      "query:limit",
      "header:X-Trace-Id",
      "cookie:session",
      "query:petId",
      "query:filter",
      "query:ids",
      "header:X-Csv",
    ]);
  });
});

describe("request body", () => {
  const body = (content: Doc, extra: Doc = {}) => onlyOperation(api({ paths: { "/pets": { post: op("create_pet", { requestBody: { content, ...extra } }) } } })).requestBody;
  const schema = { schema: { type: "object" } };

  const cases: Array<[string, { given: Doc; want: { mediaType: string; mediaTypes: string[] } }]> = [
    ["application/json wins over what comes first", { given: { "application/xml": schema, "application/json": schema }, want: { mediaType: "application/json", mediaTypes: ["application/json", "application/xml"] } }],
    ["JSON with parameters", { given: { "text/plain": schema, "application/json; charset=utf-8": schema }, want: { mediaType: "application/json; charset=utf-8", mediaTypes: ["application/json; charset=utf-8", "text/plain"] } }],
    ["a +json type when there is no application/json", { given: { "text/plain": schema, "application/merge-patch+json": schema }, want: { mediaType: "application/merge-patch+json", mediaTypes: ["application/merge-patch+json", "text/plain"] } }],
    ["otherwise the first", { given: { "multipart/form-data": schema, "application/x-www-form-urlencoded": schema }, want: { mediaType: "multipart/form-data", mediaTypes: ["multipart/form-data", "application/x-www-form-urlencoded"] } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(body(given)).toMatchObject(want));

  it("no content means no body", () => expect(body({})).toBeUndefined());

  it("follows a $ref to components/requestBodies and takes the first named example", () => {
    const operation = onlyOperation(
      api({
        components: {
          requestBodies: { NewPet: { required: true, description: "The pet.", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" }, examples: { rex: { $ref: "#/components/examples/Rex" }, tom: { value: { name: "Tom" } } } } } } },
          examples: { Rex: { value: { name: "Rex" } } },
          schemas: { Pet: { type: "object", properties: { name: { type: "string" } } } },
        },
        paths: { "/pets": { post: op("create_pet", { requestBody: { $ref: "#/components/requestBodies/NewPet" } }) } },
      }),
    );
    expect(operation.requestBody).toEqual({ required: true, description: "The pet.", mediaType: "application/json", mediaTypes: ["application/json"], type: { kind: "ref", name: "Pet", nullable: false }, example: { name: "Rex" } });
  });
});

describe("responses", () => {
  const responses = onlyOperation(
    api({
      components: { responses: { NotFound: { description: "Not found.", content: { "application/problem+json": { schema: { type: "object" } } } } } },
      paths: {
        "/pets": {
          get: op("list_pets", {
            responses: {
              "200": { description: "The pets.", content: { "application/json": { schema: { type: "array", items: { type: "string" } }, example: ["rex"] } } },
              "204": { description: "Nothing." },
              "302": { description: "Elsewhere." },
              "404": { $ref: "#/components/responses/NotFound" },
              "4xx": { description: "Client error." },
              "5XX": { description: "Server error." },
              default: { description: "Anything else." },
            },
          }),
        },
      },
    }),
  ).responses;

  const cases: Array<[string, { given: string; want: Record<string, unknown> }]> = [
    ["200 with a JSON body and its example", { given: "200", want: { kind: "success", mediaType: "application/json", type: { kind: "array", items: { kind: "primitive", type: "string", nullable: false }, nullable: false }, example: ["rex"] } }],
    ["204 without a body", { given: "204", want: { kind: "success", description: "Nothing." } }],
    ["3xx counts as success (it is not an error)", { given: "302", want: { kind: "success" } }],
    ["404 through a $ref", { given: "404", want: { kind: "error", description: "Not found.", mediaType: "application/problem+json" } }],
    ["a lowercase range is upper-cased", { given: "4XX", want: { kind: "error", description: "Client error." } }],
    ["5XX", { given: "5XX", want: { kind: "error" } }],
    ["default keeps its spelling (openapi-typescript's key; the python runtime looks it up)", { given: "default", want: { kind: "default", description: "Anything else." } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const response = responses.find((candidate) => candidate.status === given);
    expect(response).toMatchObject({ status: given, ...want });
  });

  it("keeps every status in spec order, and no type where there is no body", () => {
    expect(responses.map((response) => response.status)).toEqual(["200", "204", "302", "404", "4XX", "5XX", "default"]);
    expect(responses.find((response) => response.status === "204")).not.toHaveProperty("type");
  });
});

describe("security", () => {
  const schemes = {
    ApiKey: { type: "apiKey", in: "header", name: "X-Api-Key", description: "The key." },
    Bearer: { type: "http", scheme: "Bearer", bearerFormat: "JWT" },
    OAuth: { type: "oauth2", flows: {} },
  };
  const securityOf = (root: unknown, operation: unknown) => {
    const document = api({ components: { securitySchemes: schemes }, paths: { "/pets": { get: op("list_pets", operation === undefined ? {} : { security: operation }) } } });
    if (root !== undefined) document.security = root;
    return onlyOperation(document).security;
  };

  const cases: Array<[string, { given: { root?: unknown; operation?: unknown }; want: unknown }]> = [
    ["the root requirement applies when the operation has none", { given: { root: [{ ApiKey: [] }] }, want: [[{ scheme: "ApiKey", scopes: [] }]] }],
    ["`security: []` on the operation means no authentication, whatever the root says", { given: { root: [{ ApiKey: [] }], operation: [] }, want: [] }],
    ["`[{}]` is one alternative that needs nothing (optional authentication)", { given: { operation: [{}] }, want: [[]] }],
    ["alternatives, each needing all of its schemes, with scopes", { given: { operation: [{ ApiKey: [], Bearer: [] }, { OAuth: ["read", "write"] }] }, want: [[{ scheme: "ApiKey", scopes: [] }, { scheme: "Bearer", scopes: [] }], [{ scheme: "OAuth", scopes: ["read", "write"] }]] }],
    ["no security anywhere", { given: {}, want: [] }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(securityOf(given.root, given.operation)).toEqual(want));

  it("describes the schemes a client has to send", () => {
    const model = buildApiModel(api({ components: { securitySchemes: schemes } }));
    expect(model.securitySchemes).toEqual([
      { name: "ApiKey", type: "apiKey", in: "header", parameterName: "X-Api-Key", description: "The key." },
      { name: "Bearer", type: "http", scheme: "bearer", bearerFormat: "JWT" },
      { name: "OAuth", type: "oauth2" },
    ]);
  });
});

describe("servers", () => {
  const root = [{ url: "https://{region}.api.test/{version}", description: "Production", variables: { region: { default: "eu" }, version: { default: "v1", enum: ["v1", "v2"] } } }];
  const serversOf = (given: { root?: unknown; path?: unknown; operation?: unknown }) => {
    const item: Doc = { get: op("list_pets", given.operation === undefined ? {} : { servers: given.operation }) };
    if (given.path !== undefined) item.servers = given.path;
    const document = api({ paths: { "/pets": item } });
    if (given.root !== undefined) document.servers = given.root;
    const model = buildApiModel(document);
    return { root: model.servers, operation: operations(model)[0]!.servers };
  };

  const cases: Array<[string, { given: { root?: unknown; path?: unknown; operation?: unknown }; want: unknown }]> = [
    ["root servers, variables replaced by their defaults", { given: { root }, want: [{ url: "https://eu.api.test/v1", description: "Production" }] }],
    ["path-level servers win over the root", { given: { root, path: [{ url: "https://path.test" }] }, want: [{ url: "https://path.test" }] }],
    ["operation servers win over path and root", { given: { root, path: [{ url: "https://path.test" }], operation: [{ url: "https://op.test" }] }, want: [{ url: "https://op.test" }] }],
    ["an empty operation list falls back to the path", { given: { root, path: [{ url: "https://path.test" }], operation: [] }, want: [{ url: "https://path.test" }] }],
    ["no servers anywhere: `/`", { given: {}, want: [{ url: "/" }] }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(serversOf(given).operation).toEqual(want));

  it("the model's own servers are the root's", () => expect(serversOf({ root, operation: [{ url: "https://op.test" }] }).root).toEqual([{ url: "https://eu.api.test/v1", description: "Production" }]));
});

describe("pagination (x-pagination)", () => {
  const paginationOf = (extension: unknown) => onlyOperation(api({ paths: { "/pets": { get: op("list_pets", extension === undefined ? {} : { "x-pagination": extension }) } } })).pagination;

  const cases: Array<[string, { given: unknown; want: unknown }]> = [
    ["offset pagination with a total", { given: { style: "offset", limitParam: "limit", offsetParam: "offset", itemsField: "data", totalField: "total_count" }, want: { style: "offset", limitParam: "limit", offsetParam: "offset", itemsField: "data", totalField: "total_count" } }],
    ["without a total", { given: { style: "offset", limitParam: "size", offsetParam: "skip", itemsField: "items" }, want: { style: "offset", limitParam: "size", offsetParam: "skip", itemsField: "items" } }],
    ["none declared: never guessed from parameter names", { given: undefined, want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(paginationOf(given)).toEqual(want));
});

describe("retry policy (x-speakeasy-retries)", () => {
  // The shape Clerk publishes, read from the end of its spec rather than copied here.
  const clerkText = readFileSync(path.join(referenceSpecsDir, "clerk-bapi-2026-05-12.yml"), "utf8");
  const clerkRetries = (parse(clerkText.slice(clerkText.indexOf("\nx-speakeasy-retries:"))) as Doc)["x-speakeasy-retries"];

  const cases: Array<[string, { given: Doc; want: unknown }]> = [
    ["Clerk's x-speakeasy-retries", { given: { "x-speakeasy-retries": clerkRetries }, want: { initialDelayMs: 500, maxDelayMs: 60000, maxElapsedMs: 3600000, exponent: 1.5, statusCodes: ["5XX"], retryConnectionErrors: true } }],
    ["our x-retries, same shape; ranges upper-cased, numbers kept", { given: { "x-retries": { strategy: "backoff", backoff: { initialInterval: 100 }, statusCodes: [429, "5xx"], retryConnectionErrors: false } }, want: { initialDelayMs: 100, statusCodes: [429, "5XX"], retryConnectionErrors: false } }],
    ["non-numbers are ignored", { given: { "x-speakeasy-retries": { backoff: { initialInterval: "500", exponent: Number.NaN } } }, want: {} }],
    ["none", { given: {}, want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(buildApiModel(api(given)).retry).toEqual(want));
});

describe("schemas as TypeRefs", () => {
  const typeOf = (schema: unknown, openapi = "3.1.0") => {
    const model = buildApiModel(api({ openapi, components: { schemas: { Subject: schema, Cat: { type: "object" }, Dog: { type: "object" } } } }));
    return model.schemas[0]!.type;
  };
  const string = { kind: "primitive", type: "string", nullable: false } as const;
  const ref = (name: string, nullable = false): TypeRef => ({ kind: "ref", name, nullable });

  const cases: Array<[string, { given: unknown; openapi?: string; want: TypeRef }]> = [
    ["3.0 `nullable: true`", { given: { type: "string", nullable: true }, openapi: "3.0.3", want: { ...string, nullable: true } }],
    ["3.1 type array with null", { given: { type: ["string", "null"] }, want: { ...string, nullable: true } }],
    ["3.1 type array of two types is a union", { given: { type: ["string", "integer"] }, want: { kind: "union", variants: [string, { kind: "primitive", type: "integer", nullable: false }], nullable: false } }],
    ["format is kept", { given: { type: "string", format: "uuid" }, want: { ...string, format: "uuid" } }],
    ["binary", { given: { type: "string", format: "binary" }, want: { kind: "binary", nullable: false } }],
    ["string enum", { given: { type: "string", enum: ["a", "b"] }, want: { kind: "enum", base: "string", values: ["a", "b"], nullable: false } }],
    ["integer enum with null", { given: { type: "integer", enum: [1, 2, null] }, want: { kind: "enum", base: "integer", values: [1, 2], nullable: true } }],
    ["const", { given: { const: "cat" }, want: { kind: "enum", base: "string", values: ["cat"], nullable: false } }],
    ["allOf of references is an intersection", { given: { allOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }] }, want: { kind: "intersection", parts: [ref("Cat"), ref("Dog")], nullable: false } }],
    [
      "allOf with own properties adds them as a part",
      { given: { allOf: [{ $ref: "#/components/schemas/Cat" }], properties: { age: { type: "integer" } } }, want: { kind: "intersection", parts: [ref("Cat"), { kind: "object", properties: [{ name: "age", type: { kind: "primitive", type: "integer", nullable: false }, required: false, deprecated: false, readOnly: false, writeOnly: false }], additional: undefined, nullable: false }], nullable: false } },
    ],
    ["allOf of one reference is that reference", { given: { allOf: [{ $ref: "#/components/schemas/Cat" }] }, want: ref("Cat") }],
    [
      "oneOf with a discriminator keeps the mapping as schema names",
      {
        given: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }], discriminator: { propertyName: "pet_type", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } } },
        want: { kind: "union", variants: [ref("Cat"), ref("Dog")], discriminator: { propertyName: "pet_type", mapping: { cat: "Cat", dog: "Dog" } }, nullable: false },
      },
    ],
    ["oneOf a reference or null is a nullable reference", { given: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { type: "null" }] }, want: ref("Cat", true) }],
    ["additionalProperties alone is a map", { given: { type: "object", additionalProperties: { type: "integer" } }, want: { kind: "map", values: { kind: "primitive", type: "integer", nullable: false }, nullable: false } }],
    ["additionalProperties: true is a map of anything", { given: { type: "object", additionalProperties: true }, want: { kind: "map", values: { kind: "any", nullable: false }, nullable: false } }],
    [
      "properties plus additionalProperties is an object with both",
      { given: { type: "object", required: ["id"], properties: { id: { type: "string", readOnly: true, description: "The id." } }, additionalProperties: { type: "string" } }, want: { kind: "object", properties: [{ name: "id", type: string, required: true, deprecated: false, readOnly: true, writeOnly: false, description: "The id." }], additional: string, nullable: false } },
    ],
    ["an empty schema is anything", { given: {}, want: { kind: "any", nullable: false } }],
  ];
  it.each(cases)("%s", (_, { given, openapi, want }) => expect(typeOf(given, openapi)).toEqual(want));

  it("a recursive schema stays a reference to itself", () => {
    const model = buildApiModel(
      api({ components: { schemas: { Node: { type: "object", properties: { value: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, parent: { oneOf: [{ $ref: "#/components/schemas/Node" }, { type: "null" }] } } } } } }),
    );
    const node = model.schemas[0]!;
    expect(node.type.kind).toBe("object");
    const properties = node.type.kind === "object" ? node.type.properties : [];
    expect(properties.map((property) => [property.name, property.type])).toEqual([
      ["value", string],
      ["children", { kind: "array", items: ref("Node"), nullable: false }],
      ["parent", ref("Node", true)],
    ]);
  });

  it("reads an OpenAPI 3.0 fixture like its 3.1 equivalent", () => {
    const model = buildApiModel(readDocument(path.join(projectRoot, "test/fixtures/model/openapi-3.0-nullable.yaml")));
    const pet = model.schemas.find((schema) => schema.name === "Pet")!;
    const properties = pet.type.kind === "object" ? pet.type.properties : [];
    expect(Object.fromEntries(properties.map((property) => [property.name, property.type]))).toEqual({
      name: string,
      nickname: { ...string, nullable: true },
      size: { kind: "enum", base: "string", values: ["small", "large"], nullable: true },
      owner: ref("Owner", true),
    });
    expect(operations(model)[0]!.servers).toEqual([{ url: "https://pets.example.test" }]);
    expect(model.servers).toEqual([{ url: "/" }]);
  });
});

describe("refusals name the JSON pointer of the node at fault", () => {
  const schemes = { ApiKey: { type: "apiKey", in: "header", name: "X-Api-Key" } };
  const cases: Array<[string, { given: Doc; want: { where: string; message: RegExp } }]> = [
    ["a missing operationId", { given: api({ paths: { "/pets": { get: { responses: OK } } } }), want: { where: "#/paths/~1pets/get/operationId", message: /no operationId/ } }],
    [
      "a duplicate operationId (names both)",
      { given: api({ paths: { "/a": { get: op("list") }, "/b": { post: op("list") } } }), want: { where: "#/paths/~1b/post/operationId", message: /"list" is also used at #\/paths\/~1a\/get\b/ } },
    ],
    ["a path template without its parameter", { given: api({ paths: { "/pets/{petId}": { get: op("get_pet") } } }), want: { where: "#/paths/~1pets~1{petId}/get", message: /\{petId\} has no path parameter/ } }],
    [
      "a path template whose parameter is in the query instead",
      { given: api({ paths: { "/pets/{petId}": { get: op("get_pet", { parameters: [{ name: "petId", in: "query", schema: { type: "string" } }] }) } } }), want: { where: "#/paths/~1pets~1{petId}/get", message: /\{petId\}/ } },
    ],
    [
      "`type: strnig` in a component schema",
      { given: api({ components: { schemas: { Pet: { type: "object", properties: { name: { type: "strnig" } } } } } }), want: { where: "#/components/schemas/Pet/properties/name/type", message: /"strnig" is not a JSON Schema type/ } },
    ],
    [
      "`type: strnig` in a parameter schema",
      { given: api({ paths: { "/pets": { get: op("list_pets", { parameters: [{ name: "q", in: "query", schema: { type: ["strnig", "null"] } }] }) } } }), want: { where: "#/paths/~1pets/get/parameters/0/schema/type", message: /"strnig"/ } },
    ],
    [
      "a header parameter name with CR/LF",
      { given: api({ paths: { "/pets": { get: op("list_pets", { parameters: [{ name: "X-A\r\nX-Injected: 1", in: "header", schema: { type: "string" } }] }) } } }), want: { where: "#/paths/~1pets/get/parameters/0/name", message: /contains CR, LF or NUL/ } },
    ],
    [
      "a header parameter name with LF, through a $ref",
      {
        given: api({ components: { parameters: { Bad: { name: "X-A\nB", in: "header", schema: { type: "string" } } } }, paths: { "/pets": { get: op("list_pets", { parameters: [{ $ref: "#/components/parameters/Bad" }] }) } } }),
        want: { where: "#/components/parameters/Bad/name", message: /contains CR, LF or NUL/ },
      },
    ],
    ["an apiKey header name with CR", { given: api({ components: { securitySchemes: { Key: { type: "apiKey", in: "header", name: "X-Key\r" } } } }), want: { where: "#/components/securitySchemes/Key/name", message: /CR, LF or NUL/ } }],
    [
      "an undefined security scheme on the operation",
      { given: api({ components: { securitySchemes: schemes }, paths: { "/pets": { get: op("list_pets", { security: [{ ApiKey: [] }, { Nope: [] }] }) } } }), want: { where: "#/paths/~1pets/get/security", message: /"Nope" is not defined in components.securitySchemes/ } },
    ],
    [
      "an undefined security scheme at the root (the operation has no security of its own)",
      { given: api({ security: [{ Nope: [] }], components: { securitySchemes: schemes }, paths: { "/pets": { get: op("list_pets") } } }), want: { where: "#/security", message: /"Nope" is not defined/ } },
    ],
    [
      "a $ref that points at nothing",
      { given: api({ paths: { "/pets": { get: op("list_pets", { parameters: [{ $ref: "#/components/parameters/Nope" }] }) } } }), want: { where: "#/paths/~1pets/get/parameters/0", message: /points at nothing/ } },
    ],
    ["a response key that is not a status", { given: api({ paths: { "/pets": { get: op("list_pets", { responses: { "299x": { description: "?" } } }) } } }), want: { where: "#/paths/~1pets/get/responses/299x", message: /is not a status code/ } }],
    ["invalid x-pagination", { given: api({ paths: { "/pets": { get: op("list_pets", { "x-pagination": { style: "cursor" } }) } } }), want: { where: "#/paths/~1pets/get/x-pagination", message: /style: offset/ } }],
    ["a Swagger 2.0 document", { given: { swagger: "2.0", info: { title: "Old", version: "1" }, paths: {} }, want: { where: "#/openapi", message: /only OpenAPI 3\.0 and 3\.1 are supported \(found "2\.0"\)/ } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const error = refusal(given);
    expect(error.where).toBe(want.where);
    expect(error.message).toMatch(want.message);
    expect(error.message.startsWith(`${want.where}: `)).toBe(true);
  });
});

describe("the canonical bundle (generated/openapi.json)", () => {
  const document = readBundle();
  const model = buildApiModel(document);

  it("has one group per tag, in spec order; operations in path order, methods in HTTP_METHODS order", () => {
    expect(model.title).toBe("Invitations API");
    expect(model.groups.map((group) => [group.tag, group.operations.map((operation) => operation.operationId)])).toEqual([
      ["Invitation", ["post_invitation", "delete_invitation", "get_invitations"]],
      [
        "Organization Invitations",
        [
          "list_instance_organization_invitations",
          "list_organization_invitations",
          "create_organization_invitation",
          "create_organization_invitation_bulk",
          "list_pending_organization_invitations",
          "get_organization_invitation",
          "revoke_organization_invitation",
        ],
      ],
    ]);
  });

  it("every operation and parameter pointer resolves to its node", () => {
    for (const operation of operations(model)) {
      expect(at(document, operation.pointer)).toMatchObject({ operationId: operation.operationId });
      for (const parameter of operation.parameters) expect(at(document, parameter.pointer)).toMatchObject({ name: parameter.name, in: parameter.in });
    }
  });

  it("reads Trieve's header parameter, scopes and responses", () => {
    const operation = operations(model).find((candidate) => candidate.operationId === "post_invitation")!;
    expect(operation.parameters).toContainEqual(expect.objectContaining({ name: "TR-Organization", in: "header", required: true, style: "simple", explode: false, pointer: "#/components/parameters/TROrganization" }));
    expect(operation.security).toEqual([[{ scheme: "ApiKey", scopes: ["admin"] }]]);
    expect(operation.requestBody?.mediaType).toBe("application/json");
    expect(operation.responses.map((response) => [response.status, response.kind])).toEqual([
      ["204", "success"],
      ["400", "error"],
    ]);
  });

  it("reads Clerk's path-level parameter, bearer auth and offset pagination", () => {
    const list = operations(model).find((candidate) => candidate.operationId === "list_organization_invitations")!;
    expect(list.parameters[0]).toMatchObject({ name: "organization_id", in: "path", required: true, style: "simple", explode: false });
    expect(list.security).toEqual([[{ scheme: "bearerAuth", scopes: [] }]]);
    expect(list.pagination).toEqual({ style: "offset", limitParam: "limit", offsetParam: "offset", itemsField: "data", totalField: "total_count" });
  });

  it("takes each operation's servers from the operation, else its path, else the root", () => {
    for (const operation of operations(model)) {
      const item = at(document, `#/paths/${operation.path.replace(/~/g, "~0").replace(/\//g, "~1")}`) as Doc;
      const declared = ((item[operation.method] as Doc).servers ?? item.servers ?? document.servers) as Array<{ url: string; description?: string }>;
      expect(operation.servers).toEqual(declared.map(({ url, description }) => (description === undefined ? { url } : { url, description })));
    }
  });

  it("has every component schema, in spec order", () => {
    expect(model.schemas.map((schema) => schema.name)).toEqual(Object.keys((document.components as Doc).schemas as Doc));
    for (const schema of model.schemas) expect(at(document, schema.pointer)).toBeTypeOf("object");
  });
});

describe("vendor specs build", () => {
  it("Clerk's Backend API (OpenAPI 3.0.3), with its retry policy", () => {
    const model = buildApiModel(parse(readFileSync(path.join(referenceSpecsDir, "clerk-bapi-2026-05-12.yml"), "utf8")) as Doc);
    expect(operations(model).length).toBeGreaterThan(200);
    expect(model.retry).toEqual({ initialDelayMs: 500, maxDelayMs: 60000, maxElapsedMs: 3600000, exponent: 1.5, statusCodes: ["5XX"], retryConnectionErrors: true });
  });

  it("Trieve's API (OpenAPI JSON)", () => {
    const model = buildApiModel(readDocument(path.join(referenceSpecsDir, "trieve-openapi.json")));
    expect(operations(model).length).toBeGreaterThan(100);
    expect(new Set(operations(model).map((operation) => operation.operationId)).size).toBe(operations(model).length);
  });
});

describe("media types are header values", () => {
  const cases: Array<[string, { given: Doc; want: { where: string; shown: string } }]> = [
    [
      "a request media type with CR/LF (it becomes the Content-Type header)",
      {
        given: api({ paths: { "/pets": { post: op("add_pet", { requestBody: { content: { "application/json\r\nX-Injected: 1": { schema: { type: "object" } } } } }) } } }),
        want: { where: "#/paths/~1pets/post/requestBody/content/application~1json\r\nX-Injected: 1", shown: "#/paths/~1pets/post/requestBody/content/application~1json\\r\\nX-Injected: 1: " },
      },
    ],
    [
      "a response media type with NUL",
      {
        given: api({ paths: { "/pets": { get: op("list_pets", { responses: { "200": { description: "ok", content: { "text/plain\0": { schema: { type: "string" } } } } } }) } } }),
        want: { where: "#/paths/~1pets/get/responses/200/content/text~1plain\0", shown: "#/paths/~1pets/get/responses/200/content/text~1plain\\u0000: " },
      },
    ],
  ];
  it.each(cases)("refuses %s at its pointer, shown on one line", (_, { given, want }) => {
    let error: PipelineError | undefined;
    try {
      buildApiModel(given);
    } catch (caught) {
      error = caught as PipelineError;
    }
    expect(error).toBeInstanceOf(PipelineError);
    expect(error!.where).toBe(want.where);
    expect(error!.message.startsWith(want.shown)).toBe(true);
    expect(error!.message).toMatch(/contains a control character/);
  });
});
