import { createRequire } from "node:module";
import type Handlebars from "handlebars";
import * as escape from "../escape/escape.js";
import type { PlacementOptions } from "../escape/escape.js";
import { PipelineError } from "../pipeline-error.js";
import type { TemplateSet } from "../load/load-templates.js";
import type { PrecompiledTemplates } from "./precompile-templates.js";

export type RenderTemplate = (view: unknown) => string;

const require = createRequire(import.meta.url);
/**
 * Handlebars, or its runtime alone: precompiled templates need no compiler, and the compiler (with
 * the source-map library under it) takes most of Handlebars' ~0.1 s load.
 */
export function loadHandlebars(part: "runtime" | "compiler"): typeof Handlebars {
  return require(part === "runtime" ? "handlebars/runtime" : "handlebars") as typeof Handlebars;
}

/**
 * The one registry of template helpers. Escaping helpers are named for where their output lands;
 * `json` prints a value the view already made safe for JSON files (package.json, tsconfig).
 */
const HELPERS = {
  ...escape,
  json: (value: unknown) => JSON.stringify(value, null, 2),
} as const;

export const ESCAPING_HELPERS = Object.keys(HELPERS);

/**
 * How every template is compiled (a fresh object per call): `noEscape` (HTML escaping is wrong for code; our helpers escape
 * for the real destination), `strict` (a typo throws instead of printing an empty string), and our
 * helpers declared known, so a call to one is a direct call, not a lookup by name.
 */
export function compileOptions(): { noEscape: true; strict: true; knownHelpers: Record<string, boolean> } {
  // A new object each time: Handlebars adds its built-in helpers to the `knownHelpers` it is given.
  return { noEscape: true, strict: true, knownHelpers: Object.fromEntries(ESCAPING_HELPERS.map((name) => [name, true])) };
}

/**
 * A flavor's templates in an isolated Handlebars instance, compiled with {@link compileOptions}
 * (or taken precompiled so, when the load stage found them in its cache).
 */
export function compileTemplates(flavor: string, templates: TemplateSet & { precompiled?: PrecompiledTemplates | undefined }): Map<string, RenderTemplate> {
  const { precompiled } = templates;
  const allPrecompiled = precompiled !== undefined && [...templates.files.keys()].every((file) => precompiled.files.has(file)) && [...templates.partials.keys()].every((name) => precompiled.partials.has(name));
  const handlebars = loadHandlebars(allPrecompiled ? "runtime" : "compiler").create();
  for (const [name, helper] of Object.entries(HELPERS)) {
    // Handlebars passes its options object last; our helpers take the value and the hash arguments
    // (`{{tsDoc text indent="  "}}`) as their PlacementOptions.
    handlebars.registerHelper(name, (value: unknown, options: Handlebars.HelperOptions) =>
      (helper as (value: unknown, placement?: PlacementOptions) => string)(value, { ...(options?.hash as PlacementOptions | undefined) }),
    );
  }
  for (const [name, source] of templates.partials) {
    const spec = precompiled?.partials.get(name);
    handlebars.registerPartial(name, spec === undefined ? handlebars.compile(source, compileOptions()) : handlebars.template(spec));
  }
  const compiled = new Map<string, RenderTemplate>();
  for (const [file, source] of templates.files) {
    const spec = precompiled?.files.get(file);
    const template = spec === undefined ? handlebars.compile(source, compileOptions()) : handlebars.template(spec);
    compiled.set(file, (view) => {
      try {
        return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (error) {
        throw new PipelineError(`template failed: ${(error as Error).message}`, `templates/${flavor}/files/${file}`);
      }
    });
  }
  return compiled;
}
