import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { schemaType } from "../support/model-lookup.js";

export const oneOfAnyOf: FeatureCase = {
  fixture: "one-of-any-of",
  proves: "oneOf/anyOf with a discriminator (mapped and implicit) and without one, of objects and of primitives",
  model(model) {
    expect(schemaType(model, "Pet")).toEqual({
      kind: "union",
      variants: [{ kind: "ref", name: "Cat", nullable: false }, { kind: "ref", name: "Dog", nullable: false }],
      discriminator: { propertyName: "pet_type", mapping: { cat: "Cat", dog: "Dog" } },
      nullable: false,
    });
    expect(schemaType(model, "Vehicle")).toMatchObject({ kind: "union", discriminator: { propertyName: "kind", mapping: {} } });
    const shape = schemaType(model, "Shape");
    expect(shape).toMatchObject({ kind: "union", variants: [{ name: "Circle" }, { name: "Square" }] });
    expect(shape).not.toHaveProperty("discriminator");
    expect(schemaType(model, "Filter")).toMatchObject({
      kind: "union",
      variants: [{ kind: "primitive", type: "string" }, { kind: "primitive", type: "integer" }, { kind: "array", items: { kind: "primitive", type: "string" } }],
    });
  },
  typedUsage: `
import type { components } from "../sdk/src/index.js";

type Pet = components["schemas"]["Pet"];

/** Narrowed by the discriminator: each branch sees only its variant's fields. */
export function describePet(pet: Pet): string {
  if (pet.pet_type === "cat") {
    // @ts-expect-error a cat has no bark
    void pet.bark;
    return \`cat with \${pet.lives} lives\`;
  }
  return \`dog that says \${pet.bark}\`;
}
// @ts-expect-error the discriminator value decides the fields: a cat needs lives
export const wrong: Pet = { pet_type: "cat", bark: "woof" };
export const shapes: components["schemas"]["Shape"][] = [{ radius: 1 }, { side: 2 }];
export const filters: components["schemas"]["Filter"][] = ["a", 1, ["b", "c"]];
// @ts-expect-error not one of the filter's types
export const badFilter: components["schemas"]["Filter"] = true;
export const contact: components["schemas"]["Contact"] = { phone: "+44 20 7946 0000" };
export const vehicles: components["schemas"]["Vehicle"][] = [{ kind: "Car", doors: 4 }, { kind: "Bike" }];
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ pet_type: "dog", bark: "woof" }) });
    const response = await sdk.operation("createPet")(sdk.config(), { pet: { pet_type: "dog", bark: "woof" } });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ pet_type: "dog", bark: "woof" });
    expect(response.data).toEqual({ pet_type: "dog", bark: "woof" });
  },
};
