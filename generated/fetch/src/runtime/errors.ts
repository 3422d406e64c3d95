/**
 * The one error the `fetch` flavor adds to openapi-fetch: a request refused before anything was
 * sent. Everything else is openapi-fetch's own: an HTTP error status is the `{ error, response }`
 * result, a network failure is what `fetch` rejects with (a `TypeError` whose `cause` has the
 * code), an abort is the signal's `AbortError`.
 */
export class InvalidRequestError extends Error {
  override name = "InvalidRequestError";
  /** The `operationId` of the call that was refused (e.g. `get_item`); `""` for client-level options. */
  readonly operationId: string;

  /** The message names the operation and the parameter or header, never a value: it may be a credential. */
  constructor(operationId: string, message: string) {
    super(operationId ? `${operationId}: ${message}` : message);
    this.operationId = operationId;
  }
}
