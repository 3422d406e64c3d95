import { createRequire } from "node:module";

/** The part of js-yaml 4 used here (it ships no types; Redocly's own declarations need @types/js-yaml). */
interface YamlType {
  readonly tag: string;
  readonly resolve: (data: unknown) => boolean;
  readonly construct: (data: unknown) => unknown;
  readonly predicate: (data: unknown) => boolean;
}
interface YamlSchema {
  readonly compiledImplicit: readonly YamlType[];
  extend(types: { implicit: readonly YamlType[] }): YamlSchema;
}
interface JsYaml {
  readonly DEFAULT_SCHEMA: YamlSchema;
  readonly Type: new (tag: string, options: Omit<YamlType, "tag"> & { kind: "scalar"; represent: Record<string, (value: unknown) => string>; defaultStyle: string }) => YamlType;
  dump(value: unknown, options: { noRefs: boolean; lineWidth: number; schema: YamlSchema }): string;
}

// The js-yaml that Redocly's own `stringifyYaml` calls (its wrapper passes the options through),
// required from where Redocly requires it.
const jsYaml = createRequire(createRequire(import.meta.url).resolve("@redocly/openapi-core/lib/js-yaml/index.js"))("js-yaml") as JsYaml;

/**
 * An integer as its exact decimal digits. `String(2 ** 64)` is `18446744073709552000` and
 * `String(1e21)` is `1e+21`: a JavaScript reader gets the same double back, but Python and Ruby read
 * another integer (or a float, or a string in YAML 1.1). The spec said 18446744073709551616.
 */
export function exactInteger(value: number): string {
  return Number.isSafeInteger(value) || !Number.isFinite(value) ? String(value) : BigInt(value).toString();
}

const INTEGER_TYPE = jsYaml.DEFAULT_SCHEMA.compiledImplicit.find((type) => type.tag === "tag:yaml.org,2002:int")!;
/** YAML's int type, writing every integer in full decimal digits. */
const EXACT_SCHEMA = jsYaml.DEFAULT_SCHEMA.extend({
  implicit: [
    new jsYaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: INTEGER_TYPE.resolve,
      construct: INTEGER_TYPE.construct,
      predicate: INTEGER_TYPE.predicate,
      represent: { decimal: (value) => exactInteger(value as number) },
      defaultStyle: "decimal",
    }),
  ],
});

/**
 * The bundle as YAML, written by Redocly's own dumper (js-yaml, as `@redocly/openapi-core`'s
 * `stringifyYaml` writes it): single quotes, no line folding, no anchors (a schema used twice is
 * written twice), and every string a YAML 1.1 reader (PyYAML, Psych) would take for another type
 * quoted (`'2026-05-12'`, `'200'`, `'yes'`); control characters, U+2028/U+2029 and whitespace-only
 * strings are escaped or kept in block scalars, so every value reads back as itself; integers are
 * written in full ({@link exactInteger}).
 *
 * The Redocly CLI's `bundle` (2.x) writes the same document but for quoting: it leaves a leading
 * `-` plain (`default: -created_at` here is `default: '-created_at'`). The values are equal; this
 * dumper is 5–8 times faster than rebuilding that layout with the `yaml` library (0.1 s against
 * 0.6–0.8 s for Clerk's spec).
 */
export function stringifyBundle(parsed: unknown): string {
  return jsYaml.dump(parsed, { noRefs: true, lineWidth: -1, schema: EXACT_SCHEMA });
}

/** A line of `JSON.stringify(…, null, 2)` whose value is a number (strings never span lines in JSON). */
const NUMBER_LINE = /^(\s*(?:"(?:[^"\\]|\\.)*": )?)(-?[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)(,?)$/gm;

/** `JSON.stringify(value, null, 2)` with a trailing newline, every integer in full ({@link exactInteger}). */
export function stringifyJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(NUMBER_LINE, (line, before: string, number: string, comma: string) => {
    const parsed = Number(number);
    return Number.isInteger(parsed) && !Number.isSafeInteger(parsed) ? `${before}${exactInteger(parsed)}${comma}` : line;
  })}\n`;
}
