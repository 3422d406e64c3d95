// The bundle's YAML: Redocly's dumper (js-yaml), single quotes, no folding, no anchors, and every
// value read back as itself by a YAML 1.2 reader and by a YAML 1.1 one (PyYAML, Psych read the
// committed generated/openapi.yaml, Prism serves it).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { stringifyBundle, stringifyJson } from "../../../scripts/lib/load/stringify-bundle.js";

describe("stringifyBundle", () => {
  const cases: Array<[string, { given: unknown; want: string }]> = [
    ["a date-like string is quoted (YAML 1.1 reads a timestamp)", { given: { version: "2026-05-12" }, want: "version: '2026-05-12'\n" }],
    ["a status-code key is quoted", { given: { responses: { "200": { description: "OK" } } }, want: "responses:\n  '200':\n    description: OK\n" }],
    ["yes/no/on/off strings and keys are quoted (YAML 1.1 booleans)", { given: { a: "yes", b: "off", n: 1 }, want: "a: 'yes'\nb: 'off'\n'n': 1\n" }],
    ["a leading minus is quoted", { given: { default: "-created_at", list: ["-a"] }, want: "default: '-created_at'\nlist:\n  - '-a'\n" }],
    ["a string with ' that needs quoting is single-quoted, doubling the '", { given: { example: "Invalid 'x': failed" }, want: "example: 'Invalid ''x'': failed'\n" }],
    ["a string with both quotes", { given: { text: `it's "x": y` }, want: `text: 'it''s "x": y'\n` }],
    ["a $ref is single-quoted", { given: { $ref: "#/components/schemas/A" }, want: "$ref: '#/components/schemas/A'\n" }],
    ["a long line is not folded", { given: { description: "word ".repeat(40).trim() }, want: `description: ${"word ".repeat(40).trim()}\n` }],
    ["a repeated object is written twice, not as an alias", { given: (() => { const shared = { type: "string" }; return { a: shared, b: shared }; })(), want: "a:\n  type: string\nb:\n  type: string\n" }],
    ["a lone dot stays plain; -., = and 1. are quoted", { given: { list: [".", "-.", "=", "1."] }, want: "list:\n  - .\n  - '-.'\n  - '='\n  - '1.'\n" }],
    ["a multi-line description is a literal block", { given: { d: "line1\nline2\n" }, want: "d: |\n  line1\n  line2\n" }],
    ["a tab is escaped in double quotes", { given: { a: "x\ty" }, want: 'a: "x\\ty"\n' }],
    ["NUL and CR are escaped in double quotes", { given: { a: "x\0y\rz" }, want: 'a: "x\\0y\\rz"\n' }],
    ["U+2028, U+2029 and U+0085 are escaped (YAML 1.1 line breaks)", { given: { text: "a\u2028b\u2029c\u0085d" }, want: 'text: "a\\Lb\\Pc\\Nd"\n' }],
  ];
  it.each(cases)("%s", (name, { given, want }) => {
    const text = stringifyBundle(given);
    expect(text).toBe(want);
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(given));
    // The \`yaml\` library's 1.1 float pattern takes a lone \`.\` for a number; PyYAML's and Psych's
    // need a digit, as js-yaml's does, and read it as the string.
    if (!name.startsWith("a lone dot")) expect(JSON.stringify(parse(text, { version: "1.1" }))).toBe(JSON.stringify(given));
  });

  const readBack: Array<[string, unknown]> = [
    ["whitespace-only strings", { a: "\n\n", b: " ", c: "\t" }],
    ["a __proto__ key", JSON.parse('{"__proto__": {"a": 1}, "constructor": "x"}')],
    ["numbers", { big: 18446744073709552000, small: -0.5, exp: 1e21 }],
    ["YAML syntax inside strings", { a: "key: value", b: "- item", c: "# comment", d: "&anchor *alias", e: "!tag", f: "{ flow: 1 }", g: "[1, 2]", h: "| block", i: "> folded", j: "%YAML 1.1", k: "---", l: "..." }],
  ];
  it.each(readBack)("%s read back as themselves in YAML 1.2 and 1.1", (_, given) => {
    const text = stringifyBundle(given);
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(given));
    expect(JSON.stringify(parse(text, { version: "1.1" }))).toBe(JSON.stringify(given));
  });
});

describe("integers a double holds exactly but JavaScript prints otherwise", () => {
  const document = { enum: [2 ** 64, -(2 ** 64), 1e21], default: 2 ** 53 + 2, small: 42, float: 1.5e-7, text: "18446744073709552000", lines: "1e+21\n18446744073709552000\n" };
  const python = (code: string, input: string) => execFileSync("python3", ["-c", code], { input, encoding: "utf8" }).trim();

  it("are written in full in the YAML, and read back so by Python and Ruby", () => {
    const text = stringifyBundle(document);
    expect(text).toContain("  - 18446744073709551616\n  - -18446744073709551616\n  - 1000000000000000000000\n");
    expect(text).toContain("default: 9007199254740994\n");
    expect(text).toContain("float: 1.5e-7\n");
    expect(parse(text, { intAsBigInt: true }).enum).toEqual([2n ** 64n, -(2n ** 64n), 10n ** 21n]);
    expect(JSON.stringify(parse(text))).toBe(JSON.stringify(document));
    const ruby = execFileSync("ruby", ["-ryaml", "-e", "d = YAML.safe_load($stdin.read); puts d['enum'].inspect, d['text'], d['lines'].inspect"], { input: text, encoding: "utf8" }).trim();
    expect(ruby.split("\n")).toEqual(["[18446744073709551616, -18446744073709551616, 1000000000000000000000]", "18446744073709552000", JSON.stringify(document.lines)]);
  });

  it("are written in full in the JSON, strings untouched, and read back so by Python", () => {
    const text = stringifyJson(document);
    expect(text).toBe(`${JSON.stringify(document, null, 2).replace("18446744073709552000,\n", "18446744073709551616,\n").replace("-18446744073709552000,", "-18446744073709551616,").replace("1e+21\n", "1000000000000000000000\n")}\n`);
    expect(JSON.parse(text)).toEqual(document);
    expect(python("import json, sys; d = json.load(sys.stdin); print(d['enum'], d['default'], d['text'], repr(d['lines']))", text)).toBe(
      `[18446744073709551616, -18446744073709551616, 1000000000000000000000] 9007199254740994 18446744073709552000 '1e+21\\n18446744073709552000\\n'`,
    );
  });
});
