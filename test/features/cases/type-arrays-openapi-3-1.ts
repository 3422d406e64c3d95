import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { property } from "../support/model-lookup.js";

export const typeArraysOpenapi31: FeatureCase = {
  fixture: "type-arrays-openapi-3-1",
  proves: "OpenAPI 3.1 type arrays with \"null\", a union of two primitive types, and oneOf with type: \"null\"",
  model(model) {
    expect(property(model, "Record", "note").type).toEqual({ kind: "primitive", type: "string", nullable: true });
    expect(property(model, "Record", "count").type).toEqual({ kind: "primitive", type: "integer", nullable: true });
    expect(property(model, "Record", "labels").type).toMatchObject({ kind: "array", nullable: true });
    expect(property(model, "Record", "extra").type).toMatchObject({ kind: "object", nullable: true });
    expect(property(model, "Record", "id").type).toMatchObject({ kind: "union", variants: [{ type: "string" }, { type: "integer" }], nullable: false });
    expect(property(model, "Record", "owner").type).toEqual({ kind: "ref", name: "Owner", nullable: true });
  },
  typedUsage: `
import type { GetRecordParams, GetRecordResult } from "../sdk/src/index.js";

export const empty: GetRecordResult = { id: 1, note: null, count: null, labels: null, extra: null, owner: null };
export const full: GetRecordResult = { id: "r1", note: "n", count: 2, labels: ["a"], extra: { source: "s" }, owner: { name: "Ada" } };
export const byNumber: GetRecordParams = { id: 7 };
// @ts-expect-error id is a string or an integer, never null
export const noId: GetRecordResult = { ...empty, id: null };
`,
  async sdk({ sdk, server }) {
    const body = { id: 7, note: null, count: null, labels: null, extra: null, owner: null };
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await sdk.operation("getRecord")(sdk.config(), { id: 7 })).data).toEqual(body);
    expect(server.requests[0]!.url).toBe("/records/7");
  },
};
