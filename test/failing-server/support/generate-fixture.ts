// Generates the failing-server fixture's clients once per test file, through the real CLI.
import { rm } from "node:fs/promises";
import path from "node:path";
import { projectRoot, readDocument, type JsonObject } from "../../support/openapi-doc.js";
import { runScript } from "../../support/run-script.js";
import { FIXTURE_SPEC } from "./scenarios.js";

/**
 * `npx tsx scripts/cli.ts --spec test/fixtures/failing-server/api.yaml --out .tmp/failing-server/<name>`
 * for the given flavors; returns the output folder. Inside the project (gitignored), so the
 * generated packages resolve `openapi-fetch` from node_modules.
 *
 * @throws Error with the CLI's output when it fails.
 */
export async function generateFixtureClients(name: string, flavors: readonly string[]): Promise<{ dir: string; bundle: JsonObject }> {
  const dir = path.join(projectRoot, ".tmp/failing-server", name);
  await rm(dir, { recursive: true, force: true });
  const result = await runScript("cli.ts", ["--spec", FIXTURE_SPEC, "--out", dir, "--no-lint", "--no-cache", "--quiet", ...flavors.flatMap((flavor) => ["--flavor", flavor])]);
  if (result.exitCode !== 0) throw new Error(`generating the failing-server fixture failed (exit ${result.exitCode}):\n${result.stdout}${result.stderr}`);
  return { dir, bundle: readDocument(path.join(dir, "openapi.json")) };
}
