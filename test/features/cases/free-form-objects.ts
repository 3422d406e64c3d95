import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { property, schemaType } from "../support/model-lookup.js";

export const freeFormObjects: FeatureCase = {
  fixture: "free-form-objects",
  proves: "free-form objects (`type: object` alone, `{}`, `additionalProperties: {}`) accept any properties",
  model(model) {
    expect(schemaType(model, "Metadata")).toEqual({ kind: "object", properties: [], additional: undefined, nullable: false });
    expect(schemaType(model, "AnyValue")).toEqual({ kind: "any", nullable: false });
    expect(schemaType(model, "Bag")).toEqual({ kind: "map", values: { kind: "any", nullable: false }, nullable: false });
    expect(property(model, "Event", "payload").type).toMatchObject({ kind: "object", properties: [] });
  },
  typedUsage: `
import type { components, CreateEventResult } from "../sdk/src/index.js";

export const event: components["schemas"]["Event"] = {
  name: "signup",
  payload: { plan: "pro", seats: 3, nested: { ok: true } },
  metadata: { source: "web" },
  value: [1, "two"],
  bag: { anything: null },
};
// @ts-expect-error a free-form object is still an object
export const notAnObject: components["schemas"]["Metadata"] = "text";
export const echoed: CreateEventResult = { whatever: ["the", "server", "keeps"] };
`,
  async sdk({ sdk, server }) {
    const event = { name: "signup", payload: { plan: "pro", nested: { ok: true } } };
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: 1, kept: event }) });
    const response = await sdk.operation("createEvent")(sdk.config(), { event });
    expect(JSON.parse(server.requests[0]!.body)).toEqual(event);
    expect(response.data).toEqual({ id: 1, kept: event });
  },
  python: [
    {
      title: "python keeps free-form payloads as given",
      code: `from free_form_objects.models.event import Event
e = Event.from_dict({"name": "signup", "payload": {"plan": "pro", "nested": {"ok": True}}, "value": [1, "two"]})
print(e.payload, e.value, e.to_dict()["payload"]["nested"])`,
      stdout: "{'plan': 'pro', 'nested': {'ok': True}} [1, 'two'] {'ok': True}",
    },
  ],
};
