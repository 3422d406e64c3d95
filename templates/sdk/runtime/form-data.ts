import { isPlainObject } from "./url.js";

/**
 * A `multipart/form-data` body from an object, one part per own property in order: a `Blob` or
 * `File` is a file part (a `File` keeps its name); an array gives one part per item; a `Date` is
 * sent as ISO 8601; an object as its JSON; anything else through `String()`. `undefined` and `null`
 * are skipped.
 */
export function toFormData(body: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  const append = (name: string, value: unknown): void => {
    if (value == null) return;
    if (value instanceof Blob) form.append(name, value);
    else if (Array.isArray(value)) value.forEach((item) => append(name, item));
    else if (value instanceof Date) form.append(name, value.toISOString());
    else if (typeof value === "object") form.append(name, JSON.stringify(value));
    else form.append(name, String(value));
  };
  for (const name of Object.keys(body)) append(name, body[name]);
  return form;
}

/** The body of a `multipart/form-data` operation: an object becomes a `FormData` ({@link toFormData}); anything else (a `FormData`) is sent as given. */
export function multipartBody<T>(body: T): T | FormData {
  return isPlainObject(body) ? toFormData(body) : body;
}
