/**
 * Every error this SDK throws. They all extend {@link SdkError}, so one `instanceof SdkError` check
 * tells SDK failures apart from bugs in your own code.
 *
 * No error ever holds request headers, the request URL or a credential: messages and fields carry
 * only the operation id, the response (status, headers, body) and the underlying cause.
 *
 * Bundle size: `send` throws a plain {@link ApiError} (named after its status, see
 * {@link apiErrorName}) and never refers to the per-status subclasses, so an app that does not
 * import `NotFoundError` does not ship it. Each subclass answers `instanceof` by status instead
 * (`static [Symbol.hasInstance]`), so `error instanceof NotFoundError` holds for every 404 the SDK
 * throws, whichever class constructed it.
 */

/** How much of a response body an error keeps when the body is not JSON. */
const MAX_ERROR_BODY_CHARS = 1000;
/** How much of a response body an error message quotes. */
const MAX_MESSAGE_EXCERPT_CHARS = 200;

/** Base class of every error the SDK throws. */
export class SdkError extends Error {
  override name = "SdkError";
  /** The `operationId` of the call that failed (e.g. `post_invitation`); `""` for client-level errors. */
  declare readonly operationId: string;

  constructor(operationId: string, message: string, options?: ErrorOptions) {
    super(operationId ? `${operationId}: ${message}` : message, options);
    this.operationId = operationId;
  }
}

/** What {@link createApiError} and the {@link ApiError} constructor need besides the status. */
export interface ApiErrorDetails<TBody = unknown> {
  operationId: string;
  /** Reason phrase, e.g. `Bad Request`; often empty over HTTP/2. */
  statusText?: string | undefined;
  headers: Headers;
  body: TBody;
  contentType?: string | undefined;
}

/** The name of the {@link ApiError} subclass for each status that has one (5xx: `InternalServerError`). */
const NAME_BY_STATUS: Readonly<Partial<Record<number, string>>> = {
  400: "BadRequestError",
  401: "AuthenticationError",
  402: "PaymentRequiredError",
  403: "PermissionDeniedError",
  404: "NotFoundError",
  409: "ConflictError",
  422: "UnprocessableEntityError",
  429: "RateLimitError",
};

/** `NotFoundError` for 404, `InternalServerError` for 5xx, `ApiError` for statuses without a subclass. */
export function apiErrorName(status: number): string {
  return NAME_BY_STATUS[status] ?? (status >= 500 ? "InternalServerError" : "ApiError");
}

/**
 * The server answered with a status outside 2xx. Catch a subclass (e.g. {@link NotFoundError}) for
 * one status, or this class for all of them. `name` is the subclass's name for the status
 * (`"NotFoundError"` for a 404), whichever class constructed the error.
 *
 * @typeParam TBody - the error body's type. The SDK cannot check it at run time, so treat it as a
 *   promise the API description makes: `(error as ApiError<Problem>).body`.
 */
export class ApiError<TBody = unknown> extends SdkError {
  /** HTTP status code. */
  declare readonly status: number;
  /** Response headers (e.g. `x-request-id` for support requests). */
  declare readonly headers: Headers;
  /**
   * Response body: parsed JSON when the response says it is JSON and parses, otherwise the text
   * (cut to 1000 characters); `undefined` when the body is empty.
   */
  declare readonly body: TBody;
  /** The response's `Content-Type`, if any. */
  declare readonly contentType: string | undefined;

  constructor(status: number, details: ApiErrorDetails<TBody>) {
    const { statusText, body } = details;
    super(details.operationId, `HTTP ${status}${statusText ? ` ${statusText}` : ""}${excerpt(body)}`);
    this.name = apiErrorName(status);
    this.status = status;
    this.headers = details.headers;
    this.body = body;
    this.contentType = details.contentType;
  }
}

/**
 * `instanceof` for a status subclass: any {@link ApiError} whose status the subclass stands for.
 * A class of yours that extends one (`target` is then not `statusClass`) keeps the usual
 * prototype check, so only the errors you construct are instances of it.
 */
function hasStatus(target: object, statusClass: object, value: unknown, matches: (status: number) => boolean): boolean {
  if (target !== statusClass) return Function.prototype[Symbol.hasInstance].call(target, value);
  return value instanceof ApiError && matches(value.status);
}

/** HTTP 400: the server rejected the request as malformed. Never retried. */
export class BadRequestError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 400;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, BadRequestError, value, (status) => status === 400);
  }
}
/** HTTP 401: missing or invalid credentials. Never retried. */
export class AuthenticationError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 401;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, AuthenticationError, value, (status) => status === 401);
  }
}
/** HTTP 402: payment required. */
export class PaymentRequiredError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 402;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, PaymentRequiredError, value, (status) => status === 402);
  }
}
/** HTTP 403: the credentials are valid but not allowed to do this. Never retried. */
export class PermissionDeniedError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 403;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, PermissionDeniedError, value, (status) => status === 403);
  }
}
/** HTTP 404: the resource does not exist (or is hidden from you). Never retried. */
export class NotFoundError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 404;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, NotFoundError, value, (status) => status === 404);
  }
}
/** HTTP 409: conflicts with the resource's current state. Retried by default. */
export class ConflictError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 409;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, ConflictError, value, (status) => status === 409);
  }
}
/** HTTP 422: well-formed but semantically invalid. Never retried. */
export class UnprocessableEntityError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 422;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, UnprocessableEntityError, value, (status) => status === 422);
  }
}
/** HTTP 429: too many requests. Retried by default, honouring `Retry-After`. */
export class RateLimitError<TBody = unknown> extends ApiError<TBody> {
  declare readonly status: 429;
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, RateLimitError, value, (status) => status === 429);
  }
}
/** HTTP 500 or above: the server failed. Retried by default. */
export class InternalServerError<TBody = unknown> extends ApiError<TBody> {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasStatus(this, InternalServerError, value, (status) => status >= 500);
  }
}

/**
 * Builds the most specific {@link ApiError} subclass for `status` (a plain `ApiError` for statuses
 * without one, e.g. 405 or a 3xx that was not followed). `send` does not use it (see the module
 * comment); the error it throws answers `instanceof` and `name` the same way.
 */
export function createApiError<TBody = unknown>(status: number, details: ApiErrorDetails<TBody>): ApiError<TBody> {
  const ErrorClass =
    {
      400: BadRequestError,
      401: AuthenticationError,
      402: PaymentRequiredError,
      403: PermissionDeniedError,
      404: NotFoundError,
      409: ConflictError,
      422: UnprocessableEntityError,
      429: RateLimitError,
    }[status] ?? (status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass<TBody>(status, details);
}

/**
 * No response arrived: connection refused or reset, DNS failure, TLS failure... `cause` holds what
 * `fetch` rejected with. Retried by default (see `retry.retryConnectionErrors`).
 */
export class ApiConnectionError extends SdkError {
  override name = "ApiConnectionError";

  constructor(operationId: string, cause: unknown, message = `connection failed${errorCode(cause)}`) {
    super(operationId, message, { cause });
  }
}

/** One attempt took longer than its timeout (`timeoutMs`), including reading the body. Retried like a connection error. */
export class ApiTimeoutError extends ApiConnectionError {
  override name = "ApiTimeoutError";
  /** The timeout that elapsed, in milliseconds. */
  declare readonly timeoutMs: number;

  constructor(operationId: string, timeoutMs: number, cause?: unknown) {
    super(operationId, cause, `timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `signal` (per call or client-wide) aborted the call; `cause` is the signal's reason. Never retried. */
export class RequestAbortedError extends SdkError {
  override name = "RequestAbortedError";

  constructor(operationId: string, cause: unknown) {
    super(operationId, "aborted by the caller's signal", { cause });
  }
}

/** The request was refused before anything was sent (bad path parameter, header injection, bad option...). */
export class InvalidRequestError extends SdkError {
  override name = "InvalidRequestError";
}

/** What {@link InvalidResponseError} records about the response. */
export interface InvalidResponseDetails {
  status: number;
  contentType: string | undefined;
  /** The raw body text. */
  body: string;
  cause?: unknown;
}

/** A 2xx response whose body is not the JSON the operation promised. Never retried. */
export class InvalidResponseError extends SdkError {
  override name = "InvalidResponseError";
  declare readonly status: number;
  declare readonly contentType: string | undefined;
  /** The body text, cut to 1000 characters. */
  declare readonly body: string;

  constructor(operationId: string, details: InvalidResponseDetails) {
    const body = truncateErrorBody(details.body);
    super(
      operationId,
      `HTTP ${details.status} body is not valid JSON (content-type: ${details.contentType ?? "none"})${excerpt(body)}`,
      { cause: details.cause },
    );
    this.status = details.status;
    this.contentType = details.contentType;
    this.body = body;
  }
}

/** The response body grew past `maxResponseBytes`; the SDK stopped reading it. Never retried. */
export class ResponseTooLargeError extends SdkError {
  override name = "ResponseTooLargeError";
  declare readonly status: number;
  /** The limit that was exceeded, in bytes. */
  declare readonly maxResponseBytes: number;

  constructor(operationId: string, status: number, maxResponseBytes: number) {
    super(operationId, `HTTP ${status} body exceeds ${maxResponseBytes} bytes`);
    this.status = status;
    this.maxResponseBytes = maxResponseBytes;
  }
}

/** Cuts a non-JSON error body to the size errors keep. */
export function truncateErrorBody(text: string): string {
  return cut(text, MAX_ERROR_BODY_CHARS);
}

/** `: ` and the start of the body, for a message; nothing for an empty body. */
function excerpt(body: unknown): string {
  return body === undefined || body === "" ? "" : `: ${cut(typeof body === "string" ? body : JSON.stringify(body), MAX_MESSAGE_EXCERPT_CHARS)}`;
}

/** `text`, cut to `length` characters and marked `…` when it was longer. */
function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** undici reports "fetch failed" with the useful code (ECONNREFUSED, ENOTFOUND...) one level down. */
function errorCode(cause: unknown): string {
  const nested = (cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  const code = nested ?? (cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? ` (${code})` : "";
}
