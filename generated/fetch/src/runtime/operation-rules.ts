/**
 * What the `fetch` flavor checks and serialises per operation before openapi-fetch builds the
 * request: path parameters (one segment each; missing, `.` and `..` refused), header values (no CR,
 * LF or NUL), the query string (the operation's styles) and the body (the operation's media type).
 */
import { InvalidRequestError } from "./errors.js";
import type { OperationTable } from "./middleware.js";
import { serializeBody, serializePath, serializeQuery } from "./serializers.js";

/** CR and LF would let a value start a new header (header injection); NUL is never valid. */
const UNSAFE_HEADER_VALUE = /[\r\n\0]/;

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Init = Record<string, unknown> | undefined;
type Call = (url: string, init?: Init) => Promise<unknown>;

/**
 * Throws {@link InvalidRequestError} when a header value holds CR, LF or NUL. The message names
 * the header, never the value: it may be a credential.
 */
export function assertSafeHeaderValue(operationId: string, name: string, value: unknown): void {
  if (typeof value === "string" && UNSAFE_HEADER_VALUE.test(value)) {
    throw new InvalidRequestError(operationId, `header ${JSON.stringify(name)} contains CR, LF or NUL`);
  }
}

function headerEntries(headers: unknown): Array<[string, unknown]> {
  if (!headers || typeof headers !== "object") return [];
  if (headers instanceof Headers) return [...headers.entries()];
  if (Array.isArray(headers)) return headers as Array<[string, unknown]>;
  return Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value.map((item): [string, unknown] => [name, item]) : [[name, value]]));
}

/** Serialisers the caller set for the whole client (openapi-fetch's `createClient` options): those are kept. */
export interface ClientSerializers {
  readonly querySerializer?: unknown;
  readonly pathSerializer?: unknown;
  readonly bodySerializer?: unknown;
}

/** The call's options with this operation's checks done and its serialisers set (the caller's own, per call or per client, win). */
function prepare(table: OperationTable, own: ClientSerializers, method: string, schemaPath: string, init: Init): Init {
  const key = `${method.toUpperCase()} ${schemaPath}`;
  const operation = Object.hasOwn(table, key) ? table[key] : undefined;
  if (!operation) return init;
  const { operationId } = operation;
  const params = (init?.params ?? {}) as { path?: Record<string, unknown>; header?: Record<string, unknown> };
  // Checked here as well as serialised below: openapi-fetch skips the path serialiser when `params.path` is absent.
  serializePath(operationId, schemaPath, params.path);
  for (const [name, value] of [...headerEntries(params.header), ...headerEntries(init?.headers)]) assertSafeHeaderValue(operationId, name, value);
  const prepared: Record<string, unknown> = { ...init };
  if (own.pathSerializer === undefined && init?.pathSerializer === undefined) {
    prepared.pathSerializer = (pathname: string, values: Record<string, unknown>) => serializePath(operationId, pathname, values);
  }
  if (own.querySerializer === undefined && init?.querySerializer === undefined) {
    prepared.querySerializer = (query: Record<string, unknown>) => serializeQuery(query, operation.queryStyles);
  }
  const mediaType = operation.requestMediaType;
  if (mediaType !== undefined && own.bodySerializer === undefined && init?.bodySerializer === undefined) {
    prepared.bodySerializer = (body: unknown) => serializeBody(mediaType, body);
    // openapi-fetch writes `application/json` otherwise; multipart's Content-Type (with its boundary) is fetch's.
    if (!mediaType.startsWith("multipart/")) {
      const given = init?.headers;
      if (given instanceof Headers || Array.isArray(given)) {
        const headers = new Headers(given as HeadersInit);
        if (!headers.has("Content-Type")) headers.set("Content-Type", mediaType);
        prepared.headers = headers;
      } else {
        // A plain object keeps openapi-fetch's meaning of `null` (unset); the caller's own Content-Type, set later, wins.
        prepared.headers = { "Content-Type": mediaType, ...(given as Record<string, unknown> | undefined) };
      }
    }
  }
  return prepared;
}

/**
 * Wraps an openapi-fetch client so that every call of a known operation (by method and path
 * template) is checked and serialised as that operation says; other calls pass through. A refused
 * call rejects with {@link InvalidRequestError} and sends nothing. A serialiser the caller gave
 * (`own`, for the whole client, or in one call's options) is used instead of the operation's.
 */
export function withOperationRules<C extends object>(client: C, table: OperationTable, own: ClientSerializers = {}): C {
  const methods = client as unknown as Record<string, Call> & { request: (method: string, url: string, init?: Init) => Promise<unknown> };
  const wrapped: Record<string, unknown> = { ...(client as Record<string, unknown>) };
  for (const method of METHODS) {
    const call = methods[method]!;
    wrapped[method] = (url: string, init?: Init) => {
      try {
        return call(url, prepare(table, own, method, url, init));
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  wrapped.request = (method: string, url: string, init?: Init) => {
    try {
      return methods.request(method, url, prepare(table, own, method, url, init));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return wrapped as C;
}
