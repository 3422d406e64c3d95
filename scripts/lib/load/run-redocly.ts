import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { PipelineError } from "../pipeline-error.js";

const require = createRequire(import.meta.url);
const redoclyBin = require.resolve("@redocly/cli/bin/cli.js");

export interface RedoclyResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Redocly prints a boxed Node.js deprecation banner on Node 20; it is noise in our output. */
function withoutBanner(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/[║╔╚]/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Runs the Redocly CLI from our own node_modules, capturing its output. */
export function runRedocly(args: readonly string[], cwd: string): Promise<RedoclyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [redoclyBin, ...args], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => reject(new PipelineError(`could not start Redocly CLI: ${error.message}`)));
    child.on("close", (code) =>
      resolve({ exitCode: code ?? 1, stdout: withoutBanner(stdout), stderr: withoutBanner(stderr) }),
    );
  });
}
