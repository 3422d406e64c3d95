import { signalProcessGroup } from "./stop-process-group.js";

const CLEANUP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

interface Tracked {
  pid: number;
  onSignal: boolean;
  signal: NodeJS.Signals;
}

const tracked = new Set<Tracked>();
let exitHookInstalled = false;
let signalHooksInstalled = false;

function killTracked(filter: (entry: Tracked) => boolean): void {
  for (const entry of [...tracked]) {
    if (!filter(entry)) continue;
    // No time to wait here: by default SIGKILL, which cannot be ignored, so nothing is orphaned.
    signalProcessGroup(entry.pid, entry.signal);
    tracked.delete(entry);
  }
}

function onExit(): void {
  killTracked(() => true);
}

function onSignal(signal: NodeJS.Signals): void {
  killTracked((entry) => entry.onSignal);
  removeSignalHooks();
  // Keep the signal's usual effect: with no other listener left, die by it as if we had none.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function removeSignalHooks(): void {
  if (!signalHooksInstalled) return;
  for (const signal of CLEANUP_SIGNALS) process.removeListener(signal, onSignal);
  signalHooksInstalled = false;
}

/**
 * Makes sure the process group led by `pid` dies with this process: on `exit` (normal end, uncaught
 * error, `process.exit`) and, with `onSignal`, on SIGINT/SIGTERM/SIGHUP (after which the signal
 * takes its usual course). `signal` is what the group gets: SIGKILL by default; SIGINT lets a group
 * that cleans up after itself (e.g. `npm run mock`, which stops its own Prism) do so. Returns the
 * function that stops tracking (call it once the group is gone).
 */
export function killOnExit(pid: number, options: { onSignal: boolean; signal?: NodeJS.Signals }): () => void {
  const entry: Tracked = { pid, onSignal: options.onSignal, signal: options.signal ?? "SIGKILL" };
  tracked.add(entry);
  if (!exitHookInstalled) {
    process.on("exit", onExit);
    exitHookInstalled = true;
  }
  if (options.onSignal && !signalHooksInstalled) {
    for (const signal of CLEANUP_SIGNALS) process.on(signal, onSignal);
    signalHooksInstalled = true;
  }
  return () => {
    tracked.delete(entry);
    if (![...tracked].some((other) => other.onSignal)) removeSignalHooks();
  };
}
