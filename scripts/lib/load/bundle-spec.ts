import path from "node:path";
import type { Document, NormalizedProblem } from "@redocly/openapi-core";
import type { ParsedSpecFile } from "./check-spec-files.js";
import { PipelineError } from "../pipeline-error.js";
import { isOwnBundle } from "./local-refs.js";
import { stringifyBundle, stringifyJson } from "./stringify-bundle.js";

export interface BundledSpec {
  /** The bundle as YAML, all external `$ref`s pulled into `components` (Redocly CLI's layout and quoting). */
  yaml: string;
  /** The same document as pretty-printed JSON with a trailing newline. */
  json: string;
  /** The parsed document. */
  document: Record<string, unknown>;
}

/** Top-level keys the Redocly CLI writes first, in this order, for a bundle (the rest follow as they were). */
const TOP_LEVEL_ORDER = {
  openapi: ["openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "externalDocs", "paths", "webhooks", "x-webhooks", "components"],
  swagger: ["swagger", "info", "host", "basePath", "schemes", "consumes", "produces", "security", "tags", "externalDocs", "paths", "definitions", "parameters", "responses", "securityDefinitions"],
} as const;

/** The document with its top-level keys in the CLI's order (`redocly bundle` sorts them so). */
function sortTopLevelKeys(document: Record<string, unknown>): Record<string, unknown> {
  const order = "swagger" in document ? TOP_LEVEL_ORDER.swagger : TOP_LEVEL_ORDER.openapi;
  const sorted: Record<string, unknown> = {};
  for (const key of [...order.filter((key) => Object.hasOwn(document, key)), ...Object.keys(document)]) {
    // defineProperty, not assignment: a top-level key `__proto__` stays a key.
    if (!Object.hasOwn(sorted, key)) Object.defineProperty(sorted, key, { value: document[key], enumerable: true, writable: true, configurable: true });
  }
  return sorted;
}

/** `file:line:col (pointer): message` for each problem, as the rest of the pipeline names places. */
export async function formatProblems(problems: readonly NormalizedProblem[], projectRoot: string): Promise<string> {
  const { getLineColLocation } = await import("@redocly/openapi-core");
  return problems
    .map((problem) => {
      const location = problem.location[0];
      if (location === undefined) return `${problem.message} (${problem.ruleId})`;
      const file = path.relative(projectRoot, location.source.absoluteRef) || location.source.absoluteRef;
      // The line and column of the node at fault come from Redocly's own YAML AST of the file.
      const { start } = getLineColLocation(location);
      return `${file}:${start.line}:${start.col} (${location.pointer}): ${problem.message} (${problem.ruleId})`;
    })
    .join("\n");
}

/**
 * Bundles a split spec into one document with Redocly's bundler, in this process (no CLI start-up,
 * nothing written anywhere). A reference that does not resolve throws a PipelineError naming
 * `file:line:col (pointer)`. Bundling needs no rules: the lint stage runs them.
 *
 * `parsed`: spec files already parsed as Redocly parses them ({@link checkAndParseSpecFiles}), by
 * absolute path; the bundler takes them from there instead of reading and parsing them again.
 */
export async function bundleSpec(specPath: string, projectRoot: string, parsed: ReadonlyMap<string, ParsedSpecFile> = new Map()): Promise<BundledSpec> {
  const { document, json } = await bundleDocument(specPath, projectRoot, parsed);
  return { yaml: stringifyBundle(document), json, document };
}

/**
 * {@link bundleSpec} without the YAML text (`stringifyBundle` makes it; the pipeline does so off the
 * main thread). A spec in one file whose references all resolve within it is its own bundle:
 * Redocly's bundler would only order its top-level keys and add an empty `components` (checked
 * against it for both vendor specs and every fixture), so the bundler is not even loaded.
 */
export async function bundleDocument(specPath: string, projectRoot: string, parsed: ReadonlyMap<string, ParsedSpecFile> = new Map()): Promise<Omit<BundledSpec, "yaml">> {
  const root = parsed.get(path.resolve(specPath))?.parsed;
  const document = isPlainObject(root) && isOwnBundle(root) ? sortTopLevelKeys(withComponents(root)) : await bundleWithRedocly(specPath, projectRoot, parsed);
  return { json: stringifyJson(document), document };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** An OpenAPI 3 document always leaves Redocly's bundler with a `components` object. */
function withComponents(document: Record<string, unknown>): Record<string, unknown> {
  return typeof document.openapi === "string" && !Object.hasOwn(document, "components") ? { ...document, components: {} } : document;
}

/** Redocly's bundler, for a spec split over several files. */
async function bundleWithRedocly(specPath: string, projectRoot: string, parsed: ReadonlyMap<string, ParsedSpecFile>): Promise<Record<string, unknown>> {
  const { BaseResolver, bundle, createConfig, Source } = await import("@redocly/openapi-core");
  const config = await createConfig({});
  const resolver = new BaseResolver(config.resolve);
  for (const [file, { text, parsed: value }] of parsed) {
    const document: Document = { source: new Source(file, text), parsed: value };
    resolver.cache.set(file, Promise.resolve(document));
  }
  const result = await bundle({ ref: path.resolve(specPath), config, dereference: false, externalRefResolver: resolver });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    throw new PipelineError(`bundle failed\n${await formatProblems(errors, projectRoot)}`, path.relative(projectRoot, specPath));
  }
  return sortTopLevelKeys(result.bundle.parsed as Record<string, unknown>);
}
