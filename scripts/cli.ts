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
import { parseCliArgs } from "./lib/cli-args.js";
import { resolveConfig, type GenerateOptions } from "./lib/config/resolve-config.js";
import { FLAVORS } from "./lib/flavors/index.js";
import { generate } from "./lib/generate.js";
import { runMain } from "./lib/run-main.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const HELP = `Usage: npm run generate -- [options]

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

async function runOnce(options: GenerateOptions): Promise<void> {
  const config = resolveConfig(options, projectRoot);
  const log = config.quiet ? () => {} : (line: string) => console.log(line);
  const started = performance.now();
  log(`generate: ${path.relative(projectRoot, config.specPath)} -> ${path.relative(projectRoot, config.outDir) || "."} (${config.flavors.map((flavor) => flavor.name).join(", ")})`);
  const { report, cached } = await generate(config, log);
  const total = (performance.now() - started).toFixed(0);
  if (cached) log(`done: unchanged (${total} ms)`);
  else if (config.check) log(`check: all ${report.unchanged.length} files are current (${total} ms)`);
  else log(`done: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${total} ms)`);
}

await runMain(async () => {
  const { options, watch, help } = parseCliArgs(process.argv.slice(2));
  if (help) {
    console.log(HELP);
    return;
  }
  if (!watch) return runOnce(options);
  const { watchAndGenerate } = await import("./lib/watch.js");
  await watchAndGenerate(projectRoot, options, runOnce);
});
