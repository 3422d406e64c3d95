import { mdTableCell, mdText, rbComment, rbString } from "../escape/escape.js";
import type { ApiModel, SecuritySchemeModel, TypeRef } from "../model/api-model.js";
import { exampleValue } from "./docs-values.js";
import { environmentVariable } from "./docs.js";
import { isNullable, rubyErrorClass, mentionedClasses, runtimeType, type RubyApi, type RubyOperation, type RubyParameter, type RubySchema } from "./ruby-view.js";
import { rubyExample, rubyLiteral } from "./ruby-values.js";

/**
 * The views of the Ruby docs (generated/docs/ruby), in the seeds' format (openapi-generator's Ruby
 * docs): an index, a page per API class and per model. Fields ending in `Code` are Markdown (or
 * Ruby for code blocks) already escaped here; `Name` fields are sanitised identifiers; the rest is
 * spec text the templates escape.
 */

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
export function headingAnchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-").replace(/[^a-z0-9_-]/g, "");
}

/** One line of a description, for a trailing `# …` comment: the first sentence, at most 100 characters. */
function firstSentence(text: string | undefined): string {
  if (!text) return "";
  const oneLine = text.replace(/[\s\u2028\u2029\u0085]+/g, " ").trim();
  const end = oneLine.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? oneLine : oneLine.slice(0, end + 1);
  return sentence.length > 100 ? `${sentence.slice(0, 97)}...` : sentence;
}

/** A type for a Markdown table: bold, linked to its model page when it mentions exactly one model. */
export function typeCellCode(type: TypeRef | undefined, api: RubyApi, prefix: string): string {
  if (!type) return "nil (empty response body)";
  const text = `**${mdTableCell(runtimeType(type, api))}**`;
  const classes = [...new Set(mentionedClasses(type, api))];
  return classes.length === 1 ? `[${text}](${prefix}${classes[0]!.className}.md)` : text;
}

function parameterNotes(parameter: RubyParameter): string {
  const notes: string[] = [];
  if (!parameter.required) notes.push("[optional]");
  const defaultValue = parameter.parameter?.default;
  if (defaultValue !== undefined) notes.push(`[default to ${typeof defaultValue === "string" ? defaultValue : JSON.stringify(defaultValue)}]`);
  if (parameter.deprecated) notes.push("[deprecated]");
  if (parameter.location !== "body") notes.push(`${parameter.location} \`${parameter.wireName}\``);
  return notes.join(" ");
}

/** The value a docs example passes for a parameter: the spec's example, its default, or a plausible one. */
function exampleFor(parameter: RubyParameter, model: ApiModel, operationBodyExample: unknown): unknown {
  if (parameter.location === "body") return operationBodyExample ?? exampleValue(parameter.type, model);
  return parameter.parameter?.example ?? parameter.parameter?.default ?? exampleValue(parameter.type, model);
}

/** `config.…` lines that set the credentials of the given schemes, with their comments. */
function credentialLines(schemes: readonly SecuritySchemeModel[]): string[] {
  const lines: string[] = [];
  for (const scheme of schemes) {
    const env = rbString(environmentVariable(scheme.name));
    if (scheme.type === "apiKey") {
      lines.push(
        `  # Configure API key authorization: ${rbComment(scheme.name, { indent: "  " })}`,
        `  config.api_key[${rbString(scheme.name)}] = ENV[${env}]`,
        "  # Uncomment the following line to set a prefix for the API key, e.g. 'Bearer' (defaults to nil)",
        `  # config.api_key_prefix[${rbString(scheme.name)}] = 'Bearer'`,
      );
    } else if (scheme.type === "http" && scheme.scheme === "basic") {
      lines.push(
        `  # Configure HTTP basic authorization: ${rbComment(scheme.name, { indent: "  " })}`,
        `  config.username = ENV[${rbString(`${environmentVariable(scheme.name)}_USERNAME`)}]`,
        `  config.password = ENV[${rbString(`${environmentVariable(scheme.name)}_PASSWORD`)}]`,
      );
    } else if (scheme.type === "http" || scheme.type === "oauth2" || scheme.type === "openIdConnect") {
      const format = scheme.bearerFormat ? ` (${scheme.bearerFormat})` : "";
      lines.push(`  # Configure Bearer authorization${rbComment(format, { indent: "  " })}: ${rbComment(scheme.name, { indent: "  " })}`, `  config.access_token = ENV[${env}]`);
    }
  }
  return lines;
}

export interface RubyExample {
  /** The full example: require, configure, arguments, call. */
  exampleCode: string;
  /** The `_with_http_info` block (uses the example's variables). */
  withHttpInfoCode: string;
  /** The `paginate_` block, or null. */
  paginateCode: string | null;
}

/** Runnable examples of one operation, in the seeds' shape, with the spec's example values. */
export function operationExamples(api: RubyApi, className: string, op: RubyOperation): RubyExample {
  const { model, moduleName } = api;
  const schemes = model.securitySchemes.filter((scheme) => op.securitySchemeNames.includes(scheme.name));
  const configLines = credentialLines(schemes);
  if (op.serverUrl !== null) {
    const where = model.servers[0]?.description ? firstSentence(model.servers[0].description).replace(/[.!?]+$/, "") : "the API's default server";
    configLines.push(
      `  # The server: ${rbComment(where, { indent: "  " })}. Remove this line to use each operation's own server.`,
      `  config.base_url = ${rbString(api.rootServerUrl)}`,
    );
  }
  const bodyExample = op.operation.requestBody?.example;
  const describe = (parameter: RubyParameter) => {
    const text = firstSentence(parameter.description);
    return rbComment(`${runtimeType(parameter.type, api)}${text ? ` | ${text}` : ""}`);
  };
  const argumentLines = op.required.map(
    (parameter) => `${parameter.name} = ${rubyExample(exampleFor(parameter, model, bodyExample), parameter.type, api)} # ${describe(parameter)}`,
  );
  if (op.optional.length > 0) {
    const entries = op.optional.map((parameter, index) => {
      const comma = index < op.optional.length - 1 ? "," : "";
      return `  ${parameter.name}: ${rubyExample(exampleFor(parameter, model, bodyExample), parameter.type, api, "  ")}${comma} # ${describe(parameter)}`;
    });
    argumentLines.push(["opts = {", ...entries, "}"].join("\n"));
  }
  const args = [...op.required.map((parameter) => parameter.name), ...(op.optional.length > 0 ? ["opts"] : [])].join(", ");
  const summaryLine = op.operation.summary ? [`  # ${rbComment(firstSentence(op.operation.summary), { indent: "  " })}`] : [];
  const rescue = (method: string) => [`rescue ${moduleName}::ApiError => e`, `  puts "Error when calling ${className}->${method}: #{e}"`, "end"];

  const call = op.returnType ? [`  result = api_instance.${op.methodName}(${args})`, "  p result"] : [`  api_instance.${op.methodName}(${args})`];
  const exampleCode = [
    "require 'time'",
    `require '${api.gemName}'`,
    ...(configLines.length > 0 ? ["", "# setup authorization and the server", `${moduleName}.configure do |config|`, ...configLines, "end"] : []),
    "",
    `api_instance = ${moduleName}::${className}.new`,
    ...argumentLines,
    "",
    "begin",
    ...summaryLine,
    ...call,
    ...rescue(op.methodName),
  ].join("\n");

  const dataComment = op.returnType ? `<${runtimeType(op.returnType, api)}>` : "nil";
  const withHttpInfoCode = [
    "begin",
    ...summaryLine,
    `  data, status_code, headers = api_instance.${op.withHttpInfoName}(${args})`,
    "  p status_code # => 2xx",
    "  p headers # => { ... }",
    `  p data # => ${dataComment}`,
    ...rescue(op.withHttpInfoName),
  ].join("\n");

  const paginateCode = op.paginateName
    ? [
        "begin",
        "  # Every item, page after page; each page is fetched when the previous one is used up",
        `  api_instance.${op.paginateName}(${args}).each do |item|`,
        "    p item",
        "  end",
        ...rescue(op.paginateName),
      ].join("\n")
    : null;
  return { exampleCode, withHttpInfoCode, paginateCode };
}

/** The signature line of the seeds: `<ReturnType> name(args)`. */
export function signatureCode(api: RubyApi, op: RubyOperation, name: string, kind: "plain" | "info" | "paginate"): string {
  const args = [...op.required.map((parameter) => parameter.name), ...(op.optional.length > 0 ? ["opts"] : [])].join(", ");
  const returned = op.returnType ? `<${runtimeType(op.returnType, api)}>` : "nil";
  const itemType = op.pagination?.itemType ? runtimeType(op.pagination.itemType, api) : "Object";
  const prefix = kind === "plain" ? (op.returnType ? `${returned} ` : "") : kind === "info" ? `<Array(${returned}, Integer, Hash)> ` : `<Enumerator<${itemType}>> `;
  return mdText(`${prefix}${name}(${args})`);
}

/** The docs view of one operation. */
export function operationDocView(api: RubyApi, className: string, op: RubyOperation) {
  const examples = operationExamples(api, className, op);
  const accept = [...new Set(op.operation.responses.map((response) => response.mediaType).filter((type): type is string => type !== undefined))];
  return {
    methodName: op.methodName,
    anchorCode: headingAnchor(op.methodName),
    withHttpInfoName: op.withHttpInfoName,
    paginateName: op.paginateName,
    httpMethodName: op.operation.method.toUpperCase(),
    path: op.operation.path,
    summary: op.operation.summary ?? null,
    description: op.operation.description ?? null,
    deprecated: op.operation.deprecated,
    signatureCode: signatureCode(api, op, op.methodName, "plain"),
    withHttpInfoSignatureCode: signatureCode(api, op, op.withHttpInfoName, "info"),
    paginateSignatureCode: op.paginateName ? signatureCode(api, op, op.paginateName, "paginate") : null,
    returnsNil: op.returnType === undefined,
    ...examples,
    parameterRows: op.parameters.map((parameter) => ({
      argName: parameter.name,
      typeCode: typeCellCode(parameter.type, api, "models/"),
      description: parameter.description ?? "",
      notes: parameterNotes(parameter),
    })),
    returnTypeCode: typeCellCode(op.returnType, api, "models/"),
    authorization: op.securitySchemeNames.map((name) => ({ name, anchorCode: headingAnchor(name) })),
    contentType: op.operation.requestBody?.mediaType ?? null,
    multipartBody: /^multipart\/form-data\b/i.test(op.operation.requestBody?.mediaType ?? ""),
    accept: accept.length > 0 ? accept.join(", ") : null,
    responses: op.operation.responses.map((response) => ({
      status: response.status,
      description: response.description,
      raisesCode: response.kind === "success" ? "-" : `\`${rubyErrorClass(response.status)}\``,
    })),
  };
}

/** The docs view of one model page. */
export function schemaDocView(api: RubyApi, entry: RubySchema) {
  const { schema } = entry;
  const example = schema.example ?? exampleValue({ kind: "ref", name: schema.name, nullable: false }, api.model);
  const exampleExpression = rubyExample(example, { kind: "ref", name: schema.name, nullable: false }, api);
  const exampleCode =
    entry.kind === "model"
      ? [`require '${api.gemName}'`, "", `instance = ${exampleExpression}`, "p instance.to_hash"].join("\n")
      : entry.kind === "enum"
        ? [`require '${api.gemName}'`, "", `status = ${exampleExpression}`, `p ${api.moduleName}::${entry.className}.known?(status) # => true`].join("\n")
        : [`require '${api.gemName}'`, "", `value = ${rubyLiteral(example)}`, "p value"].join("\n");
  return {
    className: entry.className,
    kind: entry.kind,
    isModel: entry.kind === "model",
    isEnum: entry.kind === "enum",
    isAlias: entry.kind === "alias",
    name: schema.name,
    description: schema.description ?? null,
    deprecated: schema.deprecated,
    aliasTypeCode: entry.kind === "alias" ? typeCellCode(schema.type, api, "") : null,
    properties: entry.properties.map((property) => ({
      attributeName: property.name,
      typeCode: typeCellCode(property.property.type, api, ""),
      description: property.property.description ?? "",
      notes: [
        property.property.required ? "" : "[optional]",
        isNullable(property.property.type, api) ? "[nullable]" : "",
        property.property.type.kind === "enum" ? `[one of ${property.property.type.values.map((value) => JSON.stringify(value)).join(", ")}]` : "",
        property.property.readOnly ? "[readonly]" : "",
        property.property.deprecated ? "[deprecated]" : "",
        property.property.default !== undefined ? `[default to ${JSON.stringify(property.property.default)}]` : "",
        property.name !== property.property.name ? `JSON \`${property.property.name}\`` : "",
      ]
        .filter(Boolean)
        .join(" "),
    })),
    enumValues: entry.enumValues.map((value) => ({ constantName: value.constantName, valueCode: mdTableCell(JSON.stringify(value.value)) })),
    exampleCode,
  };
}
