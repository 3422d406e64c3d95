import { numberLiteral, rbString } from "../escape/escape.js";
import type { TypeRef } from "../model/api-model.js";
import type { RubyApi } from "./ruby-view.js";

/** Lines longer than this are broken over several lines, as a formatter would. */
const MAX_LINE = 100;

/** A JSON object key in a Ruby Hash literal: always a String, as JSON has it. */
const hashKey = (key: string) => `${rbString(key)} =>`;

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return "nil";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return Number.isFinite(value) ? numberLiteral(value) : "nil";
  if (typeof value === "string") return rbString(value);
  return undefined;
}

/**
 * Any JSON value as a Ruby expression, formatted like hand-written code: on one line when it fits,
 * else one element per line. Strings go through rbString (single quotes: nothing interpolates).
 * `indent` is the indentation of the line the expression starts on.
 */
export function rubyLiteral(value: unknown, indent = ""): string {
  const simple = scalar(value);
  if (simple !== undefined) return simple;
  if (Array.isArray(value)) return collection("[", "]", value.map((item) => (inner: string) => rubyLiteral(item, inner)), indent);
  const entries = Object.entries(value as Record<string, unknown>);
  return collection("{", "}", entries.map(([key, item]) => (inner: string) => `${hashKey(key)} ${rubyLiteral(item, inner)}`), indent, true);
}

/** `[a, b]` / `{ a, b }` on one line when short, else one element per line. */
function collection(open: string, close: string, elements: Array<(indent: string) => string>, indent: string, padded = false): string {
  if (elements.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  const oneLine = elements.map((element) => element(indent)).join(", ");
  const pad = padded ? " " : "";
  if (!oneLine.includes("\n") && indent.length + oneLine.length + 4 <= MAX_LINE) return `${open}${pad}${oneLine}${pad}${close}`;
  return `${open}\n${elements.map((element) => `${inner}${element(inner)}`).join(",\n")}\n${indent}${close}`;
}

/**
 * A JSON value as the Ruby a user writes for it, given its type: generated models as
 * `Module::Class.new(attribute: …)` (attributes the model does not know are left out), enum values
 * as their constant, everything else as a literal.
 */
export function rubyExample(value: unknown, type: TypeRef | undefined, api: Pick<RubyApi, "schemaByName" | "moduleName">, indent = "", depth = 0): string {
  // Bytes have no JSON example: the runtime reads any IO (a file part, in a multipart body).
  if (type?.kind === "binary" && (value === null || value === undefined)) return "File.open('upload.bin', 'rb')";
  if (value === null || value === undefined || type === undefined || depth > 8) return rubyLiteral(value, indent);
  if (type.kind === "object" && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const typeOf = (key: string) => type.properties.find((property) => property.name === key)?.type;
    return collection("{", "}", Object.keys(record).map((key) => (inner: string) => `${hashKey(key)} ${rubyExample(record[key], typeOf(key), api, inner, depth + 1)}`), indent, true);
  }
  if (type.kind === "array" && Array.isArray(value)) {
    return collection("[", "]", value.map((item) => (inner: string) => rubyExample(item, type.items, api, inner, depth + 1)), indent);
  }
  if (type.kind !== "ref") return rubyLiteral(value, indent);
  const target = api.schemaByName.get(type.name);
  if (!target) return rubyLiteral(value, indent);
  const qualified = `${api.moduleName}::${target.className}`;
  if (target.kind === "enum") {
    const constant = target.enumValues.find((entry) => entry.value === value);
    return constant ? `${qualified}::${constant.constantName}` : rubyLiteral(value, indent);
  }
  if (target.kind === "alias") return rubyExample(value, target.schema.type, api, indent, depth + 1);
  if (typeof value !== "object" || Array.isArray(value)) return rubyLiteral(value, indent);
  const record = value as Record<string, unknown>;
  const attributes = Object.keys(record)
    .map((wire) => ({ wire, property: target.properties.find((candidate) => candidate.property.name === wire) }))
    .filter((entry) => entry.property !== undefined)
    .map((entry) => (inner: string) => `${entry.property!.name}: ${rubyExample(record[entry.wire], entry.property!.property.type, api, inner, depth + 1)}`);
  if (attributes.length === 0) return `${qualified}.new`;
  return `${qualified}.new${collection("(", ")", attributes, indent)}`;
}
