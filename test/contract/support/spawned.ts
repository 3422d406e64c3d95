// A child process a test starts, with its output collected and a way to wait for a line of it.
import { spawn, type SpawnOptions } from "node:child_process";
import { killOnExit } from "../../../scripts/lib/mock/kill-on-exit.js";
import { childExited, processGroupAlive, signalProcessGroup, stopProcessGroup, type ChildExit } from "../../../scripts/lib/mock/stop-process-group.js";

export interface Spawned extends AsyncDisposable {
  readonly pid: number;
  /** Everything written to stdout so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<ChildExit>;
  /** Resolves with the first match of `pattern` in stdout, waiting up to `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends `signal` to the child's whole process group, as a terminal's Ctrl-C does. */
  signalGroup(signal: NodeJS.Signals): void;
}

/**
 * Starts `command` as the leader of its own process group (as a shell would start a foreground
 * job). Disposing it (once, however often it is called) interrupts the group, then kills whatever
 * is left; if this process exits first, the group is interrupted too.
 */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions = {}): Spawned {
  const child = spawn(command, [...args], { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const exited = childExited(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`cannot start ${command}`);
  // If this process ends first (a timed-out test, a crash), interrupt the group so it cleans up.
  void exited.then(killOnExit(pid, { onSignal: true, signal: "SIGINT" }));
  let stdout = "";
  let stderr = "";
  let disposing: Promise<void> | undefined;
  const watchers = new Set<() => void>();
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    for (const watcher of watchers) watcher();
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const waitForOutput = (pattern: RegExp, timeoutMs = 15_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = stdout.match(pattern);
        if (!match) return;
        cleanup();
        resolve(match);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no output matching ${pattern} within ${timeoutMs} ms; stdout:\n${stdout}\nstderr:\n${stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        watchers.delete(check);
      };
      watchers.add(check);
      void exited.then(() => {
        check();
        if (watchers.has(check)) {
          cleanup();
          reject(new Error(`exited before printing ${pattern}; stdout:\n${stdout}\nstderr:\n${stderr}`));
        }
      });
      check();
    });
  return {
    pid,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitForOutput,
    signalGroup: (signal) => void signalProcessGroup(pid, signal),
    [Symbol.asyncDispose]() {
      disposing ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          signalProcessGroup(pid, "SIGINT");
          const timer = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
          await Promise.race([exited, timer]);
        }
        if (processGroupAlive(pid)) await stopProcessGroup(child, exited, 2_000);
      })();
      return disposing;
    },
  };
}

/** Polls until `condition()` holds or `timeoutMs` passes; resolves to its last value. */
export async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
