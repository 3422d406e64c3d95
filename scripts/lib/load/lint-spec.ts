import path from "node:path";
import { PipelineError } from "../pipeline-error.js";
import { runRedocly } from "./run-redocly.js";

export interface LintOptions {
  /** The redocly.yaml to use. @default "<projectRoot>/redocly.yaml" */
  configPath?: string;
}

/**
 * Lints a spec with Redocly (recommended rules, example validation, our plugin). Throws a
 * PipelineError carrying Redocly's own report (file:line:col and a code frame per problem).
 */
export async function lintSpec(specPath: string, projectRoot: string, options: LintOptions = {}): Promise<void> {
  const configPath = options.configPath ?? path.join(projectRoot, "redocly.yaml");
  const result = await runRedocly(["lint", specPath, "--config", configPath, "--format", "codeframe"], projectRoot);
  if (result.exitCode !== 0) {
    throw new PipelineError(`lint failed\n${result.stdout}\n${result.stderr}`.trim(), path.relative(projectRoot, specPath));
  }
}
