/**
 * `npm run bundle`: lints, then bundles the split spec into `<out>/openapi.yaml` and `<out>/openapi.json`.
 * The previous bundle stays in place unless the new one is complete.
 *
 *   --spec PATH   the root spec file        (default: spec/openapi.yaml)
 *   --out DIR     where the bundle lands    (default: generated)
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleSpec } from "./lib/load/bundle-spec.js";
import { checkAndParseSpecFiles } from "./lib/load/check-spec-files.js";
import { lintSpec } from "./lib/load/lint-spec.js";
import { runMain } from "./lib/run-main.js";
import { writeFiles } from "./lib/write/write-files.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await runMain(async () => {
  const { values } = parseArgs({
    options: { spec: { type: "string" }, out: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const specPath = path.resolve(values.spec ?? path.join(projectRoot, "spec/openapi.yaml"));
  const outDir = path.resolve(values.out ?? path.join(projectRoot, "generated"));
  // Refs must stay in the spec folder before Redocly follows any; an invalid example must not
  // reach the mock server: the bundle is only made from a clean spec.
  const { parsed } = await checkAndParseSpecFiles(specPath, projectRoot);
  await lintSpec(specPath, projectRoot);
  const bundle = await bundleSpec(specPath, projectRoot, parsed);
  const report = await writeFiles(outDir, [
    { path: "openapi.yaml", contents: bundle.yaml },
    { path: "openapi.json", contents: bundle.json },
  ]);
  const where = path.relative(projectRoot, outDir) || ".";
  console.log(`bundle: ${report.written.length} written, ${report.unchanged.length} unchanged (${where}/openapi.yaml, ${where}/openapi.json)`);
});
