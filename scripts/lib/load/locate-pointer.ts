import { readFileSync } from "node:fs";
import path from "node:path";
import type { Node } from "yaml";
import type { ParsedSpecFile } from "./check-spec-files.js";
import { PipelineError } from "../pipeline-error.js";

/** A place in one spec file: the file (absolute) and the offset of the node's first character. */
interface Place {
  file: string;
  node: Node | null;
  offset: number;
}

/** `$ref`s followed for one pointer at the most: enough for any sane split spec; more is a cycle. */
const MAX_REF_HOPS = 32;

/**
 * Stages after the bundle (model, naming, render) name the place of a problem by the JSON pointer
 * into the bundled document. This finds that node in the spec's own files, following `$ref`s across
 * files the way the bundler inlined them, so the error names `file:line:col (pointer)` like the
 * load stage's errors. Only called for an error, so the `yaml` library's AST is built only then.
 */
export class SpecFileLocator {
  private readonly rootFile: string;
  private readonly trees = new Map<string, { contents: Node | null; lines: import("yaml").LineCounter } | undefined>();
  /** `$ref`s the current {@link locate} may still follow, across every level of the walk. */
  private hopsLeft = 0;

  /** `parsed`: the spec's files as read already, by absolute path; any other file is read when reached. */
  constructor(
    private readonly yaml: typeof import("yaml"),
    rootFile: string,
    private readonly parsed: ReadonlyMap<string, Pick<ParsedSpecFile, "text">>,
  ) {
    this.rootFile = path.resolve(rootFile);
  }

  /** A locator with the `yaml` library loaded for it. */
  static async create(rootFile: string, parsed: ReadonlyMap<string, Pick<ParsedSpecFile, "text">>): Promise<SpecFileLocator> {
    return new SpecFileLocator(await import("yaml"), rootFile, parsed);
  }

  /**
   * `file:line:col` of the bundle's node at `pointer` (`#/paths/~1a/get`), the file relative to
   * `cwd`; undefined where the node has no single place in the files (a schema the bundler moved
   * into `components` from an inline `$ref`, say).
   */
  locate(pointer: string, cwd: string): string | undefined {
    if (pointer !== "#" && !pointer.startsWith("#/")) return undefined;
    const root = this.tree(this.rootFile);
    if (root === undefined) return undefined;
    this.hopsLeft = MAX_REF_HOPS;
    const place = this.walk({ file: this.rootFile, node: root.contents, offset: root.contents?.range?.[0] ?? 0 }, segmentsOf(pointer));
    if (place === undefined) return undefined;
    const { line, col } = this.tree(place.file)!.lines.linePos(place.offset);
    return `${path.relative(cwd, place.file) || place.file}:${line}:${col}`;
  }

  private walk(start: Place, segments: readonly string[]): Place | undefined {
    const { isMap, isScalar, isSeq } = this.yaml;
    let place = start;
    for (let index = 0; index < segments.length; ) {
      const segment = segments[index]!;
      const { node } = place;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (pair !== undefined) {
          const value = pair.value as Node | null;
          // A scalar is named where its value is; a map or list where its key names it.
          const offset = (isScalar(value) ? value.range?.[0] : undefined) ?? (pair.key as Node).range?.[0] ?? place.offset;
          place = { file: place.file, node: value, offset };
          index++;
          continue;
        }
        // Not here: the bundler inlined a `$ref` at this node, so the rest of the path is in its target.
        const ref = node.items.find((item) => isScalar(item.key) && item.key.value === "$ref")?.value;
        if (!isScalar(ref) || typeof ref.value !== "string" || this.hopsLeft-- <= 0) return undefined;
        const target = this.follow(place.file, ref.value);
        if (target === undefined) return undefined;
        place = target;
        continue;
      }
      if (isSeq(node) && /^(0|[1-9]\d*)$/.test(segment)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (item === undefined) return undefined;
        place = { file: place.file, node: item, offset: item.range?.[0] ?? place.offset };
        index++;
        continue;
      }
      return undefined;
    }
    return place;
  }

  /** The node a `$ref` (`other.yaml#/a/b`, `#/a/b`, `other.yaml`) written in `file` points at. */
  private follow(file: string, ref: string): Place | undefined {
    const hash = ref.indexOf("#");
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? "#" : ref.slice(hash);
    let target = file;
    if (filePart !== "") {
      try {
        target = path.resolve(path.dirname(file), decodeURI(filePart));
      } catch {
        return undefined;
      }
    }
    const tree = this.tree(target);
    if (tree === undefined || (fragment !== "#" && !fragment.startsWith("#/"))) return undefined;
    return this.walk({ file: target, node: tree.contents, offset: tree.contents?.range?.[0] ?? 0 }, segmentsOf(fragment));
  }

  private tree(file: string) {
    if (!this.trees.has(file)) {
      let text = this.parsed.get(file)?.text;
      if (text === undefined) {
        try {
          // Redocly reads every file with CRLF made LF: lines and columns are counted the same way.
          text = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
        } catch {
          this.trees.set(file, undefined);
          return undefined;
        }
      }
      const lines = new this.yaml.LineCounter();
      const document = this.yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
      this.trees.set(file, { contents: document.contents, lines });
    }
    return this.trees.get(file);
  }
}

function segmentsOf(pointer: string): string[] {
  return pointer === "#" ? [] : pointer.slice(2).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The JSON pointer a PipelineError's place names: the whole place, or one at its end (`tag "pet" (#/…)`). */
function pointerOf(where: string): string | undefined {
  if (where === "#" || where.startsWith("#/")) return where;
  return /\((#(?:\/[^]*)?)\)$/.exec(where)?.[1];
}

/**
 * The error with its place given as `file:line:col (pointer)` when it names a JSON pointer that is
 * found in the spec's files; any other error as it was.
 */
export async function withSpecFilePlace(error: unknown, rootFile: string, parsed: ReadonlyMap<string, ParsedSpecFile>, cwd: string): Promise<unknown> {
  if (!(error instanceof PipelineError) || error.where === undefined) return error;
  const pointer = pointerOf(error.where);
  if (pointer === undefined) return error;
  const place = (await SpecFileLocator.create(rootFile, parsed)).locate(pointer, cwd);
  return place === undefined ? error : new PipelineError(error.reason, `${place} (${pointer})`, { cause: error });
}
