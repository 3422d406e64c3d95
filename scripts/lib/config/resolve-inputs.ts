import path from "node:path";
import type { PackageNames } from "../flavors/flavor.js";

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

/**
 * {@link GenerateOptions} with every default applied and paths made absolute, except the flavors:
 * what the unchanged-inputs check needs, without loading any flavor (`resolveConfig` adds them).
 */
export interface ResolvedInputs {
  readonly projectRoot: string;
  readonly specPath: string;
  readonly outDir: string;
  readonly templatesDir: string;
  /** The flavors asked for by name, unchecked; undefined for every flavor. */
  readonly flavorNames: readonly string[] | undefined;
  readonly check: boolean;
  readonly lint: boolean;
  readonly lintConfig: string;
  readonly quiet: boolean;
  readonly useCache: boolean;
  readonly packages: Partial<PackageNames>;
  /** Whether the spec is the canonical one (its bundle is also written to the output root). */
  readonly canonical: boolean;
}

export function resolveInputs(options: GenerateOptions, projectRoot: string): ResolvedInputs {
  const canonicalSpec = path.join(projectRoot, "spec/openapi.yaml");
  const specPath = path.resolve(projectRoot, options.spec ?? canonicalSpec);
  return {
    projectRoot,
    specPath,
    outDir: path.resolve(projectRoot, options.out ?? "generated"),
    templatesDir: path.join(projectRoot, "templates"),
    flavorNames: options.flavors && options.flavors.length > 0 ? [...options.flavors] : undefined,
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
