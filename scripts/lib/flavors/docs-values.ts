import type { ApiModel, TypeRef } from "../model/api-model.js";

/**
 * A plausible value for a type, for documentation examples when the spec gives none: the first
 * enum value, a default, or a value shaped by the format. Never `"string"`.
 */
export function exampleValue(type: TypeRef, model: ApiModel, depth = 0): unknown {
  if (depth > 4) return null;
  switch (type.kind) {
    case "ref": {
      const schema = model.schemas.find((candidate) => candidate.name === type.name);
      if (schema?.example !== undefined) return schema.example;
      return schema ? exampleValue(schema.type, model, depth + 1) : {};
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
      return [exampleValue(type.items, model, depth + 1)];
    case "map":
      return {};
    case "object":
      return Object.fromEntries(type.properties.filter((property) => property.required).map((property) => [property.name, exampleValue(property.type, model, depth + 1)]));
    case "union":
      return type.variants[0] ? exampleValue(type.variants[0], model, depth + 1) : null;
    case "intersection":
      return Object.assign({}, ...type.parts.map((part) => exampleValue(part, model, depth + 1)));
    case "binary":
    case "any":
      return null;
  }
}
