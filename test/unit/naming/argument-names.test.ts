// Argument names for real specs: names that collide after case conversion fall back to their wire
// names; only a collision that remains is an error naming both pointers.
import { describe, expect, it } from "vitest";
import type { ParameterModel } from "../../../scripts/lib/model/api-model.js";
import { assignArgumentNames, type ArgumentItem } from "../../../scripts/lib/naming/argument-names.js";
import type { NamingStrategy } from "../../../scripts/lib/naming/naming-strategy.js";
import { pythonNaming } from "../../../scripts/lib/naming/python.js";
import { rubyNaming } from "../../../scripts/lib/naming/ruby.js";
import { typescriptNaming } from "../../../scripts/lib/naming/typescript.js";

const parameter = (name: string, location: ParameterModel["in"], index: number): ArgumentItem => ({
  wireName: name,
  pointer: `#/paths/~1x/get/parameters/${index}`,
  parameter: { name, in: location, required: false, deprecated: false, type: { kind: "any", nullable: false }, style: "form", explode: true, pointer: `#/paths/~1x/get/parameters/${index}` },
});
const body = (name: string): ArgumentItem => ({ wireName: name, pointer: "#/paths/~1x/get/requestBody" });

const cases: Array<[string, { given: { naming: NamingStrategy; items: ArgumentItem[] }; want: string[] | RegExp }]> = [
  ["no collision: the language's casing", { given: { naming: typescriptNaming, items: [parameter("TR-Organization", "header", 0), body("InvitationData")] }, want: ["trOrganization", "invitationData"] }],
  ["Clerk's frontendApi beside frontend_api (TypeScript)", { given: { naming: typescriptNaming, items: [parameter("frontendApi", "query", 0), parameter("frontend_api", "query", 1)] }, want: ["frontendApi", "frontend_api"] }],
  ["Clerk's frontendApi beside frontend_api (Python)", { given: { naming: pythonNaming, items: [parameter("frontendApi", "query", 0), parameter("frontend_api", "query", 1)] }, want: ["frontendapi", "frontend_api"] }],
  ["the same wire name in path and query gets the location", { given: { naming: rubyNaming, items: [parameter("id", "path", 0), parameter("id", "query", 1)] }, want: ["id_path", "id_query"] }],
  ["a collision that remains is an error naming both pointers", { given: { naming: pythonNaming, items: [parameter("user-id", "query", 0), parameter("user.id", "header", 1)] }, want: /argument name in op "user_id" would name both #\/paths\/~1x\/get\/parameters\/0 and #\/paths\/~1x\/get\/parameters\/1/ }],
];

describe("assignArgumentNames", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const assign = () => [...assignArgumentNames(given.items, given.naming, "op").values()];
    if (want instanceof RegExp) expect(assign).toThrow(want);
    else expect(assign()).toEqual(want);
  });
});
