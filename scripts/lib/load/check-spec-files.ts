import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
// The parser alone: the package index loads all of Redocly (rules, Ajv), ~0.6 s.
import { parseYaml } from "@redocly/openapi-core/lib/js-yaml/index.js";
import type { Node } from "yaml";
import { PipelineError } from "../pipeline-error.js";
import { SpecFileLocator } from "./locate-pointer.js";

/** Limits that keep a hostile spec from exhausting time or memory before Redocly sees it. */
export const SPEC_LIMITS = {
  /** Files reachable through `$ref` (or `externalValue`). */
  maxFiles: 5_000,
  /** Bytes of one file. */
  maxFileBytes: 50 * 1024 * 1024,
  /** YAML alias expansions per file (a "billion laughs" needs thousands). */
  maxAliasCount: 1_000,
} as const;

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Keys whose string value Redocly follows to another document: `$ref`, and an Example's
 * `externalValue`, which its bundler reads (from disk or the network) and inlines as the value.
 */
const REFERENCE_KEYS = new Set(["$ref", "externalValue"]);
/** A string YAML 1.2's core schema may read as a number, when plain. */
const NUMBER_LIKE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$/;

/**
 * Keys Redocly cannot walk: it looks every key up in a plain object of known fields and calls what
 * it finds, so a key naming a method of Object.prototype (a property `hasOwnProperty`) crashes lint,
 * bundle and openapi-typescript's loader ("Cannot convert undefined or null to object"), nowhere near
 * the key. `constructor`, `toString` and `__proto__` are walked fine and stay allowed.
 */
const UNWALKABLE_KEYS = new Set(["hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "valueOf", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

/** Why a number cannot be carried exactly (JSON has no Infinity; a double has 53 bits), or undefined. */
function inexactNumber(value: number, source: string | undefined): string | undefined {
  if (!Number.isFinite(value)) return `number ${source ?? String(value)} is not finite: JSON cannot carry it`;
  if (source !== undefined && /^[-+]?[0-9]+$/.test(source) && BigInt(source) !== BigInt(value)) {
    return `integer ${source} cannot be represented exactly (it would become ${BigInt(value)})`;
  }
  return undefined;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * One file of the spec as Redocly reads it: YAML with CRLF made LF, parsed by Redocly's own
 * `parseYaml`; JSON parsed by `JSON.parse` (the same value, but that a duplicate key keeps its last
 * value instead of being refused).
 */
export interface ParsedSpecFile {
  readonly text: string;
  readonly parsed: unknown;
}

export interface CheckedSpec {
  /** Every file reachable from the root (the root first). */
  readonly files: string[];
  /**
   * The files parsed on the way, by absolute path, as Redocly's resolver would parse them: the
   * bundler is handed these instead of reading and parsing every file again.
   */
  readonly parsed: ReadonlyMap<string, ParsedSpecFile>;
}

/**
 * The load stage's first look at a split spec, before any tool follows its references: every
 * reachable file parses as YAML/JSON (no syntax error, no duplicate key, no alias bomb), and every
 * `$ref` stays inside the spec's folder (no URL, no absolute path, no `../` out of it, no symlink
 * out of it). Errors name `file:line:col` and the JSON pointer.
 */
export async function checkSpecFiles(specPath: string, cwd: string = process.cwd()): Promise<string[]> {
  return (await checkAndParseSpecFiles(specPath, cwd)).files;
}

/** {@link checkSpecFiles}, also returning each YAML file as Redocly parses it. */
export async function checkAndParseSpecFiles(specPath: string, cwd: string = process.cwd()): Promise<CheckedSpec> {
  const rootFile = await realpath(specPath).catch(() => {
    throw new PipelineError("spec file not found", path.relative(cwd, specPath) || specPath);
  });
  const specRoot = path.dirname(rootFile);
  const display = (file: string) => path.relative(cwd, file) || file;
  const seen = new Set<string>([rootFile]);
  const parsedFiles = new Map<string, ParsedSpecFile>();
  /** Where each file was first referenced, for "does not exist" errors (worked out only then). */
  const referencedAt = new Map<string, () => string>();
  const queue = [rootFile];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const stats = await stat(file).catch(() => undefined);
    if (stats === undefined || !stats.isFile()) {
      const where = referencedAt.get(file);
      if (where !== undefined) await loadYamlSyntaxTree();
      throw new PipelineError(`$ref target ${display(file)} does not exist`, where?.() ?? display(file));
    }
    const size = stats.size;
    if (size > SPEC_LIMITS.maxFileBytes) throw new PipelineError(`file is larger than ${SPEC_LIMITS.maxFileBytes} bytes`, display(file));
    const text = await readFile(file, "utf8");
    const enqueue = (target: string, where: () => string) => {
      if (seen.has(target)) return;
      referencedAt.set(target, where);
      if (seen.size >= SPEC_LIMITS.maxFiles) throw new PipelineError(`more than ${SPEC_LIMITS.maxFiles} files are referenced`, display(file));
      seen.add(target);
      queue.push(target);
    };
    if (file.endsWith(".json")) {
      // JSON has no aliases and parses a hundred times faster natively; positions come from the text.
      const json = parseJson(text, display(file));
      const problem = problemOfJson(json);
      if (problem !== undefined) throw new PipelineError(problem.message, `${display(file)} (${problem.pointer})`);
      parsedFiles.set(file, { text, parsed: json });
      for (const { ref, pointer } of refsOfJson(json)) {
        const where = () => `${display(file)}:${lineColumn(text, text.indexOf(JSON.stringify(ref).slice(1, -1)))} (${pointer})`;
        const target = refTarget(ref, file, specRoot, pointer.slice(pointer.lastIndexOf("/") + 1));
        if (typeof target === "object") throw new PipelineError(target.problem, where());
        if (target !== undefined) enqueue(target, where);
      }
      continue;
    }
    // Fast path: Redocly's own parser (js-yaml, native speed), and a walk of the plain result. It
    // settles the common case, a file with nothing wrong; anything it cannot vouch for (a parse
    // error, an alias, a key, number or reference to refuse) goes to the exact check below, which
    // names the place. The result is what Redocly would parse, so the bundler reuses it.
    const fast = fastCheck(text, file, specRoot);
    if (fast !== undefined) {
      parsedFiles.set(file, { text: fast.text, parsed: fast.parsed });
      for (const { target, pointer } of fast.refs) enqueue(target, () => refPosition(text, pointer, file, cwd));
      continue;
    }
    await loadYamlSyntaxTree();
    for (const { target, where } of exactCheck(text, display(file), file, specRoot)) enqueue(target, () => where);
  }
  // Resolve symlinks: a file inside the folder may point outside it.
  for (const target of seen) {
    const real = await realpath(target).catch(() => undefined);
    if (real !== undefined && path.relative(specRoot, real).startsWith("..")) throw new PipelineError("is a link that leads outside the spec folder", display(target));
  }
  return { files: [...seen], parsed: parsedFiles };
}

/**
 * Parses a YAML file as Redocly does and walks the result. Returns undefined when the exact check
 * must decide: the file does not parse, holds an alias (a node reached twice), a key or number to
 * refuse, or a `$ref` to refuse.
 */
function fastCheck(raw: string, file: string, specRoot: string): { text: string; parsed: unknown; refs: Array<{ target: string; pointer: string }> } | undefined {
  // Redocly's resolver reads every file with CRLF made LF before parsing it.
  const text = raw.replace(/\r\n/g, "\n");
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { filename: file });
  } catch {
    return undefined;
  }
  const refs: Array<{ target: string; pointer: string }> = [];
  const reached = new Set<object>();
  // Children are pushed last first, so they are taken in document order (references too).
  const stack: Array<{ node: unknown; pointer: string; ref?: true }> = [{ node: parsed, pointer: "#" }];
  while (stack.length > 0) {
    const { node, pointer, ref } = stack.pop()!;
    if (ref) {
      const target = refTarget(node as string, file, specRoot, pointer.slice(pointer.lastIndexOf("/") + 1));
      if (typeof target === "object") return undefined;
      if (target !== undefined) refs.push({ target, pointer });
      continue;
    }
    if (typeof node === "number") {
      if (!Number.isFinite(node) || (Number.isInteger(node) && !Number.isSafeInteger(node))) return undefined;
      continue;
    }
    // js-yaml keeps a float it cannot hold (`1e309`) as a string; plain in the file, the exact
    // check reads it as the number it is and refuses it. (An integer too big for a double is a
    // number to js-yaml, caught above; an integer-like string was quoted, and stays a string.)
    if (typeof node === "string") {
      if (NUMBER_LIKE.test(node) && !Number.isFinite(Number(node))) return undefined;
      continue;
    }
    if (node === null || typeof node !== "object") continue;
    // js-yaml makes an alias the very object its anchor made: a node reached twice is an alias.
    if (reached.has(node)) return undefined;
    reached.add(node);
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push({ node: node[index], pointer: `${pointer}/${index}` });
      continue;
    }
    const entries = Object.entries(node);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index]!;
      if (UNWALKABLE_KEYS.has(key)) return undefined;
      const childPointer = `${pointer}/${escapePointer(key)}`;
      stack.push(REFERENCE_KEYS.has(key) && typeof child === "string" ? { node: child, pointer: childPointer, ref: true } : { node: child, pointer: childPointer });
    }
  }
  return { text, parsed, refs };
}

/**
 * The `yaml` library, for positions and the exact check: loaded only when a file needs them (a
 * problem to name), not for every run.
 */
let yaml: typeof import("yaml") | undefined;
async function loadYamlSyntaxTree(): Promise<typeof import("yaml")> {
  return (yaml ??= await import("yaml"));
}

/**
 * `file:line:col (pointer)` of the `$ref` value at `pointer` in `file` (only needed for an error
 * message, after {@link loadYamlSyntaxTree}).
 */
function refPosition(text: string, pointer: string, file: string, cwd: string): string {
  const place = new SpecFileLocator(yaml!, file, new Map([[file, { text }]])).locate(pointer, cwd);
  return `${place ?? (path.relative(cwd, file) || file)} (${pointer})`;
}

/**
 * The exact check of a YAML file, with the `yaml` library's AST (after {@link loadYamlSyntaxTree}):
 * every problem named by file:line:col.
 */
function exactCheck(text: string, shown: string, file: string, specRoot: string): Array<{ target: string; where: string }> {
  const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = yaml!;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  const [problem] = document.errors;
  if (problem) throw new PipelineError(problem.message.split("\n")[0]!, at(problem.pos[0]));
  try {
    document.toJS({ maxAliasCount: SPEC_LIMITS.maxAliasCount });
  } catch (error) {
    throw new PipelineError(`${(error as Error).message} (more than ${SPEC_LIMITS.maxAliasCount} alias expansions)`, shown);
  }
  const refs: Array<{ target: string; where: string }> = [];
  const visit = (node: Node | null | undefined, pointer: string): void => {
    if (!node || isAlias(node)) return;
    if (isSeq(node)) return node.items.forEach((item, index) => visit(item as Node, `${pointer}/${index}`));
    if (isScalar(node) && typeof node.value === "number") {
      const problem = inexactNumber(node.value, node.source);
      if (problem !== undefined) throw new PipelineError(problem, `${at(node.range?.[0] ?? 0)} (${pointer})`);
    }
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const childPointer = `${pointer}/${escapePointer(key)}`;
      if (UNWALKABLE_KEYS.has(key)) {
        throw new PipelineError(`key ${JSON.stringify(key)} names a method of Object.prototype; Redocly and openapi-typescript crash on it`, `${at(pair.key.range?.[0] ?? 0)} (${childPointer})`);
      }
      if (REFERENCE_KEYS.has(key) && isScalar(pair.value) && typeof pair.value.value === "string") {
        const where = `${at(pair.value.range?.[0] ?? 0)} (${childPointer})`;
        const target = refTarget(pair.value.value, file, specRoot, key);
        if (typeof target === "object") throw new PipelineError(target.problem, where);
        if (target !== undefined) refs.push({ target, where });
      } else {
        visit(pair.value as Node, childPointer);
      }
    }
  };
  visit(document.contents as Node, "#");
  return refs;
}

function lineColumn(text: string, offset: number): string {
  if (offset < 0) return "1:1";
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    throw new PipelineError(message, position ? `${where}:${lineColumn(text, Number(position[1]))}` : where);
  }
}

/** The first key or number of a JSON document that the YAML check would refuse. */
function problemOfJson(root: unknown): { message: string; pointer: string } | undefined {
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: root, pointer: "#" }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (typeof node === "number") {
      const message = inexactNumber(node, undefined);
      if (message !== undefined) return { message, pointer };
    } else if (Array.isArray(node)) node.forEach((child, index) => stack.push({ node: child, pointer: `${pointer}/${index}` }));
    else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const childPointer = `${pointer}/${escapePointer(key)}`;
        if (UNWALKABLE_KEYS.has(key)) return { message: `key ${JSON.stringify(key)} names a method of Object.prototype; Redocly and openapi-typescript crash on it`, pointer: childPointer };
        stack.push({ node: child, pointer: childPointer });
      }
    }
  }
  return undefined;
}

function refsOfJson(root: unknown): Array<{ ref: string; pointer: string }> {
  const refs: Array<{ ref: string; pointer: string }> = [];
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: root, pointer: "#" }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (Array.isArray(node)) node.forEach((child, index) => stack.push({ node: child, pointer: `${pointer}/${index}` }));
    else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (REFERENCE_KEYS.has(key) && typeof child === "string") refs.push({ ref: child, pointer: `${pointer}/${key}` });
        else stack.push({ node: child, pointer: `${pointer}/${escapePointer(key)}` });
      }
    }
  }
  return refs;
}

/**
 * Checks one reference (the value of a {@link REFERENCE_KEYS} key): the file it points to when it
 * is another local file, undefined for a reference inside the same file, or the problem that
 * refuses it.
 */
function refTarget(ref: string, fromFile: string, specRoot: string, key = "$ref"): string | { problem: string } | undefined {
  if (ref.startsWith("#")) return undefined;
  if (URL_SCHEME.test(ref) && !/^[a-zA-Z]:[\\/]/.test(ref)) return { problem: `${key} ${JSON.stringify(ref)} is a URL; only files inside the spec folder may be referenced` };
  const filePart = ref.split("#")[0]!;
  if (filePart === "") return undefined;
  if (path.isAbsolute(filePart) || /^[a-zA-Z]:[\\/]/.test(filePart) || filePart.startsWith("\\")) {
    return { problem: `${key} ${JSON.stringify(ref)} is an absolute path; use a path relative to the file` };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(filePart);
  } catch {
    return { problem: `${key} ${JSON.stringify(ref)} is not a valid URI reference` };
  }
  const target = path.resolve(path.dirname(fromFile), decoded);
  if (path.relative(specRoot, target).startsWith("..")) return { problem: `${key} ${JSON.stringify(ref)} leads outside the spec folder` };
  return target;
}
