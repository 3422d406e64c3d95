import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { killOnExit } from "../lib/mock/kill-on-exit.js";
import { signalProcessGroup } from "../lib/mock/stop-process-group.js";

/** One timed process run. */
export interface ProcessRun {
  /** Wall time from just before `spawn` to the process's exit, in ms. */
  readonly ms: number;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Whether it was killed for running longer than `timeoutMs`. */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TimeProcessOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Its process group is killed (SIGKILL) after this long. @default the bench's `--timeout-seconds` */
  timeoutMs?: number;
}

let defaultTimeoutMs = 45_000;

/** Sets how long any timed process may run unless its caller says otherwise (the bench's `--timeout-seconds`). */
export function setDefaultTimeoutMs(ms: number): void {
  defaultTimeoutMs = ms;
}

/** Keeps the last `limit` characters of a stream: enough to explain a failure, never a memory problem. */
function tail(limit: number): { push(chunk: string): void; text(): string } {
  let text = "";
  return {
    push(chunk) {
      text = (text + chunk).slice(-limit);
    },
    text: () => text,
  };
}

/** How long output may keep flowing after the process exited (from children it left behind). */
const DRAIN_MS = 2_000;

/**
 * Runs `command args` (no shell) and times it with `performance.now()` from just before `spawn` to
 * its exit: process start-up, module loading and writing output are all included, as a user would
 * wait for them. Output is captured (its last 64 kB), never echoed.
 *
 * The process leads its own process group. On timeout the whole group is killed (tsx, for one, runs
 * the script in a child process that outlives a killed parent), and so it is if this process exits.
 */
export function timeProcess(command: string, args: readonly string[], options: TimeProcessOptions): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const stdout = tail(65_536);
    const stderr = tail(65_536);
    const started = performance.now();
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const pid = child.pid;
    const untrack = pid === undefined ? () => {} : killOnExit(pid, { onSignal: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) signalProcessGroup(pid, "SIGKILL");
    }, options.timeoutMs ?? defaultTimeoutMs);
    child.stdout.setEncoding("utf8").on("data", stdout.push);
    child.stderr.setEncoding("utf8").on("data", stderr.push);
    child.once("error", (error) => {
      clearTimeout(timer);
      untrack();
      reject(error);
    });
    child.once("exit", (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      const finish = () => {
        clearTimeout(drainTimer);
        // Whatever the process left running in its group goes with it.
        if (pid !== undefined) signalProcessGroup(pid, "SIGKILL");
        untrack();
        resolve({ ms, code, signal, timedOut, stdout: stdout.text(), stderr: stderr.text() });
      };
      const drainTimer = setTimeout(finish, DRAIN_MS);
      child.once("close", finish);
    });
  });
}

/**
 * Why a run failed, in one line: how it ended and its last lines of output (stderr first: that is
 * where CLIs print their error), for an error message.
 */
export function failureExcerpt(run: ProcessRun, lines = 3): string {
  const how = run.timedOut ? "timed out (killed)" : run.signal ? `killed by ${run.signal}` : `exit code ${run.code}`;
  const last = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(-lines);
  const output = [...last(run.stderr), ...last(run.stdout)].slice(0, lines);
  return `${how}: ${output.join(" / ") || "no output"}`;
}
