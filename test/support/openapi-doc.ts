import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const referenceSpecsDir = path.resolve(projectRoot, "../shared/reference-specs");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function readDocument(filePath: string): JsonObject {
  const text = readFileSync(filePath, "utf8");
  return (filePath.endsWith(".json") ? JSON.parse(text) : parse(text)) as JsonObject;
}

/** The bundled canonical spec, as `npm run bundle` left it. */
export function readBundle(): JsonObject {
  return readDocument(path.join(projectRoot, "generated/openapi.json"));
}

/** Follows local `$ref`s (`#/…`) until a node is not a reference. */
export function deref(doc: JsonObject, node: Json | undefined): Json | undefined {
  let current = node;
  for (let hops = 0; hops < 32; hops++) {
    if (!current || typeof current !== "object" || Array.isArray(current) || typeof current.$ref !== "string") return current;
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`non-local $ref ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json | undefined>((value, key) => (value && typeof value === "object" ? (value as JsonObject)[key] : undefined), doc);
  }
  throw new Error("$ref chain too long");
}

export interface OperationEntry {
  method: string;
  path: string;
  pathItem: JsonObject;
  operation: JsonObject;
}

export function listOperations(doc: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [pathKey, rawItem] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    const pathItem = deref(doc, rawItem) as JsonObject;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation && typeof operation === "object") entries.push({ method, path: pathKey, pathItem, operation: operation as JsonObject });
    }
  }
  return entries;
}

/** Path-item parameters merged with the operation's (the operation wins), references resolved. */
export function operationParameters(doc: JsonObject, entry: OperationEntry): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const raw of [...((entry.pathItem.parameters ?? []) as Json[]), ...((entry.operation.parameters ?? []) as Json[])]) {
    const parameter = deref(doc, raw) as JsonObject;
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}
