import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { PipelineError } from "../pipeline-error.js";

/** Limits that keep a hostile spec from exhausting time or memory before Redocly sees it. */
export const SPEC_LIMITS = {
  /** Files reachable through `$ref`. */
  maxFiles: 5_000,
  /** Bytes of one file. */
  maxFileBytes: 50 * 1024 * 1024,
  /** YAML alias expansions per file (a "billion laughs" needs thousands). */
  maxAliasCount: 1_000,
} as const;

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

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
 * The load stage's first look at a split spec, before any tool follows its references: every
 * reachable file parses as YAML/JSON (no syntax error, no duplicate key, no alias bomb), and every
 * `$ref` stays inside the spec's folder (no URL, no absolute path, no `../` out of it, no symlink
 * out of it). Errors name `file:line:col` and the JSON pointer.
 */
export async function checkSpecFiles(specPath: string, cwd: string = process.cwd()): Promise<string[]> {
  const rootFile = await realpath(specPath).catch(() => {
    throw new PipelineError("spec file not found", path.relative(cwd, specPath) || specPath);
  });
  const specRoot = path.dirname(rootFile);
  const display = (file: string) => path.relative(cwd, file) || file;
  const seen = new Set<string>([rootFile]);
  /** Where each file was first referenced, for "does not exist" errors. */
  const referencedAt = new Map<string, string>();
  const queue = [rootFile];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const stats = await stat(file).catch(() => undefined);
    if (stats === undefined || !stats.isFile()) {
      throw new PipelineError(`$ref target ${display(file)} does not exist`, referencedAt.get(file) ?? display(file));
    }
    const size = stats.size;
    if (size > SPEC_LIMITS.maxFileBytes) throw new PipelineError(`file is larger than ${SPEC_LIMITS.maxFileBytes} bytes`, display(file));
    const text = await readFile(file, "utf8");
    const enqueue = (reference: { target: string; where: string } | undefined) => {
      if (reference === undefined || seen.has(reference.target)) return;
      const { target, where } = reference;
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
      for (const { ref, pointer } of refsOfJson(json)) {
        enqueue(checkRef(ref, file, specRoot, () => `${display(file)}:${lineColumn(text, text.indexOf(JSON.stringify(ref).slice(1, -1)))} (${pointer})`));
      }
      continue;
    }
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
    const at = (offset: number) => {
      const { line, col } = lines.linePos(offset);
      return `${display(file)}:${line}:${col}`;
    };
    const [problem] = document.errors;
    if (problem) throw new PipelineError(problem.message.split("\n")[0]!, at(problem.pos[0]));
    try {
      document.toJS({ maxAliasCount: SPEC_LIMITS.maxAliasCount });
    } catch (error) {
      throw new PipelineError(`${(error as Error).message} (more than ${SPEC_LIMITS.maxAliasCount} alias expansions)`, display(file));
    }

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
        if (key === "$ref" && isScalar(pair.value) && typeof pair.value.value === "string") {
          const offset = pair.value.range?.[0] ?? 0;
          enqueue(checkRef(pair.value.value, file, specRoot, () => `${at(offset)} (${childPointer})`));
        } else {
          visit(pair.value as Node, childPointer);
        }
      }
    };
    visit(document.contents as Node, "#");
  }
  // Resolve symlinks: a file inside the folder may point outside it.
  for (const target of seen) {
    const real = await realpath(target).catch(() => undefined);
    if (real !== undefined && path.relative(specRoot, real).startsWith("..")) throw new PipelineError("is a link that leads outside the spec folder", display(target));
  }
  return [...seen];
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
        if (key === "$ref" && typeof child === "string") refs.push({ ref: child, pointer: `${pointer}/$ref` });
        else stack.push({ node: child, pointer: `${pointer}/${escapePointer(key)}` });
      }
    }
  }
  return refs;
}

/** Checks one `$ref`; returns the file it points to (and where it was referenced) when it is another local file. */
function checkRef(ref: string, fromFile: string, specRoot: string, whereOf: () => string): { target: string; where: string } | undefined {
  if (ref.startsWith("#")) return undefined;
  const where = whereOf();
  if (URL_SCHEME.test(ref) && !/^[a-zA-Z]:[\\/]/.test(ref)) throw new PipelineError(`$ref ${JSON.stringify(ref)} is a URL; only files inside the spec folder may be referenced`, where);
  const filePart = ref.split("#")[0]!;
  if (filePart === "") return undefined;
  if (path.isAbsolute(filePart) || /^[a-zA-Z]:[\\/]/.test(filePart) || filePart.startsWith("\\")) {
    throw new PipelineError(`$ref ${JSON.stringify(ref)} is an absolute path; use a path relative to the file`, where);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(filePart);
  } catch {
    throw new PipelineError(`$ref ${JSON.stringify(ref)} is not a valid URI reference`, where);
  }
  const target = path.resolve(path.dirname(fromFile), decoded);
  if (path.relative(specRoot, target).startsWith("..")) throw new PipelineError(`$ref ${JSON.stringify(ref)} leads outside the spec folder`, where);
  return { target, where };
}
