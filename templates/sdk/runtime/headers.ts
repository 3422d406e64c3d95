import { InvalidRequestError } from "./errors.js";

/**
 * Request headers as `send` builds them: names in lower case, so a later layer overrides an
 * earlier one whatever its case (as `Headers` would), and no prototype, so `__proto__` is a header
 * like any other. A record is a valid `HeadersInit`, and far cheaper to build than `Headers`.
 */
export type RequestHeaders = Record<string, string>;

/**
 * The prototype of every {@link RequestHeaders}: empty and itself prototype-less. (An object made
 * with `Object.create(null)` would do the same, but V8 keeps those in slow dictionary mode.)
 */
const NO_MEMBERS: object = /* @__PURE__ */ Object.create(null);

/** An empty {@link RequestHeaders}. */
export function createHeaders(): RequestHeaders {
  return Object.create(NO_MEMBERS) as RequestHeaders;
}

/** CR and LF would let a value start a new header (header injection); NUL is never valid. */
const HEADER_INJECTION_CHARACTERS = /[\r\n\0]/;
/** What `fetch` refuses besides: a name that is not an RFC 9110 token, a value beyond Latin-1. */
const HEADER_NAME = /^[\w!#$%&'*+.^`|~-]+$/;
const NON_LATIN1 = /[^\0-\xff]/;
/** Characters that would end a cookie pair (`;`, `,`), split it (`=` in a name) or the header. */
const UNSAFE_COOKIE_NAME_CHARACTERS = /[;,=\s\0]/;
const UNSAFE_COOKIE_VALUE_CHARACTERS = /[;\r\n\0]/;

/**
 * Throws {@link InvalidRequestError} for a header `fetch` must not send: CR, LF or NUL anywhere
 * (header injection), or a name or value `fetch` itself would refuse. Checked here, so a bad
 * header is refused before sending instead of failing inside `fetch` like a connection error.
 * The message names the header but never quotes the value, which may be a credential.
 */
export function checkHeader(operationId: string, name: string, value: string): void {
  const problem =
    HEADER_INJECTION_CHARACTERS.test(name) || HEADER_INJECTION_CHARACTERS.test(value)
      ? "contains CR, LF or NUL"
      : !HEADER_NAME.test(name) || NON_LATIN1.test(value)
        ? "is not a valid HTTP header"
        : "";
  if (problem) throw new InvalidRequestError(operationId, `header ${JSON.stringify(name)} ${problem}`);
}

/** Sets one header after {@link checkHeader}, replacing any of the same name. */
export function setHeader(headers: RequestHeaders, operationId: string, name: string, value: string): void {
  checkHeader(operationId, name, value);
  headers[name.toLowerCase()] = value;
}

/** Sets each own property of `values` in order (later calls override earlier ones); `undefined` and `null` values are skipped. */
export function setHeaders(
  headers: RequestHeaders,
  operationId: string,
  values: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined,
): void {
  if (!values) return;
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value != null) setHeader(headers, operationId, name, String(value));
  }
}

/**
 * Adds `name=value` to the `Cookie` header, after any pairs already there. The value is sent as
 * given (encode it first if it may hold arbitrary text). Throws {@link InvalidRequestError},
 * naming the cookie but never quoting the value, when either could break out of its pair.
 */
export function appendCookie(headers: RequestHeaders, operationId: string, name: string, value: string): void {
  if (UNSAFE_COOKIE_NAME_CHARACTERS.test(name) || UNSAFE_COOKIE_VALUE_CHARACTERS.test(value)) {
    throw new InvalidRequestError(operationId, `cookie ${JSON.stringify(name)} contains ;, CR, LF or NUL, or a bad name`);
  }
  const existing = headers["cookie"];
  setHeader(headers, operationId, "Cookie", existing ? `${existing}; ${name}=${value}` : `${name}=${value}`);
}
