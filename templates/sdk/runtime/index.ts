/**
 * The runtime every generated SDK ships: request building, auth, timeouts, retries, errors and
 * pagination. Hand-written and copied verbatim into each generated package.
 *
 * No module here does anything when it is loaded (timeouts.ts only creates its empty registry of
 * deadlines), and `send` refers only to what every call needs: query serialisation, form and
 * multipart bodies, pagination and the per-status error classes are separate functions that
 * generated code imports only for the operations that use them, so a bundler keeps only what an
 * app calls.
 */
export { apiClass, type ApiClass, type BoundOperations } from "./api-class.js";
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
export { multipartBody, toFormData } from "./form-data.js";
export { paginate, type Page } from "./paginate.js";
export type { SecurityRequirements } from "./auth.js";
export { send, type ApiResponse, type BinaryBody, type OperationRequest, type RequestOptions } from "./send.js";
export { formBody, serializeQuery, type QueryStyle } from "./url.js";
