import { spawnSync } from "node:child_process";

/** Environment that makes python3 and ruby read and write UTF-8 whatever the machine's locale. */
const UTF8_ENV = { ...process.env, PYTHONUTF8: "1", PYTHONIOENCODING: "utf-8", LC_ALL: "C.UTF-8", LANG: "C.UTF-8" };

function onPath(command: string): boolean {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

export const hasPython = onPath("python3");
export const hasRuby = onPath("ruby");

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `python3 -c code args…`; never throws on a non-zero exit (the test inspects it). */
export function runPython(code: string, args: readonly string[] = []): RunResult {
  const result = spawnSync("python3", ["-c", code, ...args], { encoding: "utf8", env: UTF8_ENV });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `ruby -e code`; never throws on a non-zero exit. */
export function runRuby(code: string, flags: readonly string[] = []): RunResult {
  const result = spawnSync("ruby", [...flags, "-e", code], { encoding: "utf8", env: UTF8_ENV });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** `ruby -wc` of a source text (syntax check with warnings), fed on stdin. */
export function rubySyntaxCheck(source: string): RunResult {
  const result = spawnSync("ruby", ["-wc"], { input: source, encoding: "utf8", env: UTF8_ENV });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
