import { performance } from "node:perf_hooks";
import type { OutputFile, WriteReport } from "./write/write-files.js";
import { derivePackageNames, type ResolvedConfig } from "./config/resolve-config.js";
import { PipelineError } from "./pipeline-error.js";
import { fingerprintInputs, isCacheHit, recordRun } from "./cache/generate-cache.js";

export interface StepTiming {
  step: string;
  ms: number;
}

export interface GenerateResult {
  report: WriteReport;
  timings: StepTiming[];
  files: OutputFile[];
  /** True when nothing had changed since the last successful run and no stage ran. */
  cached: boolean;
}

/**
 * The pipeline: lint -> bundle -> types -> model -> render every flavor -> write. Everything is
 * rendered in memory before the first byte is written, so any failure leaves the output as it was.
 */
export async function generate(config: ResolvedConfig, log: (line: string) => void = () => {}): Promise<GenerateResult> {
  const timings: StepTiming[] = [];
  const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await run();
    const ms = performance.now() - started;
    timings.push({ step: name, ms });
    log(`  ${name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms`);
    return result;
  };

  const fingerprint = config.useCache ? await step("fingerprint inputs", () => fingerprintInputs(config)) : undefined;
  if (fingerprint !== undefined && (await isCacheHit(config, fingerprint))) {
    log("  inputs unchanged since the last run, output intact: nothing to do");
    return { report: { written: [], unchanged: [], removed: [], stale: [] }, timings, files: [], cached: true };
  }

  // Before any tool follows a reference: refs stay in the spec folder, files parse, no alias bombs.
  // First and alone: a hostile or broken spec is refused before the heavy stages are even loaded.
  const { checkSpecFiles } = await import("./load/check-spec-files.js");
  await step("check spec files", () => checkSpecFiles(config.specPath, config.projectRoot));
  // The stages load TypeScript, openapi-typescript and Handlebars: only after a cache miss, so an
  // unchanged run returns before paying for them.
  const [{ bundleSpec }, { generateTypes }, { lintSpec }, { loadTemplates }, { buildApiModel }, { compileTemplates }, { writeFiles }] = await Promise.all([
    import("./load/bundle-spec.js"),
    import("./load/generate-types.js"),
    import("./load/lint-spec.js"),
    import("./load/load-templates.js"),
    import("./model/build-api-model.js"),
    import("./render/create-handlebars.js"),
    import("./write/write-files.js"),
  ]);
  if (config.lint) await step("lint", () => lintSpec(config.specPath, config.projectRoot, { configPath: config.lintConfig }));
  const bundle = await step("bundle", () => bundleSpec(config.specPath, config.projectRoot));
  // The model first: its errors name the JSON pointer, openapi-typescript's do not, and which of
  // two concurrent failures is reported must not depend on timing.
  const model = await step("model", () => buildApiModel(bundle.document));
  const typesSource = await step("types (openapi-typescript)", () => generateTypes(bundle.document));
  const packages = derivePackageNames(model.title, config.packages);
  const templateSets = await step("load templates", () =>
    Promise.all(config.flavors.map(async (flavor) => ({ flavor, templates: await loadTemplates(config.templatesDir, flavor.templateDir) }))),
  );
  const files: OutputFile[] = [
    { path: "openapi.yaml", contents: bundle.yaml },
    { path: "openapi.json", contents: bundle.json },
  ];
  for (const { flavor, templates } of templateSets) {
    const rendered = await step(`render ${flavor.name}`, () =>
      flavor.render({ model, typesSource, bundleJson: bundle.json, templates: compileTemplates(flavor.templateDir, templates), runtime: templates.runtime, packages }),
    );
    files.push(...rendered);
  }
  const report = await step(config.check ? "check" : "write", () =>
    writeFiles(config.outDir, files, { check: config.check, ownedDirs: config.flavors.flatMap((flavor) => flavor.ownedDirs) }),
  );
  if (config.check && report.stale.length > 0) {
    throw new PipelineError(
      `${report.stale.length} generated file(s) are not current; run \`npm run generate\`:\n${report.stale.map((file) => `  ${file}`).join("\n")}`,
      "--check",
    );
  }
  if (fingerprint !== undefined) await recordRun(config, fingerprint, files);
  return { report, timings, files, cached: false };
}
