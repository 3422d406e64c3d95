// Every escaping helper, on hostile spec text: string tables first, then proof that the output is
// inert where it lands (evaluated by JavaScript, parsed by TypeScript, run by python3 and ruby).
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  mdCode,
  mdCodeBlock,
  mdTableCell,
  mdText,
  pyDoc,
  pyString,
  rbComment,
  rbString,
  tsDoc,
  tsDocComment,
  tsPropertyKey,
  tsString,
  tsValue,
  type PlacementOptions,
} from "../../../scripts/lib/escape/escape.js";
import { hasPython, hasRuby, runPython, runRuby } from "../../support/interpreters.js";
import { typescriptSyntaxErrors } from "../../support/typescript-syntax.js";

type Case<Given = unknown> = [string, { given: Given; options?: PlacementOptions; want: string }];

/** Spec text that would break out of a literal, comment or cell if a helper let it through. */
const HOSTILE: Array<[string, string]> = [
  ["comment close", "a */ export const injected = 1; /* b"],
  ["triple double quote", 'a """ b'],
  ["triple single quote", "a ''' b"],
  ["Ruby block comment", "=begin\nx = 2\n=end"],
  ["backticks", "a ``` b `c`"],
  ["template interpolation", "${globalThis.injected = 1}"],
  ["Ruby interpolation", "#{exit 3}"],
  ["backslashes, one at the end", "a\\b\\\\c\\n\\"],
  ["CR", "a\rb"],
  ["LF", "a\nb"],
  ["CRLF", "a\r\nb"],
  ["U+2028", "a\u2028b"],
  ["U+2029", "a\u2029b"],
  ["U+0085", "a\u0085b"],
  ["NUL", "a\0b"],
  ["pipe", "a | b"],
  ["quotes of every kind", `'"\`'`],
  ["tab, ESC, DEL", "a\tb\x1b[31mc\x7f"],
  ["non-ASCII", "名前 é 😀"],
  ["everything at once", "*/ \"\"\" ''' \n=begin\n ` ${x} #{x} \\ \r\n \u2028 \u2029 \0 | \"\"\""],
];

/** What a doc-comment helper keeps of a text: line breaks normalised, trailing blanks dropped. */
function normalizedLines(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

function statementCount(source: string): number {
  return ts.createSourceFile("probe.ts", source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS).statements.length;
}

describe("tsString", () => {
  const cases: Case[] = [
    ["comment close stays text", { given: "a */ b", want: '"a */ b"' }],
    ["double quotes are escaped", { given: 'say "hi"', want: '"say \\"hi\\""' }],
    ["template interpolation stays text", { given: "${x}", want: '"${x}"' }],
    ["backslash", { given: "a\\b", want: '"a\\\\b"' }],
    ["CR, LF and CRLF", { given: "a\rb\nc\r\nd", want: '"a\\rb\\nc\\r\\nd"' }],
    ["U+2028 and U+2029 are escaped", { given: "a\u2028b\u2029c", want: '"a\\u2028b\\u2029c"' }],
    ["NUL", { given: "a\0b", want: '"a\\u0000b"' }],
    ["pipe and backticks are ordinary", { given: "a|`b`", want: '"a|`b`"' }],
    ["a number is printed as a string", { given: 42, want: '"42"' }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(tsString(given)).toBe(want));

  it.each(HOSTILE)("round-trips %s through JavaScript", (_, given) => {
    const out = tsString(given);
    expect(out).not.toMatch(/[\r\n\u2028\u2029\0]/);
    expect(new Function(`return ${out};`)()).toBe(given);
  });
});

describe("tsDoc", () => {
  const cases: Case[] = [
    ["comment close is broken", { given: "a */ b", want: "a *\\/ b" }],
    ["every comment close", { given: "**/*/", want: "**\\/*\\/" }],
    ["LF starts a new ` * ` line", { given: "a\nb", want: "a\n * b" }],
    ["CR", { given: "a\rb", want: "a\n * b" }],
    ["CRLF is one break", { given: "a\r\nb", want: "a\n * b" }],
    ["U+2028, U+2029 and U+0085", { given: "a\u2028b\u2029c\u0085d", want: "a\n * b\n * c\n * d" }],
    ["blank lines carry no trailing space", { given: "a  \n\nb", want: "a\n *\n * b" }],
    ["NUL is shown, not written", { given: "a\0b", want: "a\\0b" }],
    ["indent of the comment", { given: "a\nb", options: { indent: "    " }, want: "a\n     * b" }],
    ["backticks, interpolation and quotes are ordinary", { given: '`${x}` #{y} """', want: '`${x}` #{y} """' }],
  ];
  it.each(cases)("%s", (_, { given, options, want }) => expect(tsDoc(given, options)).toBe(want));

  it.each(HOSTILE)("%s stays inside `/** … */`", (_, given) => {
    const source = `/** ${tsDoc(given)} */\nexport const after = 1;\n`;
    expect(typescriptSyntaxErrors([{ path: "doc.ts", contents: source }])).toEqual([]);
    expect(statementCount(source)).toBe(1);
    expect(source).not.toContain("\0");
  });
});

describe("tsDocComment", () => {
  const cases: Case[] = [
    ["one line", { given: "a */ b", want: "/** a *\\/ b */" }],
    ["several lines make a block", { given: "a\nb", want: "/**\n * a\n * b\n */" }],
    ["indented block", { given: "a\r\nb", options: { indent: "  " }, want: "/**\n   * a\n   * b\n   */" }],
  ];
  it.each(cases)("%s", (_, { given, options, want }) => expect(tsDocComment(given, options)).toBe(want));

  it.each(HOSTILE)("%s documents exactly one class member", (_, given) => {
    const source = `export class Probe {\n  ${tsDocComment(given, { indent: "  " })}\n  method(): void {}\n}\n`;
    expect(typescriptSyntaxErrors([{ path: "doc.ts", contents: source }])).toEqual([]);
    const file = ts.createSourceFile("doc.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    expect(file.statements).toHaveLength(1);
    expect((file.statements[0] as ts.ClassDeclaration).members).toHaveLength(1);
  });
});

describe("tsValue", () => {
  const cases: Case[] = [
    ["null", { given: null, want: "null" }],
    ["boolean", { given: true, want: "true" }],
    ["number", { given: -1.5, want: "-1.5" }],
    ["string", { given: "a\u2028", want: '"a\\u2028"' }],
    ["empty array", { given: [], want: "[]" }],
    ["empty object", { given: {}, want: "{}" }],
    ["nested, one entry per line", { given: { a: [1, "x"], "b-c": { d: null } }, want: '{\n  a: [\n    1,\n    "x",\n  ],\n  "b-c": {\n    d: null,\n  },\n}' }],
    ["indent of the surrounding code", { given: [1], options: { indent: "  " }, want: "[\n    1,\n  ]" }],
    ["undefined (not JSON)", { given: undefined, want: "undefined" }],
  ];
  it.each(cases)("%s", (_, { given, options, want }) => expect(tsValue(given, options)).toBe(want));

  const hostileObject = Object.fromEntries(HOSTILE.map(([name, text]) => [text, { name, text, list: [text, 1, null, true] }]));
  const roundTrips: Array<[string, unknown]> = [
    ["hostile strings as keys and values", hostileObject],
    ["a JSON example with a `__proto__` key (JSON.parse makes it an own property)", JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}')],
    ["a `constructor` key", { constructor: { name: "x" } }],
  ];
  it.each(roundTrips)("round-trips %s through JavaScript", (_, given) => {
    const out = tsValue(given, { indent: "  " });
    const evaluated: unknown = new Function(`return ${out};`)();
    expect(JSON.stringify(evaluated)).toBe(JSON.stringify(given));
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
  });
});

describe("tsPropertyKey", () => {
  const cases: Case<string>[] = [
    ["identifier stays bare", { given: "name", want: "name" }],
    ["$ and _ are identifier characters", { given: "_x$1", want: "_x$1" }],
    ["dash is quoted", { given: "a-b", want: '"a-b"' }],
    ["leading digit is quoted", { given: "1a", want: '"1a"' }],
    ["empty is quoted", { given: "", want: '""' }],
    ["a reserved word is a valid property key", { given: "class", want: "class" }],
    ["non-ASCII is quoted", { given: "é", want: '"é"' }],
    ["syntax is quoted and escaped", { given: 'a"]: 1, [x', want: '"a\\"]: 1, [x"' }],
    ["line separator is escaped", { given: "a\u2028", want: '"a\\u2028"' }],
    ["__proto__ is computed (a literal `__proto__:` would set the prototype)", { given: "__proto__", want: '["__proto__"]' }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(tsPropertyKey(given)).toBe(want));

  it("__proto__ is an own key of an object literal and a key of an object type", () => {
    const key = tsPropertyKey("__proto__");
    expect(typescriptSyntaxErrors([{ path: "key.ts", contents: `export type T = { ${key}: string };\nexport const v = { ${key}: 1 };\n` }])).toEqual([]);
    const value = new Function(`return { ${key}: 1 };`)() as object;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it.each(HOSTILE)("%s is one key of an object type and of an object literal", (_, given) => {
    const key = tsPropertyKey(given);
    const source = `export type T = { ${key}: string };\nexport const v = { ${key}: 1 };\n`;
    expect(typescriptSyntaxErrors([{ path: "key.ts", contents: source }])).toEqual([]);
    expect(Object.keys(new Function(`return { ${key}: 1 };`)())).toEqual([given]);
  });
});

describe("pyString", () => {
  const cases: Case[] = [
    ["triple double quotes", { given: 'a """ b', want: '"a \\"\\"\\" b"' }],
    ["triple single quotes are ordinary", { given: "a ''' b", want: "\"a ''' b\"" }],
    ["backslash", { given: "a\\b", want: '"a\\\\b"' }],
    ["CR, LF, CRLF and tab", { given: "a\rb\nc\r\nd\te", want: '"a\\rb\\nc\\r\\nd\\te"' }],
    ["U+2028, U+2029 and U+0085", { given: "a\u2028b\u2029c\u0085d", want: '"a\\u2028b\\u2029c\\u0085d"' }],
    ["NUL, ESC and DEL", { given: "a\0b\x1bc\x7f", want: '"a\\u0000b\\u001bc\\u007f"' }],
    ["braces are not f-string fields", { given: "{x} ${x} #{x}", want: '"{x} ${x} #{x}"' }],
    ["non-ASCII is kept", { given: "名前 é", want: '"名前 é"' }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(pyString(given)).toBe(want));

  it.skipIf(!hasPython).each(HOSTILE)("round-trips %s through python3 (skipped without python3)", (_, given) => {
    const result = runPython(`import json, sys\nVALUE = ${pyString(given)}\nsys.stdout.write(json.dumps(VALUE))\n`);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toBe(given);
  });
});

describe("pyDoc", () => {
  const cases: Case[] = [
    ["triple double quotes cannot close the docstring", { given: 'a """ b', want: 'a \\"\\"\\" b' }],
    ["triple single quotes are ordinary", { given: "a ''' b", want: "a ''' b" }],
    ["backslashes are doubled: no escape sequence applies", { given: "a\\nb \\N{BULLET}", want: "a\\\\nb \\\\N{BULLET}" }],
    ["a final quote is escaped (it would touch the closing quotes)", { given: 'say "hi"', want: 'say "hi\\"' }],
    ["a final quote before trailing blanks is escaped", { given: 'say "hi" ', want: 'say "hi\\"' }],
    ["text ending in triple quotes", { given: 'a"""', want: 'a\\"\\"\\"' }],
    ["line breaks are normalised", { given: "a\r\nb\rc\u2028d", want: "a\nb\nc\nd" }],
    ["NUL is written as an escape", { given: "a\0b", want: "a\\0b" }],
    ["trailing blanks are trimmed", { given: "a  \nb\t", want: "a\nb" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(pyDoc(given)).toBe(want));

  const CHECK_DOCSTRING = [
    "import ast, json, sys",
    "module = ast.parse(sys.argv[1])",
    "sys.stdout.write(json.dumps({'doc': ast.get_docstring(module, clean=False), 'statements': len(module.body)}))",
  ].join("\n");
  const docstringCases: Array<[string, string]> = [
    ...HOSTILE,
    ["a final quote before trailing blanks", 'say "hi" '],
    ["text ending in triple quotes", 'a"""'],
    ["text ending in six quotes", '""""""'],
  ];
  it.skipIf(!hasPython).each(docstringCases)("%s parses inside a module docstring and keeps its text (skipped without python3)", (_, given) => {
    const module = `"""${pyDoc(given)}"""\nAFTER = 1\n`;
    const result = runPython(CHECK_DOCSTRING, [module]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ doc: normalizedLines(given), statements: 2 });
  });
});

describe("rbString", () => {
  const cases: Case[] = [
    ["plain text is single-quoted", { given: "hello", want: "'hello'" }],
    ["interpolation is inert in single quotes", { given: "#{x}", want: "'#{x}'" }],
    ["single quotes are escaped", { given: "it's '''", want: "'it\\'s \\'\\'\\''" }],
    ["backslash", { given: "a\\b", want: "'a\\\\b'" }],
    ["double quotes are ordinary", { given: 'a """ b', want: "'a \"\"\" b'" }],
    ["a line break switches to double quotes with # escaped", { given: "#{x}\n", want: '"\\#{x}\\n"' }],
    ["CR and CRLF", { given: "a\rb\r\nc", want: '"a\\rb\\r\\nc"' }],
    ["NUL", { given: "a\0b", want: '"a\\u{0}b"' }],
    ["U+2028", { given: "a\u2028b", want: '"a\\u{2028}b"' }],
    ["=begin cannot start a line", { given: "=begin\nx\n=end", want: '"=begin\\nx\\n=end"' }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(rbString(given)).toBe(want));

  // Ruby is installed by another engineer; without it these rows are reported as skipped, by name.
  it.skipIf(!hasRuby).each(HOSTILE)("round-trips %s through ruby (skipped when ruby is not on PATH)", (_, given) => {
    const result = runRuby(`require "json"\nVALUE = ${rbString(given)}\nprint JSON.generate([VALUE])\n`, ["-w"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([given]);
  });
});

describe("rbComment", () => {
  const cases: Case[] = [
    ["one line", { given: "a", want: "a" }],
    ["=begin and =end cannot start a line", { given: "=begin\nx\n=end", want: "=begin\n# x\n# =end" }],
    ["CRLF, CR and U+2028", { given: "a\r\nb\rc\u2028d", want: "a\n# b\n# c\n# d" }],
    ["blank lines carry no trailing space", { given: "a\n\nb", want: "a\n#\n# b" }],
    ["NUL is shown, not written", { given: "a\0b", want: "a\\0b" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(rbComment(given)).toBe(want));

  const commentCases: Array<[string, string]> = [
    ...HOSTILE,
    ["code on the next line", "note\nx = 2"],
    ["__END__ on its own line", "a\n__END__\nx = 2"],
  ];
  it.skipIf(!hasRuby).each(commentCases)("%s stays a comment (skipped when ruby is not on PATH)", (_, given) => {
    const result = runRuby(`x = 1\n# ${rbComment(given)}\nprint x\n`, ["-w"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("1");
  });

  // Ruby reads magic comments from comment lines: `shareable_constant_value` on any line, and
  // `frozen_string_literal` anywhere in the comments before the first line of code (where the
  // generated banner puts the spec's title). A description line of that shape must stay prose.
  const magicComments: Array<[string, { given: string; program: (comment: string) => string; want: string }]> = [
    [
      "shareable_constant_value (honoured on any line)",
      { given: "Notes:\nshareable_constant_value: literal", program: (comment) => `A = [1]\n# ${comment}\nB = [1]\nprint [A.frozen?, B.frozen?].inspect\n`, want: "[false, false]" },
    ],
    [
      "shareable_constant_value, oddly spaced and cased",
      { given: "Notes:\n  Shareable_Constant_Value :  experimental_everything", program: (comment) => `A = [1]\n# ${comment}\nB = [1]\nprint [A.frozen?, B.frozen?].inspect\n`, want: "[false, false]" },
    ],
    [
      "frozen_string_literal in a banner before the first line of code",
      { given: "Pets\nfrozen_string_literal: false\nand friends", program: (comment) => `# frozen_string_literal: true\n\n# Generated from ${comment} 1.0.0.\n\nS = "s"\nprint S.frozen?\n`, want: "true" },
    ],
  ];
  it.skipIf(!hasRuby).each(magicComments)("a magic-comment-shaped line stays prose: %s (skipped when ruby is not on PATH)", (_, { given, program, want }) => {
    const result = runRuby(program(rbComment(given)));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(want);
  });
});

describe("mdText", () => {
  const cases: Case[] = [
    ["HTML is shown, not rendered", { given: "<script>alert(1)</script>", want: "&lt;script&gt;alert(1)&lt;/script&gt;" }],
    ["NUL is dropped", { given: "a\0b", want: "ab" }],
    ["line breaks are normalised", { given: "a\r\nb\u2028c", want: "a\nb\nc" }],
    ["pipes and backticks are ordinary prose", { given: "a|`b`", want: "a|`b`" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(mdText(given)).toBe(want));

  it.each(HOSTILE)("%s carries no tag, NUL or CR", (_, given) => expect(mdText(`<b>${given}</b>`)).not.toMatch(/[<>\0\r\u2028\u2029]/));
});

describe("mdTableCell", () => {
  const cases: Case[] = [
    ["pipe is escaped", { given: "a|b", want: "a\\|b" }],
    ["line breaks become one space", { given: "a\r\n\r\nb\nc", want: "a b c" }],
    ["U+2028", { given: "a\u2028b", want: "a b" }],
    ["HTML is shown", { given: "<br>", want: "&lt;br&gt;" }],
    ["trimmed", { given: "  x  ", want: "x" }],
    ["NUL is dropped", { given: "a\0b", want: "ab" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(mdTableCell(given)).toBe(want));

  it.each(HOSTILE)("%s cannot end the cell or the row", (_, given) => {
    const cell = mdTableCell(given);
    expect(cell).not.toMatch(/[\r\n\u2028\u2029\0<>]/);
    expect(cell).not.toMatch(/(^|[^\\])\|/);
  });
});

describe("mdCodeBlock", () => {
  const cases: Case[] = [
    ["plain", { given: "x", want: "```\nx\n```" }],
    ["language", { given: "x", options: { lang: "json" }, want: "```json\nx\n```" }],
    ["the language cannot break the fence line", { given: "x", options: { lang: "ts\n```\n<b>" }, want: "```tsb\nx\n```" }],
    ["the fence is longer than any backtick run inside", { given: "a ``` b\n````", want: "`````\na ``` b\n````\n`````" }],
    ["CRLF is normalised and NUL dropped", { given: "a\r\nb\0", want: "```\na\nb\n```" }],
  ];
  it.each(cases)("%s", (_, { given, options, want }) => expect(mdCodeBlock(given, options)).toBe(want));

  it.each(HOSTILE)("%s cannot close the block early", (_, given) => {
    const lines = mdCodeBlock(`${given}\n\`\`\`\n${given}`).split("\n");
    const fence = lines[0]!;
    expect(lines.at(-1)).toBe(fence);
    // CommonMark: a closing fence is up to three spaces, a backtick run at least as long, blanks.
    const closes = new RegExp(`^ {0,3}\`{${fence.length},}[ \\t]*$`);
    expect(lines.slice(1, -1).filter((line) => closes.test(line))).toEqual([]);
  });
});

describe("mdCode", () => {
  const cases: Case[] = [
    ["plain", { given: "x", want: "`x`" }],
    ["one backtick inside", { given: "a`b", want: "``a`b``" }],
    ["backticks at the ends are padded", { given: "`x`", want: "`` `x` ``" }],
    ["triple backticks", { given: "a ``` b", want: "````a ``` b````" }],
    ["line breaks become spaces", { given: "a\r\nb\nc", want: "`a b c`" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(mdCode(given)).toBe(want));

  it.each(HOSTILE)("%s cannot end the code span early", (_, given) => {
    const span = mdCode(given);
    const fence = /^`+/.exec(span)![0];
    const inner = span.slice(fence.length, -fence.length);
    expect(span.endsWith(fence)).toBe(true);
    expect((inner.match(/`+/g) ?? []).filter((run) => run.length === fence.length)).toEqual([]);
    expect(inner).not.toMatch(/[\r\n\u2028\u2029]/);
  });
});
