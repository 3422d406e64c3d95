import type { ResolvedClientConfig, SecurityScheme } from "./config.js";
import { InvalidRequestError } from "./errors.js";
import { setHeader } from "./headers.js";

/** A cookie value must not end its own pair (`;`) or the header (CR, LF, NUL). */
const UNSAFE_COOKIE_CHARACTERS = /[;\r\n\0]/;

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
  // Cached per call: a scheme can appear in several alternatives, and providers may be slow.
  let resolved: Map<string, string | undefined> | undefined;
  const credentialFor = async (schemeName: string): Promise<string | undefined> => {
    resolved ??= new Map();
    if (!resolved.has(schemeName)) {
      const credential = config.credentials[schemeName];
      resolved.set(schemeName, typeof credential === "function" ? await credential() : credential);
    }
    return resolved.get(schemeName);
  };

  alternatives: for (const requirement of security) {
    const schemeNames = Object.keys(requirement);
    if (schemeNames.length === 0) continue;
    const chosen: [SecurityScheme, string][] = [];
    for (const schemeName of schemeNames) {
      const scheme = config.securitySchemes[schemeName];
      const credential = scheme && (await credentialFor(schemeName));
      if (!scheme || !credential) continue alternatives;
      chosen.push([scheme, credential]);
    }
    const query: string[] = [];
    for (const [scheme, credential] of chosen) {
      if (scheme.type === "http") {
        setHeader(headers, operationId, "Authorization", `${scheme.scheme === "basic" ? "Basic" : "Bearer"} ${credential}`);
      } else if (scheme.in === "query") {
        query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(credential)}`);
      } else if (scheme.in === "cookie") {
        if (UNSAFE_COOKIE_CHARACTERS.test(scheme.name) || UNSAFE_COOKIE_CHARACTERS.test(credential)) {
          throw new InvalidRequestError(operationId, `cookie ${JSON.stringify(scheme.name)} contains ;, CR, LF or NUL`);
        }
        const existing = headers.get("Cookie");
        const cookie = `${scheme.name}=${credential}`;
        setHeader(headers, operationId, "Cookie", existing ? `${existing}; ${cookie}` : cookie);
      } else {
        setHeader(headers, operationId, scheme.name, credential);
      }
    }
    return query.join("&");
  }
  return "";
}
