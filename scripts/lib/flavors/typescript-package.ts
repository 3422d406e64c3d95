import { tsPropertyKey, tsString } from "../escape/escape.js";
import type { ApiModel, RetryPolicyModel, SecuritySchemeModel } from "../model/api-model.js";
import { snakeCase } from "change-case";

/** The strictest settings we hold generated TypeScript to; tests type-check every package with them. */
export const STRICT_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noPropertyAccessFromIndexSignature: false,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ["src"],
} as const;

/** A SemVer 2.0 version, nothing before or after it. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function typescriptPackageJson(name: string, model: ApiModel, description: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    // npm refuses a version that is not SemVer: the spec's `info.version` only when it is one, whole.
    version: SEMVER.test(model.version) ? model.version : "0.0.0",
    description,
    private: true,
    type: "module",
    sideEffects: false,
    // Consumed as TypeScript source inside this workspace ("just-in-time" package): no build step.
    exports: { ".": "./src/index.ts" },
    types: "./src/index.ts",
    ...extra,
  };
}

/** How a user supplies a credential for a scheme, in one line for docs. */
export function describeCredential(scheme: SecuritySchemeModel): string {
  if (scheme.type === "apiKey") return `API key, sent as-is in the ${scheme.in} parameter \`${scheme.parameterName}\``;
  if (scheme.type === "http" && scheme.scheme === "bearer") return `token, sent as \`Authorization: Bearer <token>\``;
  if (scheme.type === "http" && scheme.scheme === "basic") return `base64 of \`user:password\`, sent as \`Authorization: Basic <value>\``;
  return `${scheme.type} credential (not applied automatically; pass headers yourself)`;
}

/** The runtime's `SecurityScheme` literal for a scheme, or null for kinds it does not apply. */
export function securitySchemeCode(scheme: SecuritySchemeModel): string | null {
  if (scheme.type === "apiKey" && scheme.in && scheme.parameterName !== undefined) {
    return `{ type: "apiKey", in: ${tsString(scheme.in)}, name: ${tsString(scheme.parameterName)} }`;
  }
  if (scheme.type === "http" && (scheme.scheme === "bearer" || scheme.scheme === "basic")) return `{ type: "http", scheme: ${tsString(scheme.scheme)} }`;
  return null;
}

export function securitySchemeViews(model: ApiModel) {
  return model.securitySchemes.map((scheme) => ({
    name: scheme.name,
    keyCode: tsPropertyKey(scheme.name),
    schemeCode: securitySchemeCode(scheme),
    how: describeCredential(scheme),
    envName: snakeCase(scheme.name.replace(/[^A-Za-z0-9]+/g, " ")).toUpperCase() || "CREDENTIAL",
  })).filter((scheme) => scheme.schemeCode !== null);
}

/** The runtime's retry options as a TypeScript literal, from the spec's retry extension. */
export function retryCode(retry: RetryPolicyModel | undefined): string | null {
  if (!retry) return null;
  const fields: string[] = [];
  if (retry.initialDelayMs !== undefined) fields.push(`initialDelayMs: ${retry.initialDelayMs}`);
  if (retry.maxDelayMs !== undefined) fields.push(`maxDelayMs: ${retry.maxDelayMs}`);
  if (retry.exponent !== undefined) fields.push(`exponent: ${retry.exponent}`);
  if (retry.statusCodes !== undefined) {
    const codes = retry.statusCodes.filter((code) => typeof code === "number" || code === "5XX" || code === "4XX");
    fields.push(`statusCodes: [${codes.map((code) => (typeof code === "number" ? String(code) : tsString(code))).join(", ")}]`);
  }
  if (retry.retryConnectionErrors !== undefined) fields.push(`retryConnectionErrors: ${retry.retryConnectionErrors}`);
  return `{ ${fields.join(", ")} }`;
}
