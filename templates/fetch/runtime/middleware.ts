/**
 * openapi-fetch middleware for the generated `fetch` flavor: authentication per operation, default
 * header parameters, and per-operation servers. Hand-written; copied verbatim into the package.
 */
import type { Middleware } from "openapi-fetch";
import { InvalidRequestError } from "./errors.js";
import type { QueryStyle } from "./serializers.js";

/** How an operation authenticates, as declared in the API description's `securitySchemes`. */
export type SecurityScheme =
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | { readonly type: "http"; readonly scheme: "bearer" | "basic" };

/** A credential, or a function returning one (sync or async), asked for on each request that needs it. */
export type Credential = string | undefined | (() => string | undefined | Promise<string | undefined>);

/** What the generated client knows about one operation. */
export interface OperationInfo {
  /** The `operationId`, named in errors. */
  readonly operationId: string;
  /** Security requirement alternatives (scheme name -> scopes); `[]` means no auth. */
  readonly security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  /** Names of the header parameters the operation declares. */
  readonly headerParams: readonly string[];
  /** The operation's own server, when it differs from the API's default. */
  readonly serverUrl?: string;
  /** Query parameters written other than `form` + explode, by name. */
  readonly queryStyles?: Readonly<Record<string, QueryStyle>>;
  /** The request body's media type, when it is not `application/json`. */
  readonly requestMediaType?: string;
}

/** Operations keyed by `"METHOD /path/template"`, as openapi-fetch reports them. */
export type OperationTable = Readonly<Record<string, OperationInfo>>;

const UNSAFE_HEADER_VALUE = /[\r\n\0]/;

async function resolveCredential(credential: Credential): Promise<string | undefined> {
  const value = typeof credential === "function" ? await credential() : credential;
  return value === "" ? undefined : value;
}

function lookup(table: OperationTable, request: Request, schemaPath: string): OperationInfo | undefined {
  const key = `${request.method.toUpperCase()} ${schemaPath}`;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Applies the first security alternative of the operation whose credentials are all configured.
 * A credential with CR, LF or NUL is refused before sending (it would split the header) with an
 * {@link InvalidRequestError} that names the scheme, never the value.
 */
export function authMiddleware(table: OperationTable, schemes: Readonly<Record<string, SecurityScheme>>, credentials: Readonly<Record<string, Credential>>): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const operation = lookup(table, request, schemaPath);
      if (!operation) return undefined;
      for (const alternative of operation.security) {
        const names = Object.keys(alternative);
        const values = await Promise.all(names.map((name) => (Object.hasOwn(credentials, name) ? resolveCredential(credentials[name]) : undefined)));
        if (values.some((value) => value === undefined)) continue;
        const url = new URL(request.url);
        const headers = new Headers(request.headers);
        names.forEach((name, index) => {
          const scheme = Object.hasOwn(schemes, name) ? schemes[name] : undefined;
          const value = values[index]!;
          if (UNSAFE_HEADER_VALUE.test(value)) throw new InvalidRequestError(operation.operationId, `credential for security scheme "${name}" contains CR, LF or NUL`);
          if (scheme?.type === "http") headers.set("Authorization", `${scheme.scheme === "bearer" ? "Bearer" : "Basic"} ${value}`);
          else if (scheme?.in === "header") headers.set(scheme.name, value);
          else if (scheme?.in === "query") url.searchParams.set(scheme.name, value);
          else if (scheme?.in === "cookie") headers.append("Cookie", `${encodeURIComponent(scheme.name)}=${encodeURIComponent(value)}`);
        });
        return new Request(url, { method: request.method, headers, body: request.body, signal: request.signal, ...({ duplex: "half" } as object) });
      }
      return undefined;
    },
  };
}

/**
 * Fills in header parameters the caller left out (e.g. `TR-Organization`), for the operations
 * that declare them only: other operations never receive them.
 */
export function defaultHeaderParamsMiddleware(table: OperationTable, defaults: Readonly<Record<string, string | undefined>>): Middleware {
  for (const [name, value] of Object.entries(defaults)) {
    if (value !== undefined && UNSAFE_HEADER_VALUE.test(value)) throw new InvalidRequestError("", `default header "${name}" contains CR, LF or NUL`);
  }
  return {
    onRequest({ request, schemaPath }) {
      const operation = lookup(table, request, schemaPath);
      if (!operation) return undefined;
      for (const name of operation.headerParams) {
        const value = Object.hasOwn(defaults, name) ? defaults[name] : undefined;
        if (value !== undefined && !request.headers.has(name)) request.headers.set(name, value);
      }
      return request;
    },
  };
}

/** Sends operations that declare their own server there (used only when the caller set no `baseUrl`). */
export function operationServerMiddleware(table: OperationTable, defaultBaseUrl: string): Middleware {
  const base = defaultBaseUrl.replace(/\/+$/, "");
  return {
    onRequest({ request, schemaPath }) {
      const serverUrl = lookup(table, request, schemaPath)?.serverUrl;
      if (serverUrl === undefined || !request.url.startsWith(base)) return undefined;
      const url = serverUrl.replace(/\/+$/, "") + request.url.slice(base.length);
      return new Request(url, { method: request.method, headers: request.headers, body: request.body, signal: request.signal, ...({ duplex: "half" } as object) });
    },
  };
}

type Relaxed<H, Names extends string> = Omit<H, Names> & Partial<Pick<H, Extract<keyof H, Names>>>;

/** An operation's `parameters` with the named headers optional; `header` itself optional when nothing else in it is required. */
type OptionalHeaderParams<Params, Names extends string> = Params extends { header: infer H }
  ? Omit<Params, "header"> & ({} extends Omit<H, Names> ? { header?: Relaxed<H, Names> } : { header: Relaxed<H, Names> })
  : Params;

/**
 * `paths` with the named header parameters made optional, for headers the client fills in by
 * default. Operations without those headers are unchanged.
 */
export type WithOptionalHeaders<Paths, Names extends string> = {
  [P in keyof Paths]: {
    [M in keyof Paths[P]]: Paths[P][M] extends { parameters: infer Params }
      ? Omit<Paths[P][M], "parameters"> & { parameters: OptionalHeaderParams<Params, Names> }
      : Paths[P][M];
  };
};
