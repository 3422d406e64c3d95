import path from "node:path";
import { pascalCase, snakeCase } from "change-case";
import type { PackageNames } from "../flavors/flavor.js";
import { PipelineError } from "../pipeline-error.js";
import { selectFlavors } from "../flavors/index.js";
import type { FlavorDefinition } from "../flavors/flavor.js";

/** What a user may set, on the command line or programmatically. */
export interface GenerateOptions {
  /** The root spec file (split files are bundled). @default "spec/openapi.yaml" */
  spec?: string;
  /** The output root. @default "generated" */
  out?: string;
  /** Flavors to render. @default every flavor */
  flavors?: readonly string[];
  /** Write nothing; fail listing every file that is not current. @default false */
  check?: boolean;
  /** Run Redocly lint first. @default true */
  lint?: boolean;
  /** Redocly config for lint. @default "redocly.yaml" for the canonical spec, "redocly-external.yaml" (minimal rules) for any other */
  lintConfig?: string;
  /** Print nothing but errors. @default false */
  quiet?: boolean;
  /** Skip the run when inputs and output are unchanged since the last successful run. @default true (false with `check`) */
  cache?: boolean;
  /** Package names; derived from the spec's `info.title` when not given. */
  packages?: Partial<PackageNames>;
}

/** {@link GenerateOptions} with every default applied and paths made absolute. */
export interface ResolvedConfig {
  readonly projectRoot: string;
  readonly specPath: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly flavors: readonly FlavorDefinition[];
  readonly check: boolean;
  readonly lint: boolean;
  readonly lintConfig: string;
  readonly quiet: boolean;
  readonly useCache: boolean;
  readonly packages: Partial<PackageNames>;
  /** Whether the spec is the canonical one (its bundle is also written to the output root). */
  readonly canonical: boolean;
}

export function resolveConfig(options: GenerateOptions, projectRoot: string): ResolvedConfig {
  const canonicalSpec = path.join(projectRoot, "spec/openapi.yaml");
  const specPath = path.resolve(projectRoot, options.spec ?? canonicalSpec);
  return {
    projectRoot,
    specPath,
    outDir: path.resolve(projectRoot, options.out ?? "generated"),
    templatesDir: path.join(projectRoot, "templates"),
    flavors: selectFlavors(options.flavors),
    check: options.check ?? false,
    lint: options.lint ?? true,
    lintConfig: path.resolve(projectRoot, options.lintConfig ?? (specPath === canonicalSpec ? "redocly.yaml" : "redocly-external.yaml")),
    quiet: options.quiet ?? false,
    // `--check` must look at the files themselves: it is what CI trusts.
    useCache: (options.cache ?? true) && !(options.check ?? false),
    packages: options.packages ?? {},
    canonical: specPath === canonicalSpec,
  };
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
