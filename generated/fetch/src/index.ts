// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
//
// A thin typed client: openapi-fetch over the openapi-typescript types, with this API's auth,
// default header parameters and servers applied by middleware. Works in browsers and Node 18+.
import createFetchClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./schema.js";
import {
  authMiddleware,
  defaultHeaderParamsMiddleware,
  operationServerMiddleware,
  type Credential,
  type OperationTable,
  type SecurityScheme,
  type WithOptionalHeaders,
} from "./runtime/middleware.js";

export type { components, operations, paths } from "./schema.js";
export type { Credential } from "./runtime/middleware.js";

/** The API's default server. */
export const DEFAULT_BASE_URL = "http://127.0.0.1:4010";

/** The API's security schemes by name: the keys of `auth`. */
export type SecuritySchemeName = "ApiKey" | "bearerAuth";

/** Header parameters the client can fill in by default: the keys of `defaultHeaderParams`. */
export type DefaultableHeaderName = "TR-Organization";

const SECURITY_SCHEMES: Readonly<Record<SecuritySchemeName, SecurityScheme>> = {
  ApiKey: { type: "apiKey", in: "header", name: "Authorization" },
  bearerAuth: { type: "http", scheme: "bearer" },
};

const OPERATIONS: OperationTable = {
  "POST /api/invitation": { security: [{ ApiKey: ["admin"] }], headerParams: ["TR-Organization"], serverUrl: "https://api.trieve.ai" },
  "DELETE /api/invitation/{invitation_id}": { security: [{ ApiKey: ["admin"] }], headerParams: ["TR-Organization"], serverUrl: "https://api.trieve.ai" },
  "GET /api/invitations/{organization_id}": { security: [{ ApiKey: ["readonly"] }], headerParams: ["TR-Organization"], serverUrl: "https://api.trieve.ai" },
  "GET /v1/organization_invitations": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
  "GET /v1/organizations/{organization_id}/invitations": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
  "POST /v1/organizations/{organization_id}/invitations": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
  "POST /v1/organizations/{organization_id}/invitations/bulk": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
  "GET /v1/organizations/{organization_id}/invitations/pending": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
  "GET /v1/organizations/{organization_id}/invitations/{invitation_id}": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
  "POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke": { security: [{ bearerAuth: [] }], headerParams: [], serverUrl: "https://api.clerk.com" },
};

export interface CreateClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** Server URL; every operation goes there. @default each operation's server from the API description */
  baseUrl?: string;
  /**
   * Credentials by security scheme, each a value or a (sync or async) provider:
   * - ApiKey: API key, sent as-is in the header parameter `Authorization`
   * - bearerAuth: token, sent as `Authorization: Bearer <token>`
   */
  auth?: Partial<Record<SecuritySchemeName, Credential>>;
  /** Header parameters sent to every operation that declares them, unless a call passes its own. */
  defaultHeaderParams?: Partial<Record<DefaultableHeaderName, string>>;
}

/** The typed client: `client.GET("/path", { params })` and friends, from openapi-fetch. */
export type ApiClient = Client<WithOptionalHeaders<paths, DefaultableHeaderName>>;

/**
 * Creates a client. Every request and response is typed from the API description.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   baseUrl: "http://127.0.0.1:4010",
 *   auth: {
 *     ApiKey: process.env.API_KEY,
 *     bearerAuth: process.env.BEARER_AUTH,
 *   },
 * });
 * ```
 */
export function createClient(options: CreateClientOptions = {}): ApiClient {
  const { auth = {}, defaultHeaderParams = {}, baseUrl, ...fetchOptions } = options;
  const client = createFetchClient<WithOptionalHeaders<paths, DefaultableHeaderName>>({ ...fetchOptions, baseUrl: baseUrl ?? DEFAULT_BASE_URL });
  if (baseUrl === undefined) client.use(operationServerMiddleware(OPERATIONS, DEFAULT_BASE_URL));
  client.use(defaultHeaderParamsMiddleware(OPERATIONS, defaultHeaderParams));
  client.use(authMiddleware(OPERATIONS, SECURITY_SCHEMES, auth));
  return client;
}
