import type { ResolvedRetryOptions, RetryStatusCode } from "./config.js";
import { ApiConnectionError, ApiError } from "./errors.js";

/** Methods that mean the same thing when repeated, so a failed attempt may be sent again. */
export const IDEMPOTENT_METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"] as const;

/** Statuses that say the request itself is wrong: sending it again cannot help. */
export const NEVER_RETRIED_STATUSES = [400, 401, 403, 404, 422] as const;

/** Whether `status` is in `statusCodes` (numbers, `"4XX"`, `"5XX"`) and not in {@link NEVER_RETRIED_STATUSES}. */
export function isRetryableStatus(status: number, statusCodes: readonly RetryStatusCode[]): boolean {
  if ((NEVER_RETRIED_STATUSES as readonly number[]).includes(status)) return false;
  const statusClass = `${Math.floor(status / 100)}XX`;
  return statusCodes.some((code) => code === status || code === statusClass);
}

/** Whether a failed attempt may be retried: a retryable status, or (when enabled) no response at all. */
export function isRetryableError(error: unknown, retry: ResolvedRetryOptions): boolean {
  if (error instanceof ApiError) return isRetryableStatus(error.status, retry.statusCodes);
  // ApiTimeoutError extends ApiConnectionError.
  return error instanceof ApiConnectionError && retry.retryConnectionErrors;
}

/**
 * How long to wait before retry number `retryIndex` (0 for the first retry), in ms.
 *
 * A server's `retry-after-ms` (milliseconds) or `Retry-After` (seconds or an HTTP date) is obeyed
 * without jitter. Otherwise the backoff is `initialDelayMs * exponent ** retryIndex`, and the
 * jitter is "equal jitter": a random point in [0.5, 1) of it, so waits never collapse to zero.
 * Either way the wait is capped at `maxDelayMs`: a server asking for longer gets `maxDelayMs`
 * (and, if still not ready, answers 429/503 again, which counts against `maxRetries`).
 */
export function retryDelayMs(
  retryIndex: number,
  retry: ResolvedRetryOptions,
  responseHeaders: Headers | undefined,
  random: () => number,
  nowMs: number,
): number {
  const requested = responseHeaders && serverRequestedDelayMs(responseHeaders, nowMs);
  if (requested !== undefined) return Math.min(requested, retry.maxDelayMs);
  const backoff = Math.min(retry.initialDelayMs * retry.exponent ** retryIndex, retry.maxDelayMs);
  return backoff * (0.5 + random() / 2);
}

function serverRequestedDelayMs(headers: Headers, nowMs: number): number | undefined {
  // `||`: an empty header must not read as 0.
  const milliseconds = Number(headers.get("retry-after-ms") || Number.NaN);
  if (milliseconds >= 0) return milliseconds;
  const retryAfter = headers.get("retry-after");
  if (!retryAfter) return undefined;
  const seconds = Number(retryAfter);
  if (seconds >= 0) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Waits `ms`; rejects with the signal's reason as soon as `signal` aborts, clearing the timer. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
