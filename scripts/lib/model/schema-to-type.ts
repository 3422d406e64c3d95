import { PipelineError } from "../pipeline-error.js";
import type { PrimitiveType, PropertyModel, TypeRef } from "./api-model.js";

type Json = unknown;
type JsonObject = Record<string, Json>;

const JSON_SCHEMA_TYPES = new Set(["string", "integer", "number", "boolean", "array", "object", "null"]);
const SCHEMA_REF = /^#\/components\/schemas\/([^/]+)$/;

export function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Decodes a `#/components/schemas/Name` reference, or undefined for any other reference. */
export function schemaRefName(ref: string): string | undefined {
  const match = SCHEMA_REF.exec(ref);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]).replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * Whether a string schema holds raw bytes: `format: binary` (3.0), or a 3.1 `contentMediaType`
 * other than JSON without a `contentEncoding` (with one, the bytes are text such as base64).
 */
export function isBinaryString(schema: JsonObject): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("string")) return false;
  return schema.format === "binary" || (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined && !/json/i.test(schema.contentMediaType));
}

function withNullable(type: TypeRef, nullable: boolean): TypeRef {
  return nullable && !type.nullable ? { ...type, nullable: true } : type;
}

/** The declared types, reading 3.1 type arrays and 3.0 `nullable` alike; rejects non-JSON-Schema types. */
function declaredTypes(schema: JsonObject, pointer: string): { types: string[]; nullable: boolean } {
  const raw = schema.type;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  for (const type of list) {
    if (typeof type !== "string" || !JSON_SCHEMA_TYPES.has(type)) {
      throw new PipelineError(`${JSON.stringify(type)} is not a JSON Schema type (${[...JSON_SCHEMA_TYPES].join(", ")})`, `${pointer}/type`);
    }
  }
  const nullable = list.includes("null") || schema.nullable === true || (Array.isArray(schema.enum) && schema.enum.includes(null));
  return { types: (list as string[]).filter((type) => type !== "null"), nullable };
}

/**
 * Converts a JSON Schema (3.0 or 3.1 dialect, local refs kept as names) into a TypeRef. Named
 * component schemas stay references, so recursive schemas terminate.
 */
export function schemaToType(schema: Json, pointer: string): TypeRef {
  if (schema === true || schema === undefined || (isObject(schema) && Object.keys(schema).length === 0)) return { kind: "any", nullable: false };
  if (!isObject(schema)) throw new PipelineError("a schema must be an object", pointer);
  if (typeof schema.$ref === "string") {
    const name = schemaRefName(schema.$ref);
    if (name === undefined) throw new PipelineError(`unsupported $ref ${JSON.stringify(schema.$ref)} (only #/components/schemas/… after bundling)`, `${pointer}/$ref`);
    return { kind: "ref", name, nullable: false };
  }
  const { types, nullable } = declaredTypes(schema, pointer);

  for (const keyword of ["oneOf", "anyOf"] as const) {
    const variants = schema[keyword];
    if (Array.isArray(variants)) {
      const converted = variants.map((variant, index) => schemaToType(variant, `${pointer}/${keyword}/${index}`));
      const nonNull = converted.filter((variant) => !(variant.kind === "any" && variant.nullable));
      const discriminator = isObject(schema.discriminator) && typeof schema.discriminator.propertyName === "string"
        ? {
            propertyName: schema.discriminator.propertyName,
            mapping: Object.fromEntries(
              Object.entries(isObject(schema.discriminator.mapping) ? schema.discriminator.mapping : {}).map(([value, ref]) => [value, schemaRefName(String(ref)) ?? String(ref)]),
            ),
          }
        : undefined;
      const union: TypeRef = discriminator ? { kind: "union", variants: nonNull, discriminator, nullable } : { kind: "union", variants: nonNull, nullable };
      return nonNull.length === 1 && !discriminator ? withNullable(nonNull[0]!, nullable || nonNull.length < converted.length) : union;
    }
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part, index) => schemaToType(part, `${pointer}/allOf/${index}`));
    const own = objectType(schema, pointer, nullable);
    const ownHasContent = own.kind === "object" && own.properties.length > 0;
    if (parts.length === 1 && !ownHasContent) return withNullable(parts[0]!, nullable);
    return { kind: "intersection", parts: ownHasContent ? [...parts, own] : parts, nullable };
  }
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.filter((value): value is string | number | boolean => value !== null && typeof value !== "object");
    const base: PrimitiveType = (types[0] as PrimitiveType | undefined) ?? (typeof values[0] === "number" ? "number" : typeof values[0] === "boolean" ? "boolean" : "string");
    return { kind: "enum", base, values, nullable };
  }
  if (schema.const !== undefined && schema.const !== null && typeof schema.const !== "object") {
    const value = schema.const as string | number | boolean;
    return { kind: "enum", base: typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "string", values: [value], nullable };
  }
  if (types.length > 1) {
    return { kind: "union", variants: types.map((type) => schemaToType({ ...schema, type, nullable: false }, pointer)), nullable };
  }
  const type = types[0] ?? (schema.properties || schema.additionalProperties !== undefined ? "object" : schema.items ? "array" : undefined);
  switch (type) {
    case "string":
      if (isBinaryString(schema)) return { kind: "binary", nullable };
      return {
        kind: "primitive",
        type: "string",
        ...(typeof schema.format === "string" ? { format: schema.format } : {}),
        ...(typeof schema.pattern === "string" ? { pattern: schema.pattern } : {}),
        nullable,
      };
    case "integer":
    case "number":
    case "boolean":
      return typeof schema.format === "string" ? { kind: "primitive", type, format: schema.format, nullable } : { kind: "primitive", type, nullable };
    case "array":
      return { kind: "array", items: schemaToType(schema.items, `${pointer}/items`), nullable };
    case "object":
      return objectType(schema, pointer, nullable);
    default:
      return { kind: "any", nullable };
  }
}

function objectType(schema: JsonObject, pointer: string, nullable: boolean): TypeRef {
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const properties: PropertyModel[] = Object.entries(isObject(schema.properties) ? schema.properties : {}).map(([name, property]) => {
    const propertyPointer = `${pointer}/properties/${escapePointerSegment(name)}`;
    const details = isObject(property) ? property : {};
    const model: PropertyModel = {
      name,
      type: schemaToType(property, propertyPointer),
      required: required.has(name),
      deprecated: details.deprecated === true,
      readOnly: details.readOnly === true,
      writeOnly: details.writeOnly === true,
    };
    if (typeof details.description === "string") model.description = details.description;
    if (details.default !== undefined) model.default = details.default;
    return model;
  });
  const rawAdditional = schema.additionalProperties;
  const additional = rawAdditional === undefined || rawAdditional === false ? undefined : schemaToType(rawAdditional === true ? {} : rawAdditional, `${pointer}/additionalProperties`);
  if (properties.length === 0 && additional !== undefined) return { kind: "map", values: additional, nullable };
  return { kind: "object", properties, additional, nullable };
}
