/**
 * Attempt timeouts, all served by one timer. Almost every attempt ends long before its timeout,
 * so a `setTimeout` and `clearTimeout` per attempt would be pure cost (in Node, a timer object and
 * a timer list made and dropped per call). Instead each attempt registers its deadline, and one
 * timer, set for the earliest, runs whatever is due and then sets itself for the next. An attempt
 * that ends just unregisters; the timer may then fire for nothing and simply sets itself again.
 *
 * In Node the timer keeps the process alive only while some attempt is waiting, as a timer per
 * attempt would.
 */

/** A registered timeout: `onTimeout` runs once `performance.now()` reaches `dueAt`, unless cancelled first. */
export interface Timeout {
  readonly dueAt: number;
  readonly onTimeout: () => void;
}

const waiting = /* @__PURE__ */ new Set<Timeout>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** When `timer` fires, as a `performance.now()` time; `Infinity` when it is not set. */
let timerDueAt = Infinity;
/** When `timer` was set, as a `performance.now()` time. */
let timerSetAt = 0;

/** Runs `onTimeout` in `ms` milliseconds (at most 2**31 - 1, as for `setTimeout`), unless {@link cancelTimeout} comes first. */
export function startTimeout(ms: number, onTimeout: () => void): Timeout {
  const now = performance.now();
  const timeout = { dueAt: now + ms, onTimeout };
  waiting.add(timeout);
  if (timeout.dueAt < timerDueAt) setTimer(timeout.dueAt, now);
  else if (waiting.size === 1) keepAlive(true);
  return timeout;
}

/** Unregisters `timeout`; nothing happens if it already ran. */
export function cancelTimeout(timeout: Timeout): void {
  if (waiting.delete(timeout) && waiting.size === 0) keepAlive(false);
}

function setTimer(dueAt: number, now: number): void {
  clearTimeout(timer);
  timerDueAt = dueAt;
  timerSetAt = now;
  timer = setTimeout(runDue, dueAt - now);
  keepAlive(waiting.size > 0);
}

function runDue(): void {
  // A real timer may fire up to a millisecond early by `performance.now()` (Node counts delays in
  // whole milliseconds from the event loop's clock): what is not due yet is waited for, so no
  // timeout runs early and no error builds up from one timer to the next. A timer that fires with
  // most of its delay still ahead by the clock was moved by fake timers (a test's, which move
  // `setTimeout` but not the clock): its delay counts as passed.
  const clock = performance.now();
  const now = timerDueAt - clock > (timerDueAt - timerSetAt) / 2 ? timerDueAt : clock;
  timer = undefined;
  timerDueAt = Infinity;
  let next = Infinity;
  for (const timeout of waiting) {
    if (timeout.dueAt <= now) {
      waiting.delete(timeout);
      timeout.onTimeout();
    } else {
      next = Math.min(next, timeout.dueAt);
    }
  }
  // `onTimeout` may have started a timeout (and set the timer) itself.
  if (next < timerDueAt) setTimer(next, now);
}

/** Node's `ref` and `unref`; browser timers have neither and never keep anything alive. */
function keepAlive(alive: boolean): void {
  const handle = timer as { ref?: () => void; unref?: () => void } | undefined;
  if (alive) handle?.ref?.();
  else handle?.unref?.();
}
