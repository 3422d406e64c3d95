import { camelCase, pascalCase, snakeCase } from "change-case";
import { PipelineError } from "../pipeline-error.js";

/** How one language names what the model holds. One module per language, nothing scattered. */
export interface NamingStrategy {
  readonly language: string;
  /** A class or type: `InvitationData`, `OrganizationInvitationsApi`. */
  typeName(name: string): string;
  /** A method: `postInvitation` / `post_invitation`. */
  methodName(operationId: string): string;
  /** A parameter or argument: `trOrganization` / `tr_organization`. */
  parameterName(wireName: string): string;
  /** An attribute of a model class. */
  propertyName(wireName: string): string;
  /** A file name stem (no extension). */
  fileName(name: string): string;
}

/** Splits on anything that is not a letter or digit, so spec strings cannot carry syntax into names. */
function words(text: string): string {
  return text.normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function asIdentifier(candidate: string, original: string, reserved: ReadonlySet<string>, what: string): string {
  let name = candidate.replace(/[^A-Za-z0-9_]/g, "");
  if (name === "") throw new PipelineError(`cannot derive a ${what} from ${JSON.stringify(original)}`);
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (reserved.has(name) || reserved.has(name.toLowerCase())) name = `${name}_`;
  return name;
}

export function createNaming(options: {
  language: string;
  reserved: ReadonlySet<string>;
  methodCase: "camel" | "snake";
  fileCase: "kebab" | "snake";
}): NamingStrategy {
  const caseOf = (text: string, style: "camel" | "snake" | "pascal") => {
    const cleaned = words(text);
    return style === "camel" ? camelCase(cleaned) : style === "snake" ? snakeCase(cleaned) : pascalCase(cleaned);
  };
  return {
    language: options.language,
    typeName: (name) => asIdentifier(caseOf(name, "pascal"), name, options.reserved, "type name"),
    methodName: (id) => asIdentifier(caseOf(id, options.methodCase), id, options.reserved, "method name"),
    parameterName: (name) => asIdentifier(caseOf(name, options.methodCase), name, options.reserved, "parameter name"),
    propertyName: (name) => asIdentifier(caseOf(name, options.methodCase), name, options.reserved, "property name"),
    fileName: (name) => {
      const stem = snakeCase(words(name));
      if (stem === "") throw new PipelineError(`cannot derive a file name from ${JSON.stringify(name)}`);
      return options.fileCase === "kebab" ? stem.replace(/_/g, "-") : stem;
    },
  };
}

/**
 * Gives each item a name and refuses two items whose names collide (after case conversion, or
 * case-insensitively when they become file names), naming both JSON pointers.
 */
export function assignUniqueNames<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  pointerOf: (item: T) => string,
  options: { what: string; caseInsensitive?: boolean },
): Map<T, string> {
  const names = new Map<T, string>();
  const owners = new Map<string, T>();
  for (const item of items) {
    const name = nameOf(item);
    const key = options.caseInsensitive ? name.toLowerCase() : name;
    const owner = owners.get(key);
    if (owner !== undefined) {
      throw new PipelineError(`${options.what} ${JSON.stringify(name)} would name both ${pointerOf(owner)} and ${pointerOf(item)}`, pointerOf(item));
    }
    owners.set(key, item);
    names.set(item, name);
  }
  return names;
}
