import { describe, expect, it } from "vitest";
import {
  InvalidRequestError,
  resolveClientConfig,
  type ClientDefaults,
  type ClientOptions,
} from "../../../../templates/sdk/runtime/index.js";

const DEFAULTS: ClientDefaults = {
  baseUrl: "https://api.example.test/v1/",
  securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
};

describe("resolveClientConfig", () => {
  it("applies documented defaults", () => {
    const config = resolveClientConfig({}, DEFAULTS);
    expect(config).toMatchObject({
      baseUrl: "https://api.example.test/v1",
      baseUrlFromOptions: false,
      timeoutMs: 60_000,
      maxRetries: 2,
      maxRetryTimeMs: 120_000,
      maxResponseBytes: 50 * 1024 * 1024,
      signal: undefined,
      retry: { initialDelayMs: 500, maxDelayMs: 8000, exponent: 2, statusCodes: [408, 409, 429, "5XX"], retryConnectionErrors: true },
    });
    expect(typeof config.fetch).toBe("function");
  });

  const cases: [string, { given: ClientOptions; want: Partial<Record<string, unknown>> }][] = [
    ["user baseUrl wins; trailing slashes dropped", { given: { baseUrl: "http://localhost:4010//" }, want: { baseUrl: "http://localhost:4010", baseUrlFromOptions: true } }],
    ["explicit undefined keeps the default", { given: { timeoutMs: undefined, retry: { exponent: undefined } }, want: { timeoutMs: 60_000, retry: expect.objectContaining({ exponent: 2 }) } }],
    ["zero retries allowed", { given: { maxRetries: 0 }, want: { maxRetries: 0 } }],
    ["Infinity means no timeout", { given: { timeoutMs: Number.POSITIVE_INFINITY }, want: { timeoutMs: Number.POSITIVE_INFINITY } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(resolveClientConfig(given, DEFAULTS)).toMatchObject(want);
  });

  it("merges retry settings field by field: user, then generated defaults, then built-ins", () => {
    const config = resolveClientConfig(
      { retry: { maxDelayMs: 1000 } },
      { ...DEFAULTS, retry: { maxDelayMs: 30_000, initialDelayMs: 100, statusCodes: [503] } },
    );
    expect(config.retry).toEqual({ initialDelayMs: 100, maxDelayMs: 1000, exponent: 2, statusCodes: [503], retryConnectionErrors: true });
  });

  const invalid: [string, { given: ClientOptions; want: RegExp }][] = [
    ["negative timeout", { given: { timeoutMs: -1 }, want: /timeoutMs must be a non-negative number, got -1/ }],
    ["NaN retries", { given: { maxRetries: Number.NaN }, want: /maxRetries must be a non-negative number, got NaN/ }],
    ["negative budget", { given: { maxRetryTimeMs: -5 }, want: /maxRetryTimeMs/ }],
    ["negative retry delay", { given: { retry: { initialDelayMs: -1 } }, want: /initialDelayMs/ }],
    ["negative maxResponseBytes", { given: { maxResponseBytes: -1 }, want: /maxResponseBytes/ }],
    ["CRLF in a default header value", { given: { defaultHeaders: { "X-Trace": "a\r\nX-Admin: 1" } }, want: /header "X-Trace" contains CR, LF or NUL/ }],
    ["LF in a default header name", { given: { defaultHeaders: { "X-A\nB": "1" } }, want: /contains CR, LF or NUL/ }],
    ["NUL in a default header value", { given: { defaultHeaders: { "X-A": "a\0" } }, want: /contains CR, LF or NUL/ }],
    ["a space in a default header name, refused at once rather than on every call", { given: { defaultHeaders: { "X A": "1" } }, want: /header "X A" is not a valid HTTP header/ }],
  ];
  it.each(invalid)("refuses %s", (_, { given, want }) => {
    const resolve = () => resolveClientConfig(given, DEFAULTS);
    expect(resolve).toThrow(InvalidRequestError);
    expect(resolve).toThrow(want);
  });

  it("never quotes a default header's value in the error", () => {
    let thrown: unknown;
    try {
      resolveClientConfig({ defaultHeaders: { Authorization: "sk_live_secret\r\n" } }, DEFAULTS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidRequestError);
    expect(JSON.stringify(thrown) + String(thrown)).not.toContain("sk_live");
  });

  it("stores credentials without a prototype, so a scheme named like an Object member finds nothing", () => {
    const config = resolveClientConfig({ credentials: { bearerAuth: "t" } }, DEFAULTS);
    expect(Object.getPrototypeOf(config.credentials)).toBeNull();
    expect(config.credentials["constructor"]).toBeUndefined();
    expect(config.credentials["bearerAuth"]).toBe("t");
    expect(Object.getPrototypeOf(config.securitySchemes)).toBeNull();
  });

  it("calls the global fetch at call time when none is given", async () => {
    const config = resolveClientConfig({}, DEFAULTS);
    const original = globalThis.fetch;
    let seen = "";
    globalThis.fetch = async (input) => {
      seen = String(input);
      return new Response(null, { status: 204 });
    };
    try {
      await config.fetch("https://late.example.test/");
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toBe("https://late.example.test/");
  });
});

describe("API retry budget from the description", () => {
  it("applies the API's maxRetryTimeMs unless the user sets one", () => {
    const defaults = { baseUrl: "http://h", securitySchemes: {}, maxRetryTimeMs: 3_600_000 };
    expect(resolveClientConfig({}, defaults).maxRetryTimeMs).toBe(3_600_000);
    expect(resolveClientConfig({ maxRetryTimeMs: 5_000 }, defaults).maxRetryTimeMs).toBe(5_000);
    expect(resolveClientConfig({}, { baseUrl: "http://h", securitySchemes: {} }).maxRetryTimeMs).toBe(120_000);
  });
});
