/**
 * The runtime every generated SDK ships: request building, auth, timeouts, retries, errors and
 * pagination. Hand-written and copied verbatim into each generated package.
 */
export {
  DEFAULT_CLIENT_OPTIONS,
  DEFAULT_RETRY,
  resolveClientConfig,
  type ClientDefaults,
  type ClientOptions,
  type Credential,
  type ResolvedClientConfig,
  type ResolvedRetryOptions,
  type RetryOptions,
  type RetryStatusCode,
  type SecurityScheme,
} from "./config.js";
export {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  ResponseTooLargeError,
  SdkError,
  UnprocessableEntityError,
  type ApiErrorDetails,
  type InvalidResponseDetails,
} from "./errors.js";
export { paginate, type Page } from "./paginate.js";
export type { SecurityRequirements } from "./auth.js";
export { send, toFormData, type ApiResponse, type BinaryBody, type OperationRequest, type RequestOptions } from "./send.js";
export type { QueryStyle } from "./url.js";
