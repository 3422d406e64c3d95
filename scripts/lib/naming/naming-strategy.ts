import { createHash } from "node:crypto";
import { camelCase, pascalCase, snakeCase } from "change-case";
import { oneLine, PipelineError } from "../pipeline-error.js";

/**
 * Type names also name files (every flavor's docs have a page per class) and file names are file
 * names: neither may be a name Windows reserves for a device, nor longer than this (file systems
 * stop at 255 bytes; a longer name keeps its start and gets a hash of the whole spec name).
 */
export const MAX_FILE_NAME_LENGTH = 100;
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A name that is safe as a file name stem too: short enough, never a Windows device name. */
function fileSafe(name: string, original: string, separator: string): string {
  let safe = name;
  if (safe.length > MAX_FILE_NAME_LENGTH) {
    const hash = createHash("sha256").update(original).digest("hex").slice(0, 8);
    safe = `${safe.slice(0, MAX_FILE_NAME_LENGTH - hash.length - separator.length)}${separator}${hash}`;
  }
  return WINDOWS_DEVICE_NAME.test(safe) ? `${safe}_` : safe;
}

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
  /** The name as written, made a valid identifier: the fallback when two names collide after case conversion. */
  verbatimName(name: string): string;
}

/** Splits on anything that is not a letter or digit, so spec strings cannot carry syntax into names. */
function words(text: string): string {
  // NFKD splits "ï" into "i" + a combining mark; dropping the mark keeps "naïve" one word.
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Case conversions already made, by style and text: the same names (parameters, properties,
 * schemas) are cased by every flavor, several times each, and change-case splits words slowly.
 */
const casedNames = new Map<string, string>();

function asIdentifier(candidate: string, original: string, reserved: ReadonlySet<string>, what: string, digitPrefix = "_"): string {
  let name = candidate.replace(/[^A-Za-z0-9_]/g, "");
  if (name === "") throw new PipelineError(`cannot derive a ${what} from ${JSON.stringify(original)}`);
  if (/^[0-9]/.test(name)) name = `${digitPrefix}${name}`;
  if (reserved.has(name) || reserved.has(name.toLowerCase())) name = `${name}_`;
  return name;
}

export function createNaming(options: {
  language: string;
  reserved: ReadonlySet<string>;
  /** Names an operation's function or method must not take besides `reserved`: what its generated module already binds. @default none */
  reservedMethodNames?: ReadonlySet<string>;
  methodCase: "camel" | "snake";
  fileCase: "kebab" | "snake";
  /** Put before a type name that would start with a digit. @default "_" (Ruby needs a capital letter: its classes are constants) */
  typeDigitPrefix?: string;
  /** File name stems the language cannot import (Python: `from .models.class import …`); they get a `_`. @default none */
  reservedFileNames?: ReadonlySet<string>;
  /** Put before a file name stem that would start with a digit, where a module name is an identifier (Python). @default "" */
  fileDigitPrefix?: string;
}): NamingStrategy {
  const caseOf = (text: string, style: "camel" | "snake" | "pascal") => {
    const key = `${style}\0${text}`;
    let cased = casedNames.get(key);
    if (cased === undefined) {
      const cleaned = words(text);
      cased = style === "camel" ? camelCase(cleaned) : style === "snake" ? snakeCase(cleaned) : pascalCase(cleaned);
      casedNames.set(key, cased);
    }
    return cased;
  };
  const methodReserved = options.reservedMethodNames ? new Set([...options.reserved, ...options.reservedMethodNames]) : options.reserved;
  return {
    language: options.language,
    typeName: (name) => fileSafe(asIdentifier(caseOf(name, "pascal"), name, options.reserved, "type name", options.typeDigitPrefix), name, "_"),
    methodName: (id) => asIdentifier(caseOf(id, options.methodCase), id, methodReserved, "method name"),
    parameterName: (name) => asIdentifier(caseOf(name, options.methodCase), name, options.reserved, "parameter name"),
    propertyName: (name) => asIdentifier(caseOf(name, options.methodCase), name, options.reserved, "property name"),
    verbatimName: (name) => {
      const verbatim = name.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || name;
      // snake_case languages keep arguments lower-case (a capital makes a Ruby constant).
      return asIdentifier(options.methodCase === "snake" ? verbatim.toLowerCase() : verbatim, name, options.reserved, "name");
    },
    fileName: (name) => {
      const stem = caseOf(name, "snake");
      if (stem === "") throw new PipelineError(`cannot derive a file name from ${JSON.stringify(name)}`);
      const kebab = options.fileCase === "kebab" ? stem.replace(/_/g, "-") : stem;
      const cased = /^[0-9]/.test(kebab) ? `${options.fileDigitPrefix ?? ""}${kebab}` : kebab;
      return fileSafe(options.reservedFileNames?.has(cased) ? `${cased}_` : cased, name, options.fileCase === "kebab" ? "-" : "_");
    },
  };
}

/**
 * Gives each item a name and refuses two items whose names collide (after case conversion, or
 * case-insensitively when they become file names), naming both JSON pointers. With `fallbackOf`,
 * items whose preferred names collide get their fallback names instead (e.g. the wire name kept as
 * written: `frontendApi` beside `frontend_api`); only a collision that remains is an error.
 */
export function assignUniqueNames<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  pointerOf: (item: T) => string,
  options: { what: string; caseInsensitive?: boolean; fallbackOf?: (item: T) => string },
): Map<T, string> {
  const keyOf = (name: string) => (options.caseInsensitive ? name.toLowerCase() : name);
  // A name that cannot be derived at all ("", "@@") is an error at the item's pointer too.
  const named = (item: T, derive: (item: T) => string): string => {
    try {
      return derive(item);
    } catch (error) {
      if (error instanceof PipelineError && error.where === undefined) throw new PipelineError(error.message, pointerOf(item));
      throw error;
    }
  };
  const preferred = new Map(items.map((item) => [item, named(item, nameOf)]));
  const counts = new Map<string, number>();
  for (const name of preferred.values()) counts.set(keyOf(name), (counts.get(keyOf(name)) ?? 0) + 1);
  const names = new Map<T, string>();
  const owners = new Map<string, T>();
  for (const item of items) {
    const first = preferred.get(item)!;
    const name = options.fallbackOf && counts.get(keyOf(first))! > 1 ? named(item, options.fallbackOf) : first;
    const owner = owners.get(keyOf(name));
    if (owner !== undefined) {
      throw new PipelineError(`${options.what} ${JSON.stringify(name)} would name both ${oneLine(pointerOf(owner))} and ${oneLine(pointerOf(item))}`, pointerOf(item));
    }
    owners.set(keyOf(name), item);
    names.set(item, name);
  }
  return names;
}
