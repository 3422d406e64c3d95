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

export const typescriptNaming = createNaming({ language: "typescript", reserved: TYPESCRIPT_RESERVED, methodCase: "camel", fileCase: "kebab" });
