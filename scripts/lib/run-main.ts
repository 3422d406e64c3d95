import { PipelineError } from "./pipeline-error.js";

/**
 * Runs a CLI's body: expected failures (PipelineError, and node:util parseArgs' own errors for
 * unknown or malformed flags) print one clear message and exit 1; anything else is a bug and keeps
 * its stack trace.
 */
export async function runMain(main: () => Promise<void | number>): Promise<void> {
  try {
    const code = await main();
    if (typeof code === "number") process.exitCode = code;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof PipelineError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))) {
      console.error(`error: ${(error as Error).message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
