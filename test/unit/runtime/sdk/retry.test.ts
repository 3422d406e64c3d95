import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, type ResolvedRetryOptions, type RetryStatusCode } from "../../../../templates/sdk/runtime/config.js";
import {
  ApiConnectionError,
  ApiTimeoutError,
  createApiError,
  InvalidResponseError,
  RequestAbortedError,
} from "../../../../templates/sdk/runtime/errors.js";
import { isRetryableError, isRetryableStatus, retryDelayMs, sleep } from "../../../../templates/sdk/runtime/retry.js";

describe("isRetryableStatus", () => {
  const cases: [string, { given: { status: number; codes?: readonly RetryStatusCode[] }; want: boolean }][] = [
    ["408 by default", { given: { status: 408 }, want: true }],
    ["409 by default", { given: { status: 409 }, want: true }],
    ["429 by default", { given: { status: 429 }, want: true }],
    ["500 by default", { given: { status: 500 }, want: true }],
    ["503 by default", { given: { status: 503 }, want: true }],
    ["599 by default", { given: { status: 599 }, want: true }],
    ["400 never", { given: { status: 400 }, want: false }],
    ["401 never", { given: { status: 401 }, want: false }],
    ["403 never", { given: { status: 403 }, want: false }],
    ["404 never", { given: { status: 404 }, want: false }],
    ["422 never", { given: { status: 422 }, want: false }],
    ["other 4xx not by default", { given: { status: 418 }, want: false }],
    ["a custom list replaces the default", { given: { status: 503, codes: [502] }, want: false }],
    ["a custom list is used", { given: { status: 502, codes: [502] }, want: true }],
    ["4XX covers 418", { given: { status: 418, codes: ["4XX"] }, want: true }],
    ["4XX still never covers 401", { given: { status: 401, codes: ["4XX"] }, want: false }],
    ["an explicit 404 is still refused", { given: { status: 404, codes: [404] }, want: false }],
    ["5XX does not cover 600", { given: { status: 600, codes: ["5XX"] }, want: false }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(isRetryableStatus(given.status, given.codes ?? DEFAULT_RETRY.statusCodes)).toBe(want);
  });
});

describe("isRetryableError", () => {
  const apiError = (status: number) => createApiError(status, { operationId: "op", headers: new Headers(), body: undefined });
  const cases: [string, { given: { error: unknown; retryConnectionErrors?: boolean }; want: boolean }][] = [
    ["connection error", { given: { error: new ApiConnectionError("op", new TypeError("fetch failed")) }, want: true }],
    ["timeout", { given: { error: new ApiTimeoutError("op", 10) }, want: true }],
    ["connection error when disabled", { given: { error: new ApiConnectionError("op", null), retryConnectionErrors: false }, want: false }],
    ["timeout when disabled", { given: { error: new ApiTimeoutError("op", 10), retryConnectionErrors: false }, want: false }],
    ["503", { given: { error: apiError(503) }, want: true }],
    ["404", { given: { error: apiError(404) }, want: false }],
    ["caller abort", { given: { error: new RequestAbortedError("op", null) }, want: false }],
    ["invalid response", { given: { error: new InvalidResponseError("op", { status: 200, contentType: undefined, body: "" }) }, want: false }],
    ["a plain Error", { given: { error: new Error("bug") }, want: false }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const retry = { ...DEFAULT_RETRY, retryConnectionErrors: given.retryConnectionErrors ?? true };
    expect(isRetryableError(given.error, retry)).toBe(want);
  });
});

describe("retryDelayMs", () => {
  const NOW = Date.parse("2030-01-01T00:00:00Z");
  const policy: ResolvedRetryOptions = { ...DEFAULT_RETRY, initialDelayMs: 500, maxDelayMs: 8000, exponent: 2 };
  const cases: [string, { given: { retryIndex: number; random?: number; headers?: Record<string, string> }; want: number }][] = [
    ["first retry, full jitter top", { given: { retryIndex: 0, random: 1 }, want: 500 }],
    ["first retry, jitter bottom is half", { given: { retryIndex: 0, random: 0 }, want: 250 }],
    ["grows by the exponent", { given: { retryIndex: 2, random: 1 }, want: 2000 }],
    ["capped at maxDelayMs", { given: { retryIndex: 10, random: 1 }, want: 8000 }],
    ["cap applies before jitter", { given: { retryIndex: 10, random: 0 }, want: 4000 }],
    ["retry-after-ms wins, no jitter", { given: { retryIndex: 3, random: 0, headers: { "retry-after-ms": "1234" } }, want: 1234 }],
    ["Retry-After in seconds", { given: { retryIndex: 0, random: 0, headers: { "retry-after": "3" } }, want: 3000 }],
    ["Retry-After as HTTP date", { given: { retryIndex: 0, headers: { "retry-after": new Date(NOW + 5000).toUTCString() } }, want: 5000 }],
    ["Retry-After date in the past means now", { given: { retryIndex: 0, headers: { "retry-after": new Date(NOW - 5000).toUTCString() } }, want: 0 }],
    ["Retry-After longer than maxDelayMs is capped", { given: { retryIndex: 0, headers: { "retry-after": "120" } }, want: 8000 }],
    ["retry-after-ms before Retry-After", { given: { retryIndex: 0, headers: { "retry-after-ms": "10", "retry-after": "3" } }, want: 10 }],
    ["an unreadable Retry-After falls back to backoff", { given: { retryIndex: 1, random: 1, headers: { "retry-after": "soon" } }, want: 1000 }],
    ["a negative retry-after-ms falls back to Retry-After", { given: { retryIndex: 0, headers: { "retry-after-ms": "-5", "retry-after": "1" } }, want: 1000 }],
    ["an empty retry-after-ms is ignored", { given: { retryIndex: 0, random: 1, headers: { "retry-after-ms": "" } }, want: 500 }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const headers = given.headers ? new Headers(given.headers) : undefined;
    expect(retryDelayMs(given.retryIndex, policy, headers, () => given.random ?? 0.5, NOW)).toBe(want);
  });

  it("stays within [0.5, 1] of the backoff for any random value", () => {
    for (let i = 0; i < 1000; i++) {
      const delay = retryDelayMs(1, policy, undefined, Math.random, NOW);
      expect(delay).toBeGreaterThanOrEqual(500);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });
});

describe("sleep (real timers)", () => {
  it("waits about the given time", async () => {
    const started = performance.now();
    await sleep(30, undefined);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("rejects with the reason as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const started = performance.now();
    const waiting = sleep(60_000, controller.signal);
    setTimeout(() => controller.abort(new Error("stop")), 10);
    await expect(waiting).rejects.toThrow("stop");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("rejects at once for an already aborted signal", async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error("already")))).rejects.toThrow("already");
  });
});
