/**
 * Escaping helpers, one per place a spec string can land. Every value from the spec reaches
 * output through one of these (a test walks the templates to enforce it). Each returns text that
 * is inert where it lands: it cannot close the literal, comment or cell it sits in.
 */

/** Where a helper's output lands, beyond the value itself (Handlebars hash arguments: `indent="  "`). */
export interface PlacementOptions {
  /** Indentation of the construct the text sits in (a comment block, a literal spanning lines). */
  indent?: string;
  /** Language of a fenced code block. */
  lang?: string;
}

/** Line terminators JavaScript, Python and Ruby treat as line breaks, beyond CR and LF. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** A TypeScript/JavaScript string literal, double-quoted (JSON.stringify escapes \u2028/\u2029 as of ES2019; we force it). */
export function tsString(value: unknown): string {
  return JSON.stringify(String(value)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * Text inside a `/** … *\/` doc comment: cannot close the comment, one ` * ` line per source
 * line. `indent` is the indentation of the comment itself.
 */
export function tsDoc(value: unknown, { indent = "" }: PlacementOptions = {}): string {
  return normalizeLines(String(value))
    .replace(/\*\//g, "*\\/")
    .replace(/\0/g, "\\0")
    .split("\n")
    .map((line) => line.trimEnd())
    .join(`\n${indent} * `)
    .replace(/ \* $/gm, " *");
}

/** A whole doc comment: `/** text *\/` on one line, or a block when the text has several lines. */
export function tsDocComment(value: unknown, { indent = "" }: PlacementOptions = {}): string {
  const text = tsDoc(value, { indent });
  return text.includes("\n") ? `/**\n${indent} * ${text}\n${indent} */` : `/** ${text} */`;
}

/**
 * A JSON number as a literal TypeScript, Python and Ruby all read back as the same value. An integer
 * beyond 2^53 is written out in full (`18446744073709551616`, not JavaScript's shortest
 * `18446744073709552000`, which Python and Ruby read as a different integer) and never in exponent
 * form (`1e+21` is a float in Python and Ruby). The load stage refuses numbers that are not finite.
 */
export function numberLiteral(value: number): string {
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return BigInt(value).toString();
  return String(value);
}

/** Any JSON value as a TypeScript expression, formatted over lines like hand-written code. */
export function tsValue(value: unknown, { indent = "" }: PlacementOptions = {}): string {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return numberLiteral(value);
  if (typeof value === "string") return tsString(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${inner}${tsValue(item, { indent: inner })},`).join("\n")}\n${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([key, item]) => `${inner}${tsPropertyKey(key)}: ${tsValue(item, { indent: inner })},`).join("\n")}\n${indent}}`;
  }
  return "undefined";
}

/** One line of a `//` comment: line breaks (which would end the comment) become spaces. */
export function tsLineComment(value: unknown): string {
  return normalizeLines(String(value)).replace(/\0/g, "\\0").replace(/\s*\n\s*/g, " ").trim();
}

/**
 * A property key in a TypeScript object type or literal: bare when it is an identifier, else quoted.
 * `__proto__` is computed: in an object literal even a quoted `"__proto__":` sets the prototype
 * instead of a property (a query parameter of that name would vanish); `["__proto__"]` is an own
 * property there and the same property in a type.
 */
export function tsPropertyKey(name: string): string {
  if (name === "__proto__") return `[${tsString(name)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : tsString(name);
}

/** A Python string literal (double-quoted, with every non-printable escaped). */
export function pyString(value: unknown): string {
  let out = '"';
  for (const char of String(value)) {
    const code = char.codePointAt(0)!;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    // Lone surrogates (not valid UTF-8) and other non-printables as escapes.
    else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

/**
 * Text inside a Python `"""…"""` docstring: cannot close it, no escape sequences take effect.
 * Lines are trimmed first, then backslashes escaped, then every quote in a run of two or more and a
 * final quote, so no `"""` can form (not even with the closing one); a lone quote in prose stays.
 */
export function pyDoc(value: unknown): string {
  return normalizeLines(String(value))
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\\/g, "\\\\")
    .replace(/"(?=")|(?<=")"|"$/g, '\\"')
    .replace(/\0/g, "\\0");
}

/** A Ruby string literal, single-quoted: `#{…}` does not interpolate inside single quotes. */
export function rbString(value: unknown): string {
  const text = String(value);
  // Single quotes cannot carry control characters readably; fall back to an escaped double-quoted literal
  // with `#` escaped so that nothing interpolates.
  if (/[\0-\x1f\x7f\u0085\u2028\u2029]/.test(text)) {
    let out = '"';
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (char === "\\") out += "\\\\";
      else if (char === '"') out += '\\"';
      else if (char === "#") out += "\\#";
      else if (char === "\n") out += "\\n";
      else if (char === "\r") out += "\\r";
      else if (char === "\t") out += "\\t";
      else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029) out += `\\u{${code.toString(16)}}`;
      else out += char;
    }
    return `${out}"`;
  }
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * Ruby reads some comment lines as magic comments (`shareable_constant_value` on any line,
 * `frozen_string_literal` before the first line of code, emacs-style `-*- … -*-`). A spec line of
 * that shape gets its name in backticks (or its marker escaped), which Ruby does not read.
 */
const RUBY_MAGIC_COMMENT = /^(\s*)((?:en)?coding|frozen[-_]string[-_]literal|shareable[-_]constant[-_]value|warn[-_]indent|warn[-_]past[-_]scope)(\s*:)/i;

/**
 * Text after `# ` in a Ruby comment: one comment line per source line, `=begin`/`=end` defused,
 * magic-comment-shaped lines kept as prose. `indent` is the indentation of the comment itself
 * (the first `# ` is the template's).
 */
export function rbComment(value: unknown, { indent = "" }: PlacementOptions = {}): string {
  return normalizeLines(String(value))
    .replace(/\0/g, "\\0")
    .split("\n")
    .map((line) => line.trimEnd().replace(RUBY_MAGIC_COMMENT, "$1`$2`$3").replace(/-\*-/g, "-\\*-"))
    .join(`\n${indent}# `)
    .replace(/# $/gm, "#");
}

/** Markdown prose: HTML tags are shown, not rendered; line breaks kept. */
export function mdText(value: unknown): string {
  return normalizeLines(String(value)).replace(/\0/g, "").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One Markdown table cell: no pipe or line break may end the cell or the row. */
export function mdTableCell(value: unknown): string {
  return mdText(value).replace(/\|/g, "\\|").replace(/\n+/g, " ").trim();
}

/** A fenced Markdown code block whose fence is longer than any backtick run inside, so the code cannot end it. */
export function mdCodeBlock(value: unknown, { lang = "" }: PlacementOptions = {}): string {
  const text = normalizeLines(String(value)).replace(/\0/g, "");
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${lang.replace(/[^\w+-]/g, "")}\n${text}\n${fence}`;
}

/** Inline code in Markdown: a backtick fence longer than any backtick run inside. */
export function mdCode(value: unknown): string {
  const text = normalizeLines(String(value)).replace(/\0/g, "").replace(/\n/g, " ");
  // An empty code span is not a code span: show the emptiness instead.
  if (text === "") return "`\"\"`";
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function normalizeLines(text: string): string {
  return text.replace(LINE_BREAKS, "\n");
}
