// What the contract tests need to know about each operation, from the bundle through the project's
// own model and TypeScript naming strategy: nothing here is a hand-kept table per operation.
import { bodyWireName } from "../../../scripts/lib/flavors/typescript-view.js";
import { buildApiModel } from "../../../scripts/lib/model/build-api-model.js";
import { typescriptNaming } from "../../../scripts/lib/naming/typescript.js";
import { deref, listOperations, readBundle, type Json, type JsonObject } from "../../support/openapi-doc.js";

export type ParameterLocation = "path" | "query" | "header" | "cookie";

export interface ContractOperation {
  operationId: string;
  /** Upper case, as openapi-fetch's methods are named: `GET`. */
  method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  /** Path template. */
  path: string;
  /** The sdk client's property for the operation's API (tag): `organizationInvitations`. */
  apiProperty: string;
  /** The sdk method: `listOrganizationInvitations`. */
  methodName: string;
  /** Each parameter's wire name, location and sdk argument name. */
  parameters: ReadonlyArray<{ wireName: string; location: ParameterLocation; argName: string }>;
  /** The sdk argument the request body goes in, when there is a body. */
  bodyArgName: string | undefined;
  /** Scheme names of each security alternative; `[]` when the operation needs no credential. */
  security: ReadonlyArray<readonly string[]>;
  /** Documented statuses ("200", "404", "4XX", "default"), each with its JSON schema when it has content. */
  responses: ReadonlyMap<string, { schema: Json | undefined }>;
}

function responsesOf(bundle: JsonObject): Map<string, Map<string, { schema: Json | undefined }>> {
  const byOperation = new Map<string, Map<string, { schema: Json | undefined }>>();
  for (const entry of listOperations(bundle)) {
    const responses = new Map<string, { schema: Json | undefined }>();
    for (const [status, raw] of Object.entries((entry.operation.responses ?? {}) as JsonObject)) {
      const content = ((deref(bundle, raw) as JsonObject).content ?? {}) as JsonObject;
      const media = Object.entries(content).find(([type]) => /json/i.test(type))?.[1] as JsonObject | undefined;
      responses.set(status, { schema: media?.schema });
    }
    byOperation.set(String(entry.operation.operationId), responses);
  }
  return byOperation;
}

/** Every operation of `bundle`, keyed by operationId. */
export function readContractOperations(bundle: JsonObject = readBundle()): ReadonlyMap<string, ContractOperation> {
  const model = buildApiModel(bundle);
  const responses = responsesOf(bundle);
  const operations = new Map<string, ContractOperation>();
  for (const group of model.groups) {
    for (const operation of group.operations) {
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: operation.method.toUpperCase() as ContractOperation["method"],
        path: operation.path,
        apiProperty: typescriptNaming.parameterName(group.tag),
        methodName: typescriptNaming.methodName(operation.operationId),
        parameters: operation.parameters.map((parameter) => ({
          wireName: parameter.name,
          location: parameter.in,
          argName: typescriptNaming.parameterName(parameter.name),
        })),
        bodyArgName: operation.requestBody ? typescriptNaming.parameterName(bodyWireName(operation)) : undefined,
        security: operation.security.map((alternative) => alternative.map((requirement) => requirement.scheme)),
        responses: responses.get(operation.operationId) ?? new Map(),
      });
    }
  }
  return operations;
}

/** The operation a scenario names. @throws Error when the bundle has no such operationId. */
export function operationFor(operations: ReadonlyMap<string, ContractOperation>, operationId: string): ContractOperation {
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`no operation ${JSON.stringify(operationId)} in the bundle`);
  return operation;
}
