import Handlebars from "handlebars";
import * as escape from "../escape/escape.js";
import type { PlacementOptions } from "../escape/escape.js";
import { PipelineError } from "../pipeline-error.js";
import type { TemplateSet } from "../load/load-templates.js";

export type RenderTemplate = (view: unknown) => string;

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
 * Compiles a flavor's templates in an isolated Handlebars instance: `noEscape` (HTML escaping is
 * wrong for code; our helpers escape for the real destination) and `strict` (a typo throws instead
 * of printing an empty string).
 */
export function compileTemplates(flavor: string, templates: TemplateSet): Map<string, RenderTemplate> {
  const handlebars = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) {
    // Handlebars passes its options object last; our helpers take the value and the hash arguments
    // (`{{tsDoc text indent="  "}}`) as their PlacementOptions.
    handlebars.registerHelper(name, (value: unknown, options: Handlebars.HelperOptions) =>
      (helper as (value: unknown, placement?: PlacementOptions) => string)(value, { ...(options?.hash as PlacementOptions | undefined) }),
    );
  }
  for (const [name, source] of templates.partials) handlebars.registerPartial(name, source);
  const compiled = new Map<string, RenderTemplate>();
  for (const [file, source] of templates.files) {
    const template = handlebars.compile(source, { noEscape: true, strict: true });
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
