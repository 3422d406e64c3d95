import type { ApiModel, TypeRef } from "../model/api-model.js";

export interface ExampleOptions {
  /** What stands for raw bytes (a file). @default null */
  binary?: unknown;
}

/**
 * A plausible value for a type, for documentation examples when the spec gives none: the first
 * enum value, a default, or a value shaped by the format. Never `"string"`. Each named schema is
 * expanded once per path, so recursive schemas end (a recursive array is empty); a discriminated
 * union's example carries its variant's discriminator value.
 */
export function exampleValue(type: TypeRef, model: ApiModel, options: ExampleOptions = {}, expanding: ReadonlySet<string> = new Set()): unknown {
  const next = (inner: TypeRef, names: ReadonlySet<string> = expanding) => exampleValue(inner, model, options, names);
  switch (type.kind) {
    case "ref": {
      const schema = model.schemas.find((candidate) => candidate.name === type.name);
      if (schema?.example !== undefined) return schema.example;
      if (!schema) return {};
      if (expanding.has(type.name)) return type.nullable ? null : {};
      return next(schema.type, new Set([...expanding, type.name]));
    }
    case "enum":
      return type.values[0] ?? null;
    case "primitive":
      if (type.type === "boolean") return true;
      if (type.type === "integer" || type.type === "number") return 10;
      switch (type.format) {
        case "uuid":
          return "5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41";
        case "date-time":
          return "2026-11-02T09:15:00Z";
        case "date":
          return "2026-11-02";
        case "email":
          return "ada.lovelace@example.com";
        case "uri":
        case "url":
          return "https://example.com";
        default:
          return "example";
      }
    case "array":
      // An array of a schema being expanded would recurse for ever: the empty array is valid.
      return type.items.kind === "ref" && expanding.has(type.items.name) ? [] : [next(type.items)];
    case "map":
      return {};
    case "object":
      return Object.fromEntries(type.properties.filter((property) => property.required).map((property) => [property.name, next(property.type)]));
    case "union": {
      const variant = type.variants[0];
      if (!variant) return null;
      const value = next(variant);
      const discriminator = type.discriminator;
      if (!discriminator || variant.kind !== "ref" || typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const tag = Object.entries(discriminator.mapping).find(([, name]) => name === variant.name)?.[0] ?? variant.name;
      return { ...value, [discriminator.propertyName]: tag };
    }
    case "intersection":
      return Object.assign({}, ...type.parts.map((part) => next(part)));
    case "binary":
      return options.binary ?? null;
    case "any":
      return null;
  }
}
