import { applySecurity, type SecurityRequirements } from "./auth.js";
import type { ResolvedClientConfig } from "./config.js";
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  createApiError,
  InvalidRequestError,
  InvalidResponseError,
  RequestAbortedError,
  SdkError,
  truncateErrorBody,
} from "./errors.js";
import { appendCookie, setHeader, setHeaders } from "./headers.js";
import { readBodyBytes, readBodyText } from "./read-body.js";
import { IDEMPOTENT_METHODS, isRetryableError, retryDelayMs } from "./retry.js";
import { buildUrl, serializeQuery, type QueryStyle } from "./url.js";

/** Longest delay `setTimeout` honours; larger ones (and `Infinity`) fire at once, so they mean "no timeout". */
const MAX_TIMER_DELAY_MS = 2_147_483_647;

/** Per-call options, the last argument of every generated operation method. */
export interface RequestOptions {
  /** Overrides the client's `timeoutMs` (per attempt) for this call. */
  timeoutMs?: number | undefined;
  /** Aborts this call, including a wait between retries. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /**
   * Sent as `Idempotency-Key` on every attempt. Setting it also makes non-idempotent methods
   * (POST, PATCH) retryable, because the server can then recognise a repeat.
   */
  idempotencyKey?: string | undefined;
  /** Extra headers for this call; they override default and operation headers. */
  headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * A raw request body (`application/octet-stream`, `image/png`, …), sent as given: a `Blob` or
 * `File`, bytes (`ArrayBuffer`, `Uint8Array`, a Node `Buffer`), a stream or a string. A stream
 * cannot be retried.
 */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;

/** One operation call, as generated code describes it. */
export interface OperationRequest {
  /** Used in error messages. */
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
  /** Path template, e.g. `/v1/organizations/{organization_id}/invitations`. */
  path: string;
  /** Values for the template's `{placeholders}`; each becomes exactly one encoded segment. */
  pathParams?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  /** Serialisation of query parameters that are not `form` + explode; see `QueryStyle`. */
  queryStyles?: Readonly<Record<string, QueryStyle>> | undefined;
  /** Query parameters; see `serializeQuery` for arrays, objects, `null` and `undefined`. */
  query?: Readonly<Record<string, unknown>> | undefined;
  /**
   * The operation's own server (OpenAPI operation-level `servers`), used instead of the client's
   * default base URL. A `baseUrl` the user set explicitly still wins, so pointing a client at a
   * mock server or proxy moves every operation.
   */
  serverUrl?: string | undefined;
  /** Header parameters; `undefined` values are skipped. */
  headers?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  /**
   * Cookie parameters, added to the `Cookie` header as `name=value` with the value
   * percent-encoded (`encodeURIComponent`); `undefined` values are skipped.
   */
  cookies?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  /**
   * Request body; `undefined` sends none. JSON media types (`…json`) are `JSON.stringify`d;
   * `application/x-www-form-urlencoded` objects are form-encoded; `multipart/form-data` objects
   * become a `FormData` (see {@link toFormData}; a `FormData` is sent as it is, and fetch sets the
   * boundary); anything else must already be a `BodyInit` ({@link BinaryBody}). A
   * `ReadableStream` body cannot be retried.
   */
  body?: unknown;
  /** @default "application/json" */
  mediaType?: string | undefined;
  /**
   * The operation's security requirement alternatives; `[]` means no auth. The first alternative
   * whose schemes all have credentials is applied.
   */
  security: SecurityRequirements;
  /**
   * How to read a 2xx body: `json` parses it (failing with `InvalidResponseError`), `text` returns
   * it as a string, `binary` as a `Blob` (typed with the response's `Content-Type`), `empty`
   * discards it. A 204, 205, HEAD or empty body gives `data: undefined`.
   * @default "json"
   */
  responseKind?: "json" | "text" | "binary" | "empty" | undefined;
}

/** A successful (2xx) response. */
export interface ApiResponse<T> {
  /** The decoded body; `undefined` for 204, 205, HEAD, `responseKind: "empty"` or an empty body. */
  data: T;
  status: number;
  headers: Headers;
}

/**
 * Sends one operation call: builds the URL and headers, applies credentials, then runs attempts
 * with a per-attempt timeout, retrying as configured.
 *
 * Retries happen only for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) or when an
 * `idempotencyKey` is given; only for connection errors, timeouts and `retry.statusCodes`; and only
 * while `maxRetries` and the `maxRetryTimeMs` budget allow. Later attempts' timeouts are shortened
 * to fit the budget. The last attempt's error is thrown.
 *
 * @returns the 2xx response, its body decoded per `request.responseKind`.
 * @throws {@link ApiError} subclass for non-2xx, {@link ApiConnectionError}, {@link ApiTimeoutError},
 *   {@link RequestAbortedError}, {@link InvalidRequestError} (nothing was sent),
 *   {@link InvalidResponseError} or {@link ResponseTooLargeError}.
 */
export async function send<T>(
  config: ResolvedClientConfig,
  request: OperationRequest,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const { operationId, method } = request;
  let url = buildUrl(baseUrlFor(config, request.serverUrl), request);

  const headers = new Headers();
  headers.set("Accept", request.responseKind === "text" || request.responseKind === "binary" ? "*/*" : "application/json");
  const body = encodeBody(request, headers);
  setHeaders(headers, operationId, config.defaultHeaders);
  setHeaders(headers, operationId, request.headers);
  if (request.cookies) {
    for (const name of Object.keys(request.cookies)) {
      const value = request.cookies[name];
      if (value !== undefined && value !== null) appendCookie(headers, operationId, name, encodeURIComponent(String(value)));
    }
  }
  setHeaders(headers, operationId, options.headers);
  if (options.idempotencyKey !== undefined) {
    setHeader(headers, operationId, "Idempotency-Key", options.idempotencyKey);
  }
  const credentialQuery = request.security.length ? await applySecurity(config, operationId, request.security, headers) : "";
  if (credentialQuery) url += `${url.includes("?") ? "&" : "?"}${credentialQuery}`;

  const retryable = options.idempotencyKey !== undefined || (IDEMPOTENT_METHODS as readonly string[]).includes(method);
  const maxRetries = retryable ? (options.maxRetries ?? config.maxRetries) : 0;
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const { signal, release } = combineSignals(options.signal, config.signal);
  // Node's fetch sends a stream only in half-duplex mode, and insists on being told so.
  const init: RequestInit =
    body === undefined ? { method, headers } : body instanceof ReadableStream ? { method, headers, body, ...({ duplex: "half" } as object) } : { method, headers, body };
  const startedAt = config.now();
  let attemptTimeoutMs = timeoutMs;
  try {
    for (let retryIndex = 0; ; retryIndex++) {
      if (signal?.aborted) throw new RequestAbortedError(operationId, signal.reason);
      try {
        return await attempt<T>(config, request, url, init, signal, attemptTimeoutMs);
      } catch (error) {
        if (retryIndex >= maxRetries || !isRetryableError(error, config.retry)) throw error;
        const responseHeaders = error instanceof ApiError ? error.headers : undefined;
        const delayMs = retryDelayMs(retryIndex, config.retry, responseHeaders, config.random, config.now());
        if (config.now() - startedAt + delayMs >= config.maxRetryTimeMs) throw error;
        try {
          await config.sleep(delayMs, signal);
        } catch (cause) {
          throw new RequestAbortedError(operationId, signal?.reason ?? cause);
        }
        attemptTimeoutMs = Math.min(timeoutMs, config.maxRetryTimeMs - (config.now() - startedAt));
        if (attemptTimeoutMs <= 0) throw error;
      }
    }
  } finally {
    release();
  }
}

/** One attempt: fetch with its own timeout, then read the response. Every failure becomes an SdkError. */
async function attempt<T>(
  config: ResolvedClientConfig,
  request: OperationRequest,
  url: string,
  init: RequestInit,
  callSignal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<ApiResponse<T>> {
  const { operationId } = request;
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs <= MAX_TIMER_DELAY_MS
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const unlink = callSignal ? forwardAbort(callSignal, controller) : undefined;
  try {
    // Called unbound: browsers throw "Illegal invocation" for fetch called as a method of another object.
    const fetchImpl = config.fetch;
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    return await readResponse<T>(response, request, config.maxResponseBytes);
  } catch (error) {
    if (callSignal?.aborted) throw new RequestAbortedError(operationId, callSignal.reason);
    if (timedOut) throw new ApiTimeoutError(operationId, timeoutMs, error);
    if (error instanceof SdkError) throw error;
    throw new ApiConnectionError(operationId, error);
  } finally {
    clearTimeout(timer);
    unlink?.();
  }
}

async function readResponse<T>(response: Response, request: OperationRequest, maxBytes: number): Promise<ApiResponse<T>> {
  const { status, headers } = response;
  const { operationId } = request;
  const contentType = headers.get("content-type") ?? undefined;
  if (response.ok) {
    const kind = request.responseKind ?? "json";
    if (status === 204 || status === 205 || request.method === "HEAD" || kind === "empty") {
      // Discarded, not read: frees the connection without downloading.
      response.body?.cancel().catch(() => {});
      return { data: undefined as T, status, headers };
    }
    if (kind === "binary") {
      const bytes = await readBodyBytes(response, maxBytes, operationId);
      if (bytes.byteLength === 0) return { data: undefined as T, status, headers };
      return { data: new Blob([bytes], contentType === undefined ? {} : { type: contentType }) as T, status, headers };
    }
    const text = await readBodyText(response, maxBytes, operationId);
    if (text === "") return { data: undefined as T, status, headers };
    if (kind === "text") return { data: text as T, status, headers };
    try {
      return { data: JSON.parse(text) as T, status, headers };
    } catch (cause) {
      throw new InvalidResponseError(operationId, { status, contentType, body: text, cause });
    }
  }
  const text = await readBodyText(response, maxBytes, operationId);
  let body: unknown = text === "" ? undefined : truncateErrorBody(text);
  if (text !== "" && contentType?.includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      // Keep the text: a proxy's error page often claims to be JSON.
    }
  }
  throw createApiError(status, { operationId, statusText: response.statusText, headers, body, contentType });
}

function baseUrlFor(config: ResolvedClientConfig, serverUrl: string | undefined): string {
  if (serverUrl === undefined || config.baseUrlFromOptions) return config.baseUrl;
  return serverUrl.endsWith("/") ? serverUrl.slice(0, -1) : serverUrl;
}

/** Serialises `request.body` per its media type and sets `Content-Type`; returns undefined when there is no body. */
function encodeBody(request: OperationRequest, headers: Headers): BodyInit | undefined {
  const { body } = request;
  if (body === undefined) return undefined;
  const mediaType = request.mediaType ?? "application/json";
  // multipart: fetch writes Content-Type itself, with the boundary.
  if (!mediaType.startsWith("multipart/")) headers.set("Content-Type", mediaType);
  if (mediaType.includes("json")) {
    try {
      return JSON.stringify(body);
    } catch (cause) {
      throw new InvalidRequestError(request.operationId, "body cannot be serialised as JSON", { cause });
    }
  }
  if (mediaType === "application/x-www-form-urlencoded" && isPlainObject(body)) return serializeQuery(body);
  if (mediaType.startsWith("multipart/form-data") && isPlainObject(body)) return toFormData(body);
  return body as BodyInit;
}

/**
 * A `multipart/form-data` body from an object, one part per own property in order: a `Blob` or
 * `File` is a file part (a `File` keeps its name); an array gives one part per item; a `Date` is
 * sent as ISO 8601; an object as its JSON; anything else through `String()`. `undefined` and `null`
 * are skipped.
 */
export function toFormData(body: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  const append = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (value instanceof Blob) form.append(name, value);
    else if (Array.isArray(value)) value.forEach((item) => append(name, item));
    else if (value instanceof Date) form.append(name, value.toISOString());
    else if (typeof value === "object") form.append(name, JSON.stringify(value));
    else form.append(name, String(value));
  };
  for (const name of Object.keys(body)) append(name, body[name]);
  return form;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Makes `target` abort when `source` does; returns the function that undoes the link. */
function forwardAbort(source: AbortSignal, target: AbortController): () => void {
  if (source.aborted) {
    target.abort(source.reason);
    return () => {};
  }
  const onAbort = (): void => target.abort(source.reason);
  source.addEventListener("abort", onAbort, { once: true });
  return () => source.removeEventListener("abort", onAbort);
}

/**
 * One signal for the caller's and the client's. Done by hand rather than with `AbortSignal.any`:
 * that is missing in older browsers, and the listeners here are removed when the call ends, so a
 * long-lived client signal does not collect one listener per call.
 */
function combineSignals(
  callSignal: AbortSignal | undefined,
  clientSignal: AbortSignal | undefined,
): { signal: AbortSignal | undefined; release: () => void } {
  if (!callSignal || !clientSignal) return { signal: callSignal ?? clientSignal, release: () => {} };
  const controller = new AbortController();
  const unlinkCall = forwardAbort(callSignal, controller);
  const unlinkClient = forwardAbort(clientSignal, controller);
  return {
    signal: controller.signal,
    release: () => {
      unlinkCall();
      unlinkClient();
    },
  };
}
