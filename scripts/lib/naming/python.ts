import { createNaming } from "./naming-strategy.js";

/** Python keywords and soft keywords, plus the names our generated methods use for themselves. */
const PYTHON_RESERVED = new Set([
  "false", "none", "true", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "type",
  "self", "cls", "kwargs", "args", "api_client", "request_options",
  // Builtins the generated annotations use, and the module generated class bodies reach for: an
  // attribute or method of that name would shadow them for the rest of the class (mypy rejects it).
  "str", "int", "float", "bool", "bytes", "dataclasses",
]);

/** Hard keywords: a module of that name cannot be imported (`from .models.class import Class_`). */
const PYTHON_KEYWORDS = new Set([
  "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
  "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield",
]);

export const pythonNaming = createNaming({ language: "python", reserved: PYTHON_RESERVED, methodCase: "snake", fileCase: "snake", reservedFileNames: PYTHON_KEYWORDS, fileDigitPrefix: "_" });
