import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type Handlebars from "handlebars";
import { compileOptions, loadHandlebars } from "./create-handlebars.js";

/** A flavor's templates as Handlebars' precompiler leaves them, ready for `Handlebars.template`. */
export interface PrecompiledTemplates {
  files: ReadonlyMap<string, TemplateSpecification>;
  partials: ReadonlyMap<string, TemplateSpecification>;
}

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * The flavor's templates precompiled, from a cache keyed by their text, Handlebars' version and
 * the compile options: compiling the templates of every flavor costs ~0.2 s, a run's largest fixed
 * cost after start-up, and they change far less often than the spec. A missing or unreadable cache
 * entry is compiled again and replaced; older entries of the flavor are removed.
 */
export async function precompiledTemplates(
  cacheDir: string,
  flavorDir: string,
  sources: { files: ReadonlyMap<string, string>; partials: ReadonlyMap<string, string> },
): Promise<PrecompiledTemplates> {
  const key = createHash("sha256")
    .update(JSON.stringify([loadHandlebars("runtime").VERSION, compileOptions(), [...sources.files], [...sources.partials]]))
    .digest("hex")
    .slice(0, 20);
  const prefix = `${flavorDir.replace(/[^A-Za-z0-9_-]/g, "_")}-`;
  const file = path.join(cacheDir, `${prefix}${key}.js`);
  const cached = await readFile(file, "utf8").then(revive, () => undefined);
  if (cached !== undefined) return cached;
  const text = precompile(sources);
  await mkdir(cacheDir, { recursive: true });
  for (const stale of (await readdir(cacheDir)).filter((name) => name.startsWith(prefix))) await rm(path.join(cacheDir, stale), { force: true });
  await writeFile(`${file}.${process.pid}.tmp`, text);
  await rename(`${file}.${process.pid}.tmp`, file);
  const fresh = revive(text);
  if (fresh === undefined) throw new Error(`precompiled templates of ${flavorDir} do not evaluate`);
  return fresh;
}

/** JavaScript source of `{ files: {...}, partials: {...} }`, each value a precompiled template. */
function precompile(sources: { files: ReadonlyMap<string, string>; partials: ReadonlyMap<string, string> }): string {
  const entries = (templates: ReadonlyMap<string, string>) =>
    [...templates].map(([name, source]) => `${JSON.stringify(name)}: ${loadHandlebars("compiler").precompile(source, compileOptions())}`).join(",\n");
  return `({\nfiles: {\n${entries(sources.files)}\n},\npartials: {\n${entries(sources.partials)}\n}\n})\n`;
}

/** The precompiled templates back as objects (the text is our own precompiler's output). */
function revive(text: string): PrecompiledTemplates | undefined {
  try {
    const value = new Function(`return ${text}`)() as { files: Record<string, TemplateSpecification>; partials: Record<string, TemplateSpecification> };
    return { files: new Map(Object.entries(value.files)), partials: new Map(Object.entries(value.partials)) };
  } catch {
    return undefined;
  }
}
