import { createRequire } from "node:module";
import type { astToString as AstToString, GlobalContext, OpenAPI3, OpenAPITSOptions, resolveRef as ResolveRef, scanDiscriminators as ScanDiscriminators, transformSchema as TransformSchema } from "openapi-typescript";
import type TypeScript from "typescript";
import { isBinaryString } from "../model/schema-to-type.js";
import { PipelineError } from "../pipeline-error.js";

// Required, not imported: as an ES import, TypeScript's 9 MB of CommonJS is first scanned for its
// export names (~0.7 s), and openapi-typescript's index loads all of Redocly for its lint and
// bundle, which are not used here. Its transform and helpers alone load in ~0.3 s.
const require = createRequire(import.meta.url);
const ts = require("typescript") as typeof TypeScript;
const transformSchema = require("openapi-typescript/dist/transform/index.cjs") as typeof TransformSchema;
const { astToString } = require("openapi-typescript/dist/lib/ts.cjs") as { astToString: typeof AstToString };
const { resolveRef, scanDiscriminators } = require("openapi-typescript/dist/lib/utils.cjs") as { resolveRef: typeof ResolveRef; scanDiscriminators: typeof ScanDiscriminators };

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile("types.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
const print = (node: TypeScript.Node) => printer.printNode(ts.EmitHint.Unspecified, node, scratch);

/** Where a schema's subschemas are resolved at once by TypeScript: array items and the combinators. */
const EAGER_KEYS = ["items", "prefixItems", "oneOf", "anyOf", "allOf"] as const;

/**
 * Named schemas that reach themselves through "eager" positions only: `$ref`, array items and
 * `oneOf`/`anyOf`/`allOf`, which TypeScript resolves at once (an object's properties are deferred).
 * Maps each such schema to the schemas of its cycle (itself included). `through` narrows the
 * positions followed (without the array positions: the cycles that no array breaks).
 */
export function eagerCycles(document: Record<string, unknown>, through: readonly string[] = EAGER_KEYS): Map<string, Set<string>> {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  const schemas = components?.schemas && typeof components.schemas === "object" ? components.schemas : {};
  const edges = new Map<string, Set<string>>();
  for (const [name, schema] of Object.entries(schemas)) {
    const targets = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== "object") return;
      const object = node as Record<string, unknown>;
      if (typeof object.$ref === "string") {
        const match = /^#\/components\/schemas\/([^/]+)$/.exec(object.$ref);
        if (match) targets.add(decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~"));
      }
      for (const key of through) walk(object[key]);
    };
    walk(schema);
    edges.set(name, targets);
  }
  const cycles = new Map<string, Set<string>>();
  for (const start of edges.keys()) {
    // Every schema reachable from `start` that reaches `start` back is on its cycle.
    const reach = (from: string): Set<string> => {
      const seen = new Set<string>();
      const stack = [...(edges.get(from) ?? [])];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(edges.get(next) ?? []));
      }
      return seen;
    };
    const forward = reach(start);
    if (!forward.has(start)) continue;
    cycles.set(start, new Set([...forward].filter((other) => other === start || reach(other).has(start))));
  }
  return cycles;
}

/** Keywords that describe a schema without constraining its values. */
const ANNOTATION_KEYS = new Set(["title", "description", "deprecated", "example", "examples", "default", "nullable", "readOnly", "writeOnly", "externalDocs", "$comment"]);

function componentRef(node: unknown): string | undefined {
  if (node === null || typeof node !== "object" || typeof (node as { $ref?: unknown }).$ref !== "string") return undefined;
  if (Object.keys(node).some((key) => key !== "$ref" && !ANNOTATION_KEYS.has(key) && !key.startsWith("x-"))) return undefined;
  const match = /^#\/components\/schemas\/([^/]+)$/.exec((node as { $ref: string }).$ref);
  return match ? decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

/**
 * The polymorphism pattern: a parent lists its variants (`Pet: oneOf [Cat, Dog]`, often with a
 * discriminator) and each variant extends the parent (`Cat: allOf [Pet, {meow}]`). Read literally
 * that is a cycle; what the spec means is that a variant has the parent's own fields. So inside a
 * variant's `allOf`, a reference to a parent on its cycle becomes the parent's own schema without
 * its variants (`oneOf`, `anyOf`, `discriminator`).
 */
function inlineParentsOfVariants(schemas: Record<string, Record<string, unknown>>, cycles: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const [name, members] of cycles) {
    const schema = schemas[name]!;
    if (!Array.isArray(schema.allOf)) continue;
    schema.allOf = schema.allOf.map((part: unknown) => {
      const parent = componentRef(part);
      const parentSchema = parent === undefined || !members.has(parent) ? undefined : schemas[parent];
      if (parentSchema === undefined || !(Array.isArray(parentSchema.oneOf) || Array.isArray(parentSchema.anyOf))) return part;
      const { oneOf: _oneOf, anyOf: _anyOf, discriminator: _discriminator, ...own } = parentSchema;
      return own;
    });
  }
}

/**
 * Schemas that reach themselves through `$ref`, `oneOf`, `anyOf` or `allOf` alone, no array or
 * object on the way (`A: oneOf [B, string]`, `B: anyOf [A, number]`): TypeScript rejects any such
 * type (TS2502), and no interface can defer it. When the cycle is made of unions and aliases only,
 * every schema on it holds exactly the values of the members that lead out of it (here
 * `string | number`, the least solution), so each becomes that union, written out. Through `allOf`
 * (an intersection with itself) or a member that is not a plain reference, there is no such
 * reading: the spec is refused, naming the schema.
 */
export function flattenUnionCycles(document: Record<string, unknown>): void {
  if (eagerCycles(document, ["oneOf", "anyOf", "allOf"]).size === 0) return;
  const schemas = (document.components as { schemas: Record<string, Record<string, unknown>> }).schemas;
  inlineParentsOfVariants(schemas, eagerCycles(document, ["oneOf", "anyOf", "allOf"]));
  const cycles = eagerCycles(document, ["oneOf", "anyOf", "allOf"]);
  const done = new Set<string>();
  for (const [start, members] of cycles) {
    if (done.has(start)) continue;
    const ordered = Object.keys(schemas).filter((name) => members.has(name));
    const outside: unknown[] = [];
    const seen = new Set<string>();
    for (const name of ordered) {
      const schema = schemas[name]!;
      const constraining = Object.keys(schema).filter((key) => !ANNOTATION_KEYS.has(key) && !key.startsWith("x-"));
      const union = constraining.length === 1 && (constraining[0] === "oneOf" || constraining[0] === "anyOf") && Array.isArray(schema[constraining[0]]) ? (schema[constraining[0]] as unknown[]) : undefined;
      const alias = constraining.length === 1 && constraining[0] === "$ref" ? [schema] : undefined;
      const variants = union ?? alias;
      const reason = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      if (variants === undefined) {
        throw new PipelineError(`schema reaches itself through ${ordered.join(" -> ")} with nothing but allOf, $ref and combinators on the way, and is not a union: TypeScript has no type for it (put the reference inside a property or an array)`, reason);
      }
      for (const variant of variants) {
        const target = componentRef(variant);
        if (target !== undefined && members.has(target)) continue;
        if (JSON.stringify(variant).includes("#/components/schemas/") && [...members].some((member) => JSON.stringify(variant).includes(`"#/components/schemas/${member.replace(/~/g, "~0").replace(/\//g, "~1")}"`))) {
          throw new PipelineError(`schema reaches itself through a member that is not a plain reference (${ordered.join(" -> ")}): TypeScript has no type for it (put the reference inside a property or an array)`, reason);
        }
        const key = JSON.stringify(variant);
        if (!seen.has(key)) {
          seen.add(key);
          outside.push(variant);
        }
      }
    }
    for (const name of ordered) {
      const schema = schemas[name]!;
      const annotations = Object.fromEntries(Object.entries(schema).filter(([key]) => ANNOTATION_KEYS.has(key) || key.startsWith("x-")));
      // No member leads out: no value satisfies the schema, and `unknown` is all TypeScript can say.
      schemas[name] = outside.length === 0 ? annotations : { ...annotations, anyOf: outside };
      done.add(name);
    }
  }
}

/**
 * openapi-typescript prints a schema that is "a union including an array of itself" (Trieve's
 * `FilterValue: string | number | boolean | FilterValue[]`), an array of itself, or an array of a
 * schema that is an array of it (`Ping: Pong[]`, `Pong: Ping[]`) as a type TypeScript rejects
 * (TS2502: referenced in its own type annotation). An interface extending Array defers the
 * reference, so such arrays become `<Name>RecursiveArray` interfaces declared after the types.
 */
function deferRecursiveArrays(declarations: string[], cycles: ReadonlyMap<string, ReadonlySet<string>>) {
  return (type: TypeScript.TypeNode, options: { path?: string }): TypeScript.TypeNode | undefined => {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(options.path ?? "");
    if (!match || !(ts.isUnionTypeNode(type) || ts.isArrayTypeNode(type))) return undefined;
    const name = decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~");
    const cycle = [...(cycles.get(name) ?? [name])].map((other) => `components["schemas"][${JSON.stringify(other)}]`);
    let changed = false;
    const defer = (member: TypeScript.TypeNode): TypeScript.TypeNode => {
      if (!ts.isArrayTypeNode(member)) return member;
      const printed = print(member);
      if (!cycle.some((reference) => printed.includes(reference))) return member;
      changed = true;
      // An identifier whatever the schema is called (`2Tree`, `../../evil`).
      const alias = `${name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^(?=[0-9])/, "_")}RecursiveArray${declarations.length || ""}`;
      declarations.push(`export interface ${alias} extends Array<${print(member.elementType)}> {}`);
      return ts.factory.createTypeReferenceNode(alias);
    };
    // `Nested: Nested[]` (an array of itself) as much as `Filter: string | Filter[]`.
    if (ts.isArrayTypeNode(type)) {
      const deferred = defer(type);
      return changed ? deferred : undefined;
    }
    const members = type.types.map(defer);
    return changed ? ts.factory.createUnionTypeNode(members) : undefined;
  };
}

/**
 * A binary string (`format: binary`, or 3.1 `contentMediaType` without `contentEncoding`) is a
 * `Blob` on the TypeScript side, as the model calls it `binary`: openapi-typescript would say
 * `string`, which neither a file upload nor a downloaded body is.
 */
function binaryAsBlob(schema: Record<string, unknown>): TypeScript.TypeNode | undefined {
  if (!isBinaryString(schema)) return undefined;
  const blob = ts.factory.createTypeReferenceNode("Blob");
  const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  return nullable ? ts.factory.createUnionTypeNode([blob, ts.factory.createLiteralTypeNode(ts.factory.createNull())]) : blob;
}

/**
 * openapi-typescript prints declared properties plus typed `additionalProperties` as
 * `{ a?: A } & { [key: string]: T }`, which no value satisfies when a property is not a `T` (the
 * index signature applies to every key). The index signature is widened to `T | A | …`, as one
 * would write the type by hand: extra keys stay checked as far as TypeScript allows.
 */
function widenIndexSignatures(type: TypeScript.TypeNode): TypeScript.TypeNode | undefined {
  if (!ts.isIntersectionTypeNode(type)) return undefined;
  const propertyTypes = type.types.flatMap((member) =>
    ts.isTypeLiteralNode(member) ? member.members.filter(ts.isPropertySignature).flatMap((property) => (property.type ? [property.type] : [])) : [],
  );
  if (propertyTypes.length === 0) return undefined;
  let changed = false;
  const members = type.types.map((member) => {
    if (!ts.isTypeLiteralNode(member) || member.members.length !== 1 || !ts.isIndexSignatureDeclaration(member.members[0]!)) return member;
    const signature = member.members[0];
    if (signature.type.kind === ts.SyntaxKind.UnknownKeyword || signature.type.kind === ts.SyntaxKind.AnyKeyword) return member;
    const seen = new Set<string>();
    const union = [signature.type, ...propertyTypes].filter((node) => {
      const text = print(node);
      return seen.has(text) ? false : (seen.add(text), true);
    });
    changed = true;
    const widened = ts.factory.updateIndexSignature(signature, signature.modifiers, signature.parameters, ts.factory.createUnionTypeNode([...union, ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword)]));
    return ts.factory.updateTypeLiteralNode(member, ts.factory.createNodeArray([widened]));
  });
  return changed ? ts.factory.createIntersectionTypeNode(members) : undefined;
}

/**
 * openapi-typescript's `openapiTS()` first lints and re-bundles whatever it is given (Redocly
 * again, a third walk of the whole document on top of ours); the document here is our bundle, linted
 * already. So its transform is run directly, with the context `openapiTS()` would build from
 * these options (every other option at openapi-typescript's default).
 */
function transformContext(document: OpenAPI3, options: OpenAPITSOptions): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: options.alphabetize ?? false,
    arrayLength: false,
    defaultNonNullable: options.defaultNonNullable ?? true,
    discriminators: scanDiscriminators(document, options),
    emptyObjectsUnknown: options.emptyObjectsUnknown ?? false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: options.postTransform,
    propertiesRequiredByDefault: false,
    // Read by openapiTS()'s lint and bundle only, which are not run: no Redocly config is needed.
    redoc: undefined as never,
    silent: options.silent ?? false,
    transform: options.transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, { silent: options.silent ?? false }),
  };
}

/**
 * The TypeScript types of a bundled document (`paths`, `components`, `operations`), from
 * openapi-typescript: the one source of every type the TypeScript flavors use. The document is
 * changed in place (openapi-typescript adds discriminator properties): pass a copy if it is used
 * again.
 */
export async function generateTypes(document: Record<string, unknown>): Promise<string> {
  const declarations: string[] = [];
  flattenUnionCycles(document);
  const deferArrays = deferRecursiveArrays(declarations, eagerCycles(document));
  try {
    const version = typeof document.openapi === "string" ? Number.parseFloat(document.openapi) : Number.NaN;
    if (!(version >= 3 && version < 4)) throw new Error(`Unsupported OpenAPI version: ${String(document.openapi ?? document.swagger)}`);
    const schema = document as unknown as OpenAPI3;
    const ast = transformSchema(
      schema,
      transformContext(schema, {
        silent: true,
        alphabetize: false,
        // A default makes a field optional to send, not required: keep request types honest.
        defaultNonNullable: false,
        // `type: object` and nothing else allows any properties: `Record<string, unknown>`, not `Record<string, never>`.
        emptyObjectsUnknown: true,
        transform: (schemaObject) => binaryAsBlob(schemaObject as Record<string, unknown>),
        postTransform: (type, options) => {
          const deferred = deferArrays(type, options);
          return widenIndexSignatures(deferred ?? type) ?? deferred;
        },
      }),
    );
    // openapi-typescript copies descriptions into doc comments raw: a NUL makes the file binary to
    // git and diff, U+2028/U+2029 are line terminators. As `\uXXXX` they are the same value inside a
    // string literal (where the printer already escapes NUL) and inert text inside a comment.
    const source = astToString(ast).replace(/[\0\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return declarations.length === 0 ? source : `${source}${declarations.join("\n")}\n`;
  } catch (error) {
    throw new PipelineError(`openapi-typescript failed: ${(error as Error).message}`);
  }
}
