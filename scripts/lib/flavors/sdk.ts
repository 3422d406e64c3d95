import { tsString } from "../escape/escape.js";
import { copyRuntime, renderTemplate, type FlavorDefinition, type RenderInput } from "./flavor.js";
import { retryCode, securitySchemeViews, STRICT_TSCONFIG, typescriptPackageJson } from "./typescript-package.js";
import { buildTsGroupViews } from "./typescript-view.js";
import { banner } from "./banner.js";
import type { OutputFile } from "../write/write-files.js";

const OUT = "sdk";

/** The full SDK: API classes, one client, typed errors, retries, timeouts, pagination. */
export const sdkFlavor: FlavorDefinition = {
  name: "sdk",
  summary: "TypeScript SDK: API classes and standalone functions, typed errors, retries, timeouts, pagination",
  templateDir: "sdk",
  ownedDirs: [`${OUT}/src`],
  render(input: RenderInput): OutputFile[] {
    const { model, packages } = input;
    const rootServerUrl = model.servers[0]?.url ?? "/";
    const groups = buildTsGroupViews(model.groups, rootServerUrl);
    const securitySchemes = securitySchemeViews(model);
    const common = { banner: banner(model), clientClassName: packages.clientClass, title: model.title, groups, securitySchemes };
    const files: OutputFile[] = [
      { path: `${OUT}/package.json`, contents: renderTemplate(input, "package.json.hbs", { packageJson: typescriptPackageJson(`@${packages.npmScope}/sdk`, model, `TypeScript SDK for ${model.title}`) }) },
      { path: `${OUT}/tsconfig.json`, contents: renderTemplate(input, "tsconfig.json.hbs", { tsconfig: STRICT_TSCONFIG }) },
      { path: `${OUT}/src/schema.ts`, contents: input.typesSource },
      ...copyRuntime(input, `${OUT}/src/runtime`),
      {
        path: `${OUT}/src/config.ts`,
        contents: renderTemplate(input, "src/config.ts.hbs", {
          ...common,
          baseUrlCode: tsString(rootServerUrl),
          securitySchemeUnionCode: securitySchemes.map((scheme) => tsString(scheme.name)).join(" | ") || "never",
          retryCode: retryCode(model.retry),
          maxRetryTimeCode: model.retry?.maxElapsedMs !== undefined ? String(model.retry.maxElapsedMs) : null,
        }),
      },
      { path: `${OUT}/src/client.ts`, contents: renderTemplate(input, "src/client.ts.hbs", common) },
      { path: `${OUT}/src/index.ts`, contents: renderTemplate(input, "src/index.ts.hbs", common) },
    ];
    for (const group of groups) {
      const view = { ...common, group };
      files.push({ path: `${OUT}/src/operations/${group.fileName}.ts`, contents: renderTemplate(input, "src/operations.ts.hbs", view) });
      files.push({ path: `${OUT}/src/apis/${group.fileName}.ts`, contents: renderTemplate(input, "src/api.ts.hbs", view) });
    }
    return files;
  },
};
