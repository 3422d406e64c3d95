import { numberLiteral, pyDoc, pyString } from "../escape/escape.js";

/**
 * Python source helpers for the python flavor's view: expressions laid out the way `black`
 * (line length {@link PY_LINE_LENGTH}) lays them out, docstrings wrapped and escaped, literals from
 * JSON values, one-line comments. Everything returned is Python already escaped (a `Code` field).
 */

export const PY_LINE_LENGTH = 100;

/** A Python expression: plain text, or a bracketed construct `black` may split over lines. */
export type PyExpr =
  | string
  | { kind: "call"; head: string; args: readonly PyExpr[]; tail?: string; subscript?: boolean }
  | { kind: "list"; items: readonly PyExpr[] }
  | { kind: "set"; items: readonly PyExpr[] }
  | { kind: "dict"; entries: ReadonlyArray<readonly [string, PyExpr]> }
  | { kind: "keyword"; name: string; value: PyExpr };

export const call = (head: string, args: readonly PyExpr[], tail = ""): PyExpr => ({ kind: "call", head, args, tail });
export const keyword = (name: string, value: PyExpr): PyExpr => ({ kind: "keyword", name, value });
export const list = (items: readonly PyExpr[]): PyExpr => ({ kind: "list", items });
export const set = (items: readonly PyExpr[]): PyExpr => ({ kind: "set", items });
export const dict = (entries: ReadonlyArray<readonly [string, PyExpr]>): PyExpr => ({ kind: "dict", entries });

/**
 * Expressions already put on one line: `layout` asks for an expression's one-line form at every
 * level it tries, so a deep literal would be flattened once per level. Expressions are never
 * changed once made (they are read-only by type).
 */
const flattened = new WeakMap<object, string>();

/** The expression on one line. */
export function flat(expr: PyExpr): string {
  if (typeof expr === "string") return expr;
  let text = flattened.get(expr);
  if (text === undefined) {
    text = flatten(expr);
    flattened.set(expr, text);
  }
  return text;
}

function flatten(expr: Exclude<PyExpr, string>): string {
  switch (expr.kind) {
    case "call":
      return expr.subscript ? `${expr.head}[${expr.args.map(flat).join(", ")}]${expr.tail ?? ""}` : `${expr.head}(${expr.args.map(flat).join(", ")})${expr.tail ?? ""}`;
    case "list":
      return `[${expr.items.map(flat).join(", ")}]`;
    case "set":
      return `{${expr.items.map(flat).join(", ")}}`;
    case "dict":
      return `{${expr.entries.map(([key, value]) => `${key}: ${flat(value)}`).join(", ")}}`;
    case "keyword":
      return `${expr.name}=${flat(expr.value)}`;
  }
}

/** The bracket parts of a splittable expression: what opens, the items, what closes. */
function brackets(expr: PyExpr): { open: string; items: PyExpr[]; close: string } | null {
  if (typeof expr === "string") return null;
  switch (expr.kind) {
    case "call":
      return expr.subscript
        ? { open: `${expr.head}[`, items: [...expr.args], close: `]${expr.tail ?? ""}` }
        : { open: `${expr.head}(`, items: [...expr.args], close: `)${expr.tail ?? ""}` };
    case "list":
      return { open: "[", items: [...expr.items], close: "]" };
    case "set":
      return { open: "{", items: [...expr.items], close: "}" };
    case "dict":
      return { open: "{", items: expr.entries.map(([key, value]) => ({ kind: "keyword", name: `${key}: `, value }) as PyExpr), close: "}" };
    case "keyword": {
      const inner = brackets(expr.value);
      return inner && { ...inner, open: `${expr.name}${expr.name.endsWith(": ") ? "" : "="}${inner.open}` };
    }
  }
}

function flatItem(expr: PyExpr): string {
  // Dict entries are carried as keywords whose name ends in ": ".
  if (typeof expr !== "string" && expr.kind === "keyword" && expr.name.endsWith(": ")) return `${expr.name}${flat(expr.value)}`;
  return flat(expr);
}

/**
 * Lays `prefix + expr + suffix` out at `indent` as black does: on one line when it fits; else
 * split at the outermost brackets, the items on one indented line when they fit, else one item
 * per line with a trailing comma (each laid out the same way).
 */
export function layout(expr: PyExpr, indent: string, prefix = "", suffix = ""): string[] {
  const oneLine = `${indent}${prefix}${flatItem(expr)}${suffix}`;
  const parts = brackets(expr);
  if (oneLine.length <= PY_LINE_LENGTH || parts === null || parts.items.length === 0) return [oneLine];
  const inner = `${indent}    `;
  const body = parts.items.map(flatItem).join(", ");
  const lines = [`${indent}${prefix}${parts.open}`];
  // A collection display (list, set, dict) of several items that does not fit is exploded one item
  // per line; only calls and subscripts keep their items on one indented line when they fit.
  const display = typeof expr !== "string" && (expr.kind === "list" || expr.kind === "set" || expr.kind === "dict" || (expr.kind === "keyword" && typeof expr.value !== "string" && ["list", "set", "dict"].includes(expr.value.kind)));
  if (!(display && parts.items.length > 1) && `${inner}${body}`.length <= PY_LINE_LENGTH) {
    lines.push(`${inner}${body}`);
  } else {
    // Black adds the trailing comma only when it splits at commas, so not after a lone item.
    const comma = parts.items.length === 1 ? "" : ",";
    for (const item of parts.items) lines.push(...layout(item, inner, "", comma));
  }
  lines.push(`${indent}${parts.close}${suffix}`);
  return lines;
}

/** `layout` joined into text. */
export function layoutCode(expr: PyExpr, indent: string, prefix = "", suffix = ""): string {
  return layout(expr, indent, prefix, suffix).join("\n");
}

/**
 * Code without string literals (an annotation `Union[A, Dict[str, Any]]`, a decoder
 * `list_of(nullable(A._decode))`) as an expression whose calls and subscripts `layout` may split.
 */
export function parseExpr(text: string): PyExpr {
  const open = text.search(/[[(]/);
  if (open === -1) return text;
  const opener = text[open]!;
  const closer = opener === "(" ? ")" : "]";
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let index = open; index < text.length; index++) {
    const char = text[index]!;
    if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") {
      depth--;
      if (depth === 0) {
        if (char !== closer || index !== text.length - 1) return text;
        const last = text.slice(start, index).trim();
        if (last !== "" || args.length > 0) args.push(last);
      }
    } else if (char === "," && depth === 1) {
      args.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  return { kind: "call", head: text.slice(0, open), args: args.map(parseExpr), subscript: opener === "[" };
}

/**
 * An annotation as an expression whose subscripts `layout` may split, after `prefix` (`name: `)
 * and before `suffix` (` = None`).
 */
export function annotationExpr(prefix: string, annotation: string, suffix = ""): PyExpr {
  const expr = parseExpr(annotation);
  if (typeof expr === "string" || expr.kind !== "call") return `${prefix}${flat(expr)}${suffix}`;
  return { ...expr, head: `${prefix}${expr.head}`, tail: suffix };
}

/**
 * A `def` line as black lays it out: parameters on the line, on one indented line, or one per line
 * with a trailing comma (a parameter too long for its line split at its annotation's brackets).
 */
export function defCode(indent: string, name: string, params: readonly PyExpr[], returns: string): string {
  const flatParams = params.map(flat);
  const oneLine = `${indent}def ${name}(${flatParams.join(", ")}) -> ${returns}:`;
  if (oneLine.length <= PY_LINE_LENGTH) return oneLine;
  const inner = `${indent}    `;
  const body = flatParams.join(", ");
  const hasStar = flatParams.includes("*");
  // The closing line splits at the return annotation's brackets when it is too long.
  const closing = layout(parseExpr(returns), indent, ") -> ", ":");
  if (!hasStar && `${inner}${body}`.length <= PY_LINE_LENGTH) return [`${indent}def ${name}(`, `${inner}${body}`, ...closing].join("\n");
  return [`${indent}def ${name}(`, ...params.flatMap((param) => layout(param, inner, "", ",")), ...closing].join("\n");
}

/** Wraps one line of prose on spaces (never inside a word): the first line to `firstWidth`, the rest to `width`. */
function wrapLine(line: string, firstWidth: number, width: number): string[] {
  const words = line.split(/ +/).filter((word, index) => word !== "" || index === 0);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const limit = lines.length === 0 ? firstWidth : width;
    if (current !== "" && `${current} ${word}`.length > limit) {
      lines.push(current);
      current = word;
    } else {
      current = current === "" ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Prose already wrapped, by text and widths: the same descriptions (a parameter's, an operation's)
 * land in several docstrings of a package (the method, its `_with_http_info` and `_iter` variants).
 */
const wrappedDocs = new Map<string, readonly string[]>();

/** Escaped (`pyDoc`) prose as wrapped lines: the first fits `firstWidth`, the others `width`. */
function docLines(text: string, firstWidth: number, width: number): readonly string[] {
  const key = `${firstWidth}\0${width}\0${text}`;
  let lines = wrappedDocs.get(key);
  if (lines === undefined) {
    lines = wrapDoc(text, firstWidth, width);
    wrappedDocs.set(key, lines);
  }
  return lines;
}

function wrapDoc(text: string, firstWidth: number, width: number): string[] {
  const out: string[] = [];
  for (const line of pyDoc(text).split("\n")) {
    const indentation = /^\s*/.exec(line)?.[0] ?? "";
    const wrapped = wrapLine(line.slice(indentation.length), (out.length === 0 ? firstWidth : width) - indentation.length, width - indentation.length);
    out.push(...wrapped.map((part) => (part === "" ? "" : `${indentation}${part}`)));
  }
  return out;
}

/** A one-line summary for a docstring's first line: whitespace collapsed, ending in a period. */
export function summaryLine(text: string): string {
  const line = text.replace(/[\s\u2028\u2029\u0085]+/g, " ").trim();
  return /[.!?:]$/.test(line) ? line : `${line}.`;
}

/** A part of a docstring after its summary line. */
export type DocBlock =
  /** Spec prose (escaped and wrapped here). */
  | { text: string }
  /** `Title:` then `name: text` entries, the text escaped and wrapped here (Google style). */
  | { title: string; entries: ReadonlyArray<{ name: string; text: string }> }
  /** Lines already escaped for a docstring, kept as they are (indented here). */
  | { lines: readonly string[] };

/**
 * A docstring with its quotes, its first line at `indent`: one line when it is only a summary that
 * fits; else the summary, then each block after a blank line, then the closing quotes.
 */
export function docstringCode(indent: string, summary: string, blocks: readonly DocBlock[] = []): string {
  const width = PY_LINE_LENGTH - indent.length;
  const head = docLines(summaryLine(summary), width - 3, width);
  if (blocks.length === 0 && head.length === 1 && `${indent}"""${head[0]}"""`.length <= PY_LINE_LENGTH) return `${indent}"""${head[0]}"""`;
  const out = [`${indent}"""${head[0]}`, ...head.slice(1).map((line) => (line === "" ? "" : `${indent}${line}`))];
  for (const block of blocks) {
    const lines: string[] = [];
    if ("text" in block) {
      lines.push(...docLines(block.text, width, width));
    } else if ("title" in block) {
      if (block.entries.length === 0) continue;
      lines.push(`${block.title}:`);
      for (const { name, text } of block.entries) {
        const lead = `    ${name}:`;
        const body = text.replace(/\s+/g, " ").trim();
        if (body === "") {
          lines.push(lead);
          continue;
        }
        const wrapped = docLines(body, width - lead.length - 1, width - 8);
        lines.push(`${lead} ${wrapped[0]}`, ...wrapped.slice(1).map((line) => `        ${line}`));
      }
    } else {
      lines.push(...block.lines);
    }
    out.push("", ...lines.map((line) => (line === "" ? "" : `${indent}${line}`)));
  }
  out.push(`${indent}"""`);
  return out.join("\n");
}

/** Spec text as the rest of a `# ` comment: one line, control characters gone, cut to `max`. */
export function commentText(text: string, max = 80): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, " ").trim();
  const end = line.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? line : line.slice(0, end + 1);
  return sentence.length > max ? `${sentence.slice(0, max - 3)}...` : sentence;
}

/** Any JSON value as a Python literal expression (dicts and lists splittable by `layout`). */
export function pyLiteral(value: unknown): PyExpr {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isFinite(value) ? numberLiteral(value) : "None";
  if (typeof value === "string") return pyString(value);
  if (Array.isArray(value)) return list(value.map(pyLiteral));
  if (typeof value === "object") return dict(Object.entries(value as Record<string, unknown>).map(([key, item]) => [pyString(key), pyLiteral(item)] as const));
  return "None";
}

/** A TOML basic string (TOML forbids raw control characters, DEL included). */
export function tomlString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\t") out += "\\t";
    else if (char === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}
