// Templates precompiled once per change of their text (a cache under node_modules/.cache): they
// render exactly what templates compiled in the run render, and a stale or broken entry is never used.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { derivePackageNames } from "../../../scripts/lib/config/resolve-config.js";
import { FLAVORS } from "../../../scripts/lib/flavors/index.js";
import { loadTemplates } from "../../../scripts/lib/load/load-templates.js";
import { buildApiModel } from "../../../scripts/lib/model/build-api-model.js";
import { compileTemplates } from "../../../scripts/lib/render/create-handlebars.js";
import { precompiledTemplates } from "../../../scripts/lib/render/precompile-templates.js";
import { projectRoot } from "../../support/openapi-doc.js";

const templatesRoot = path.join(projectRoot, "templates");
let cacheDir = "";
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "precompiled-templates-"));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe("precompiled templates", () => {
  it.each(FLAVORS.map((flavor) => flavor.name))("%s: render the canonical spec exactly as templates compiled in the run do", async (name) => {
    const flavor = FLAVORS.find((candidate) => candidate.name === name)!;
    const document = JSON.parse(await readFile(path.join(projectRoot, "generated/openapi.json"), "utf8")) as Record<string, unknown>;
    const model = buildApiModel(document);
    const render = async (options: { cacheDir?: string }) => {
      const templates = await loadTemplates(templatesRoot, flavor.templateDir, options);
      return { precompiled: templates.precompiled !== undefined, files: flavor.render({ model, typesSource: "// types\n", bundleJson: "{}", templates: compileTemplates(flavor.templateDir, templates), runtime: templates.runtime, packages: derivePackageNames(model.title, {}) }) };
    };
    const [compiled, fresh, cached] = [await render({}), await render({ cacheDir }), await render({ cacheDir })];
    expect([compiled.precompiled, fresh.precompiled, cached.precompiled]).toEqual([false, true, true]);
    expect(compiled.files.length).toBeGreaterThan(0);
    expect(fresh.files).toEqual(compiled.files);
    expect(cached.files).toEqual(compiled.files);
  });

  it("keys the entry by the templates' text: one entry per flavor, replaced when a template changes", async () => {
    const dir = path.join(cacheDir, "keyed");
    const sources = (text: string) => ({ files: new Map([["a.hbs", text]]), partials: new Map([["p", "({{tsString x}})"]]) });
    const first = await precompiledTemplates(dir, "flavor", sources("one {{> p}}"));
    expect([...first.files.keys()]).toEqual(["a.hbs"]);
    expect([...first.partials.keys()]).toEqual(["p"]);
    expect(await readdir(dir)).toHaveLength(1);
    const [entry] = await readdir(dir);
    // Read back, not written again: a marker put into the entry survives the second call.
    await writeFile(path.join(dir, entry!), `${await readFile(path.join(dir, entry!), "utf8")}// kept\n`);
    await precompiledTemplates(dir, "flavor", sources("one {{> p}}"));
    expect(await readFile(path.join(dir, entry!), "utf8")).toMatch(/\/\/ kept\n$/);
    await precompiledTemplates(dir, "flavor", sources("two {{> p}}"));
    const entries = await readdir(dir);
    expect(entries).toHaveLength(1);
    expect(entries[0]).not.toBe(entry);
  });

  it("compiles again over an entry that does not evaluate", async () => {
    const dir = path.join(cacheDir, "broken");
    const sources = { files: new Map([["a.hbs", "x={{tsString x}}"]]), partials: new Map<string, string>() };
    await precompiledTemplates(dir, "flavor", sources);
    const [entry] = await readdir(dir);
    await writeFile(path.join(dir, entry!), "({ files: {");
    const repaired = await precompiledTemplates(dir, "flavor", sources);
    expect(repaired.files.has("a.hbs")).toBe(true);
    expect(await readFile(path.join(dir, entry!), "utf8")).toMatch(/^\(\{\nfiles: \{\n"a\.hbs": /);
  });
});
