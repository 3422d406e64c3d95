import type { Credential, ResolvedClientConfig } from "./config.js";
import { appendCookie, setHeader, type RequestHeaders } from "./headers.js";

/** An operation's security requirement alternatives, as in the API description. */
export type SecurityRequirements = ReadonlyArray<Readonly<Record<string, readonly string[]>>>;

/**
 * Applies the first security requirement alternative whose schemes all have a credential
 * (`undefined` and `""` count as missing): headers and cookies go into `headers`, query API keys
 * are returned as an encoded `name=value&…` string for the caller to add to the URL.
 *
 * When no alternative can be met, nothing is applied and the request goes out unauthenticated:
 * the server's 401 is the clearest answer, and this keeps credentials injected by a proxy or by
 * `defaultHeaders` working. Providers run lazily, at most once per scheme per call.
 *
 * Returns a string at once when no provider function had to run (no microtask for plain string
 * credentials), otherwise a promise of it.
 *
 * @param provided - provider results so far in this call (internal: set when a provider ran).
 */
export function applySecurity(
  config: ResolvedClientConfig,
  operationId: string,
  security: SecurityRequirements,
  headers: RequestHeaders,
  provided?: Readonly<Record<string, Credential>>,
): string | Promise<string> {
  const { securitySchemes } = config;
  // A provider's result when it ran in this call, else what the config holds. (hasOwn: a scheme
  // named `constructor` must not find Object.prototype.constructor.)
  const credentialOf = (schemeName: string): Credential =>
    provided && Object.hasOwn(provided, schemeName) ? provided[schemeName] : config.credentials[schemeName];
  alternatives: for (const requirement of security) {
    const schemeNames = Object.keys(requirement);
    if (schemeNames.length === 0) continue;
    for (const schemeName of schemeNames) {
      const credential = securitySchemes[schemeName] && credentialOf(schemeName);
      if (typeof credential === "function") {
        // Run the provider, remember its answer, and choose again from the start.
        return Promise.resolve(credential()).then((value) =>
          applySecurity(config, operationId, security, headers, { ...provided, [schemeName]: value }),
        );
      }
      if (!credential) continue alternatives;
    }
    let query = "";
    for (const schemeName of schemeNames) {
      const scheme = securitySchemes[schemeName]!;
      const credential = credentialOf(schemeName) as string;
      if (scheme.type === "http") {
        setHeader(headers, operationId, "Authorization", `${scheme.scheme === "basic" ? "Basic" : "Bearer"} ${credential}`);
      } else if (scheme.in === "query") {
        query += `${query && "&"}${encodeURIComponent(scheme.name)}=${encodeURIComponent(credential)}`;
      } else if (scheme.in === "cookie") {
        appendCookie(headers, operationId, scheme.name, credential);
      } else {
        setHeader(headers, operationId, scheme.name, credential);
      }
    }
    return query;
  }
  return "";
}
