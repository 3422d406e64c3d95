import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { schemaType } from "../support/model-lookup.js";

export const allOf: FeatureCase = {
  fixture: "all-of",
  proves: "allOf: extension of a named schema, a chain of extensions, allOf beside own properties, inline allOf",
  model(model) {
    expect(schemaType(model, "Dog")).toMatchObject({ kind: "intersection", parts: [{ kind: "ref", name: "Pet" }, { kind: "object", properties: [{ name: "good_boy", required: true }] }] });
    expect(schemaType(model, "Puppy")).toMatchObject({ kind: "intersection", parts: [{ kind: "ref", name: "Dog" }, { kind: "object" }] });
    // allOf with sibling properties: the schema's own properties are one more part.
    expect(schemaType(model, "Cat")).toMatchObject({ kind: "intersection", parts: [{ kind: "ref", name: "Pet" }, { kind: "object", properties: [{ name: "lives", required: true }] }] });
  },
  typedUsage: `
import type { components, CreateCatParams } from "../sdk/src/index.js";

// A Puppy has every field of the chain Pet -> Dog -> Puppy.
export const puppy: components["schemas"]["Puppy"] = { name: "Rex", age: 1, good_boy: true, teeth: 28 };
// @ts-expect-error Dog's required good_boy is missing
export const notADog: components["schemas"]["Dog"] = { name: "Rex" };
export const cat: components["schemas"]["Cat"] = { name: "Tom", lives: 9 };
// @ts-expect-error Cat's own required property is missing
export const notACat: components["schemas"]["Cat"] = { name: "Tom" };
export const inline: CreateCatParams = { createCatRequest: { name: "Tom", indoor: true } };
`,
  async sdk({ sdk, server }) {
    const stored = { name: "Rex", good_boy: true, teeth: 28 };
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(stored) });
    const response = await sdk.operation("createPuppy")(sdk.config(), { puppy: stored });
    expect(JSON.parse(server.requests[0]!.body)).toEqual(stored);
    expect(response.data).toEqual(stored);
  },
};
