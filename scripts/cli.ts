/**
 * `npm run generate`: spec in, clients out.
 *
 *   npm run generate                       lint, bundle, render every flavor, write generated/
 *   npm run generate -- --check            write nothing; fail listing every stale file
 *   npm run generate -- --flavor sdk       render one flavor (repeat for several)
 *   npm run generate -- --spec PATH --out DIR
 *   npm run generate -- --watch            regenerate when spec/ or templates/ change
 *   npm run generate -- --no-lint          skip Redocly lint (faster; the bundle still validates refs)
 *   npm run generate -- --lint-config F    lint with another Redocly config
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprintInputs, isCacheHit } from "./lib/cache/generate-cache.js";
import { parseCliArgs } from "./lib/cli-args.js";
import { resolveInputs, type GenerateOptions } from "./lib/config/resolve-inputs.js";
import { runMain } from "./lib/run-main.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function help(): Promise<string> {
  const { FLAVORS } = await import("./lib/flavors/index.js");
  return `Usage: npm run generate -- [options]

  --spec PATH      root spec file (default: spec/openapi.yaml)
  --out DIR        output root (default: generated)
  --flavor NAME    render only this flavor; repeatable (${FLAVORS.map((flavor) => flavor.name).join(", ")})
  --check          write nothing; exit 1 listing every file that is not current
  --no-lint        skip Redocly lint
  --lint-config F  Redocly config (default: redocly.yaml for spec/, redocly-external.yaml otherwise)
  --no-cache       run every stage even when nothing changed since the last run
  --watch          regenerate when the spec or templates change
  --quiet          print errors only
  --help           this text

Flavors:
${FLAVORS.map((flavor) => `  ${flavor.name.padEnd(8)} ${flavor.summary}`).join("\n")}
`;
}

async function runOnce(options: GenerateOptions): Promise<void> {
  const started = performance.now();
  const inputs = resolveInputs(options, projectRoot);
  const log = inputs.quiet ? () => {} : (line: string) => console.log(line);
  const header = (flavors: readonly string[]) =>
    log(`generate: ${path.relative(projectRoot, inputs.specPath)} -> ${path.relative(projectRoot, inputs.outDir) || "."} (${flavors.join(", ")})`);
  // Unchanged inputs and output: answered before the pipeline (Redocly, TypeScript, Handlebars,
  // the flavors) is even imported.
  let fingerprint: string | undefined;
  if (inputs.useCache) {
    const fingerprinting = performance.now();
    fingerprint = await fingerprintInputs(inputs);
    const fingerprintMs = performance.now() - fingerprinting;
    const hit = await isCacheHit(inputs, fingerprint);
    if (hit !== undefined) {
      header(hit.flavors);
      log(`  ${"fingerprint inputs".padEnd(22)} ${fingerprintMs.toFixed(0).padStart(6)} ms`);
      log("  inputs unchanged since the last run, output intact: nothing to do");
      log(`done: unchanged (${(performance.now() - started).toFixed(0)} ms)`);
      return;
    }
  }
  // The types worker loads TypeScript for ~1 s on the other core: started before the pipeline's
  // own modules are even imported (and closed here whatever happens).
  const worker = (await import("./lib/load/start-types-worker.js")).startTypesWork();
  try {
    const [{ resolveConfig }, { generate }] = await Promise.all([import("./lib/config/resolve-config.js"), import("./lib/generate.js")]);
    const config = resolveConfig(options, projectRoot);
    header(config.flavors.map((flavor) => flavor.name));
    const { report } = await generate(config, log, { ...(fingerprint === undefined ? {} : { fingerprint }), worker });
    const total = (performance.now() - started).toFixed(0);
    if (config.check) log(`check: all ${report.unchanged.length} files are current (${total} ms)`);
    else log(`done: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${total} ms)`);
  } finally {
    await worker.close();
  }
}

await runMain(async () => {
  const { options, watch, help: wantsHelp } = parseCliArgs(process.argv.slice(2));
  if (wantsHelp) {
    console.log(await help());
    return;
  }
  if (!watch) return runOnce(options);
  const { watchAndGenerate } = await import("./lib/watch.js");
  await watchAndGenerate(projectRoot, options, runOnce);
});
