import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { precompiledTemplates, type PrecompiledTemplates } from "../render/precompile-templates.js";

/** The raw text of one flavor's templates, partials and runtime files, keyed by relative path. */
export interface TemplateSet {
  /** `files/…` templates; each renders one or more output files. */
  files: ReadonlyMap<string, string>;
  /** Partials by name: the flavor's own, then the shared ones (`_shared/partials`). */
  partials: ReadonlyMap<string, string>;
  /** Hand-written runtime files, copied verbatim. */
  runtime: ReadonlyMap<string, string>;
  /** The files and partials precompiled (when a cache folder was given). */
  precompiled?: PrecompiledTemplates | undefined;
}

async function readTree(root: string, filter: (name: string) => boolean): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== "__pycache__") await walk(child);
      } else if (filter(entry.name)) {
        result.set(child, await readFile(path.join(root, child), "utf8"));
      }
    }
  };
  await walk("");
  return result;
}

/**
 * Reads a flavor's templates; the only disk access the render stage depends on. With a cache
 * folder, the templates come precompiled too (compiled once per change of their text).
 */
export async function loadTemplates(templatesRoot: string, flavorDir: string, options: { cacheDir?: string } = {}): Promise<TemplateSet> {
  const [files, partials, shared, runtime] = await Promise.all([
    readTree(path.join(templatesRoot, flavorDir, "files"), (name) => name.endsWith(".hbs")),
    readTree(path.join(templatesRoot, flavorDir, "partials"), (name) => name.endsWith(".hbs")),
    readTree(path.join(templatesRoot, "_shared", "partials"), (name) => name.endsWith(".hbs")),
    readTree(path.join(templatesRoot, flavorDir, "runtime"), (name) => !/\.(pyc)$/.test(name)),
  ]);
  const partialNames = new Map<string, string>();
  for (const [file, source] of [...shared, ...partials]) partialNames.set(file.replace(/\.hbs$/, ""), source);
  const precompiled = options.cacheDir === undefined ? undefined : await precompiledTemplates(options.cacheDir, flavorDir, { files, partials: partialNames });
  return { files, partials: partialNames, runtime, precompiled };
}
