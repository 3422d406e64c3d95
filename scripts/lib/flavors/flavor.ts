import type { ApiModel } from "../model/api-model.js";
import type { RenderTemplate } from "../render/create-handlebars.js";
import type { OutputFile } from "../write/write-files.js";

/** Names of the packages a run produces, derived once from the spec's title (or set in config). */
export interface PackageNames {
  /** npm scope without `@`, e.g. `invitations-api`. */
  npmScope: string;
  /** Python import package, e.g. `invitations_api`. */
  pythonPackage: string;
  /** Ruby module, e.g. `InvitationsApi`; the gem and require name is `rubyGem`. */
  rubyModule: string;
  rubyGem: string;
  /** Class name of the client that holds every API, e.g. `InvitationsApiClient`. */
  clientClass: string;
}

/** Everything a flavor's render needs; all of it already loaded, so rendering is pure. */
export interface RenderInput {
  model: ApiModel;
  /** openapi-typescript's output for the bundle (TypeScript flavors). */
  typesSource: string;
  /** The bundled document as JSON text (flavors that ship it, e.g. for validation). */
  bundleJson: string;
  templates: ReadonlyMap<string, RenderTemplate>;
  runtime: ReadonlyMap<string, string>;
  packages: PackageNames;
}

export interface FlavorDefinition {
  name: string;
  /** One line for `--help` and the README table. */
  summary: string;
  /** Folder under templates/. */
  templateDir: string;
  /** Folders under the output root that this flavor owns entirely (stale files there are removed). */
  ownedDirs: readonly string[];
  render(input: RenderInput): OutputFile[];
}

/** Renders a template by its path under `files/`, failing loudly when it does not exist. */
export function renderTemplate(input: RenderInput, file: string, view: unknown): string {
  const template = input.templates.get(file);
  if (!template) throw new Error(`missing template files/${file}`);
  return template(view);
}

/** Copies the runtime files verbatim under `outDir`. */
export function copyRuntime(input: RenderInput, outDir: string, rename: (file: string) => string = (file) => file): OutputFile[] {
  return [...input.runtime].map(([file, contents]) => ({ path: `${outDir}/${rename(file)}`, contents }));
}
