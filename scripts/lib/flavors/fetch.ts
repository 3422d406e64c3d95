import { tsString } from "../escape/escape.js";
import { banner } from "./banner.js";
import { copyRuntime, renderTemplate, type FlavorDefinition, type RenderInput } from "./flavor.js";
import { securitySchemeViews, STRICT_TSCONFIG, typescriptPackageJson } from "./typescript-package.js";
import { buildTsOperationView, defaultServerUrl } from "./typescript-view.js";
import type { OutputFile } from "../write/write-files.js";

const OUT = "fetch";

/** The thin flavor: openapi-fetch over openapi-typescript's types, with auth and servers as middleware. */
export const fetchFlavor: FlavorDefinition = {
  name: "fetch",
  summary: "thin typed client on openapi-fetch: auth, default header parameters and servers as middleware",
  templateDir: "fetch",
  ownedDirs: [`${OUT}/src`],
  render(input: RenderInput): OutputFile[] {
    const { model, packages } = input;
    const rootServerUrl = model.servers[0]?.url ?? "/";
    const securitySchemes = securitySchemeViews(model);
    const operations = model.groups.flatMap((group) => group.operations);
    const headerNames = [...new Set(operations.flatMap((operation) => operation.parameters.filter((parameter) => parameter.in === "header").map((parameter) => parameter.name)))];
    const view = {
      banner: banner(model),
      baseUrlCode: tsString(rootServerUrl),
      securitySchemes,
      securitySchemeUnionCode: securitySchemes.map((scheme) => tsString(scheme.name)).join(" | ") || "never",
      headerUnionCode: headerNames.map(tsString).join(" | ") || "never",
      operations: operations.map((operation) => {
        const tsView = buildTsOperationView(operation, rootServerUrl);
        const serverUrl = defaultServerUrl(operation);
        const mediaType = operation.requestBody?.mediaType;
        return {
          keyCode: tsString(`${operation.method.toUpperCase()} ${operation.path}`),
          operationIdCode: tsString(operation.operationId),
          securityCode: tsView.securityCode,
          headerParamsCode: tsView.headerFields.map((field) => field.wireNameCode).join(", "),
          serverUrlCode: serverUrl === rootServerUrl ? null : tsString(serverUrl),
          queryStylesCode: tsView.queryStylesCode,
          requestMediaTypeCode: mediaType === undefined || mediaType === "application/json" ? null : tsString(mediaType),
        };
      }),
    };
    const packageName = `@${packages.npmScope}/fetch`;
    const packageJson = typescriptPackageJson(packageName, model, `Thin typed fetch client for ${model.title}, built on openapi-fetch`, {
      peerDependencies: { "openapi-fetch": ">=0.17 <1" },
    });
    return [
      { path: `${OUT}/package.json`, contents: renderTemplate(input, "package.json.hbs", { packageJson }) },
      { path: `${OUT}/README.md`, contents: renderTemplate(input, "README.md.hbs", { packageName, title: model.title }) },
      { path: `${OUT}/tsconfig.json`, contents: renderTemplate(input, "tsconfig.json.hbs", { tsconfig: STRICT_TSCONFIG }) },
      { path: `${OUT}/src/schema.ts`, contents: input.typesSource },
      ...copyRuntime(input, `${OUT}/src/runtime`),
      { path: `${OUT}/src/index.ts`, contents: renderTemplate(input, "src/index.ts.hbs", view) },
    ];
  },
};
