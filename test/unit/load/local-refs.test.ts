// When a one-file spec is its own bundle (Redocly's bundler is skipped), and when the bundler must
// decide: another file, a reference to nothing, a mapping or an external example to move.
import { describe, expect, it } from "vitest";
import { isOwnBundle } from "../../../scripts/lib/load/local-refs.js";

const schemas = { A: { type: "string" }, "B/C": { type: "number" }, "D E": { type: "object" } };

describe("isOwnBundle", () => {
  const cases: Array<[string, { given: unknown; want: boolean }]> = [
    ["no references at all", { given: { openapi: "3.1.0", paths: {} }, want: true }],
    ["a reference to a schema", { given: { components: { schemas, x: { $ref: "#/components/schemas/A" } } }, want: true }],
    ["a reference with ~1 and a percent-encoded space", { given: { components: { schemas, x: [{ $ref: "#/components/schemas/B~1C" }, { $ref: "#/components/schemas/D%20E" }] } }, want: true }],
    ["the whole document", { given: { a: { $ref: "#" } }, want: true }],
    ["a reference to nothing", { given: { components: { schemas, x: { $ref: "#/components/schemas/Missing" } } }, want: false }],
    ["a reference through an inherited name", { given: { components: { schemas, x: { $ref: "#/components/schemas/toString" } } }, want: false }],
    ["a reference that is not valid percent-encoding", { given: { components: { schemas, x: { $ref: "#/components/schemas/%E0%A4%A" } } }, want: false }],
    ["a reference to another file", { given: { paths: { "/a": { $ref: "paths/a.yaml" } } }, want: false }],
    ["a reference into another file deep in an array", { given: { x: [[{ y: { $ref: "other.yaml#/A" } }]] }, want: false }],
    ["an example with an externalValue", { given: { x: { examples: { e: { externalValue: "e.json" } } } }, want: false }],
    ["a discriminator mapping to a schema", { given: { components: { schemas, x: { discriminator: { propertyName: "k", mapping: { a: "#/components/schemas/A" } } } } }, want: true }],
    ["a discriminator mapping by bare name", { given: { components: { schemas, x: { discriminator: { propertyName: "k", mapping: { a: "A" } } } } }, want: false }],
    ["a discriminator mapping to another file", { given: { components: { schemas, x: { discriminator: { propertyName: "k", mapping: { a: "a.yaml" } } } } }, want: false }],
    ["a discriminator mapping to a schema that is not there", { given: { components: { schemas, x: { discriminator: { propertyName: "k", mapping: { a: "#/components/schemas/Z" } } } } }, want: false }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(isOwnBundle(given)).toBe(want);
  });
});
