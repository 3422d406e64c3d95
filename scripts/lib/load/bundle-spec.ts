import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { PipelineError } from "../pipeline-error.js";
import { runRedocly } from "./run-redocly.js";

export interface BundledSpec {
  /** The bundle as Redocly writes it (YAML), all external `$ref`s pulled into `components`. */
  yaml: string;
  /** The same document as pretty-printed JSON with a trailing newline. */
  json: string;
  /** The parsed document. */
  document: Record<string, unknown>;
}

/**
 * Bundles a split spec into one document with Redocly. Nothing is written outside a private
 * temporary folder; a broken spec throws a PipelineError with Redocly's file:line:col report.
 */
export async function bundleSpec(specPath: string, projectRoot: string): Promise<BundledSpec> {
  const workDir = await mkdtemp(path.join(tmpdir(), "invitations-bundle-"));
  try {
    const outFile = path.join(workDir, "openapi.yaml");
    const result = await runRedocly(["bundle", specPath, "--output", outFile], projectRoot);
    const yaml = await readFile(outFile, "utf8").catch(() => undefined);
    if (result.exitCode !== 0 || yaml === undefined) {
      throw new PipelineError(`bundle failed\n${result.stdout}\n${result.stderr}`.trim(), path.relative(projectRoot, specPath));
    }
    const document = parse(yaml) as Record<string, unknown>;
    return { yaml, json: `${JSON.stringify(document, null, 2)}\n`, document };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
