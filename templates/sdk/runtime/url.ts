import { InvalidRequestError } from "./errors.js";

/** Splits a path template into literal parts and `{name}` placeholders (captured, at odd indexes). */
const PATH_PLACEHOLDER = /\{([^{}]+)\}/;

/** The parts of an operation that decide its URL. */
export interface UrlParts {
  operationId: string;
  /** Path template, e.g. `/v1/organizations/{organization_id}/invitations`. */
  path: string;
  pathParams?: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined;
  /** The query string without `?`, as {@link serializeQuery} writes it; `""` or `undefined` for none. */
  query?: string | undefined;
}

/**
 * How a query parameter is written: `form` (the default: explode, `a=1&a=2`; an object's
 * properties become parameters of their own, `k1=v1&k2=v2`), `form-no-explode` (`a=1,2`; objects
 * `a=k,v`), `spaceDelimited` (`a=1%202`), `pipeDelimited` (`a=1|2`), `deepObject` (`a[k]=v`).
 * Items are encoded; delimiters are not.
 */
export type QueryStyle = "form" | "form-no-explode" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** Delimiters as written in the URL: literal, so that an item's own `,` or `|` (encoded) stays distinguishable. */
const DELIMITERS = { "form-no-explode": ",", spaceDelimited: "%20", pipeDelimited: "|" } as const;

/** What RFC 3986 keeps as it is: `A-Z a-z 0-9 - . _ ~`. Most ids and values hold nothing else. */
const UNRESERVED = /^[\w.~-]*$/;

/** `encodeURIComponent` and `!'()*` too, which it keeps; a text with nothing to encode is returned at once. */
const encode = (text: string): string =>
  UNRESERVED.test(text) ? text : encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Builds `baseUrl + path + ?query`.
 *
 * Each path parameter becomes exactly one path segment: it is percent-encoded (RFC 3986),
 * so `/`, `?`, `#` and `%` cannot escape it, and the values that would still move the path
 * (`""`, `.`, `..`) are refused.
 *
 * @throws {@link InvalidRequestError} for a missing, empty, `.` or `..` path parameter.
 */
export function buildUrl(baseUrl: string, parts: UrlParts): string {
  const { operationId, pathParams } = parts;
  // split() with a capture group is several times faster than replace() with a callback.
  const pieces = parts.path.split(PATH_PLACEHOLDER);
  let url = baseUrl + pieces[0];
  for (let index = 1; index < pieces.length; index += 2) {
    const name = pieces[index]!;
    // hasOwn: a parameter named `constructor` must not find Object.prototype.constructor.
    const value = pathParams && Object.hasOwn(pathParams, name) ? pathParams[name] : undefined;
    const segment = value == null ? "" : String(value);
    if (segment === "" || segment === "." || segment === "..") {
      throw new InvalidRequestError(operationId, `path parameter ${JSON.stringify(name)} ${value == null ? "is missing" : `must not be ${JSON.stringify(segment)}`}`);
    }
    url += encode(segment) + pieces[index + 1];
  }
  return parts.query ? `${url}?${parts.query}` : url;
}

/**
 * Serialises query parameters in the order given (JavaScript lists integer-like keys first):
 * - `undefined` and `null` are skipped, and so are empty arrays;
 * - arrays repeat the name (form style, explode: `a=1&a=2`);
 * - objects are written as form with explode (RFC 6570 `{?a*}`): each property becomes a
 *   parameter of its own, `k1=v1&k2=v2` (nested objects below it in brackets, `k1[x]=y`);
 * - `Date`s are sent as ISO 8601; everything else through `String()`.
 *
 * Names and values are percent-encoded: RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`)
 * kept, everything else as UTF-8 `%XX`, a space as `%20`; deepObject brackets are left as-is. Only own enumerable keys are read,
 * so `__proto__` or inherited properties change nothing. `styles` names the parameters written
 * another way (see {@link QueryStyle}).
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined, styles?: Readonly<Record<string, QueryStyle>>): string {
  if (!query) return "";
  const pairs: string[] = [];
  for (const name of Object.keys(query)) {
    const style = styles && Object.hasOwn(styles, name) ? styles[name] : undefined;
    const value = query[name];
    if (value === null || typeof value !== "object" || value instanceof Date || style === "deepObject") {
      appendPairs(pairs, encode(name), value);
    } else if (style !== undefined && style !== "form") {
      // Delimited styles put every item (or key and value) into one value, joined by the delimiter.
      const items = Array.isArray(value) ? value : Object.entries(value).flat();
      const present = items.filter((item) => item != null).map((item) => (item instanceof Date ? item.toISOString() : String(item)));
      pairs.push(`${encode(name)}=${present.map(encode).join(DELIMITERS[style])}`);
    } else if (Array.isArray(value)) {
      appendPairs(pairs, encode(name), value);
    } else {
      // form + explode: the object's properties stand in for the parameter.
      appendPairs(pairs, "", value);
    }
  }
  return pairs.join("&");
}

/**
 * An `application/x-www-form-urlencoded` body from an object (anything else is returned as given):
 * as {@link serializeQuery} writes a query, but an object-valued property is written in brackets
 * (`a[b]=c`), as form bodies usually nest.
 */
export function formBody<T>(body: T): T | string {
  if (!isPlainObject(body)) return body;
  const pairs: string[] = [];
  for (const name of Object.keys(body)) appendPairs(pairs, encode(name), body[name]);
  return pairs.join("&");
}

/** Whether `value` is an object literal (or has no prototype): what a form or multipart body is built from. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Adds `name=value` pairs for `value`; objects nest as `name[key]` (at the top, `encodedName` `""`, as `key`). */
function appendPairs(pairs: string[], encodedName: string, value: unknown): void {
  if (value == null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendPairs(pairs, encodedName, item);
  } else if (value instanceof Date) {
    pairs.push(`${encodedName}=${encode(value.toISOString())}`);
  } else if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const encodedKey = encode(key);
      appendPairs(pairs, encodedName ? `${encodedName}[${encodedKey}]` : encodedKey, record[key]);
    }
  } else {
    pairs.push(`${encodedName}=${encode(String(value))}`);
  }
}
