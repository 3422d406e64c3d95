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
  /** Serialisation of query parameters that are not `form` + explode (see {@link QueryStyle}). */
  queryStyles?: Readonly<Record<string, QueryStyle>> | undefined;
}

/**
 * How a query parameter is written when it is not the default (`form`, explode: `a=1&a=2`, objects
 * as `deepObject`): `form-no-explode` (`a=1,2`; objects `a=k,v`), `spaceDelimited` (`a=1%202`),
 * `pipeDelimited` (`a=1|2`), `deepObject` (`a[k]=v`). Items are encoded; delimiters are not.
 */
export type QueryStyle = "form" | "form-no-explode" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** Delimiters as written in the URL: literal, so that an item's own `,` or `|` (encoded) stays distinguishable. */
const DELIMITERS = { "form-no-explode": ",", spaceDelimited: "%20", pipeDelimited: "|" } as const;

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
  const query = serializeQuery(parts.query, parts.queryStyles);
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
 * `styles` names the parameters written another way (see {@link QueryStyle}).
 * Also used for `application/x-www-form-urlencoded` bodies.
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined, styles?: Readonly<Record<string, QueryStyle>>): string {
  if (!query) return "";
  const pairs: string[] = [];
  for (const name of Object.keys(query)) {
    const style = styles && Object.hasOwn(styles, name) ? styles[name] : undefined;
    const value = query[name];
    if (style !== undefined && style !== "form" && style !== "deepObject" && value !== null && typeof value === "object" && !(value instanceof Date)) {
      // Delimited styles put every item (or key and value) into one value, joined by the delimiter.
      const items = Array.isArray(value) ? value : Object.entries(value as Record<string, unknown>).flat();
      const present = items.filter((item) => item !== undefined && item !== null).map((item) => (item instanceof Date ? item.toISOString() : String(item)));
      pairs.push(`${encodeURIComponent(name)}=${present.map(encodeURIComponent).join(DELIMITERS[style])}`);
    } else {
      appendPairs(pairs, encodeURIComponent(name), value);
    }
  }
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
