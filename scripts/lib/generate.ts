import { randomUUID } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { FlavorDefinition } from "./flavors/flavor.js";
import type { TemplateSet } from "./load/load-templates.js";
import type { TypesWorker } from "./load/start-types-worker.js";
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
 * The pipeline: check spec files -> lint (concurrently, in its own process) -> bundle -> model and
 * render every flavor (while a worker thread makes the types and the bundle's YAML) -> write.
 * Everything is rendered in memory, and the lint has passed, before the first byte is written, so
 * any failure leaves the output as it was.
 */
export async function generate(
  config: ResolvedConfig,
  log: (line: string) => void = () => {},
  /**
   * The inputs' fingerprint when the caller has taken it already (and found no cache hit), and the
   * types worker when the caller has started it already (it is closed here either way).
   */
  known: { fingerprint?: string; worker?: TypesWorker } = {},
): Promise<GenerateResult> {
  const timings: StepTiming[] = [];
  const step = async <T>(name: string, run: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const result = await run();
    const ms = performance.now() - started;
    timings.push({ step: name, ms });
    log(`  ${name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms`);
    return result;
  };

  const fingerprint = config.useCache ? (known.fingerprint ?? (await step("fingerprint inputs", () => fingerprintInputs(config)))) : undefined;
  if (fingerprint !== undefined && known.fingerprint === undefined && (await isCacheHit(config, fingerprint))) {
    log("  inputs unchanged since the last run, output intact: nothing to do");
    await known.worker?.close();
    return { report: { written: [], unchanged: [], removed: [], stale: [] }, timings, files: [], cached: true };
  }

  // openapi-typescript and the bundle's YAML text need the bundle only: a worker thread makes them
  // while this one builds the model and renders (on one core, this thread makes them afterwards).
  // Started first, it loads TypeScript (the slowest module to load) while this thread checks and
  // bundles the spec; it reads nothing until then.
  const worker = known.worker ?? (await import("./load/start-types-worker.js")).startTypesWork();
  // Before any tool follows a reference: refs stay in the spec folder, files parse, no alias bombs.
  // First: a hostile or broken spec is refused before the spec reaches any other stage.
  let checked: Awaited<ReturnType<typeof import("./load/check-spec-files.js").checkAndParseSpecFiles>>;
  try {
    const { checkAndParseSpecFiles } = await import("./load/check-spec-files.js");
    checked = await step("check spec files", () => checkAndParseSpecFiles(config.specPath, config.projectRoot));
  } catch (error) {
    await worker.close();
    throw error;
  }
  // Lint is the Redocly CLI in its own process: it runs on the other core while this one bundles,
  // builds the model and renders, and is waited for before anything is written. Its verdict comes
  // first, as if it had run alone first: a lint error is reported over any later stage's error.
  const lint = config.lint ? startLint(config, log) : undefined;
  try {
    // The stages load Redocly and Handlebars: only after a cache miss, so an unchanged run returns
    // before paying for them.
    const [{ bundleDocument }, { loadTemplates }, { buildApiModel }, { compileTemplates }, { writeFiles }] = await Promise.all([
      import("./load/bundle-spec.js"),
      import("./load/load-templates.js"),
      import("./model/build-api-model.js"),
      import("./render/create-handlebars.js"),
      import("./write/write-files.js"),
    ]);
    const bundle = await step("bundle", () => bundleDocument(config.specPath, config.projectRoot, checked.parsed));
    worker.send(bundle.document, bundle.json);
    // The model first: its errors name the JSON pointer, openapi-typescript's do not. Which of two
    // failures is reported does not depend on timing: model, then types, then the renders.
    const model = await step("model", () => buildApiModel(bundle.document));
    const packages = derivePackageNames(model.title, config.packages);
    const templateSets = await step("load templates", () =>
      Promise.all(config.flavors.map(async (flavor) => ({ flavor, templates: await loadTemplates(config.templatesDir, flavor.templateDir, { cacheDir: templateCacheDir(config) }) }))),
    );
    // The flavors render while the worker is still making the types: each gets a placeholder, put
    // where the types go and replaced by them when they come (see fillInTypes).
    const placeholder = `\0types from openapi-typescript, pending ${randomUUID()}\0`;
    const rendered: Array<{ flavor: FlavorDefinition; templates: TemplateSet; files: OutputFile[] }> = [];
    let renderError: unknown;
    for (const { flavor, templates } of templateSets) {
      try {
        const files = await step(`render ${flavor.name}`, () =>
          flavor.render({ model, typesSource: placeholder, bundleJson: bundle.json, templates: compileTemplates(flavor.templateDir, templates), runtime: templates.runtime, packages }),
        );
        rendered.push({ flavor, templates, files });
      } catch (error) {
        renderError = error;
        break;
      }
    }
    const waiting = performance.now();
    const types = await worker.types;
    log(`  ${"types (worker)".padEnd(22)} ${types.ms.toFixed(0).padStart(6)} ms`);
    if (renderError !== undefined) throw renderError;
    const yaml = await worker.yaml;
    log(`  ${"bundle yaml (worker)".padEnd(22)} ${yaml.ms.toFixed(0).padStart(6)} ms`);
    timings.push({ step: "types (worker)", ms: types.ms }, { step: "bundle yaml (worker)", ms: yaml.ms }, { step: "wait for worker", ms: performance.now() - waiting });
    const files: OutputFile[] = [
      { path: "openapi.yaml", contents: yaml.text },
      { path: "openapi.json", contents: bundle.json },
    ];
    for (const { flavor, templates, files: flavorFiles } of rendered) {
      const filled = fillInTypes(flavorFiles, placeholder, types.source);
      // A flavor that did more with the types than give them a file of their own renders again.
      files.push(
        ...(filled ??
          (await step(`render ${flavor.name} (again)`, () =>
            flavor.render({ model, typesSource: types.source, bundleJson: bundle.json, templates: compileTemplates(flavor.templateDir, templates), runtime: templates.runtime, packages }),
          ))),
      );
    }
    if (lint !== undefined) await lint.done;
    const report = await step(config.check ? "check" : "write", () =>
      writeFiles(config.outDir, files, { check: config.check, ownedDirs: config.flavors.flatMap((flavor) => flavor.ownedDirs) }),
    );
    if (config.check && report.stale.length > 0) {
      throw new PipelineError(
        `${report.stale.length} generated file(s) are not current; run \`npm run generate\`:\n${report.stale.map((file) => `  ${file}`).join("\n")}`,
        "--check",
      );
    }
    if (fingerprint !== undefined) {
      await recordRun(config, fingerprint, { flavors: config.flavors.map((flavor) => flavor.name), ownedDirs: config.flavors.flatMap((flavor) => flavor.ownedDirs), files });
    }
    return { report, timings, files, cached: false };
  } catch (error) {
    // A lint failure is the one to report (it would have stopped the run before this stage).
    if (lint !== undefined) await lint.done;
    // Later stages name a JSON pointer into the bundle: the error names the file and line too.
    const { withSpecFilePlace } = await import("./load/locate-pointer.js");
    throw await withSpecFilePlace(error, checked.files[0]!, checked.parsed, config.projectRoot);
  } finally {
    await worker.close();
  }
}

/** Where precompiled templates are kept between runs (beside the run cache, under node_modules/.cache). */
function templateCacheDir(config: ResolvedConfig): string {
  return path.join(config.projectRoot, "node_modules/.cache/invitations-generate/templates");
}

/**
 * The files with the placeholder replaced by the types, where a file's contents are exactly the
 * placeholder; undefined when the placeholder is anywhere else (the flavor must render again).
 */
function fillInTypes(files: readonly OutputFile[], placeholder: string, typesSource: string): OutputFile[] | undefined {
  const filled = files.map((file) => (file.contents === placeholder ? { path: file.path, contents: typesSource } : file));
  return filled.some((file) => file.contents.includes(placeholder)) ? undefined : filled;
}

/**
 * Starts the Redocly lint. `done` settles when it has finished: it rejects with the lint's own
 * report (file:line:col per problem), and logs the lint's step time either way.
 */
function startLint(config: ResolvedConfig, log: (line: string) => void): { done: Promise<void> } {
  const started = performance.now();
  const done = import("./load/lint-spec.js")
    .then(({ lintSpec }) => lintSpec(config.specPath, config.projectRoot, { configPath: config.lintConfig }))
    .finally(() => log(`  ${"lint (concurrent)".padEnd(22)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`));
  // Observed now, so a failure while other stages still run is not an unhandled rejection.
  done.catch(() => {});
  return { done };
}
