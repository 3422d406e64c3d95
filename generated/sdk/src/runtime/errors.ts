/**
 * Every error this SDK throws. They all extend {@link SdkError}, so one `instanceof SdkError` check
 * tells SDK failures apart from bugs in your own code.
 *
 * No error ever holds request headers, the request URL or a credential: messages and fields carry
 * only the operation id, the response (status, headers, body) and the underlying cause.
 */

/** How much of a response body an error keeps when the body is not JSON. */
const MAX_ERROR_BODY_CHARS = 1000;
/** How much of a response body an error message quotes. */
const MAX_MESSAGE_EXCERPT_CHARS = 200;

/** Base class of every error the SDK throws. */
export class SdkError extends Error {
  override name = "SdkError";
  /** The `operationId` of the call that failed (e.g. `post_invitation`); `""` for client-level errors. */
  readonly operationId: string;

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

/**
 * The server answered with a status outside 2xx. Catch a subclass (e.g. {@link NotFoundError}) for
 * one status, or this class for all of them.
 *
 * @typeParam TBody - the error body's type. The SDK cannot check it at run time, so treat it as a
 *   promise the API description makes: `(error as ApiError<Problem>).body`.
 */
export class ApiError<TBody = unknown> extends SdkError {
  override name = "ApiError";
  /** HTTP status code. */
  readonly status: number;
  /** Response headers (e.g. `x-request-id` for support requests). */
  readonly headers: Headers;
  /**
   * Response body: parsed JSON when the response says it is JSON and parses, otherwise the text
   * (cut to 1000 characters); `undefined` when the body is empty.
   */
  readonly body: TBody;
  /** The response's `Content-Type`, if any. */
  readonly contentType: string | undefined;

  constructor(status: number, details: ApiErrorDetails<TBody>) {
    const reason = details.statusText ? ` ${details.statusText}` : "";
    super(details.operationId, `HTTP ${status}${reason}${excerpt(details.body)}`);
    this.status = status;
    this.headers = details.headers;
    this.body = details.body;
    this.contentType = details.contentType;
  }
}

/** HTTP 400: the server rejected the request as malformed. Never retried. */
export class BadRequestError<TBody = unknown> extends ApiError<TBody> {
  override name = "BadRequestError";
  declare readonly status: 400;
}
/** HTTP 401: missing or invalid credentials. Never retried. */
export class AuthenticationError<TBody = unknown> extends ApiError<TBody> {
  override name = "AuthenticationError";
  declare readonly status: 401;
}
/** HTTP 402: payment required. */
export class PaymentRequiredError<TBody = unknown> extends ApiError<TBody> {
  override name = "PaymentRequiredError";
  declare readonly status: 402;
}
/** HTTP 403: the credentials are valid but not allowed to do this. Never retried. */
export class PermissionDeniedError<TBody = unknown> extends ApiError<TBody> {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
}
/** HTTP 404: the resource does not exist (or is hidden from you). Never retried. */
export class NotFoundError<TBody = unknown> extends ApiError<TBody> {
  override name = "NotFoundError";
  declare readonly status: 404;
}
/** HTTP 409: conflicts with the resource's current state. Retried by default. */
export class ConflictError<TBody = unknown> extends ApiError<TBody> {
  override name = "ConflictError";
  declare readonly status: 409;
}
/** HTTP 422: well-formed but semantically invalid. Never retried. */
export class UnprocessableEntityError<TBody = unknown> extends ApiError<TBody> {
  override name = "UnprocessableEntityError";
  declare readonly status: 422;
}
/** HTTP 429: too many requests. Retried by default, honouring `Retry-After`. */
export class RateLimitError<TBody = unknown> extends ApiError<TBody> {
  override name = "RateLimitError";
  declare readonly status: 429;
}
/** HTTP 500 or above: the server failed. Retried by default. */
export class InternalServerError<TBody = unknown> extends ApiError<TBody> {
  override name = "InternalServerError";
}

/** The {@link ApiError} subclass for each status that has one (5xx is handled separately). */
const ERROR_CLASS_BY_STATUS: Readonly<Partial<Record<number, typeof ApiError>>> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * Builds the most specific {@link ApiError} subclass for `status` (a plain `ApiError` for statuses
 * without one, e.g. 405 or a 3xx that was not followed).
 */
export function createApiError<TBody = unknown>(status: number, details: ApiErrorDetails<TBody>): ApiError<TBody> {
  const ErrorClass = ERROR_CLASS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(status, details);
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
  readonly timeoutMs: number;

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
  readonly status: number;
  readonly contentType: string | undefined;
  /** The body text, cut to 1000 characters. */
  readonly body: string;

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
  readonly status: number;
  /** The limit that was exceeded, in bytes. */
  readonly maxResponseBytes: number;

  constructor(operationId: string, status: number, maxResponseBytes: number) {
    super(operationId, `HTTP ${status} body exceeds ${maxResponseBytes} bytes`);
    this.status = status;
    this.maxResponseBytes = maxResponseBytes;
  }
}

/** Cuts a non-JSON error body to the size errors keep. */
export function truncateErrorBody(text: string): string {
  return text.length > MAX_ERROR_BODY_CHARS ? `${text.slice(0, MAX_ERROR_BODY_CHARS)}…` : text;
}

function excerpt(body: unknown): string {
  if (body === undefined || body === "") return "";
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return `: ${text.length > MAX_MESSAGE_EXCERPT_CHARS ? `${text.slice(0, MAX_MESSAGE_EXCERPT_CHARS)}…` : text}`;
}

/** undici reports "fetch failed" with the useful code (ECONNREFUSED, ENOTFOUND...) one level down. */
function errorCode(cause: unknown): string {
  const nested = (cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  const code = nested ?? (cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? ` (${code})` : "";
}
