import { tsPropertyKey, tsString } from "../escape/escape.js";
import type { ApiGroupModel, OperationModel, ParameterModel, ResponseModel, TypeRef } from "../model/api-model.js";
import { assignUniqueNames } from "../naming/naming-strategy.js";
import { typescriptNaming as naming } from "../naming/typescript.js";
import { assignArgumentNames } from "../naming/argument-names.js";

/**
 * The TypeScript view of operations, shared by the `sdk` flavor and the TypeScript docs: names
 * from the TypeScript naming strategy, types as expressions over openapi-typescript's output (never
 * declared twice by hand). Fields ending in `Name` are sanitised identifiers; fields ending in
 * `Code` are TypeScript already escaped here; everything else is spec text the templates escape.
 */
export interface TsFieldView {
  fieldName: string;
  wireName: string;
  location: ParameterModel["in"] | "body";
  required: boolean;
  optionalMark: string;
  description: string | null;
  deprecated: boolean;
  typeCode: string;
  /** The wire name as a TypeScript string literal, for request building. */
  wireNameCode: string;
  /** The wire name as an object key (bare when it is an identifier). */
  wireKeyCode: string;
  example: unknown;
}

export interface TsOperationView {
  operationId: string;
  functionName: string;
  withHttpInfoName: string;
  paramsTypeName: string;
  resultTypeName: string;
  errorBodyTypeName: string;
  paginateName: string;
  itemTypeName: string;
  summary: string | null;
  description: string | null;
  deprecated: boolean;
  httpMethod: string;
  path: string;
  pathCode: string;
  operationIdCode: string;
  fields: TsFieldView[];
  pathFields: TsFieldView[];
  queryFields: TsFieldView[];
  headerFields: TsFieldView[];
  cookieFields: TsFieldView[];
  body: TsFieldView | null;
  mediaTypeCode: string | null;
  paramsRequired: boolean;
  hasFields: boolean;
  resultCode: string;
  resultMultiline: boolean;
  errorBodyCode: string;
  errorBodyMultiline: boolean;
  responseKindCode: string;
  securityCode: string;
  /** `{ name: "style" }` for query parameters not written as form + explode, or null. */
  queryStylesCode: string | null;
  serverUrlCode: string | null;
  pagination: { limitCode: string; offsetCode: string; limitFieldName: string; offsetFieldName: string; itemsCode: string; totalCode: string | null } | null;
  responses: Array<{ status: string; description: string; kind: string; typeCode: string | null }>;
  errorStatuses: string[];
  securitySchemeNames: string[];
  requestMediaType: string | null;
  responseMediaType: string | null;
}

const operationType = (operation: OperationModel) => `operations[${tsString(operation.operationId)}]`;

function statusKey(status: string): string {
  return /^\d+$/.test(status) ? status : tsString(status);
}

function responseTypeCode(operation: OperationModel, response: ResponseModel): string | null {
  if (!response.mediaType) return null;
  return `${operationType(operation)}["responses"][${statusKey(response.status)}]["content"][${tsString(response.mediaType)}]`;
}

export function defaultServerUrl(operation: OperationModel): string {
  return operation.servers[0]?.url ?? "/";
}

export function bodyWireName(operation: OperationModel): string {
  const type = operation.requestBody?.type;
  return type?.kind === "ref" ? type.name : `${operation.operationId}_request`;
}

/** A union type, one member per line when it would not fit on one (as a formatter would print it). */
function unionCode(parts: string[], empty: string): string {
  const unique = [...new Set(parts)];
  if (unique.length === 0) return empty;
  const oneLine = unique.join(" | ");
  return oneLine.length <= 80 ? oneLine : unique.map((part) => `\n  | ${part}`).join("");
}

export function buildTsOperationView(operation: OperationModel, rootServerUrl: string): TsOperationView {
  const op = operationType(operation);
  const parameterType = (parameter: ParameterModel) =>
    `NonNullable<${op}["parameters"][${tsString(parameter.in)}]>[${tsString(parameter.name)}]`;
  type Named = { wireName: string; pointer: string; parameter?: ParameterModel };
  const items: Named[] = operation.parameters.map((parameter) => ({ wireName: parameter.name, pointer: parameter.pointer, parameter }));
  if (operation.requestBody) items.push({ wireName: bodyWireName(operation), pointer: `${operation.pointer}/requestBody` });
  const names = assignArgumentNames(items, naming, operation.operationId);


  const fields: TsFieldView[] = items.map((item) => {
    const parameter = item.parameter;
    const body = operation.requestBody;
    const required = parameter ? parameter.required : body?.required === true;
    const typeCode = parameter
      ? parameterType(parameter)
      : `NonNullable<${op}["requestBody"]>["content"][${tsString(body!.mediaType)}]`;
    return {
      fieldName: names.get(item)!,
      wireName: item.wireName,
      wireNameCode: tsString(item.wireName),
      wireKeyCode: tsPropertyKey(item.wireName),
      location: parameter ? parameter.in : "body",
      required,
      optionalMark: required ? "" : "?",
      description: (parameter ? parameter.description : body?.description) ?? null,
      deprecated: parameter?.deprecated ?? false,
      typeCode,
      example: parameter ? parameter.example ?? parameter.default ?? null : body?.example ?? null,
    };
  });
  // Required fields first, as a reader scans a signature: what must I pass?
  fields.sort((a, b) => Number(b.required) - Number(a.required));

  const success = operation.responses.filter((response) => response.kind === "success");
  const errors = operation.responses.filter((response) => response.kind !== "success");
  const resultParts = success.map((response) => responseTypeCode(operation, response) ?? "undefined");
  const resultCode = unionCode(resultParts, "undefined");
  const errorBodyCode = unionCode(errors.map((response) => responseTypeCode(operation, response)).filter((code): code is string => code !== null), "unknown");
  const successMedia = success.find((response) => response.mediaType)?.mediaType ?? null;
  const responseKind = successMedia === null ? "empty" : /json/i.test(successMedia) ? "json" : "text";

  const functionName = naming.methodName(operation.operationId);
  const typeBase = naming.typeName(operation.operationId);
  const byLocation = (location: string) => fields.filter((field) => field.location === location);
  const pagination = operation.pagination;
  const fieldFor = (wire: string) => fields.find((field) => field.wireName === wire && field.location === "query");

  const securityCode = `[${operation.security
    .map((requirement) => `{ ${requirement.map(({ scheme, scopes }) => `${tsPropertyKey(scheme)}: [${scopes.map(tsString).join(", ")}]`).join(", ")} }`)
    .join(", ")}]`;
  const serverUrl = defaultServerUrl(operation);
  const queryStyles = operation.parameters
    .filter((parameter) => parameter.in === "query")
    .map((parameter) => {
      const style = parameter.style === "form" ? (parameter.explode ? null : "form-no-explode") : parameter.style === "spaceDelimited" || parameter.style === "pipeDelimited" || parameter.style === "deepObject" ? parameter.style : null;
      return style === null ? null : `${tsPropertyKey(parameter.name)}: ${tsString(style)}`;
    })
    .filter((entry): entry is string => entry !== null);

  return {
    operationId: operation.operationId,
    operationIdCode: tsString(operation.operationId),
    functionName,
    withHttpInfoName: `${functionName}WithHttpInfo`,
    paginateName: naming.methodName(`paginate ${operation.operationId}`),
    paramsTypeName: `${typeBase}Params`,
    resultTypeName: `${typeBase}Result`,
    errorBodyTypeName: `${typeBase}ErrorBody`,
    itemTypeName: `${typeBase}Item`,
    summary: operation.summary ?? null,
    description: operation.description ?? null,
    deprecated: operation.deprecated,
    httpMethod: operation.method.toUpperCase(),
    path: operation.path,
    pathCode: tsString(operation.path),
    fields,
    pathFields: byLocation("path"),
    queryFields: byLocation("query"),
    headerFields: byLocation("header"),
    cookieFields: byLocation("cookie"),
    body: fields.find((field) => field.location === "body") ?? null,
    mediaTypeCode: operation.requestBody && operation.requestBody.mediaType !== "application/json" ? tsString(operation.requestBody.mediaType) : null,
    paramsRequired: fields.some((field) => field.required),
    hasFields: fields.length > 0,
    resultCode,
    resultMultiline: resultCode.startsWith("\n"),
    errorBodyCode,
    errorBodyMultiline: errorBodyCode.startsWith("\n"),
    responseKindCode: tsString(responseKind),
    securityCode,
    queryStylesCode: queryStyles.length ? `{ ${queryStyles.join(", ")} }` : null,
    serverUrlCode: serverUrl === rootServerUrl ? null : tsString(serverUrl),
    pagination:
      pagination && fieldFor(pagination.limitParam) && fieldFor(pagination.offsetParam)
        ? {
            limitCode: tsString(pagination.limitParam),
            offsetCode: tsString(pagination.offsetParam),
            limitFieldName: fieldFor(pagination.limitParam)!.fieldName,
            offsetFieldName: fieldFor(pagination.offsetParam)!.fieldName,
            itemsCode: tsString(pagination.itemsField),
            totalCode: pagination.totalField ? tsString(pagination.totalField) : null,
          }
        : null,
    responses: operation.responses.map((response) => ({ status: response.status, description: response.description, kind: response.kind, typeCode: responseTypeCode(operation, response) })),
    errorStatuses: errors.map((response) => response.status),
    securitySchemeNames: [...new Set(operation.security.flatMap((requirement) => requirement.map(({ scheme }) => scheme)))],
    requestMediaType: operation.requestBody?.mediaType ?? null,
    responseMediaType: successMedia,
  };
}

export interface TsGroupView {
  tag: string;
  description: string | null;
  className: string;
  propertyName: string;
  fileName: string;
  operations: TsOperationView[];
}

export function buildTsGroupViews(groups: readonly ApiGroupModel[], rootServerUrl: string): TsGroupView[] {
  const classNames = assignUniqueNames(groups, (group) => `${naming.typeName(group.tag)}Api`, (group) => `tag ${JSON.stringify(group.tag)}`, { what: "API class", caseInsensitive: true });
  const allOperations = groups.flatMap((group) => group.operations);
  assignUniqueNames(allOperations, (operation) => naming.methodName(operation.operationId), (operation) => operation.pointer, { what: "method name" });
  return groups.map((group) => {
    const className = classNames.get(group)!;
    return {
      tag: group.tag,
      description: group.description ?? null,
      className,
      propertyName: naming.parameterName(group.tag),
      fileName: naming.fileName(className),
      operations: group.operations.map((operation) => buildTsOperationView(operation, rootServerUrl)),
    };
  });
}

/** A TypeRef as a short human-readable type for docs tables (`string`, `Array<Invitation>`). */
export function describeTsType(type: TypeRef): string {
  const base = ((): string => {
    switch (type.kind) {
      case "ref":
        return type.name;
      case "primitive":
        return type.type === "integer" ? "number" : type.type;
      case "enum":
        return type.values.map((value) => JSON.stringify(value)).join(" | ");
      case "array":
        return `Array<${describeTsType(type.items)}>`;
      case "map":
        return `Record<string, ${describeTsType(type.values)}>`;
      case "object":
        return "object";
      case "union":
        return type.variants.map(describeTsType).join(" | ");
      case "intersection":
        return type.parts.map(describeTsType).join(" & ");
      case "binary":
        return "Blob";
      case "any":
        return "unknown";
    }
  })();
  return type.nullable ? `${base} | null` : base;
}
