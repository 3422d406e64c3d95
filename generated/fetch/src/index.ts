// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
//
// A thin typed client: openapi-fetch over the openapi-typescript types, with this API's auth,
// default header parameters and servers applied by middleware, and each operation's path, query
// and body serialisation and request checks applied before openapi-fetch builds the request. No
// retries, timeouts or response checks: that is the `sdk` flavor. Works in browsers and Node 18+.
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
import { withOperationRules } from "./runtime/operation-rules.js";

export type { components, operations, paths } from "./schema.js";
export type { Credential } from "./runtime/middleware.js";
export { InvalidRequestError } from "./runtime/errors.js";

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
  "POST /api/invitation": {
    operationId: "post_invitation",
    security: [{ ApiKey: ["admin"] }],
    headerParams: ["TR-Organization"],
    serverUrl: "https://api.trieve.ai",
  },
  "DELETE /api/invitation/{invitation_id}": {
    operationId: "delete_invitation",
    security: [{ ApiKey: ["admin"] }],
    headerParams: ["TR-Organization"],
    serverUrl: "https://api.trieve.ai",
  },
  "GET /api/invitations/{organization_id}": {
    operationId: "get_invitations",
    security: [{ ApiKey: ["readonly"] }],
    headerParams: ["TR-Organization"],
    serverUrl: "https://api.trieve.ai",
  },
  "GET /v1/organization_invitations": {
    operationId: "list_instance_organization_invitations",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
  "GET /v1/organizations/{organization_id}/invitations": {
    operationId: "list_organization_invitations",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
  "POST /v1/organizations/{organization_id}/invitations": {
    operationId: "create_organization_invitation",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
  "POST /v1/organizations/{organization_id}/invitations/bulk": {
    operationId: "create_organization_invitation_bulk",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
  "GET /v1/organizations/{organization_id}/invitations/pending": {
    operationId: "list_pending_organization_invitations",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
  "GET /v1/organizations/{organization_id}/invitations/{invitation_id}": {
    operationId: "get_organization_invitation",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
  "POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke": {
    operationId: "revoke_organization_invitation",
    security: [{ bearerAuth: [] }],
    headerParams: [],
    serverUrl: "https://api.clerk.com",
  },
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
 * Calls of the API's operations are checked before anything is sent: a path parameter that is
 * missing, empty, `.` or `..`, or a header value (parameter, credential) holding CR, LF or NUL,
 * rejects with {@link InvalidRequestError}. Path parameters are encoded as one segment each, the
 * query string follows each parameter's style (RFC 3986 percent-encoding; null and empty arrays
 * left out), and bodies follow the operation's media type (JSON, `multipart/form-data` from an
 * object, `application/x-www-form-urlencoded`, or binary sent as given).
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
  return withOperationRules(client, OPERATIONS, fetchOptions);
}
