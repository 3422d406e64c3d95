/**
 * How the `fetch` flavor writes paths, query strings and request bodies: the same bytes as the
 * `sdk` flavor and the Python and Ruby clients (test/failing-server proves it), given to
 * openapi-fetch as its `pathSerializer`, `querySerializer` and `bodySerializer`.
 */
import { InvalidRequestError } from "./errors.js";

/**
 * How a query parameter is written when it is not `form` + explode (`a=1&a=2`; an object's
 * properties as `key=value`): `form-no-explode` (`a=1,2`; objects `a=k,v`), `spaceDelimited`
 * (`a=1%202`), `pipeDelimited` (`a=1|2`), `deepObject` (`a[k]=v`).
 */
export type QueryStyle = "form" | "form-no-explode" | "spaceDelimited" | "pipeDelimited" | "deepObject";

/** Delimiters as written in the URL: literal, so that an item's own `,` or `|` (encoded) stays distinguishable. */
const DELIMITERS = { "form-no-explode": ",", spaceDelimited: "%20", pipeDelimited: "|" } as const;

/** `encodeURIComponent` leaves these sub-delimiters as they are; RFC 3986 unreserved characters do not include them. */
const SUB_DELIMITERS_KEPT = /[!'()*]/g;

/**
 * Percent-encodes everything but the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`),
 * as UTF-8 with upper-case hex; a space is `%20`.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(SUB_DELIMITERS_KEPT, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

function text(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/**
 * Fills the `{name}` placeholders of `pathname`, each value encoded as exactly one segment with
 * {@link encodeComponent} (so `/`, `?`, `#` and `%` cannot move it).
 *
 * @throws {@link InvalidRequestError} for a missing, null, empty, `.` or `..` value: those would
 *   change which path is requested.
 */
export function serializePath(operationId: string, pathname: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_placeholder, name: string) => {
    const value = params && Object.hasOwn(params, name) ? params[name] : undefined;
    const segment = isAbsent(value) ? "" : text(value);
    if (segment === "" || segment === "." || segment === "..") {
      const problem = isAbsent(value) ? "is missing" : `must not be ${JSON.stringify(segment)}`;
      throw new InvalidRequestError(operationId, `path parameter ${JSON.stringify(name)} ${problem}`);
    }
    return encodeComponent(segment);
  });
}

/**
 * A query string (without `?`), parameters in the order given (JavaScript lists integer-like
 * keys first). `undefined` and `null` are left out; arrays repeat the name (`a=1&a=2`) unless
 * `styles` says otherwise; an object's properties become parameters of their own (`key=value`),
 * or `name[key]=value` for `deepObject`. An empty array or object is left out, except in a
 * delimited style (`form` without explode, `spaceDelimited`, `pipeDelimited`), where it is the
 * empty value `name=`. Names and values go through
 * {@link encodeComponent}; delimiters and deepObject brackets are literal. Only own keys are read,
 * so a `__proto__` key is data like any other. Also the `application/x-www-form-urlencoded` body.
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined, styles?: Readonly<Record<string, QueryStyle>>): string {
  if (!query) return "";
  const pairs: string[] = [];
  for (const name of Object.keys(query)) {
    const value = query[name];
    const style = styles && Object.hasOwn(styles, name) ? styles[name] : undefined;
    if (value === undefined || value === null) continue;
    if (typeof value !== "object" || value instanceof Date) {
      pairs.push(`${encodeComponent(name)}=${encodeComponent(text(value))}`);
      continue;
    }
    const isArray = Array.isArray(value);
    const record = value as Record<string, unknown>;
    const entries: Array<[string, unknown]> = isArray
      ? (value as unknown[]).filter((item) => !isAbsent(item)).map((item): [string, unknown] => [name, item])
      : Object.keys(record).filter((key) => !isAbsent(record[key])).map((key): [string, unknown] => [key, record[key]]);
    if (style === "form-no-explode" || style === "spaceDelimited" || style === "pipeDelimited") {
      // One value for the whole list: an empty list is an empty value, unlike a parameter left out.
      const items = isArray ? entries.map(([, item]) => item) : entries.flat();
      pairs.push(`${encodeComponent(name)}=${items.map((item) => encodeComponent(text(item))).join(DELIMITERS[style])}`);
    } else if (style === "deepObject" && !isArray) {
      for (const [key, item] of entries) pairs.push(`${encodeComponent(name)}[${encodeComponent(key)}]=${encodeComponent(text(item))}`);
    } else {
      // form + explode: arrays repeat the name; an object's properties become parameters.
      for (const [key, item] of entries) pairs.push(`${encodeComponent(key)}=${encodeComponent(text(item))}`);
    }
  }
  return pairs.join("&");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A `multipart/form-data` body from an object, one part per own property in order: a `Blob` or
 * `File` is a file part (a `File` keeps its name); an array gives one part per item; a `Date` is
 * sent as ISO 8601; an object as its JSON; anything else through `String()`. `undefined` and `null`
 * are skipped. `fetch` writes the `Content-Type` with its boundary.
 */
export function toFormData(body: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  const append = (name: string, value: unknown): void => {
    if (isAbsent(value)) return;
    if (value instanceof Blob) form.append(name, value);
    else if (Array.isArray(value)) value.forEach((item) => append(name, item));
    else if (value instanceof Date) form.append(name, value.toISOString());
    else if (typeof value === "object") form.append(name, JSON.stringify(value));
    else form.append(name, String(value));
  };
  for (const name of Object.keys(body)) append(name, body[name]);
  return form;
}

/**
 * The request body for an operation's media type: JSON (`…json`) through `JSON.stringify`;
 * `multipart/form-data` objects as {@link toFormData}; `application/x-www-form-urlencoded` objects
 * as {@link serializeQuery}; anything else (binary, text) sent as given: a `Blob`, bytes, a
 * stream or a string. A `FormData` is always sent as it is.
 */
export function serializeBody(mediaType: string, body: unknown): unknown {
  if (body instanceof FormData) return body;
  if (mediaType.includes("json")) return JSON.stringify(body);
  if (mediaType.startsWith("multipart/form-data") && isPlainObject(body)) return toFormData(body);
  if (mediaType === "application/x-www-form-urlencoded" && isPlainObject(body)) return serializeQuery(body);
  return body;
}
