import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./openapi-doc.js";

export interface ScriptResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const tsxCli = path.join(projectRoot, "node_modules/tsx/dist/cli.mjs");

/** Runs one of our CLIs (`scripts/<name>.ts`) as a user would, through tsx. */
export function runScript(script: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, path.join(projectRoot, "scripts", script), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}
