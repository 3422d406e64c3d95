// Validates response bodies against the schemas the bundle documents, with Ajv (JSON Schema
// 2020-12, formats checked), as test/unit/spec/examples.test.ts does for the examples.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Json, JsonObject } from "../../support/openapi-doc.js";
import type { ContractOperation } from "./contract-operations.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Which documented response a status falls under: exact, then `4XX`, then `default`. */
export function documentedStatus(operation: ContractOperation, status: number): string | undefined {
  const candidates = [String(status), `${String(status)[0]}XX`, "default"];
  return candidates.find((candidate) => operation.responses.has(candidate));
}

export type ResponseValidator = (operation: ContractOperation, status: number, body: unknown) => string[];

/**
 * A validator for `bundle`'s responses: it returns one message per problem (`[]` when the body is
 * what the spec documents for that status), including "status not documented" and "a body where the
 * spec documents none".
 */
export function createResponseValidator(bundle: JsonObject): ResponseValidator {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema({ $id: "bundle", components: bundle.components } as object);
  // Schemas in the bundle refer to `#/components/...`; rebase them onto the registered document.
  const rebase = (schema: Json): Json => JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"bundle#/components/'));
  const compiled = new Map<string, ValidateFunction>();
  return (operation, status, body) => {
    const key = documentedStatus(operation, status);
    if (key === undefined) return [`${operation.operationId} documents no ${status} response`];
    const schema = operation.responses.get(key)?.schema;
    if (schema === undefined) {
      return body === undefined || body === "" ? [] : [`${operation.operationId} ${key} documents no body, got ${JSON.stringify(body).slice(0, 200)}`];
    }
    const cacheKey = `${operation.operationId} ${key}`;
    let validate = compiled.get(cacheKey);
    if (!validate) {
      validate = ajv.compile(rebase(schema) as object);
      compiled.set(cacheKey, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${operation.operationId} ${key}: ${error.instancePath || "(body)"} ${error.message}`);
  };
}
