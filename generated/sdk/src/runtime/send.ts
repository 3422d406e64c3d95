import { applySecurity, type SecurityRequirements } from "./auth.js";
import type { ResolvedClientConfig } from "./config.js";
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  InvalidRequestError,
  InvalidResponseError,
  RequestAbortedError,
  ResponseTooLargeError,
  SdkError,
  truncateErrorBody,
} from "./errors.js";
import { appendCookie, createHeaders, setHeader, setHeaders } from "./headers.js";
import { IDEMPOTENT_METHODS, isRetryableError, retryDelayMs } from "./retry.js";
import { cancelTimeout, startTimeout } from "./timeouts.js";
import { buildUrl } from "./url.js";

/** Longest delay `setTimeout` honours; larger ones (and `Infinity`) fire at once, so they mean "no timeout". */
const MAX_TIMER_DELAY_MS = 2_147_483_647;
const TRAILING_SLASHES = /\/+$/;

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

/**
 * One operation call, as generated code describes it. It carries only what the operation uses:
 * a query is already serialised ({@link serializeQuery}), a form or multipart body already encoded
 * ({@link formBody}, {@link multipartBody}), so `send` itself pulls in none of that code.
 */
export interface OperationRequest {
  /** Used in error messages. */
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
  /** Path template, e.g. `/v1/organizations/{organization_id}/invitations`. */
  path: string;
  /** Values for the template's `{placeholders}`; each becomes exactly one encoded segment. */
  pathParams?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  /** The query string without `?`, as {@link serializeQuery} writes it; `""` or `undefined` for none. */
  query?: string | undefined;
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
   * anything else is sent as given, so it must already be a `BodyInit`: a form body from
   * {@link formBody}, a multipart one from {@link multipartBody} (fetch sets its boundary), or a
   * {@link BinaryBody}. A `ReadableStream` body cannot be retried.
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
 * Each attempt's `AbortSignal` is created when `fetch` first reads `init.signal` (see
 * {@link LAZY_SIGNAL}).
 *
 * @returns the 2xx response, its body decoded per `request.responseKind`.
 * @throws {@link ApiError} for non-2xx (`instanceof` its status subclass, e.g. `NotFoundError`),
 *   {@link ApiConnectionError}, {@link ApiTimeoutError}, {@link RequestAbortedError},
 *   {@link InvalidRequestError} (nothing was sent), {@link InvalidResponseError} or
 *   {@link ResponseTooLargeError}.
 */
export async function send<T>(
  config: ResolvedClientConfig,
  request: OperationRequest,
  options: RequestOptions = NO_OPTIONS,
): Promise<ApiResponse<T>> {
  const { operationId, method, serverUrl, security } = request;
  let url = buildUrl(
    serverUrl === undefined || config.baseUrlFromOptions ? config.baseUrl : serverUrl.replace(TRAILING_SLASHES, ""),
    request,
  );

  const headers = createHeaders();
  headers["accept"] = request.responseKind === "text" || request.responseKind === "binary" ? "*/*" : "application/json";
  let body = request.body as BodyInit | undefined;
  if (body !== undefined) {
    const mediaType = request.mediaType ?? "application/json";
    // multipart: fetch writes Content-Type itself, with the boundary.
    if (!mediaType.startsWith("multipart/")) headers["content-type"] = mediaType;
    if (mediaType.includes("json")) {
      try {
        body = JSON.stringify(body);
      } catch (cause) {
        throw new InvalidRequestError(operationId, "body cannot be serialised as JSON", { cause });
      }
    }
  }
  setHeaders(headers, operationId, config.defaultHeaders);
  setHeaders(headers, operationId, request.headers);
  const { cookies } = request;
  for (const name in cookies) {
    const value = cookies[name];
    if (Object.hasOwn(cookies, name) && value != null) appendCookie(headers, operationId, name, encodeURIComponent(String(value)));
  }
  setHeaders(headers, operationId, options.headers);
  if (options.idempotencyKey !== undefined) setHeader(headers, operationId, "Idempotency-Key", options.idempotencyKey);
  let credentialQuery = security.length ? applySecurity(config, operationId, security, headers) : "";
  if (typeof credentialQuery !== "string") credentialQuery = await credentialQuery;
  if (credentialQuery) url += `${url.includes("?") ? "&" : "?"}${credentialQuery}`;

  const maxRetries =
    options.idempotencyKey !== undefined || (IDEMPOTENT_METHODS as readonly string[]).includes(method) ? (options.maxRetries ?? config.maxRetries) : 0;
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  // One signal for the caller's and the client's: a combined one only when both are given, undone
  // (its listeners removed) when the call ends, so a long-lived signal collects none per call.
  const combined = options.signal && config.signal ? abortedByEither(options.signal, config.signal) : undefined;
  const signal = combined?.signal ?? options.signal ?? config.signal;
  // Called unbound: browsers throw "Illegal invocation" for fetch called as a method of another object.
  const fetchImpl = config.fetch;
  const startedAt = config.now();
  let attemptTimeoutMs = timeoutMs;
  try {
    for (let retryIndex = 0; ; retryIndex++) {
      if (signal?.aborted) throw new RequestAbortedError(operationId, signal.reason);
      const init: AttemptInit = { method, headers, body: body ?? null };
      Object.defineProperty(init, "signal", LAZY_SIGNAL);
      // Node's fetch sends a stream only in half-duplex mode, and insists on being told so.
      if (body instanceof ReadableStream) Object.assign(init, { duplex: "half" });
      const timeout = attemptTimeoutMs <= MAX_TIMER_DELAY_MS ? startTimeout(attemptTimeoutMs, () => abortAttempt(init)) : undefined;
      const onAbort = signal && (() => abortAttempt(init, signal.reason));
      if (onAbort) signal.addEventListener("abort", onAbort);
      let failure: unknown;
      try {
        return await readResponse<T>(await fetchImpl(url, init), request, config.maxResponseBytes);
      } catch (error) {
        failure = error;
      } finally {
        if (timeout) cancelTimeout(timeout);
        if (onAbort) signal.removeEventListener("abort", onAbort);
      }
      if (signal?.aborted) throw new RequestAbortedError(operationId, signal.reason);
      // The attempt was aborted, and not by the call's signal: its timer fired.
      if (init[CONTROLLER]?.signal.aborted) failure = new ApiTimeoutError(operationId, attemptTimeoutMs, failure);
      else if (!(failure instanceof SdkError)) failure = new ApiConnectionError(operationId, failure);
      if (retryIndex >= maxRetries || !isRetryableError(failure, config.retry)) throw failure;
      const delayMs = retryDelayMs(retryIndex, config.retry, failure instanceof ApiError ? failure.headers : undefined, config.random, config.now());
      if (config.now() - startedAt + delayMs >= config.maxRetryTimeMs) throw failure;
      try {
        await config.sleep(delayMs, signal);
      } catch (cause) {
        throw new RequestAbortedError(operationId, signal?.reason ?? cause);
      }
      attemptTimeoutMs = Math.min(timeoutMs, config.maxRetryTimeMs - (config.now() - startedAt));
      if (attemptTimeoutMs <= 0) throw failure;
    }
  } finally {
    combined?.abort();
  }
}

/** `options` of a call that passes none: one shared object, not a new `{}` per call. */
const NO_OPTIONS: RequestOptions = {};

/** Where an attempt's `RequestInit` keeps its AbortController, once made. */
const CONTROLLER = Symbol("controller");
type AttemptInit = RequestInit & { [CONTROLLER]?: AbortController };

/**
 * `init.signal` of every attempt: its AbortController is made when `fetch` first reads it (every
 * real fetch does; a stub may not), since that is the dearest thing a call would create. One shared
 * accessor, defined as an own enumerable property, so a fetch wrapper's `{ ...init }` keeps the
 * signal; a getter written in an object literal would cost a new closure and object shape per call.
 */
const LAZY_SIGNAL: PropertyDescriptor = {
  get(this: AttemptInit): AbortSignal {
    return (this[CONTROLLER] ??= new AbortController()).signal;
  },
  enumerable: true,
};

/** Aborts an attempt's fetch and body read: called by its timeout (no reason) or the call's signal. */
function abortAttempt(init: AttemptInit, reason?: unknown): void {
  (init[CONTROLLER] ??= new AbortController()).abort(reason);
}

/** An AbortController aborted by whichever of `first` and `second` aborts first; abort it yourself to remove its listeners. */
function abortedByEither(first: AbortSignal, second: AbortSignal): AbortController {
  const either = new AbortController();
  for (const source of [first, second]) {
    if (source.aborted) either.abort(source.reason);
    else source.addEventListener("abort", () => either.abort(source.reason), { signal: either.signal });
  }
  return either;
}

/**
 * Reads a response: the decoded body of a 2xx, or the {@link ApiError} for any other status.
 *
 * The body is read as it streams in, counting bytes: past `maxBytes` reading stops, the stream is
 * cancelled (freeing the connection) and {@link ResponseTooLargeError} is thrown, so a huge or
 * endless body never sits in memory. `Content-Length` is not trusted: it can be absent, wrong, or
 * describe the compressed size. (One function, not several: each async step costs per call; and
 * the reader loop is cheaper than `response.arrayBuffer()` in Node's fetch.)
 */
async function readResponse<T>(response: Response, request: OperationRequest, maxBytes: number): Promise<ApiResponse<T>> {
  const { status, headers, body: stream } = response;
  const ok = status >= 200 && status < 300;
  const { operationId, responseKind } = request;
  const result = (data: unknown): ApiResponse<T> => ({ data: data as T, status, headers });
  if (ok && (status === 204 || status === 205 || request.method === "HEAD" || responseKind === "empty")) {
    // Discarded, not read: frees the connection without downloading.
    stream?.cancel().catch(() => {});
    return result(undefined);
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = stream?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      reader!.cancel().catch(() => {});
      throw new ResponseTooLargeError(operationId, status, maxBytes);
    }
    chunks.push(chunk.value);
  }
  // Joined before decoding (a chunk may end inside a character); most bodies are one chunk.
  let bytes = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    bytes = new Uint8Array(size);
    size = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, size);
      size += chunk.byteLength;
    }
  }
  const contentType = headers.get("content-type") ?? undefined;
  if (ok && responseKind === "binary") return result(bytes.byteLength ? new Blob([bytes], { type: contentType ?? "" }) : undefined);
  // One decoder for every call: `decode` without `stream` keeps no state, and creating one costs time.
  const text = (decoder ??= new TextDecoder()).decode(bytes);
  if (ok) {
    if (responseKind === "text" || !text) return result(text || undefined);
    try {
      return result(JSON.parse(text));
    } catch (cause) {
      throw new InvalidResponseError(operationId, { status, contentType, body: text, cause });
    }
  }
  let body: unknown = text ? truncateErrorBody(text) : undefined;
  if (text && contentType?.includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      // Keep the text: a proxy's error page often claims to be JSON.
    }
  }
  throw new ApiError(status, { operationId, statusText: response.statusText, headers, body, contentType });
}

let decoder: TextDecoder | undefined;
