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
  provided?: Record<string, Credential>,
): string | Promise<string> {
  const { securitySchemes } = config;
  alternatives: for (const requirement of security) {
    const schemeNames = Object.keys(requirement);
    if (schemeNames.length === 0) continue;
    for (const schemeName of schemeNames) {
      if (!securitySchemes[schemeName]) continue alternatives;
      const credential = credentialOf(config, provided, schemeName);
      if (typeof credential === "function") {
        // Run the provider, remember its answer, and choose again from the start.
        return Promise.resolve(credential()).then((value) => {
          const results: Record<string, Credential> = provided ?? Object.create(null);
          results[schemeName] = value;
          return applySecurity(config, operationId, security, headers, results);
        });
      }
      if (!credential) continue alternatives;
    }
    const query: string[] = [];
    for (const schemeName of schemeNames) {
      const scheme = securitySchemes[schemeName]!;
      const credential = credentialOf(config, provided, schemeName) as string;
      if (scheme.type === "http") {
        setHeader(headers, operationId, "Authorization", `${scheme.scheme === "basic" ? "Basic" : "Bearer"} ${credential}`);
      } else if (scheme.in === "query") {
        query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(credential)}`);
      } else if (scheme.in === "cookie") {
        appendCookie(headers, operationId, scheme.name, credential);
      } else {
        setHeader(headers, operationId, scheme.name, credential);
      }
    }
    return query.join("&");
  }
  return "";
}

/** The scheme's credential: a provider's result when it ran in this call, else what the config holds. */
function credentialOf(config: ResolvedClientConfig, provided: Record<string, Credential> | undefined, schemeName: string): Credential {
  return provided && schemeName in provided ? provided[schemeName] : config.credentials[schemeName];
}
