import { createRequire } from "node:module";
import type { ApiModel, TypeRef } from "../model/api-model.js";

// randexp is CommonJS whose `module.exports` is the class, while its typings declare a default
// export: require it (when a pattern first needs it), typed as what it really is.
const require = createRequire(import.meta.url);
let RandExp: typeof import("randexp").default | undefined;

/** Examples already made, by pattern: every docs flavor asks for the same ones (they are seeded, so equal). */
const patternExamples = new Map<string, string | undefined>();

export interface ExampleOptions {
  /** What stands for raw bytes (a file). @default null */
  binary?: unknown;
}

/**
 * A plausible value for a type, for documentation examples when the spec gives none: the first
 * enum value, a default, or a value shaped by the format. Never `"string"`. Each named schema is
 * expanded once per path, so recursive schemas end (a recursive array is empty); a discriminated
 * union's example carries its variant's discriminator value. A string with a `pattern` gets a value
 * that matches it (vendors' ids such as `^org_\\w{27}$`: a made-up "example" would be refused).
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
          return type.pattern === undefined ? "example" : (patternExample(type.pattern) ?? "example");
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

/**
 * A string matching `pattern`, the same on every run (a PRNG seeded from the pattern, so regenerating
 * never churns the docs), built from letters and digits where the pattern leaves the choice open.
 * `undefined` when the pattern is not an ECMAScript regular expression or the value would not match
 * it (back-references, lookarounds): a wrong example is worse than a generic one.
 */
export function patternExample(pattern: string): string | undefined {
  if (!patternExamples.has(pattern)) patternExamples.set(pattern, makePatternExample(pattern));
  return patternExamples.get(pattern);
}

function makePatternExample(pattern: string): string | undefined {
  let regexp: RegExp;
  try {
    regexp = new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
  RandExp ??= require("randexp") as typeof import("randexp").default;
  const generator = new RandExp(pattern);
  generator.defaultRange.subtract(0, 0x10ffff);
  generator.defaultRange.add(0x30, 0x39).add(0x41, 0x5a).add(0x61, 0x7a);
  generator.max = 8;
  const random = seededRandom(pattern);
  generator.randInt = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const value = generator.gen();
  return regexp.test(value) ? value : undefined;
}

/** mulberry32 seeded with the FNV-1a hash of `text`: small, fast, deterministic. */
function seededRandom(text: string): () => number {
  let seed = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) seed = Math.imul(seed ^ text.charCodeAt(index), 0x01000193);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
