import { InvalidRequestError } from "./errors.js";

/** CR and LF would let a value start a new header (header injection); NUL is never valid. */
const HEADER_INJECTION_CHARACTERS = /[\r\n\0]/;
/** Characters that would end a cookie pair (`;`, `,`), split it (`=` in a name) or the header. */
const UNSAFE_COOKIE_NAME_CHARACTERS = /[;,=\s\0]/;
const UNSAFE_COOKIE_VALUE_CHARACTERS = /[;\r\n\0]/;

/**
 * Throws {@link InvalidRequestError} when a header name or value contains CR, LF or NUL.
 * The message names the header but never quotes the value, which may be a credential.
 */
export function assertSafeHeader(operationId: string, name: string, value: string): void {
  if (HEADER_INJECTION_CHARACTERS.test(name) || HEADER_INJECTION_CHARACTERS.test(value)) {
    throw new InvalidRequestError(operationId, `header ${JSON.stringify(name)} contains CR, LF or NUL`);
  }
}

/**
 * Sets one header after {@link assertSafeHeader}. Other invalid names or values (spaces in a name,
 * characters beyond Latin-1) make `Headers` throw; that error is replaced without its `cause`,
 * because some runtimes quote the value in it.
 */
export function setHeader(headers: Headers, operationId: string, name: string, value: string): void {
  assertSafeHeader(operationId, name, value);
  try {
    headers.set(name, value);
  } catch {
    throw new InvalidRequestError(operationId, `header ${JSON.stringify(name)} is not a valid HTTP header`);
  }
}

/** Sets each own property of `values` in order (later calls override earlier ones); `undefined` and `null` values are skipped. */
export function setHeaders(
  headers: Headers,
  operationId: string,
  values: Readonly<Record<string, string | number | boolean | null | undefined>> | undefined,
): void {
  if (!values) return;
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value !== undefined && value !== null) setHeader(headers, operationId, name, String(value));
  }
}

/**
 * Adds `name=value` to the `Cookie` header, after any pairs already there. The value is sent as
 * given (encode it first if it may hold arbitrary text). Throws {@link InvalidRequestError},
 * naming the cookie but never quoting the value, when either could break out of its pair.
 */
export function appendCookie(headers: Headers, operationId: string, name: string, value: string): void {
  if (UNSAFE_COOKIE_NAME_CHARACTERS.test(name) || UNSAFE_COOKIE_VALUE_CHARACTERS.test(value)) {
    throw new InvalidRequestError(operationId, `cookie ${JSON.stringify(name)} contains ;, CR, LF or NUL, or a bad name`);
  }
  const existing = headers.get("Cookie");
  setHeader(headers, operationId, "Cookie", existing ? `${existing}; ${name}=${value}` : `${name}=${value}`);
}
