// The bundle holds exactly the operations we promise, and each one is wire-faithful to the vendor's
// published spec: same method, path, parameters (name, location, required, type), request body
// fields, status codes, response fields and auth. Known deviations are listed here, with the reason.
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  deref,
  listOperations,
  operationParameters,
  readBundle,
  readDocument,
  referenceSpecsDir,
  type Json,
  type JsonObject,
  type OperationEntry,
} from "../../support/openapi-doc.js";

const bundle = readBundle();
const trieve = readDocument(path.join(referenceSpecsDir, "trieve-openapi.json"));
const clerk = readDocument(path.join(referenceSpecsDir, "clerk-bapi-2026-05-12.yml"));

interface Expected {
  operationId: string;
  method: string;
  path: string;
  vendor: "trieve" | "clerk";
  vendorPath: string;
  statuses: string[];
}

const EXPECTED: Expected[] = [
  { operationId: "post_invitation", method: "post", path: "/api/invitation", vendor: "trieve", vendorPath: "/api/invitation", statuses: ["204", "400"] },
  { operationId: "delete_invitation", method: "delete", path: "/api/invitation/{invitation_id}", vendor: "trieve", vendorPath: "/api/invitation/{invitation_id}", statuses: ["204", "400"] },
  { operationId: "get_invitations", method: "get", path: "/api/invitations/{organization_id}", vendor: "trieve", vendorPath: "/api/invitations/{organization_id}", statuses: ["200", "400"] },
  { operationId: "list_instance_organization_invitations", method: "get", path: "/v1/organization_invitations", vendor: "clerk", vendorPath: "/organization_invitations", statuses: ["200", "400", "404", "422", "500"] },
  { operationId: "create_organization_invitation", method: "post", path: "/v1/organizations/{organization_id}/invitations", vendor: "clerk", vendorPath: "/organizations/{organization_id}/invitations", statuses: ["200", "400", "402", "403", "404", "422"] },
  { operationId: "list_organization_invitations", method: "get", path: "/v1/organizations/{organization_id}/invitations", vendor: "clerk", vendorPath: "/organizations/{organization_id}/invitations", statuses: ["200", "400", "404", "422"] },
  { operationId: "create_organization_invitation_bulk", method: "post", path: "/v1/organizations/{organization_id}/invitations/bulk", vendor: "clerk", vendorPath: "/organizations/{organization_id}/invitations/bulk", statuses: ["200", "400", "403", "404", "422"] },
  { operationId: "list_pending_organization_invitations", method: "get", path: "/v1/organizations/{organization_id}/invitations/pending", vendor: "clerk", vendorPath: "/organizations/{organization_id}/invitations/pending", statuses: ["200", "400", "404"] },
  { operationId: "get_organization_invitation", method: "get", path: "/v1/organizations/{organization_id}/invitations/{invitation_id}", vendor: "clerk", vendorPath: "/organizations/{organization_id}/invitations/{invitation_id}", statuses: ["200", "400", "403", "404"] },
  { operationId: "revoke_organization_invitation", method: "post", path: "/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke", vendor: "clerk", vendorPath: "/organizations/{organization_id}/invitations/{invitation_id}/revoke", statuses: ["200", "400", "403", "404"] },
];

/** Deliberate differences from the vendor, each explained in the spec beside it. */
const DEVIATIONS = {
  // Clerk declares one `status` string but documents (and serves) repeated values.
  repeatedStatusFilter: (parameter: JsonObject) => parameter.name === "status" && parameter.in === "query",
  // Clerk leaves this body optional although its schema requires two fields: it can never be omitted.
  requiredBodyOperations: new Set(["create_organization_invitation"]),
};

const ours = new Map(listOperations(bundle).map((entry) => [`${entry.method} ${entry.path}`, entry]));

function vendorEntry(expected: Expected): { doc: JsonObject; entry: OperationEntry } {
  const doc = expected.vendor === "trieve" ? trieve : clerk;
  const entry = listOperations(doc).find((candidate) => candidate.method === expected.method && candidate.path === expected.vendorPath);
  if (!entry) throw new Error(`vendor has no ${expected.method} ${expected.vendorPath}`);
  return { doc, entry };
}

/** The JSON type(s) of a schema, reading 3.0 `nullable` and 3.1 type arrays alike. */
function typesOf(doc: JsonObject, raw: Json | undefined): string[] {
  const schema = (deref(doc, raw) ?? {}) as JsonObject;
  const declared = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  const types = new Set(declared);
  if (schema.nullable === true) types.add("null");
  if (types.size === 0 && schema.properties) types.add("object");
  return [...types].sort();
}

/** Property name -> types, plus the required set, merging `allOf` members as the wire sees them. */
function shapeOf(doc: JsonObject, raw: Json | undefined): { properties: Record<string, string[]>; required: string[]; items?: ReturnType<typeof shapeOf> } {
  const schema = (deref(doc, raw) ?? {}) as JsonObject;
  if (typesOf(doc, schema).includes("array")) return { properties: {}, required: [], items: shapeOf(doc, schema.items) };
  const properties: Record<string, string[]> = {};
  const required = new Set<string>((schema.required ?? []) as string[]);
  for (const member of [schema, ...((schema.allOf ?? []) as Json[]).map((part) => deref(doc, part) as JsonObject)]) {
    for (const [name, property] of Object.entries((member.properties ?? {}) as JsonObject)) properties[name] = typesOf(doc, property);
    for (const name of (member.required ?? []) as string[]) required.add(name);
  }
  return { properties, required: [...required].sort() };
}

function jsonSchemaOf(doc: JsonObject, container: Json | undefined): Json | undefined {
  const content = ((deref(doc, container) ?? {}) as JsonObject).content as JsonObject | undefined;
  return (content?.["application/json"] as JsonObject | undefined)?.schema;
}

function securitySchemesOf(doc: JsonObject, entry: OperationEntry): string[] {
  const requirements = (entry.operation.security ?? doc.security ?? []) as JsonObject[];
  return requirements.flatMap((requirement) => Object.keys(requirement)).sort();
}

describe("the bundle's operations", () => {
  it("are exactly the promised ones, each with its operationId", () => {
    const actual = listOperations(bundle).map((entry) => `${entry.operation.operationId} ${entry.method.toUpperCase()} ${entry.path}`).sort();
    const wanted = EXPECTED.map((expected) => `${expected.operationId} ${expected.method.toUpperCase()} ${expected.path}`).sort();
    expect(actual).toEqual(wanted);
  });

  describe.each(EXPECTED.map((expected) => [expected.operationId, expected] as const))("%s", (_id, expected) => {
    const entry = ours.get(`${expected.method} ${expected.path}`)!;
    const vendor = vendorEntry(expected);

    it("has the vendor's status codes", () => {
      const statuses = Object.keys(entry.operation.responses as JsonObject).sort();
      expect(statuses).toEqual(expected.statuses);
      expect(statuses).toEqual(Object.keys(vendor.entry.operation.responses as JsonObject).sort());
    });

    it("has the vendor's parameters: name, location, required and type", () => {
      const describeParameters = (doc: JsonObject, list: JsonObject[], deviate: boolean) =>
        list
          .map((parameter) => {
            const types = deviate && DEVIATIONS.repeatedStatusFilter(parameter) ? ["(repeated) " + typesOf(doc, (deref(doc, parameter.schema) as JsonObject).items).join("|")] : typesOf(doc, parameter.schema);
            return `${parameter.in} ${parameter.name} required=${parameter.required === true} ${types.join("|")}`;
          })
          .sort();
      const vendorParameters = describeParameters(vendor.doc, operationParameters(vendor.doc, vendor.entry), false).map((line) =>
        line.startsWith("query status ") ? line.replace(/ string$/, " (repeated) string") : line,
      );
      expect(describeParameters(bundle, operationParameters(bundle, entry), true)).toEqual(vendorParameters);
    });

    it("has the vendor's request body: required flag, fields and their types", () => {
      const ourBody = deref(bundle, entry.operation.requestBody) as JsonObject | undefined;
      const vendorBody = deref(vendor.doc, vendor.entry.operation.requestBody) as JsonObject | undefined;
      const vendorRequired = vendorBody?.required === true || DEVIATIONS.requiredBodyOperations.has(expected.operationId);
      expect(ourBody?.required === true).toBe(vendorRequired);
      expect(shapeOf(bundle, jsonSchemaOf(bundle, ourBody))).toEqual(shapeOf(vendor.doc, jsonSchemaOf(vendor.doc, vendorBody)));
    });

    it("has the vendor's response bodies for every status", () => {
      for (const status of expected.statuses) {
        const responses = (name: JsonObject) => name.responses as JsonObject;
        expect(shapeOf(bundle, jsonSchemaOf(bundle, responses(entry.operation)[status])), status).toEqual(
          shapeOf(vendor.doc, jsonSchemaOf(vendor.doc, responses(vendor.entry.operation)[status])),
        );
      }
    });

    it("uses the vendor's auth scheme on the same header", () => {
      const ourSchemes = securitySchemesOf(bundle, entry);
      expect(ourSchemes).toEqual(securitySchemesOf(vendor.doc, vendor.entry));
      for (const name of ourSchemes) {
        const scheme = (name: string, doc: JsonObject) => ((doc.components as JsonObject).securitySchemes as JsonObject)[name];
        expect(scheme(name, bundle)).toMatchObject(
          Object.fromEntries(Object.entries(scheme(name, vendor.doc) as JsonObject).filter(([key]) => key !== "description")),
        );
      }
    });

    it("keeps the vendor's deprecation flag", () => {
      expect(entry.operation.deprecated === true).toBe(vendor.entry.operation.deprecated === true);
    });
  });
});
