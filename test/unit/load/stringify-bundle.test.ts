// The bundle's YAML is laid out and quoted as the Redocly CLI writes it (its `generated/openapi.yaml`
// is committed): single quotes, YAML 1.1 look-alikes quoted, no folding, no anchors.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { stringifyBundle } from "../../../scripts/lib/load/stringify-bundle.js";

describe("stringifyBundle", () => {
  const cases: Array<[string, { given: unknown; want: string }]> = [
    ["a date-like string is quoted (YAML 1.1 reads a timestamp)", { given: { version: "2026-05-12" }, want: "version: '2026-05-12'\n" }],
    ["a status-code key is quoted", { given: { responses: { "200": { description: "OK" } } }, want: "responses:\n  '200':\n    description: OK\n" }],
    ["yes/no/on/off strings are quoted (YAML 1.1 booleans)", { given: { a: "yes", b: "off" }, want: "a: 'yes'\nb: 'off'\n" }],
    ["a leading minus stays plain", { given: { default: "-created_at", list: ["-a"] }, want: "default: -created_at\nlist:\n  - -a\n" }],
    ["a string with ' that needs quoting is single-quoted, doubling the '", { given: { example: "Invalid 'x': failed" }, want: "example: 'Invalid ''x'': failed'\n" }],
    ["a string with both quotes", { given: { text: `it's "x": y` }, want: `text: 'it''s "x": y'\n` }],
    ["a $ref is single-quoted", { given: { $ref: "#/components/schemas/A" }, want: "$ref: '#/components/schemas/A'\n" }],
    ["a long line is not folded", { given: { description: "word ".repeat(40).trim() }, want: `description: ${"word ".repeat(40).trim()}\n` }],
    ["a repeated object is written twice, not as an alias", { given: (() => { const shared = { type: "string" }; return { a: shared, b: shared }; })(), want: "a:\n  type: string\nb:\n  type: string\n" }],
    ["a lone dot stays plain, a lone = is quoted (as js-yaml writes them)", { given: { list: [".", "-.", "=", "1."] }, want: "list:\n  - .\n  - -.\n  - '='\n  - '1.'\n" }],
    ["a whitespace-only string is double-quoted", { given: { a: "\n\n", b: " " }, want: 'a: "\\n\\n"\nb: " "\n' }],
    ["a tab is escaped in double quotes", { given: { a: "x\ty" }, want: 'a: "x\\ty"\n' }],
    ["U+2028 and U+2029 are escaped (YAML 1.1 line breaks)", { given: { text: "a\u2028b\u2029c" }, want: 'text: "a\\Lb\\Pc"\n' }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const text = stringifyBundle(given);
    expect(text).toBe(want);
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(given));
  });
});
