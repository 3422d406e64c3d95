import { pyString } from "../escape/escape.js";
import type { ApiModel, SecuritySchemeModel } from "../model/api-model.js";
import { banner } from "./banner.js";
import { commentText } from "./python-code.js";

/** Package-level facts of the python flavor: banner, version, how credentials are set. */

/** `# ` comment lines saying where a generated file comes from. */
export function pythonBannerCode(model: ApiModel): string {
  const { title, version } = banner(model);
  return [
    `# Generated from ${commentText(title, 60)} ${commentText(version, 20)} by the Invitations API client pipeline.`,
    "# Do not edit: change the spec or templates/ and run `npm run generate`.",
  ].join("\n");
}

/** A PEP 440 version from the spec's, or 0.0.0. */
export function packageVersion(model: ApiModel): string {
  return /^\d+(\.\d+){0,2}$/.test(model.version) ? model.version : "0.0.0";
}

/** The runtime's `SecurityScheme` for a scheme, or null for kinds the client does not apply. */
export function securitySchemeCode(scheme: SecuritySchemeModel): string | null {
  if (scheme.type === "apiKey" && scheme.in && scheme.parameterName !== undefined) {
    return `SecurityScheme.api_key(${pyString(scheme.parameterName)}, ${pyString(scheme.in)})`;
  }
  if (scheme.type === "http" && scheme.scheme === "bearer") return "SecurityScheme.bearer()";
  if (scheme.type === "http" && scheme.scheme === "basic") return "SecurityScheme.basic()";
  return null;
}

/** How a user supplies the credential of a scheme, as the Configuration attribute. */
export function credentialSetting(scheme: SecuritySchemeModel): { attributeCode: string; how: string } | null {
  if (scheme.type === "apiKey") {
    return { attributeCode: `api_key[${pyString(scheme.name)}]`, how: `API key, sent in the ${scheme.in} parameter ${scheme.parameterName}` };
  }
  if (scheme.type === "http" && scheme.scheme === "bearer") return { attributeCode: "access_token", how: "token, sent as Authorization: Bearer <token>" };
  if (scheme.type === "http" && scheme.scheme === "basic") return { attributeCode: "username, password", how: "user name and password, sent as Authorization: Basic" };
  return null;
}

