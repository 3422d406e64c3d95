// Every generated TypeScript package, and every code example in the TypeScript docs, type-checks
// under the strictest settings we hold generated code to (STRICT_TSCONFIG).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { STRICT_TSCONFIG } from "../../scripts/lib/flavors/typescript-package.js";
import { projectRoot } from "../support/openapi-doc.js";

const run = promisify(execFile);
const tsc = path.join(projectRoot, "node_modules/typescript/bin/tsc");

async function typecheck(tsconfigPath: string): Promise<{ ok: boolean; output: string }> {
  try {
    await run(process.execPath, [tsc, "-p", tsconfigPath], { cwd: projectRoot });
    return { ok: true, output: "" };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

/** Every fenced ```typescript block of every Markdown file under a folder. */
async function extractExamples(folder: string): Promise<Array<{ file: string; index: number; code: string }>> {
  const examples: Array<{ file: string; index: number; code: string }> = [];
  for (const entry of await readdir(folder, { recursive: true })) {
    if (!entry.endsWith(".md")) continue;
    const text = await readFile(path.join(folder, entry), "utf8");
    [...text.matchAll(/^(`{3,})typescript\n([\s\S]*?)\n\1$/gm)].forEach((match, index) => examples.push({ file: entry, index, code: match[2]! }));
  }
  return examples;
}

describe("generated TypeScript", () => {
  it.each(["fetch", "sdk"])("generated/%s type-checks under strict settings", async (flavor) => {
    const tsconfig = JSON.parse(await readFile(path.join(projectRoot, "generated", flavor, "tsconfig.json"), "utf8"));
    expect(tsconfig).toEqual(STRICT_TSCONFIG);
    const result = await typecheck(path.join(projectRoot, "generated", flavor, "tsconfig.json"));
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  describe("examples in generated/docs/typescript", () => {
    let workDir = "";
    afterAll(async () => {
      if (workDir) await rm(workDir, { recursive: true, force: true });
    });

    it("are all extracted and type-check against the sdk package", async () => {
      const examples = await extractExamples(path.join(projectRoot, "generated/docs/typescript"));
      // One per operation in the API pages, plus the README's getting-started block.
      expect(examples.length).toBeGreaterThanOrEqual(11);
      // Inside the project so that `@invitations-api/sdk` resolves through the workspace link.
      workDir = await mkdtemp(path.join(projectRoot, "node_modules/.cache-doc-examples-"));
      const files = await Promise.all(
        examples.map(async (example, n) => {
          const file = `example-${n}.ts`;
          // Each example is a module of its own (top-level await, own imports).
          await writeFile(path.join(workDir, file), `// ${example.file} #${example.index}\n${example.code}\nexport {};\n`);
          return file;
        }),
      );
      const tsconfig = {
        ...STRICT_TSCONFIG,
        compilerOptions: { ...STRICT_TSCONFIG.compilerOptions, types: ["node"], typeRoots: [path.join(projectRoot, "node_modules/@types")] },
        include: files,
      };
      await writeFile(path.join(workDir, "tsconfig.json"), JSON.stringify(tsconfig));
      const result = await typecheck(path.join(workDir, "tsconfig.json"));
      expect(result.output).toBe("");
      expect(result.ok).toBe(true);
    });
  });
});
