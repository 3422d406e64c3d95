import { createNaming } from "./naming-strategy.js";

/** Words TypeScript reserves, plus names that shadow globals a generated file relies on. */
const TYPESCRIPT_RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "as",
  "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "await",
  "any", "boolean", "number", "string", "symbol", "type", "from", "of", "unknown", "never", "object",
  "constructor", "prototype", "__proto__", "arguments", "eval", "options", "client", "request",
  "Promise", "Error", "Object", "Array", "Date", "Record", "Headers", "Response", "URL", "Symbol",
]);

/**
 * What a generated TypeScript module binds beside an operation's functions: the sdk runtime's
 * functions (imported by operation modules, re-exported by `index.ts`), `createConfig`, the API
 * classes' `config`, and the schema types `index.ts` exports. An operation named `send` would
 * otherwise shadow the import every operation calls.
 */
export const TYPESCRIPT_MODULE_NAMES = new Set([
  "send", "paginate", "serializeQuery", "formBody", "multipartBody", "toFormData", "resolveClientConfig", "createApiError",
  "apiClass", "createConfig", "createClient", "config", "components", "operations", "paths", "webhooks",
]);

export const typescriptNaming = createNaming({ language: "typescript", reserved: TYPESCRIPT_RESERVED, reservedMethodNames: TYPESCRIPT_MODULE_NAMES, methodCase: "camel", fileCase: "kebab" });
