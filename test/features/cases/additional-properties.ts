import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { schemaType } from "../support/model-lookup.js";

export const additionalProperties: FeatureCase = {
  fixture: "additional-properties",
  proves: "additionalProperties typed (primitive, $ref), `true`, and beside declared properties",
  model(model) {
    expect(schemaType(model, "Counts")).toEqual({ kind: "map", values: { kind: "primitive", type: "integer", nullable: false }, nullable: false });
    expect(schemaType(model, "Labels")).toEqual({ kind: "map", values: { kind: "ref", name: "Label", nullable: false }, nullable: false });
    expect(schemaType(model, "Anything")).toEqual({ kind: "map", values: { kind: "any", nullable: false }, nullable: false });
    expect(schemaType(model, "Inventory")).toMatchObject({ kind: "object", additional: { kind: "primitive", type: "string" } });
  },
  typedUsage: `
import type { components, PutInventoryResult } from "../sdk/src/index.js";

type Inventory = components["schemas"]["Inventory"];
export const counts: components["schemas"]["Counts"] = { apples: 3, pears: 0 };
// @ts-expect-error map values are integers
export const wrongCount: components["schemas"]["Counts"] = { apples: "three" };
export const labels: components["schemas"]["Labels"] = { fragile: { text: "Handle with care" } };
export const anything: components["schemas"]["Anything"] = { a: 1, b: [true], c: { d: null } };
// Declared properties of other types next to typed extra ones (string here).
export const inventory: Inventory = { warehouse: "north", counts, labels, attributes: anything, note: "extra" };
export const note: string | undefined = typeof inventory["note"] === "string" ? inventory["note"] : undefined;
export const result: PutInventoryResult = { apples: 3 };
`,
  async sdk({ sdk, server }) {
    const inventory = { warehouse: "north", counts: { apples: 3 }, note: "extra" };
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ apples: 3 }) });
    const response = await sdk.operation("putInventory")(sdk.config(), { inventory });
    expect(JSON.parse(server.requests[0]!.body)).toEqual(inventory);
    expect(response.data).toEqual({ apples: 3 });
  },
  python: [
    {
      title: "python keeps declared and extra properties",
      code: `from additional_properties.models.inventory import Inventory
i = Inventory.from_dict({"warehouse": "north", "counts": {"apples": 3}, "note": "extra"})
print(i.warehouse, i.counts, i.additional_properties, i.to_dict()["note"])`,
      stdout: "north {'apples': 3} {'note': 'extra'} extra",
    },
  ],
};
