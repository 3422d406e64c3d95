// Every example in the bundle validates against the schema it illustrates: the mock serves these,
// and frontend developers build pages on them.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { deref, listOperations, operationParameters, readBundle, type Json, type JsonObject } from "../../support/openapi-doc.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const bundle = readBundle();

function createValidator(doc: JsonObject) {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema({ $id: "bundle", components: doc.components } as object);
  // Schemas in the bundle refer to `#/components/...`; rebase them onto the registered document.
  const rebase = (schema: Json): Json => JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"bundle#/components/'));
  return (schema: Json, value: Json) => {
    const validate = ajv.compile(rebase(schema) as object);
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

interface ExampleCase {
  where: string;
  schema: Json;
  value: Json;
}

function collectExamples(doc: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromMediaTypes = (where: string, content: Json | undefined) => {
    for (const [mediaType, raw] of Object.entries((content ?? {}) as JsonObject)) {
      const media = raw as JsonObject;
      for (const [name, example] of Object.entries((media.examples ?? {}) as JsonObject)) {
        cases.push({ where: `${where} ${mediaType} example "${name}"`, schema: media.schema ?? {}, value: (deref(doc, example) as JsonObject).value ?? null });
      }
      if (media.example !== undefined) cases.push({ where: `${where} ${mediaType} example`, schema: media.schema ?? {}, value: media.example });
    }
  };
  for (const entry of listOperations(doc)) {
    const id = `${entry.method.toUpperCase()} ${entry.path}`;
    for (const parameter of operationParameters(doc, entry)) {
      if (parameter.example !== undefined) cases.push({ where: `${id} parameter ${parameter.name}`, schema: parameter.schema ?? {}, value: parameter.example });
    }
    const body = deref(doc, entry.operation.requestBody) as JsonObject | undefined;
    fromMediaTypes(`${id} request body`, body?.content);
    for (const [status, raw] of Object.entries((entry.operation.responses ?? {}) as JsonObject)) {
      fromMediaTypes(`${id} ${status}`, (deref(doc, raw) as JsonObject).content);
    }
  }
  return cases;
}

const validateAgainst = createValidator(bundle);
const cases = collectExamples(bundle);

describe("examples in the bundle", () => {
  it("covers every request body and response that has JSON content", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((example) => [example.where, example] as const))("%s validates against its schema", (_where, example) => {
    expect(validateAgainst(example.schema, example.value)).toEqual([]);
  });

  it("rejects the vendor's own Invitation example (not an RFC 3339 date-time)", () => {
    const vendorExample = {
      created_at: "2021-01-01 00:00:00.000",
      email: "trieve@trieve.ai",
      id: "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
      organization_id: "e3e3e3e3-e3e3-e3e3-e3e3-e3e3e3e3e3e3",
      role: 1,
      updated_at: "2021-01-01 00:00:00.000",
      used: false,
    };
    const errors = validateAgainst({ $ref: "#/components/schemas/Invitation" }, vendorExample);
    expect(errors).toContain('/created_at must match format "date-time"');
  });

  it("keeps list examples consistent: total_count equals the items shown", () => {
    for (const example of cases) {
      const value = example.value as JsonObject | null;
      if (value && typeof value === "object" && !Array.isArray(value) && "total_count" in value) {
        expect(value.total_count, example.where).toBe((value.data as Json[]).length);
      }
    }
  });

  it("uses no placeholder values a generator would invent", () => {
    const text = JSON.stringify(cases.map((example) => example.value));
    expect(text).not.toMatch(/"string"|-9007199254740991|_example"/);
  });
});
