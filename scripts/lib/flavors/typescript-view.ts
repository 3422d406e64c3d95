import { tsPropertyKey, tsString } from "../escape/escape.js";
import { tagPlace, type ApiGroupModel, type OperationModel, type ParameterModel, type ResponseModel, type TypeRef } from "../model/api-model.js";
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
  /** Whether the body is raw bytes (typed with the runtime's `BinaryBody`). */
  binaryBody: boolean;
  /** The sdk runtime function that encodes the body before `send` (`formBody`, `multipartBody`), or null when `send` takes it as it is. */
  bodyEncoderName: string | null;
  /**
   * Whether building the sdk request runs code that can throw (query serialisation, a body
   * encoder), so the `…WithHttpInfo` function is `async` and rejects instead of throwing.
   */
  requestBuildingCanThrow: boolean;
  paramsRequired: boolean;
  hasFields: boolean;
  resultCode: string;
  resultMultiline: boolean;
  errorBodyCode: string;
  errorBodyMultiline: boolean;
  responseKindCode: string;
  /** Whether the success body is JSON, `send`'s default `responseKind` (so the descriptor leaves it out). */
  responseKindIsDefault: boolean;
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

/** How the sdk runtime reads a success body (`OperationRequest.responseKind`). */
export type ResponseKind = "json" | "text" | "binary" | "empty";

/**
 * JSON media types are parsed; text ones (`text/*`, XML, YAML, …) returned as a string; a binary
 * schema or any other media type (`application/octet-stream`, `image/png`, `application/pdf`) as
 * a `Blob`; no content at all is discarded.
 */
export function responseKindOf(response: ResponseModel | undefined): ResponseKind {
  const media = response?.mediaType?.toLowerCase();
  if (media === undefined) return "empty";
  if (/json/.test(media)) return "json";
  if (response?.type?.kind === "binary") return "binary";
  if (/^text\/|^\*\/\*$|[/+](xml|yaml|x-yaml|javascript|ecmascript|graphql)\b/.test(media)) return "text";
  return "binary";
}

/** What the sdk body field accepts for a request media type: a JSON value, a form object, a FormData, or raw bytes. */
export type RequestBodyKind = "json" | "form" | "multipart" | "text" | "binary";

export function requestBodyKindOf(mediaType: string, type: TypeRef): RequestBodyKind {
  const media = mediaType.toLowerCase();
  if (/json/.test(media)) return "json";
  if (media === "application/x-www-form-urlencoded") return "form";
  if (media.startsWith("multipart/")) return "multipart";
  if (type.kind !== "binary" && /^text\/|[/+](xml|yaml|x-yaml|csv)\b/.test(media)) return "text";
  return "binary";
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
    const bodyKind = body ? requestBodyKindOf(body.mediaType, body.type) : undefined;
    const bodyType = `NonNullable<${op}["requestBody"]>["content"][${tsString(body?.mediaType ?? "")}]`;
    // Raw bytes are sent as given (fetch accepts these); a multipart body is built from the typed
    // object (files as Blob) or passed as a ready FormData.
    const typeCode = parameter
      ? parameterType(parameter)
      : bodyKind === "binary"
        ? "BinaryBody"
        : bodyKind === "multipart"
          ? `${bodyType} | FormData`
          : bodyType;
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

  // With no 1XX-3XX response declared, `default` describes success too (OpenAPI: it covers every
  // status not listed); it still describes errors as well.
  const declaredSuccess = operation.responses.filter((response) => response.kind === "success");
  const success = declaredSuccess.length > 0 ? declaredSuccess : operation.responses.filter((response) => response.kind === "default");
  const errors = operation.responses.filter((response) => response.kind !== "success");
  // The runtime returns bytes as a Blob and text as a string, whatever openapi-typescript says of the schema.
  const resultParts = success.map((response) => {
    const kind = responseKindOf(response);
    const stringSchema = response.type?.kind === "enum" || (response.type?.kind === "primitive" && response.type.type === "string");
    if (kind === "binary") return "Blob";
    if (kind === "text" && !stringSchema) return "string";
    return responseTypeCode(operation, response) ?? "undefined";
  });
  const resultCode = unionCode(resultParts, "undefined");
  const errorBodyCode = unionCode(errors.map((response) => responseTypeCode(operation, response)).filter((code): code is string => code !== null), "unknown");
  const successWithBody = success.find((response) => response.mediaType);
  const successMedia = successWithBody?.mediaType ?? null;
  const responseKind = responseKindOf(successWithBody);
  const requestBodyKind = operation.requestBody ? requestBodyKindOf(operation.requestBody.mediaType, operation.requestBody.type) : null;

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
    binaryBody: fields.some((field) => field.location === "body" && field.typeCode === "BinaryBody"),
    bodyEncoderName: requestBodyKind === "form" ? "formBody" : requestBodyKind === "multipart" ? "multipartBody" : null,
    requestBuildingCanThrow: byLocation("query").length > 0 || requestBodyKind === "form" || requestBodyKind === "multipart",
    paramsRequired: fields.some((field) => field.required),
    hasFields: fields.length > 0,
    resultCode,
    resultMultiline: resultCode.startsWith("\n"),
    errorBodyCode,
    errorBodyMultiline: errorBodyCode.startsWith("\n"),
    responseKindCode: tsString(responseKind),
    responseKindIsDefault: responseKind === "json",
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
  /** Whether an operation of the group takes raw bytes (the operations module imports `BinaryBody`). */
  hasBinaryBody: boolean;
  /** Whether a signature refers to openapi-typescript's `operations` (not when no operation has arguments or a typed body). */
  usesOperationTypes: boolean;
  /** What the sdk's operations module imports from its runtime: only what its operations use, sorted. */
  runtimeImportsCode: string;
  description: string | null;
  className: string;
  propertyName: string;
  fileName: string;
  operations: TsOperationView[];
}

export function buildTsGroupViews(groups: readonly ApiGroupModel[], rootServerUrl: string): TsGroupView[] {
  const classNames = assignUniqueNames(groups, (group) => `${naming.typeName(group.tag)}Api`, tagPlace, { what: "API class", caseInsensitive: true });
  const allOperations = groups.flatMap((group) => group.operations);
  assignUniqueNames(allOperations, (operation) => naming.methodName(operation.operationId), (operation) => operation.pointer, { what: "method name" });
  return groups.map((group) => {
    const className = classNames.get(group)!;
    const operations = group.operations.map((operation) => buildTsOperationView(operation, rootServerUrl));
    return {
      tag: group.tag,
      hasBinaryBody: operations.some((operation) => operation.binaryBody),
      usesOperationTypes: operations.some((operation) => [operation.resultCode, operation.errorBodyCode, ...operation.fields.map((field) => field.typeCode)].some((code) => code.includes("operations["))),
      runtimeImportsCode: runtimeImportsCode(operations),
      description: group.description ?? null,
      className,
      propertyName: naming.parameterName(group.tag),
      fileName: naming.fileName(className),
      operations,
    };
  });
}

/** The sdk runtime names an operations module imports: values first, then types, each sorted. */
function runtimeImportsCode(operations: readonly TsOperationView[]): string {
  const values = new Set(["send"]);
  const types = new Set(["ApiResponse", "RequestOptions", "ResolvedClientConfig"]);
  for (const operation of operations) {
    if (operation.queryFields.length > 0) values.add("serializeQuery");
    if (operation.bodyEncoderName) values.add(operation.bodyEncoderName);
    if (operation.pagination) values.add("paginate");
    if (operation.binaryBody) types.add("BinaryBody");
  }
  return [...[...values].sort(), ...[...types].sort().map((name) => `type ${name}`)].join(", ");
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
