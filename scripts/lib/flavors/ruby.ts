import { numberLiteral, rbString } from "../escape/escape.js";
import type { RetryPolicyModel, SecuritySchemeModel } from "../model/api-model.js";
import type { OutputFile } from "../write/write-files.js";
import { banner } from "./banner.js";
import { copyRuntime, renderTemplate, type FlavorDefinition, type RenderInput } from "./flavor.js";
import { headingAnchor, operationDocView, schemaDocView } from "./ruby-docs.js";
import { buildRubyApi, isNullable, rubyErrorClass, runtimeType, successResponses, tagText, wrapText, yardType, type RubyApi, type RubyOperation, type RubySchema } from "./ruby-view.js";

const OUT = "ruby";
const DOCS = "docs/ruby";

/** `SecurityScheme.new(…)` arguments for a scheme (Ruby, escaped here). */
function securitySchemeCode(scheme: SecuritySchemeModel): string {
  switch (scheme.type) {
    case "apiKey":
      return `type: :api_key, location: :${scheme.in ?? "header"}, parameter_name: ${rbString(scheme.parameterName ?? "")}`;
    case "http":
      return `type: :http, scheme: ${rbString(scheme.scheme ?? "")}`;
    case "oauth2":
      return "type: :oauth2";
    case "openIdConnect":
      return "type: :open_id_connect";
    default:
      return "type: :mutual_tls";
  }
}

/** The spec's retry extension as Configuration defaults (milliseconds become seconds). */
export function retryDefaultsCode(retry: RetryPolicyModel | undefined): string {
  if (!retry) return "{}";
  const fields: string[] = [];
  const seconds = (ms: number) => String(ms / 1000);
  if (retry.initialDelayMs !== undefined) fields.push(`retry_initial_delay: ${seconds(retry.initialDelayMs)}`);
  if (retry.maxDelayMs !== undefined) fields.push(`retry_max_delay: ${seconds(retry.maxDelayMs)}`);
  if (retry.maxElapsedMs !== undefined && retry.maxElapsedMs > 0) fields.push(`max_retry_time: ${seconds(retry.maxElapsedMs)}`);
  if (retry.exponent !== undefined) fields.push(`retry_exponent: ${retry.exponent}`);
  if (retry.statusCodes !== undefined) {
    const codes = retry.statusCodes.filter((code) => typeof code === "number" || /^[45]XX$/.test(code));
    fields.push(`retry_status_codes: [${codes.map((code) => (typeof code === "number" ? String(code) : rbString(code))).join(", ")}].freeze`);
  }
  if (retry.retryConnectionErrors !== undefined) fields.push(`retry_connection_errors: ${retry.retryConnectionErrors}`);
  return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
}

/** A gem version from the API version: RubyGems needs dotted numbers. */
function gemVersion(version: string): string {
  return /^\d+(\.\d+)*$/.test(version) ? version : /^\d+\.\d+\.\d+/.exec(version)?.[0] ?? "0.0.0";
}

/** `%w[…]`, over several lines when long (the runtime's file names: plain identifiers). */
function wordListCode(words: readonly string[]): string {
  const oneLine = `%w[${words.join(" ")}]`;
  if (oneLine.length <= 70) return oneLine;
  const lines = wrapText(words.join(" "), 90).split("\n");
  return `%w[\n${lines.map((line) => `    ${line}`).join("\n")}\n  ]`;
}

/** The view of one operation in an API class. */
function operationView(api: RubyApi, op: RubyOperation) {
  const positional = op.required.map((parameter) => parameter.name);
  const success = successResponses(op.operation);
  return {
    methodName: op.methodName,
    withHttpInfoName: op.withHttpInfoName,
    paginateName: op.paginateName,
    operationId: op.operation.operationId,
    summary: op.operation.summary ? wrapText(op.operation.summary, 94) : null,
    description: op.operation.description ? wrapText(op.operation.description, 94) : null,
    deprecated: op.operation.deprecated,
    httpMethodName: op.operation.method,
    requestLine: `${op.operation.method.toUpperCase()} ${op.operation.path}`,
    path: op.operation.path,
    serverUrl: op.serverUrl,
    signatureCode: [...positional, "opts = {}"].join(", "),
    forwardCode: [...positional, "opts"].join(", "),
    positionalCode: `[${positional.join(", ")}]`,
    argumentsCode: positional.length === 0 ? "{}" : `{ ${positional.map((name) => `${name}: ${name}`).join(", ")} }`,
    argumentsMultiline: positional.length > 1 && positional.join(", ").length * 2 > 70,
    argumentLines: positional.map((name, index) => ({ argName: name, separatorCode: index < positional.length - 1 ? "," : "" })),
    docParams: op.required.map((parameter) => {
      const yardTypeCode = yardType(parameter.type, api);
      return { argName: parameter.name, yardTypeCode, description: tagText(parameter.description, `    # @param ${parameter.name} [${yardTypeCode}] `.length) };
    }),
    docOptions: op.optional.map((parameter) => {
      const yardTypeCode = yardType(parameter.type, api);
      return { argName: parameter.name, yardTypeCode, description: tagText(parameter.description, `    # @option opts [${yardTypeCode}] :${parameter.name} `.length) };
    }),
    returnYardCode: op.returnType ? yardType(op.returnType, api) : "nil",
    successStatuses: success.map((response) => response.status).join(", "),
    raises: op.operation.responses
      .filter((response) => response.kind !== "success")
      .map((response) => {
        const errorClassName = rubyErrorClass(response.status);
        return { errorClassName, status: response.status, description: tagText(response.description, `    # @raise [${errorClassName}] HTTP ${response.status}: `.length) };
      }),
    parameters: op.parameters.map((parameter, index) => {
      const options: string[] = [];
      if (parameter.required) options.push("required: true");
      if (parameter.parameter && !parameter.parameter.explode && parameter.type.kind === "array") options.push("explode: false");
      if (parameter.parameter?.style === "deepObject") options.push("deep_object: true");
      if (parameter.location === "body") options.push(`type: ${rbString(runtimeType(parameter.type, api))}`);
      return {
        argName: parameter.name,
        wireName: parameter.wireName,
        locationName: parameter.location,
        optionsCode: options.map((option) => `, ${option}`).join(""),
        separatorCode: index < op.parameters.length - 1 ? "," : "",
      };
    }),
    hasParameters: op.parameters.length > 0,
    requestMediaType: op.operation.requestBody?.mediaType ?? null,
    securityCode: `[${op.operation.security.map((requirement) => `[${requirement.map(({ scheme }) => rbString(scheme)).join(", ")}]`).join(", ")}]`,
    returnTypeCode: op.returnType ? rbString(runtimeType(op.returnType, api)) : "nil",
    textResponse: op.responseFormat === "text" && op.returnType !== undefined,
    pagination: op.pagination
      ? {
          limitName: op.pagination.limitName,
          offsetName: op.pagination.offsetName,
          itemsName: op.pagination.itemsName,
          totalCode: op.pagination.totalName ? `:${op.pagination.totalName}` : "nil",
          itemYardCode: op.pagination.itemType ? runtimeType(op.pagination.itemType, api) : "Object",
        }
      : null,
  };
}

/** The view of one model class. */
function modelView(api: RubyApi, entry: RubySchema) {
  return {
    className: entry.className,
    name: entry.schema.name,
    description: entry.schema.description ? wrapText(entry.schema.description, 96) : null,
    deprecated: entry.schema.deprecated,
    attributes: entry.properties.map((property, index) => {
      const options: string[] = [];
      if (property.name !== property.property.name) options.push(`wire: ${rbString(property.property.name)}`);
      if (property.property.required) options.push("required: true");
      if (isNullable(property.property.type, api)) options.push("nullable: true");
      return {
        attributeName: property.name,
        typeCode: rbString(runtimeType(property.property.type, api)),
        yardTypeCode: yardType(property.property.type, api),
        optionsCode: options.map((option) => `, ${option}`).join(""),
        description: property.property.description ? wrapText(property.property.description, 94) : null,
        deprecated: property.property.deprecated,
        isLast: index === entry.properties.length - 1,
      };
    }),
  };
}

/** The view of one enum module. */
function enumView(entry: RubySchema) {
  const names = entry.enumValues.map((value) => value.constantName);
  const oneLine = `ALL = [${names.join(", ")}].freeze`;
  return {
    className: entry.className,
    name: entry.schema.name,
    description: entry.schema.description ? wrapText(entry.schema.description) : null,
    deprecated: entry.schema.deprecated,
    values: entry.enumValues.map((value) => ({ constantName: value.constantName, valueCode: typeof value.value === "string" ? rbString(value.value) : typeof value.value === "number" ? numberLiteral(value.value) : String(value.value) })),
    allCode: oneLine.length <= 96 ? oneLine : `ALL = [\n${names.map((name) => `      ${name}`).join(",\n")}\n    ].freeze`,
  };
}

/**
 * The README's cancellation example: an operation with no required argument when there is one
 * (else the first, its arguments as in Getting Started), called on a worker thread with a token.
 */
function cancelExampleCode(api: RubyApi): string | null {
  const candidates = api.groups.flatMap((group) => group.operations.map((op) => ({ group, op })));
  const chosen = candidates.find(({ op }) => op.required.length === 0) ?? candidates[0];
  if (!chosen) return null;
  const { group, op } = chosen;
  const names = op.required.map((parameter) => parameter.name);
  const mod = api.moduleName;
  return [
    `api_instance = ${mod}::${group.className}.new`,
    ...(names.length > 0 ? [`# ${names.join(", ")}: as in Getting Started`] : []),
    `token = ${mod}::CancellationToken.new`,
    "worker = Thread.new do",
    `  api_instance.${op.methodName}(${[...names, "_cancel: token"].join(", ")}) # or ${op.withHttpInfoName}`,
    `rescue ${mod}::RequestAbortedError => e`,
    "  warn e.message # names the operation; e.reason is what cancel was given",
    "end",
    "token.cancel(:user_left) # from any thread: the call raises RequestAbortedError at once",
    "worker.join",
  ].join("\n");
}

function readmeView(api: RubyApi) {
  const { model } = api;
  const first = api.groups[0]?.operations[0];
  const firstGroup = api.groups[0];
  return {
    gettingStartedCode: first && firstGroup ? operationDocView(api, firstGroup.className, first).exampleCode : null,
    cancelExampleCode: cancelExampleCode(api),
    apis: api.groups.map((group) => ({
      className: group.className,
      operations: group.operations.map((op) => ({
        methodName: op.methodName,
        anchorCode: headingAnchor(op.methodName),
        httpMethodName: op.operation.method.toUpperCase(),
        path: op.operation.path,
        summary: op.operation.summary ?? null,
      })),
    })),
    models: api.schemas.map((entry) => ({ className: entry.className })),
    schemes: model.securitySchemes.map((scheme) => ({
      name: scheme.name,
      description: scheme.description ?? null,
      kind:
        scheme.type === "apiKey"
          ? "API key"
          : scheme.type === "http" && scheme.scheme === "basic"
            ? "HTTP basic authentication"
            : scheme.type === "http"
              ? `Bearer authentication${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ""}`
              : scheme.type,
      isApiKey: scheme.type === "apiKey",
      parameterName: scheme.parameterName ?? "",
      location: scheme.in === "query" ? "URL query string" : scheme.in === "cookie" ? "cookie" : "HTTP header",
      setting:
        scheme.type === "apiKey"
          ? `config.api_key[${rbString(scheme.name)}]`
          : scheme.type === "http" && scheme.scheme === "basic"
            ? "config.username, config.password"
            : "config.access_token",
    })),
    retryDefaultsCode: retryDefaultsCode(model.retry),
    gemVersion: gemVersion(model.version),
  };
}

/** The Ruby gem (generated/ruby) and its docs (generated/docs/ruby), in the seeds' shape. */
export const rubyFlavor: FlavorDefinition = {
  name: "ruby",
  summary: "Ruby gem on the standard library: API classes, models, typed errors, retries, timeouts, pagination; docs in docs/ruby",
  templateDir: "ruby",
  ownedDirs: [OUT, DOCS],
  render(input: RenderInput): OutputFile[] {
    const { model, packages } = input;
    const api = buildRubyApi(model, packages);
    const gem = api.gemName;
    const runtimeFiles = [...input.runtime.keys()].filter((file) => /^[a-z_]+\.rb$/.test(file)).sort();
    const common = {
      banner: banner(model),
      moduleName: api.moduleName,
      gemName: gem,
      title: model.title,
      version: model.version,
      gemVersionCode: rbString(gemVersion(model.version)),
      gemSummary: `Ruby client for the ${model.title}`,
      description: model.description ? wrapText(model.description, 98) : null,
    };
    const models = api.schemas.filter((entry) => entry.kind === "model");
    const enums = api.schemas.filter((entry) => entry.kind === "enum");
    const files: OutputFile[] = [
      { path: `${OUT}/${gem}.gemspec`, contents: renderTemplate(input, "gemspec.hbs", common) },
      {
        path: `${OUT}/lib/${gem}.rb`,
        contents: renderTemplate(input, "lib/gem.rb.hbs", {
          ...common,
          runtimeFilesCode: wordListCode(runtimeFiles.map((file) => file.replace(/\.rb$/, ""))),
          serverUrl: api.rootServerUrl,
          securitySchemes: model.securitySchemes.map((scheme, index) => ({
            name: scheme.name,
            argumentsCode: securitySchemeCode(scheme),
            separatorCode: index < model.securitySchemes.length - 1 ? "," : "",
          })),
          retryDefaultsCode: retryDefaultsCode(model.retry),
          requireFiles: [
            ...[...models, ...enums].map((entry) => ({ fileName: `models/${entry.fileName}` })),
            ...api.groups.map((group) => ({ fileName: `api/${group.fileName}` })),
          ],
        }),
      },
      { path: `${OUT}/lib/${gem}/version.rb`, contents: renderTemplate(input, "lib/version.rb.hbs", common) },
      ...copyRuntime(input, `${OUT}/lib/${gem}`).filter((file) => runtimeFiles.some((name) => file.path.endsWith(`/${name}`))),
    ];
    for (const group of api.groups) {
      const view = {
        ...common,
        group: { className: group.className, tag: group.tag, description: group.description ? wrapText(group.description) : null, operations: group.operations.map((op) => operationView(api, op)) },
      };
      files.push({ path: `${OUT}/lib/${gem}/api/${group.fileName}.rb`, contents: renderTemplate(input, "lib/api.rb.hbs", view) });
    }
    for (const entry of models) files.push({ path: `${OUT}/lib/${gem}/models/${entry.fileName}.rb`, contents: renderTemplate(input, "lib/model.rb.hbs", { ...common, model: modelView(api, entry) }) });
    for (const entry of enums) files.push({ path: `${OUT}/lib/${gem}/models/${entry.fileName}.rb`, contents: renderTemplate(input, "lib/enum.rb.hbs", { ...common, enum: enumView(entry) }) });

    // Docs: an index, a page per API class, a page per schema.
    files.push({ path: `${DOCS}/README.md`, contents: renderTemplate(input, "docs/README.md.hbs", { ...common, ...readmeView(api) }) });
    for (const group of api.groups) {
      const serverUrl = group.operations[0]?.serverUrl ?? api.rootServerUrl;
      const page = {
        className: group.className,
        description: group.description ?? null,
        serverUrl,
        operations: group.operations.map((op) => operationDocView(api, group.className, op)),
      };
      files.push({ path: `${DOCS}/${group.className}.md`, contents: renderTemplate(input, "docs/api.md.hbs", { ...common, api: page }) });
    }
    for (const entry of api.schemas) {
      files.push({ path: `${DOCS}/models/${entry.className}.md`, contents: renderTemplate(input, "docs/model.md.hbs", { ...common, model: schemaDocView(api, entry) }) });
    }
    return files;
  },
};
