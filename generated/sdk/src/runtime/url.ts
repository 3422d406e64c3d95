import { InvalidRequestError } from "./errors.js";

/** Splits a path template into literal parts and `{name}` placeholders (captured, at odd indexes). */
const PATH_PLACEHOLDER = /\{([^{}]+)\}/;

/** The parts of an operation that decide its URL. */
export interface UrlParts {
  operationId: string;
  /** Path template, e.g. `/v1/organizations/{organization_id}/invitations`. */
  path: string;
  pathParams?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  query?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Builds `baseUrl + path + ?query`.
 *
 * Each path parameter becomes exactly one path segment: it is encoded with `encodeURIComponent`,
 * so `/`, `?`, `#` and `%` cannot escape it, and the values that would still move the path
 * (`""`, `.`, `..`) are refused.
 *
 * @throws {@link InvalidRequestError} for a missing, empty, `.` or `..` path parameter.
 */
export function buildUrl(baseUrl: string, parts: UrlParts): string {
  const { operationId, pathParams } = parts;
  // split() with a capture group is several times faster than replace() with a callback.
  const pieces = parts.path.split(PATH_PLACEHOLDER);
  let path = pieces[0] ?? "";
  for (let index = 1; index < pieces.length; index += 2) {
    const name = pieces[index] ?? "";
    // hasOwn: a parameter named `constructor` must not find Object.prototype.constructor.
    const value = pathParams && Object.hasOwn(pathParams, name) ? pathParams[name] : undefined;
    const segment = value === undefined || value === null ? "" : String(value);
    if (segment === "" || segment === "." || segment === "..") {
      const problem = value === undefined || value === null ? "is missing" : `must not be ${JSON.stringify(segment)}`;
      throw new InvalidRequestError(operationId, `path parameter ${JSON.stringify(name)} ${problem}`);
    }
    path += encodeURIComponent(segment) + (pieces[index + 1] ?? "");
  }
  const query = serializeQuery(parts.query);
  return query ? `${baseUrl}${path}?${query}` : `${baseUrl}${path}`;
}

/**
 * Serialises query parameters in the order given (JavaScript lists integer-like keys first):
 * - `undefined` and `null` are skipped;
 * - arrays repeat the name (form style, explode: `a=1&a=2`);
 * - objects use deepObject style (`a[b]=c`, nested `a[b][c]=d`);
 * - `Date`s are sent as ISO 8601; everything else through `String()`.
 *
 * Names and values are percent-encoded with `encodeURIComponent`; deepObject brackets are left as-is.
 * Only own enumerable keys are read, so `__proto__` or inherited properties change nothing.
 * Also used for `application/x-www-form-urlencoded` bodies.
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined): string {
  if (!query) return "";
  const pairs: string[] = [];
  for (const name of Object.keys(query)) appendPairs(pairs, encodeURIComponent(name), query[name]);
  return pairs.join("&");
}

function appendPairs(pairs: string[], encodedName: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendPairs(pairs, encodedName, item);
  } else if (value instanceof Date) {
    pairs.push(`${encodedName}=${encodeURIComponent(value.toISOString())}`);
  } else if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) appendPairs(pairs, `${encodedName}[${encodeURIComponent(key)}]`, record[key]);
  } else {
    pairs.push(`${encodedName}=${encodeURIComponent(String(value))}`);
  }
}
