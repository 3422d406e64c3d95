import { createNaming } from "./naming-strategy.js";

/** Ruby keywords, plus methods every object has that a generated attribute must not replace. */
const RUBY_RESERVED = new Set([
  "__method__", "__file__", "__line__", "__encoding__", "begin", "end", "alias", "and", "break", "case", "class",
  "def", "defined?", "do", "else", "elsif", "ensure", "false", "for", "if", "in", "module", "next", "nil", "not",
  "or", "redo", "rescue", "retry", "return", "self", "super", "then", "true", "undef", "unless", "until", "when",
  "while", "yield", "object_id", "send", "class", "hash", "method", "methods", "initialize", "inspect", "freeze",
  "clone", "dup", "display", "instance_variables", "opts", "api_client", "to_hash", "to_h", "to_s",
  // Names the generated methods and the model runtime (ApiModel) use themselves.
  "block", "to_json", "additional_properties", "public_send", "instance_variable_get", "instance_variable_set",
]);

/** A Ruby class name is a constant: one that would start with a digit gets a `T` before it. */
export const rubyNaming = createNaming({ language: "ruby", reserved: RUBY_RESERVED, methodCase: "snake", fileCase: "snake", typeDigitPrefix: "T" });
