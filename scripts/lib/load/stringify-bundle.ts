import { Document, Scalar, stringify, visit, type ScalarTag, type Tags } from "yaml";

/**
 * YAML 1.1's tags as `yaml` has them, but a float needs a digit: `yaml` would quote `.` and `-.`
 * as floats (its 1.1 float pattern has only optional digits), js-yaml writes them plain.
 */
function tagsLikeJsYaml(tags: Tags): Tags {
  return tags.map((tag): Tags[number] => {
    if (typeof tag !== "object" || tag.tag !== "tag:yaml.org,2002:float" || tag.format !== undefined) return tag;
    const scalar = tag as ScalarTag;
    return scalar.test?.source === "^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$" ? { ...scalar, test: /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/ } : tag;
  });
}

/** What js-yaml double-quotes (its `doubleQuoteForInvisibles` and `doubleQuoteWhitespaceOnly` rules). */
const INVISIBLE = /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const WHITESPACE_ONLY = /^\s+$/;
/** Characters YAML 1.1 readers (PyYAML, Psych) take for line breaks: raw, they would fold a string. */
const UNICODE_BREAK = /[\u0085\u2028\u2029]/;
const UNICODE_BREAKS = new RegExp(UNICODE_BREAK.source, "g");
const BREAK_ESCAPES: Readonly<Record<string, string>> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

/**
 * The bundle as YAML, laid out and quoted as the Redocly CLI writes it (js-yaml): single quotes,
 * strings a YAML 1.1 reader would take for another type quoted (`'2026-05-12'`, `'200'`), no line
 * folding, no anchors, invisible characters and whitespace-only strings double-quoted. The
 * canonical spec's bundle is byte-identical to the CLI's, and so are those of the Clerk and Trieve
 * specs and every feature fixture. Known difference, the same value either way: some control
 * characters are escaped otherwise (a string holding `\0` or `\r`).
 */
export function stringifyBundle(parsed: unknown): string {
  const document = new Document(parsed, { version: "1.1", aliasDuplicateObjects: false, customTags: tagsLikeJsYaml });
  visit(document, {
    Scalar(_key, node) {
      const value = node.value;
      if (typeof value !== "string") return;
      if (INVISIBLE.test(value) || WHITESPACE_ONLY.test(value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      } else if (value === "=") {
        // YAML 1.1's `value` key, which js-yaml quotes.
        node.type = Scalar.QUOTE_SINGLE;
      } else if (value.includes("'") && !value.includes('"')) {
        // js-yaml single-quotes (`'it''s: x'`) where `yaml` would switch to double quotes; a string
        // that needs escapes stays double-quoted in both.
        const alone = stringify(value, { version: "1.1", singleQuote: true, lineWidth: 0 });
        if (alone.startsWith('"') && !alone.includes("\\")) node.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
  const text = document.toString({ singleQuote: true, lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
  // Only double-quoted scalars can hold these characters now, where the escape is the same value.
  return text.replace(UNICODE_BREAKS, (char) => BREAK_ESCAPES[char]!);
}
