// The response validator the contract scenarios rely on really rejects what the spec does not allow.
import { describe, expect, it } from "vitest";
import { readBundle } from "../support/openapi-doc.js";
import { operationFor, readContractOperations } from "./support/contract-operations.js";
import { createResponseValidator } from "./support/response-validator.js";

const bundle = readBundle();
const operations = readContractOperations(bundle);
const validate = createResponseValidator(bundle);

const invitation = {
  id: "0d3f2a8e-7c41-4f6b-9a2e-5c8d1b7e4f90",
  email: "priya.raman@northwind-labs.com",
  organization_id: "5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41",
  role: 1,
  scopes: ["read"],
  used: false,
  created_at: "2026-11-02T09:15:00Z",
  updated_at: "2026-11-02T09:15:00Z",
};

describe("createResponseValidator", () => {
  it.each([
    ["a valid list", { given: ["get_invitations", 200, [invitation]], want: 0 }],
    ["a vendor error body", { given: ["get_invitations", 400, { message: "Organization id in path does not match TR-Organization header" }], want: 0 }],
    ["no body for a 204", { given: ["post_invitation", 204, undefined], want: 0 }],
    ["a date-time that is not RFC 3339", { given: ["get_invitations", 200, [{ ...invitation, created_at: "2021-01-01 00:00:00.000" }]], want: 1 }],
    ["a missing required field", { given: ["get_invitations", 200, [{ ...invitation, email: undefined }]], want: 1 }],
    ["an error body of the other vendor", { given: ["get_invitations", 400, { errors: [] }], want: 1 }],
    ["a Clerk error without errors", { given: ["get_organization_invitation", 404, { message: "not found" }], want: 1 }],
    ["a body where none is documented", { given: ["post_invitation", 204, { ok: true }], want: 1 }],
    ["an undocumented status", { given: ["post_invitation", 500, { message: "boom" }], want: 1 }],
  ] as const)("%s", (_name, { given: [operationId, status, body], want }) => {
    const problems = validate(operationFor(operations, operationId), status, JSON.parse(JSON.stringify(body ?? null)) ?? undefined);
    if (want === 0) expect(problems).toEqual([]);
    else expect(problems.length).toBeGreaterThanOrEqual(want);
  });
});
