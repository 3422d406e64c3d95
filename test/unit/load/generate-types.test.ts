// What we change in openapi-typescript's output: binary strings are Blobs, a bare `type: object`
// takes any property, and declared properties beside typed additionalProperties stay satisfiable.
import { describe, expect, it } from "vitest";
import { generateTypes } from "../../../scripts/lib/load/generate-types.js";

async function schemaTypes(schemas: Record<string, unknown>): Promise<string> {
  return generateTypes({ openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {}, components: { schemas } });
}

describe("generateTypes", () => {
  const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
    ["format: binary is a Blob", { given: { File: { type: "string", format: "binary" } }, want: "File: Blob;" }],
    ["a nullable binary is Blob | null", { given: { File: { type: ["string", "null"], format: "binary" } }, want: "File: Blob | null;" }],
    ["3.1 contentMediaType is a Blob", { given: { File: { type: "string", contentMediaType: "image/png" } }, want: "File: Blob;" }],
    ["base64 text stays a string", { given: { File: { type: "string", contentMediaType: "image/png", contentEncoding: "base64" } }, want: "File: string;" }],
    ["a bare object takes any property", { given: { Meta: { type: "object" } }, want: "Meta: Record<string, unknown>;" }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    expect(await schemaTypes(given)).toContain(want);
  });

  it("widens typed additionalProperties to the declared properties' types", async () => {
    const source = await schemaTypes({
      Inventory: { type: "object", properties: { name: { type: "string" }, count: { type: "integer" } }, additionalProperties: { type: "boolean" } },
    });
    expect(source).toMatch(/\[key: string\]: boolean \| string \| number \| undefined;/);
  });
});
