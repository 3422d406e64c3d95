import type { ResolvedClientConfig, SecurityScheme } from "./config.js";
import { appendCookie, setHeader } from "./headers.js";

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
 */
export async function applySecurity(
  config: ResolvedClientConfig,
  operationId: string,
  security: SecurityRequirements,
  headers: Headers,
): Promise<string> {
  // Provider results, cached per call: a scheme can appear in several alternatives, and providers
  // may be slow. Created only when a provider runs, so plain string credentials cost nothing extra.
  let provided: Map<string, string | undefined> | undefined;

  alternatives: for (const requirement of security) {
    const schemeNames = Object.keys(requirement);
    if (schemeNames.length === 0) continue;
    const chosen: [SecurityScheme, string][] = [];
    for (const schemeName of schemeNames) {
      const scheme = config.securitySchemes[schemeName];
      if (!scheme) continue alternatives;
      let credential = config.credentials[schemeName];
      if (typeof credential === "function") {
        provided ??= new Map();
        if (!provided.has(schemeName)) provided.set(schemeName, await credential());
        credential = provided.get(schemeName);
      }
      if (!credential) continue alternatives;
      chosen.push([scheme, credential]);
    }
    const query: string[] = [];
    for (const [scheme, credential] of chosen) {
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
