// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
import { resolveClientConfig, type ClientDefaults, type ClientOptions, type Credential, type ResolvedClientConfig } from "./runtime/index.js";

/** The API's security schemes by name: the keys of `credentials`. */
export type SecuritySchemeName = "ApiKey" | "bearerAuth";

/** Client options, with credentials keyed by this API's security schemes. */
export interface ClientConfigOptions extends Omit<ClientOptions, "credentials"> {
  /**
   * Credentials by security scheme, each a value or a (sync or async) provider:
   * - ApiKey: API key, sent as-is in the header parameter `Authorization`
   * - bearerAuth: token, sent as `Authorization: Bearer <token>`
   */
  credentials?: Partial<Record<SecuritySchemeName, Credential>>;
}

/** What this API's description says about servers, auth and retries. */
export const API_DEFAULTS: ClientDefaults = {
  baseUrl: "http://127.0.0.1:4010",
  securitySchemes: {
    ApiKey: { type: "apiKey", in: "header", name: "Authorization" },
    bearerAuth: { type: "http", scheme: "bearer" },
  },
};

/** Resolves client options once; pass the result to API classes or standalone operation functions. */
export function createConfig(options: ClientConfigOptions = {}): ResolvedClientConfig {
  return resolveClientConfig(options, API_DEFAULTS);
}
