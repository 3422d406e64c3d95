import type { ChildProcess } from "node:child_process";

/** How a child process ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Resolves when `child` exits (never rejects). Call it right after `spawn`, before the exit can be missed. */
export function childExited(child: ChildProcess): Promise<ChildExit> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    // A child that never started (ENOENT...) emits only "error".
    child.once("error", () => resolve({ code: child.exitCode, signal: child.signalCode }));
  });
}

/** Sends `signal` to the process group led by `pid` (0 only probes); false when no such group is left. */
export function signalProcessGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

/** True while a process group led by `pid` still has a member. */
export function processGroupAlive(pid: number): boolean {
  return signalProcessGroup(pid, 0);
}

/**
 * Stops a child started with `detached: true` (so it leads its own process group) and everything it
 * started: SIGTERM to the group, SIGKILL after `graceMs`, then SIGKILL again for any member that
 * outlived the leader. Resolves once the leader has exited.
 */
export async function stopProcessGroup(child: ChildProcess, exited: Promise<ChildExit>, graceMs = 5_000): Promise<ChildExit> {
  const pid = child.pid;
  if (pid === undefined) return exited;
  if (child.exitCode === null && child.signalCode === null) {
    signalProcessGroup(pid, "SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), graceMs);
    });
    const first = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (first === "timeout") signalProcessGroup(pid, "SIGKILL");
  }
  const result = await exited;
  // Anything the leader left behind in its group goes too.
  signalProcessGroup(pid, "SIGKILL");
  return result;
}
