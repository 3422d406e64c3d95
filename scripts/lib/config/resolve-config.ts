import { pascalCase, snakeCase } from "change-case";
import type { PackageNames } from "../flavors/flavor.js";
import { PipelineError } from "../pipeline-error.js";
import { selectFlavors } from "../flavors/index.js";
import type { FlavorDefinition } from "../flavors/flavor.js";
import { resolveInputs, type GenerateOptions, type ResolvedInputs } from "./resolve-inputs.js";

export { resolveInputs, type GenerateOptions, type ResolvedInputs } from "./resolve-inputs.js";

/** {@link GenerateOptions} with every default applied and paths made absolute. */
export interface ResolvedConfig extends ResolvedInputs {
  readonly flavors: readonly FlavorDefinition[];
}

/** Applies every default; `--flavor` names are checked against the registered flavors. */
export function resolveConfig(options: GenerateOptions, projectRoot: string): ResolvedConfig {
  return { ...resolveInputs(options, projectRoot), flavors: selectFlavors(options.flavors) };
}

/** Package names from the API title: "Invitations API" -> @invitations-api/sdk, invitations_api, InvitationsApi. */
export function derivePackageNames(title: string, overrides: Partial<PackageNames>): PackageNames {
  const words = title.replace(/[^\p{L}\p{N}]+/gu, " ").trim() || "api";
  const snake = snakeCase(words).replace(/[^a-z0-9_]/g, "") || "api";
  const pascal = pascalCase(words).replace(/[^A-Za-z0-9]/g, "") || "Api";
  const names: PackageNames = {
    npmScope: snake.replace(/_/g, "-"),
    pythonPackage: /^[0-9]/.test(snake) ? `api_${snake}` : snake,
    rubyModule: /^[0-9]/.test(pascal) ? `Api${pascal}` : pascal,
    rubyGem: snake,
    clientClass: `${/^[0-9]/.test(pascal) ? `Api${pascal}` : pascal}Client`,
    ...overrides,
  };
  // Overrides land in code and file names unescaped (they are identifiers there): check their shape.
  for (const [field, pattern] of Object.entries(PACKAGE_NAME_SHAPES) as Array<[keyof PackageNames, RegExp]>) {
    if (!pattern.test(names[field])) throw new PipelineError(`package name ${field} ${JSON.stringify(names[field])} must match ${pattern}`, `packages.${field}`);
  }
  return names;
}

const PACKAGE_NAME_SHAPES: Readonly<Record<keyof PackageNames, RegExp>> = {
  npmScope: /^[a-z0-9][a-z0-9-]{0,63}$/,
  pythonPackage: /^[a-z_][a-z0-9_]{0,63}$/,
  rubyModule: /^[A-Z][A-Za-z0-9]{0,63}$/,
  rubyGem: /^[a-z][a-z0-9_]{0,63}$/,
  clientClass: /^[A-Z][A-Za-z0-9]{0,63}$/,
};
