import type { TypeRef } from "../model/api-model.js";
import { call, keyword, list, pyLiteral, type PyExpr, dict } from "./python-code.js";
import type { PyImports, PyTypes } from "./python-types.js";
import { pyString } from "../escape/escape.js";

/**
 * A JSON value (an example from the spec) as the Python expression a user would write for it:
 * models as constructor calls with keyword arguments, enum values as members, the rest as
 * literals. Fields the model does not declare go into `additional_properties`.
 */
export function pyValueCode(value: unknown, type: TypeRef, types: PyTypes, imports: PyImports, depth = 0): PyExpr {
  if (value === null || value === undefined || depth > 12) return pyLiteral(value);
  switch (type.kind) {
    case "ref": {
      const info = types.info(type.name);
      if (!info) return pyLiteral(value);
      if (info.kind === "alias") return pyValueCode(value, info.schema.type, types, imports, depth + 1);
      if (info.kind === "enum") {
        const member = info.members.find((candidate) => candidate.value === value);
        if (typeof value !== "string" && typeof value !== "number") return pyLiteral(value);
        imports.models.set(info.className, info.moduleName);
        return member ? `${info.className}.${member.name}` : call(info.className, [pyLiteral(value)]);
      }
      if (typeof value !== "object" || Array.isArray(value)) return pyLiteral(value);
      imports.models.set(info.className, info.moduleName);
      const record = value as Record<string, unknown>;
      const args: PyExpr[] = [];
      const known = new Set<string>();
      // Required fields first, as the dataclass declares them; then the others in example order.
      const ordered = [...info.properties.filter((entry) => entry.property.required), ...info.properties.filter((entry) => !entry.property.required)];
      for (const entry of ordered) {
        known.add(entry.property.name);
        if (!Object.hasOwn(record, entry.property.name)) continue;
        args.push(keyword(entry.name, pyValueCode(record[entry.property.name], entry.property.type, types, imports, depth + 1)));
      }
      const extra = Object.entries(record).filter(([name]) => !known.has(name));
      if (extra.length > 0) args.push(keyword("additional_properties", dict(extra.map(([name, item]) => [pyString(name), pyLiteral(item)] as const))));
      return call(info.className, args);
    }
    case "array":
      return Array.isArray(value) ? list(value.map((item) => pyValueCode(item, type.items, types, imports, depth + 1))) : pyLiteral(value);
    case "map":
      if (typeof value !== "object" || Array.isArray(value)) return pyLiteral(value);
      return dict(Object.entries(value as Record<string, unknown>).map(([name, item]) => [pyString(name), pyValueCode(item, type.values, types, imports, depth + 1)] as const));
    case "union": {
      const variant = type.variants.find((candidate) => candidate.kind === "ref" && typeof value === "object" && !Array.isArray(value)) ?? type.variants.find((candidate) => candidate.kind === "array" && Array.isArray(value));
      return variant ? pyValueCode(value, variant, types, imports, depth + 1) : pyLiteral(value);
    }
    default:
      return pyLiteral(value);
  }
}
