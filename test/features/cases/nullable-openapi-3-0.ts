import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { property } from "../support/model-lookup.js";

export const nullableOpenapi30: FeatureCase = {
  fixture: "nullable-openapi-3-0",
  proves: "OpenAPI 3.0 `nullable: true` on primitives, arrays, objects, enums and an allOf-wrapped $ref",
  model(model) {
    expect(property(model, "Person", "name").type.nullable).toBe(false);
    for (const name of ["nickname", "age", "tags", "address", "mood", "manager"]) expect([name, property(model, "Person", name).type.nullable]).toEqual([name, true]);
    expect(property(model, "Person", "mood").type).toEqual({ kind: "enum", base: "string", values: ["happy", "sad"], nullable: true });
    expect(property(model, "Person", "manager").type).toEqual({ kind: "ref", name: "Manager", nullable: true });
  },
  typedUsage: `
import type { GetPersonResult } from "../sdk/src/index.js";

export const nobody: GetPersonResult = { name: "Ada", nickname: null, age: null, tags: null, address: null, mood: null, manager: null };
export const somebody: GetPersonResult = { name: "Ada", nickname: "A", age: 36, tags: ["x"], address: { city: "London" }, mood: "happy", manager: { name: "Charles" } };
// @ts-expect-error name is not nullable
export const broken: GetPersonResult = { ...nobody, name: null };
`,
  async sdk({ sdk, server }) {
    const body = { name: "Ada", nickname: null, age: null, tags: null, address: null, mood: null, manager: null };
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await sdk.operation("getPerson")(sdk.config(), { id: "p1" })).data).toEqual(body);
  },
  python: [
    {
      title: "python decodes null fields as None",
      code: `from nullable_3_0.models.person import Person
p = Person.from_dict({"name": "Ada", "nickname": None, "age": None, "tags": None, "address": None, "mood": None, "manager": None})
print(p.nickname, p.manager, p.to_dict()["mood"])`,
      stdout: "None None None",
    },
  ],
  ruby: [
    {
      title: "ruby decodes null fields as nil",
      code: `p Nullable30::Person.build_from_hash({ "name" => "Ada", "nickname" => nil, "age" => nil, "tags" => nil, "address" => nil, "mood" => nil, "manager" => nil }).to_hash.values_at("nickname", "manager")`,
      stdout: "[nil, nil]",
    },
  ],
};
