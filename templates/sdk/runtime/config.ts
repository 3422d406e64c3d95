import { InvalidRequestError } from "./errors.js";
import { checkHeader } from "./headers.js";
import { sleep } from "./retry.js";

/** How an operation authenticates, as declared in the API description's `securitySchemes`. */
export type SecurityScheme =
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | { readonly type: "http"; readonly scheme: "bearer" | "basic" };

/** A credential, or a function returning one (sync or async), called once per call that needs it. */
export type Credential = string | undefined | (() => string | undefined | Promise<string | undefined>);

/** A status code, or a whole class of them, that may be retried. */
export type RetryStatusCode = number | "5XX" | "4XX";

/** How failed attempts are retried. */
export interface RetryOptions {
  /** Backoff before the first retry, in ms. @default 500 */
  initialDelayMs?: number | undefined;
  /** Upper bound for any single wait, including one a `Retry-After` header asks for. @default 8000 */
  maxDelayMs?: number | undefined;
  /** Backoff growth per retry: `initialDelayMs * exponent ** retryIndex`. @default 2 */
  exponent?: number | undefined;
  /**
   * Statuses to retry; replaces the default list when given. 400, 401, 403, 404 and 422 are never
   * retried, even when a `"4XX"` entry covers them.
   * @default [408, 409, 429, "5XX"]
   */
  statusCodes?: readonly RetryStatusCode[] | undefined;
  /** Retry when no response arrived (connection refused/reset, DNS failure, timeout). @default true */
  retryConnectionErrors?: boolean | undefined;
}

/** Options users pass when creating a client. */
export interface ClientOptions {
  /** Server URL the operation paths are appended to. @default the first server in the API description */
  baseUrl?: string | undefined;
  /**
   * Credentials keyed by security scheme name (as in the API description), each a value or a
   * provider function. An `undefined` or empty value counts as "not configured". For `http` `basic`
   * pass the base64 of `user:password`; it is sent as-is.
   */
  credentials?: Readonly<Record<string, Credential>> | undefined;
  /** Timeout of each attempt (connect, headers and body), in ms. @default 60_000 */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Only idempotent methods, or calls with an `idempotencyKey`, are retried. @default 2 */
  maxRetries?: number | undefined;
  /** Total time budget for one call across attempts and waits, in ms. @default 120_000 */
  maxRetryTimeMs?: number | undefined;
  /** Backoff and which failures are retried. */
  retry?: RetryOptions | undefined;
  /** Headers sent with every request; operation and per-call headers override them. */
  defaultHeaders?: Readonly<Record<string, string>> | undefined;
  /**
   * `fetch` implementation; it must honour `init.signal`. It gets `init.headers` as a plain record
   * with lower-case names (a `HeadersInit`, like any `fetch` takes). @default globalThis.fetch at call time
   */
  fetch?: typeof fetch | undefined;
  /** Largest response body read, in bytes, counted as it streams in. @default 52_428_800 (50 MiB) */
  maxResponseBytes?: number | undefined;
  /** Aborts every call made with this client. */
  signal?: AbortSignal | undefined;
}

/** What the generated client knows about its API. */
export interface ClientDefaults {
  /** Used when the user gives no `baseUrl`. */
  baseUrl: string;
  /** The API description's `components.securitySchemes`, keyed by scheme name. */
  securitySchemes: Readonly<Record<string, SecurityScheme>>;
  /** API-specific retry defaults (e.g. from an `x-retry` extension); user options win field by field. */
  retry?: RetryOptions | undefined;
  /** API-specific total retry budget (e.g. `maxElapsedTime` of `x-speakeasy-retries`); the user's option wins. */
  maxRetryTimeMs?: number | undefined;
}

/** Retry settings with every default applied. */
export interface ResolvedRetryOptions {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly exponent: number;
  readonly statusCodes: readonly RetryStatusCode[];
  readonly retryConnectionErrors: boolean;
}

/** {@link ClientOptions} with every default applied; what `send` reads. Create it with {@link resolveClientConfig}. */
export interface ResolvedClientConfig {
  /** Without trailing slashes. */
  readonly baseUrl: string;
  /** Whether the user set `baseUrl`; if so it also overrides operation-level servers. */
  readonly baseUrlFromOptions: boolean;
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
  /** A prototype-free copy, so a scheme named `constructor` never finds `Object.prototype.constructor`. */
  readonly credentials: Readonly<Record<string, Credential>>;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly maxRetryTimeMs: number;
  readonly retry: ResolvedRetryOptions;
  /** Already checked: no CR, LF or NUL, and nothing `fetch` would refuse. */
  readonly defaultHeaders: Readonly<Record<string, string>>;
  readonly fetch: typeof fetch;
  readonly maxResponseBytes: number;
  readonly signal: AbortSignal | undefined;
  /** Source of jitter in [0, 1). Replace it in tests: `{ ...config, random: () => 1 }`. @default Math.random */
  readonly random: () => number;
  /** Waits between attempts; must reject as soon as `signal` aborts. Replace it in tests. */
  readonly sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Clock for the retry budget and `Retry-After` dates, in ms. Replace it in tests. @default Date.now */
  readonly now: () => number;
}

/** Retry defaults used when neither the user nor the generated client sets a field. */
export const DEFAULT_RETRY = {
  initialDelayMs: 500,
  maxDelayMs: 8000,
  exponent: 2,
  statusCodes: [408, 409, 429, "5XX"],
  retryConnectionErrors: true,
} as const satisfies ResolvedRetryOptions;

/** Client defaults used when an option is not given. */
export const DEFAULT_CLIENT_OPTIONS = {
  timeoutMs: 60_000,
  maxRetries: 2,
  maxRetryTimeMs: 120_000,
  maxResponseBytes: 50 * 1024 * 1024,
} as const;

/**
 * Applies defaults to the user's options and checks them once, so each call does no such work.
 *
 * @param options - what the user passed to the client.
 * @param defaults - what the generated client knows: its default server, security schemes and retry settings.
 * @throws {@link InvalidRequestError} when a number is negative or NaN, or a default header holds CR, LF or NUL or is
 *   otherwise not a valid HTTP header.
 */
export function resolveClientConfig(options: ClientOptions, defaults: ClientDefaults): ResolvedClientConfig {
  const defaultHeaders: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(options.defaultHeaders ?? {})) {
    checkHeader("", name, value);
    defaultHeaders[name] = value;
  }
  return {
    ...resolveFields<{ readonly [K in keyof typeof DEFAULT_CLIENT_OPTIONS]: number }>(DEFAULT_CLIENT_OPTIONS, options, defaults),
    baseUrl: (options.baseUrl ?? defaults.baseUrl).replace(/\/+$/, ""),
    baseUrlFromOptions: options.baseUrl !== undefined,
    securitySchemes: Object.assign(Object.create(null), defaults.securitySchemes),
    credentials: Object.assign(Object.create(null), options.credentials),
    retry: resolveFields<ResolvedRetryOptions>(DEFAULT_RETRY, options.retry, defaults.retry),
    defaultHeaders,
    // Looked up at call time, so a fetch installed (or stubbed) after the client was created is used.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    signal: options.signal,
    random: Math.random,
    sleep,
    now: Date.now,
  };
}

/**
 * Each field of `builtIn`, taken from the first of `sources` that sets it (`{ a: undefined }`
 * sets nothing, so it never overrides a default), else `builtIn`'s.
 * @throws {@link InvalidRequestError} for a number that is negative or NaN.
 */
function resolveFields<T extends object>(builtIn: T, ...sources: Array<{ readonly [K in keyof T]?: T[K] | undefined } | undefined>): T {
  const resolved = { ...builtIn };
  for (const key in builtIn) {
    const value = sources.find((source) => source?.[key] !== undefined)?.[key] ?? builtIn[key];
    // `!(value >= 0)` also catches NaN.
    if (typeof value === "number" && !(value >= 0)) throw new InvalidRequestError("", `${key} must be a non-negative number, got ${value}`);
    resolved[key] = value;
  }
  return resolved;
}
