import { pyString } from "../escape/escape.js";
import type { OutputFile } from "../write/write-files.js";
import { copyRuntime, renderTemplate, type FlavorDefinition, type RenderInput } from "./flavor.js";
import { call, docstringCode, keyword, layoutCode, tomlString, type DocBlock } from "./python-code.js";
import { buildPythonDocs } from "./python-docs.js";
import { credentialSetting, packageVersion, pythonBannerCode, securitySchemeCode } from "./python-package.js";
import { PyImports, PyTypes } from "./python-types.js";
import { buildApiViews, buildModelViews, importsCode, type PyApiView } from "./python-view.js";

const OUT = "python";
const DOCS_OUT = "docs/python";

function configurationView(input: RenderInput) {
  const { model, packages } = input;
  const schemes = model.securitySchemes
    .map((scheme) => ({ scheme, code: securitySchemeCode(scheme), setting: credentialSetting(scheme) }))
    .filter((entry) => entry.code !== null && entry.setting !== null);
  const entries = schemes.map(({ scheme, setting }) => ({
    name: `${setting!.attributeCode} (${scheme.name})`,
    text: `${setting!.how}.${scheme.description ? ` ${scheme.description}` : ""}`,
  }));
  const blocks: DocBlock[] = [{ title: "Credentials, by security scheme", entries }, { text: "See ``BaseConfiguration`` for every setting." }];
  const retry = model.retry;
  let retryCode: string | null = null;
  if (retry) {
    const args = [];
    if (retry.initialDelayMs !== undefined) args.push(keyword("initial_delay", String(retry.initialDelayMs / 1000)));
    if (retry.maxDelayMs !== undefined) args.push(keyword("max_delay", String(retry.maxDelayMs / 1000)));
    if (retry.exponent !== undefined) args.push(keyword("exponent", String(retry.exponent)));
    if (retry.maxElapsedMs !== undefined) args.push(keyword("max_elapsed", String(retry.maxElapsedMs / 1000)));
    if (retry.statusCodes !== undefined) {
      const codes = retry.statusCodes.filter((code) => typeof code === "number" || /^[1-5]XX$/.test(code)).map((code) => (typeof code === "number" ? String(code) : pyString(code)));
      args.push(keyword("status_codes", `(${codes.join(", ")}${codes.length === 1 ? "," : ""})`));
    }
    if (retry.retryConnectionErrors !== undefined) args.push(keyword("retry_connection_errors", retry.retryConnectionErrors ? "True" : "False"));
    retryCode = layoutCode(call("RetryPolicy", args), "    ", "DEFAULT_RETRY: ClassVar[RetryPolicy] = ");
  }
  const schemeLines = schemes.map(({ scheme, code }) => `        ${pyString(scheme.name)}: ${code},`);
  return {
    docCode: docstringCode("    ", `Settings of \`\`ApiClient\`\` for ${model.title}: server, credentials, timeouts, retries`, blocks),
    hostCode: pyString(model.servers[0]?.url ?? "http://localhost"),
    securitySchemesCode: schemeLines.length ? `{\n${schemeLines.join("\n")}\n    }` : "{}",
    userAgentCode: pyString(`${packages.pythonPackage.replace(/_/g, "-")}-python/${packageVersion(model)}`),
    retryCode,
    importsCode: retry ? "from .base_configuration import BaseConfiguration, RetryPolicy, SecurityScheme" : "from .base_configuration import BaseConfiguration, SecurityScheme",
  };
}

/** Names the package's `__init__` exports besides APIs and models. */
const RUNTIME_EXPORTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["api_client", ["ApiClient", "Operation", "RequestOptions"]],
  ["api_response", ["ApiResponse", "Headers"]],
  ["base_configuration", ["RetryPolicy", "SecurityScheme"]],
  ["cancellation", ["CancellationToken"]],
  ["configuration", ["Configuration"]],
  [
    "exceptions",
    [
      "ApiConnectionError",
      "ApiException",
      "ApiTimeoutError",
      "ApiValueError",
      "BadRequestException",
      "ConflictException",
      "ForbiddenException",
      "InvalidResponseError",
      "NotFoundException",
      "OpenApiException",
      "PaymentRequiredException",
      "RateLimitException",
      "RequestAbortedError",
      "ResponseTooLargeError",
      "ServiceException",
      "UnauthorizedException",
      "UnprocessableEntityException",
    ],
  ],
  ["pagination", ["Page"]],
  ["request", ["FileUpload"]],
  ["serialization", ["UNSET", "DecodeError", "Unset"]],
];

function packageInitView(input: RenderInput, apis: PyApiView[], types: PyTypes) {
  const { model } = input;
  const imports = new PyImports();
  const extra = new Map<string, Set<string>>();
  for (const api of apis) extra.set(`.api.${api.moduleName}`, new Set([api.className]));
  for (const [module, names] of RUNTIME_EXPORTS) extra.set(`.${module}`, new Set(names));
  for (const info of types.infos) extra.set(`.models.${info.moduleName}`, new Set([info.className]));
  const exported = [...apis.map((api) => api.className), ...RUNTIME_EXPORTS.flatMap(([, names]) => names), ...types.infos.map((info) => info.className)].sort();
  const blocks: DocBlock[] = [];
  if (model.description) blocks.push({ text: model.description });
  blocks.push({ text: `Documentation: docs/python/README.md in the repository that generated this package.` });
  return {
    docCode: docstringCode("", `Python client for ${model.title} ${model.version}`, blocks),
    importsCode: importsCode(imports, ".", extra),
    versionCode: pyString(packageVersion(model)),
    allCode: layoutCode({ kind: "list", items: ["__version__", ...exported].map((name) => pyString(name)) }, "", "__all__ = "),
  };
}

function listInitView(title: string, entries: Array<{ module: string; name: string }>) {
  const extra = new Map(entries.map((entry) => [`.${entry.module}`, new Set([entry.name])]));
  // An empty list needs its type spelled out for mypy --strict (a spec without named schemas).
  const imports = new PyImports();
  if (entries.length === 0) imports.typing.add("List");
  return {
    docCode: docstringCode("", title),
    importsCode: importsCode(imports, ".", extra),
    allCode: entries.length === 0 ? "__all__: List[str] = []" : layoutCode({ kind: "list", items: entries.map((entry) => pyString(entry.name)).sort() }, "", "__all__ = "),
  };
}

/** The manifest the contract tests read: operation -> class, methods and argument names. */
function manifest(input: RenderInput, apis: PyApiView[], types: PyTypes) {
  return {
    package: input.packages.pythonPackage,
    operations: Object.fromEntries(
      apis.flatMap((api) =>
        api.operations.map((operation) => [
          operation.operation.operationId,
          {
            api: api.className,
            method: operation.methodName,
            withHttpInfo: operation.withHttpInfoName,
            iterator: operation.iterName,
            parameters: operation.params.map((param) => ({ in: param.location, name: param.wireName, argument: param.argName, required: param.required, positional: param.positional })),
            returns: operation.returnAnnotation,
            errors: Object.fromEntries(
              operation.operation.responses
                .filter((response) => response.kind !== "success" && response.type?.kind === "ref")
                .map((response) => [response.status, types.info((response.type as { name: string }).name)?.className ?? null]),
            ),
          },
        ]),
      ),
    ),
  };
}

/** A Python package on the standard library only, with its Markdown docs in the seeds' format. */
export const pythonFlavor: FlavorDefinition = {
  name: "python",
  summary: "Python package (standard library only, typed): API classes, dataclass models, typed errors, retries, pagination; docs",
  templateDir: "python",
  ownedDirs: [OUT, DOCS_OUT],
  render(input: RenderInput): OutputFile[] {
    const { model, packages } = input;
    const pkg = packages.pythonPackage;
    const base = `${OUT}/${pkg}`;
    const types = new PyTypes(model);
    const apis = buildApiViews(model, types);
    const models = buildModelViews(types);
    const bannerCode = pythonBannerCode(model);
    const common = { bannerCode, packageName: pkg };

    const files: OutputFile[] = [
      {
        path: `${OUT}/pyproject.toml`,
        contents: renderTemplate(input, "pyproject.toml.hbs", {
          distributionNameCode: tomlString(pkg.replace(/_/g, "-")),
          versionCode: tomlString(packageVersion(model)),
          descriptionCode: tomlString(`Python client for ${model.title}`.replace(/[\r\n\u2028\u2029]+/g, " ")),
          packageName: pkg,
        }),
      },
      { path: `${OUT}/README.md`, contents: renderTemplate(input, "README.md.hbs", { ...common, title: model.title, version: model.version }) },
      { path: `${OUT}/operations.json`, contents: renderTemplate(input, "operations.json.hbs", { manifest: manifest(input, apis, types) }) },
      { path: `${base}/py.typed`, contents: "" },
      ...copyRuntime(input, base),
      { path: `${base}/__init__.py`, contents: renderTemplate(input, "package/__init__.py.hbs", { ...common, ...packageInitView(input, apis, types) }) },
      { path: `${base}/configuration.py`, contents: renderTemplate(input, "package/configuration.py.hbs", { ...common, ...configurationView(input) }) },
      {
        path: `${base}/api/__init__.py`,
        contents: renderTemplate(input, "package/list_init.py.hbs", { ...common, ...listInitView(`The API classes of ${model.title}, one per tag`, apis.map((api) => ({ module: api.moduleName, name: api.className }))) }),
      },
      {
        path: `${base}/models/__init__.py`,
        contents: renderTemplate(input, "package/list_init.py.hbs", { ...common, ...listInitView(`The models of ${model.title}, one per schema`, models.map((view) => ({ module: view.moduleName, name: view.className }))) }),
      },
    ];
    for (const api of apis) {
      files.push({ path: `${base}/api/${api.moduleName}.py`, contents: renderTemplate(input, "package/api.py.hbs", { ...common, className: api.className, ...api.moduleCode }) });
    }
    for (const view of models) {
      files.push({ path: `${base}/models/${view.moduleName}.py`, contents: renderTemplate(input, `package/${view.kind}.py.hbs`, { ...common, ...view }) });
    }
    files.push(...buildPythonDocs(input, types, apis).map((file) => ({ path: `${DOCS_OUT}/${file.path}`, contents: file.contents })));
    return files;
  },
};
