import { oneLine, PipelineError } from "../pipeline-error.js";
import {
  HTTP_METHODS,
  IDEMPOTENT_METHODS,
  PARAMETER_LOCATIONS,
  type ApiGroupModel,
  type ApiModel,
  type OperationModel,
  type PaginationModel,
  type ParameterLocation,
  type ParameterModel,
  type RequestBodyModel,
  type ResponseModel,
  type RetryPolicyModel,
  type SchemaModel,
  type SecurityRequirementModel,
  type SecuritySchemeModel,
  type ServerModel,
} from "./api-model.js";
import { escapePointerSegment, isObject, schemaRefName, schemaToType } from "./schema-to-type.js";

type JsonObject = Record<string, unknown>;

const DEFAULT_TAG = "default";

/** Follows a local reference (`#/components/...`) and returns the target with its pointer. */
function resolve(document: JsonObject, node: unknown, pointer: string): { node: JsonObject; pointer: string } {
  let current = node;
  let currentPointer = pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith("#/") || hops > 16) throw new PipelineError(`cannot follow $ref ${JSON.stringify(ref)}`, `${currentPointer}/$ref`);
    currentPointer = ref;
    current = ref
      .slice(2)
      .split("/")
      .map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((value, key) => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined), document);
    if (current === undefined) throw new PipelineError(`$ref ${JSON.stringify(ref)} points at nothing`, pointer);
  }
  if (!isObject(current)) throw new PipelineError("expected an object", currentPointer);
  return { node: current, pointer: currentPointer };
}

const optionalText = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);

function withText<T extends object>(target: T, key: string, value: unknown): T {
  const text = optionalText(value);
  if (text !== undefined) (target as Record<string, unknown>)[key] = text;
  return target;
}

function firstExample(document: JsonObject, media: JsonObject, pointer: string): unknown {
  if (media.example !== undefined) return media.example;
  if (isObject(media.examples)) {
    const [name, first] = Object.entries(media.examples)[0] ?? [];
    if (name !== undefined) return resolve(document, first, `${pointer}/examples/${escapePointerSegment(name)}`).node.value;
  }
  return undefined;
}

/**
 * Media types are sent as `Content-Type` and `Accept` header values: a control character (CR, LF,
 * NUL) there would split or truncate the header, so it is refused at the media type's pointer.
 */
function checkMediaTypes(content: JsonObject, pointer: string): void {
  for (const type of Object.keys(content)) {
    if (/[\0-\x1f\x7f]/.test(type)) throw new PipelineError(`media type ${JSON.stringify(type)} contains a control character (CR, LF, NUL, …)`, `${pointer}/content/${escapePointerSegment(type)}`);
  }
}

function preferredMediaType(content: JsonObject): string | undefined {
  const types = Object.keys(content);
  return types.find((type) => /^application\/json\b/i.test(type)) ?? types.find((type) => /\+json\b/i.test(type)) ?? types[0];
}

function buildServers(raw: unknown): ServerModel[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  return raw.filter(isObject).map((server) => {
    let url = String(server.url ?? "");
    // Substitute server variables with their defaults: the client's base URL is a plain URL.
    for (const [name, variable] of Object.entries(isObject(server.variables) ? server.variables : {})) {
      if (isObject(variable) && variable.default !== undefined) url = url.split(`{${name}}`).join(String(variable.default));
    }
    return withText({ url }, "description", server.description);
  });
}

function buildParameter(document: JsonObject, raw: unknown, pointer: string): ParameterModel {
  const { node, pointer: at } = resolve(document, raw, pointer);
  const location = node.in as ParameterLocation;
  if (!PARAMETER_LOCATIONS.includes(location)) throw new PipelineError(`parameter location ${JSON.stringify(node.in)} is not one of ${PARAMETER_LOCATIONS.join(", ")}`, `${at}/in`);
  if (typeof node.name !== "string" || node.name === "") throw new PipelineError("parameter has no name", `${at}/name`);
  if (location === "header" && /[\r\n\0]/.test(node.name)) throw new PipelineError(`header name ${JSON.stringify(node.name)} contains CR, LF or NUL`, `${at}/name`);
  const schema = node.schema ?? (isObject(node.content) ? (Object.values(node.content)[0] as JsonObject | undefined)?.schema : undefined);
  const style = (node.style as ParameterModel["style"] | undefined) ?? (location === "query" || location === "cookie" ? "form" : "simple");
  const parameter: ParameterModel = {
    name: node.name,
    in: location,
    required: location === "path" ? true : node.required === true,
    deprecated: node.deprecated === true,
    type: schemaToType(schema, `${at}/schema`),
    style,
    explode: typeof node.explode === "boolean" ? node.explode : style === "form",
    pointer: at,
  };
  withText(parameter, "description", node.description);
  if (node.example !== undefined) parameter.example = node.example;
  if (isObject(schema) && schema.default !== undefined) parameter.default = schema.default;
  return parameter;
}

function buildRequestBody(document: JsonObject, raw: unknown, pointer: string): RequestBodyModel | undefined {
  if (raw === undefined) return undefined;
  const { node, pointer: at } = resolve(document, raw, pointer);
  const content = isObject(node.content) ? node.content : {};
  checkMediaTypes(content, at);
  const mediaType = preferredMediaType(content);
  if (mediaType === undefined) return undefined;
  const media = isObject(content[mediaType]) ? content[mediaType] : {};
  const mediaPointer = `${at}/content/${escapePointerSegment(mediaType)}`;
  const body: RequestBodyModel = {
    required: node.required === true,
    mediaType,
    mediaTypes: [mediaType, ...Object.keys(content).filter((type) => type !== mediaType)],
    type: schemaToType(media.schema, `${mediaPointer}/schema`),
  };
  withText(body, "description", node.description);
  const example = firstExample(document, media, mediaPointer);
  if (example !== undefined) body.example = example;
  return body;
}

function buildResponses(document: JsonObject, raw: unknown, pointer: string): ResponseModel[] {
  if (!isObject(raw)) throw new PipelineError("operation has no responses", pointer);
  return Object.entries(raw).map(([status, value]) => {
    const statusPointer = `${pointer}/${escapePointerSegment(status)}`;
    if (!/^([1-5]\d\d|[1-5]XX|default)$/i.test(status)) throw new PipelineError(`${JSON.stringify(status)} is not a status code`, statusPointer);
    const { node, pointer: at } = resolve(document, value, statusPointer);
    const isDefault = status.toLowerCase() === "default";
    const kind: ResponseModel["kind"] = isDefault ? "default" : /^[123]/.test(status) ? "success" : "error";
    // `default` keeps its spelling (it is a key in openapi-typescript's types); `2xx` becomes `2XX`.
    const response: ResponseModel = { status: isDefault ? "default" : status.toUpperCase(), description: optionalText(node.description) ?? "", kind };
    const content = isObject(node.content) ? node.content : {};
    checkMediaTypes(content, at);
    const mediaType = preferredMediaType(content);
    if (mediaType !== undefined) {
      const media = isObject(content[mediaType]) ? content[mediaType] : {};
      const mediaPointer = `${at}/content/${escapePointerSegment(mediaType)}`;
      response.mediaType = mediaType;
      response.type = schemaToType(media.schema, `${mediaPointer}/schema`);
      const example = firstExample(document, media, mediaPointer);
      if (example !== undefined) response.example = example;
    }
    return response;
  });
}

function buildSecurity(raw: unknown): SecurityRequirementModel[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((requirement) =>
    Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes: Array.isArray(scopes) ? scopes.map(String) : [] })),
  );
}

function buildPagination(raw: unknown, pointer: string): PaginationModel | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || raw.style !== "offset" || typeof raw.limitParam !== "string" || typeof raw.offsetParam !== "string" || typeof raw.itemsField !== "string") {
    throw new PipelineError("x-pagination needs style: offset, limitParam, offsetParam and itemsField", `${pointer}/x-pagination`);
  }
  const pagination: PaginationModel = { style: "offset", limitParam: raw.limitParam, offsetParam: raw.offsetParam, itemsField: raw.itemsField };
  if (typeof raw.totalField === "string") pagination.totalField = raw.totalField;
  return pagination;
}

/** Maps Speakeasy's retry extension (and our own `x-retries`, same shape) onto the runtime policy. */
function buildRetryPolicy(raw: unknown): RetryPolicyModel | undefined {
  if (!isObject(raw)) return undefined;
  const backoff = isObject(raw.backoff) ? raw.backoff : {};
  const policy: RetryPolicyModel = {};
  const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
  const assign = <K extends keyof RetryPolicyModel>(key: K, value: RetryPolicyModel[K] | undefined) => {
    if (value !== undefined) policy[key] = value;
  };
  assign("initialDelayMs", number(backoff.initialInterval));
  assign("maxDelayMs", number(backoff.maxInterval));
  assign("maxElapsedMs", number(backoff.maxElapsedTime));
  assign("exponent", number(backoff.exponent));
  if (Array.isArray(raw.statusCodes)) policy.statusCodes = raw.statusCodes.map((code) => (typeof code === "number" ? code : String(code).toUpperCase()));
  if (typeof raw.retryConnectionErrors === "boolean") policy.retryConnectionErrors = raw.retryConnectionErrors;
  return policy;
}

function buildSecuritySchemes(raw: unknown): SecuritySchemeModel[] {
  return Object.entries(isObject(raw) ? raw : {}).filter(([, scheme]) => isObject(scheme)).map(([name, value]) => {
    const scheme = value as JsonObject;
    const model: SecuritySchemeModel = { name, type: scheme.type as SecuritySchemeModel["type"] };
    withText(model, "description", scheme.description);
    if (scheme.type === "apiKey") {
      model.in = scheme.in as "header" | "query" | "cookie";
      model.parameterName = String(scheme.name);
      if (model.in === "header" && /[\r\n\0]/.test(model.parameterName)) throw new PipelineError("header name contains CR, LF or NUL", `#/components/securitySchemes/${escapePointerSegment(name)}/name`);
    }
    if (scheme.type === "http") model.scheme = String(scheme.scheme ?? "").toLowerCase();
    withText(model, "bearerFormat", scheme.bearerFormat);
    return model;
  });
}

/**
 * Builds the model from a bundled OpenAPI 3.0 or 3.1 document. Pure: no I/O. Every problem
 * throws a PipelineError naming the JSON pointer of the offending node.
 */
export function buildApiModel(document: JsonObject): ApiModel {
  if (typeof document.openapi !== "string" || !/^3\.[01]\.\d+/.test(document.openapi)) {
    throw new PipelineError(`only OpenAPI 3.0 and 3.1 are supported (found ${JSON.stringify(document.openapi ?? document.swagger)})`, "#/openapi");
  }
  const info = isObject(document.info) ? document.info : {};
  const rootServers = buildServers(document.servers) ?? [{ url: "/" }];
  const components = isObject(document.components) ? document.components : {};
  const securitySchemes = buildSecuritySchemes(components.securitySchemes);
  const knownSchemes = new Set(securitySchemes.map((scheme) => scheme.name));

  const tagOrder = (Array.isArray(document.tags) ? document.tags : []).filter(isObject).map((tag) => String(tag.name));
  const tagDescriptions = new Map((Array.isArray(document.tags) ? document.tags : []).filter(isObject).map((tag) => [String(tag.name), optionalText(tag.description)]));
  const operationsByTag = new Map<string, OperationModel[]>();
  const tagPointers = new Map<string, string>((Array.isArray(document.tags) ? document.tags : []).map((tag, index) => [isObject(tag) ? String(tag.name) : "", `#/tags/${index}`] as const).reverse());
  const seenIds = new Map<string, string>();

  for (const [path, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const itemPointer = `#/paths/${escapePointerSegment(path)}`;
    const { node: pathItem } = resolve(document, rawItem, itemPointer);
    const pathParameters = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      if (!isObject(pathItem[method])) continue;
      const operation = pathItem[method] as JsonObject;
      const pointer = `${itemPointer}/${method}`;
      const operationId = operation.operationId;
      if (typeof operationId !== "string" || operationId.trim() === "") throw new PipelineError("operation has no operationId (every generated method is named from it)", `${pointer}/operationId`);
      const duplicate = seenIds.get(operationId);
      if (duplicate !== undefined) throw new PipelineError(`operationId ${JSON.stringify(operationId)} is also used at ${oneLine(duplicate)}`, `${pointer}/operationId`);
      seenIds.set(operationId, pointer);

      const parameters = new Map<string, ParameterModel>();
      pathParameters.forEach((raw, index) => {
        const parameter = buildParameter(document, raw, `${itemPointer}/parameters/${index}`);
        parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      });
      (Array.isArray(operation.parameters) ? operation.parameters : []).forEach((raw, index) => {
        const parameter = buildParameter(document, raw, `${pointer}/parameters/${index}`);
        parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      });
      for (const name of path.match(/\{[^}]*\}/g) ?? []) {
        if (!parameters.has(`path:${name.slice(1, -1)}`)) throw new PipelineError(`path template ${oneLine(name)} has no path parameter`, pointer);
      }

      const security = buildSecurity(operation.security ?? document.security);
      const securityPointer = operation.security !== undefined ? `${pointer}/security` : "#/security";
      for (const requirement of security) {
        for (const { scheme } of requirement) {
          if (!knownSchemes.has(scheme)) throw new PipelineError(`security scheme ${JSON.stringify(scheme)} is not defined in components.securitySchemes`, securityPointer);
        }
      }
      const tag = Array.isArray(operation.tags) && typeof operation.tags[0] === "string" ? operation.tags[0] : DEFAULT_TAG;
      const model: OperationModel = {
        operationId,
        method,
        path,
        deprecated: operation.deprecated === true,
        tag,
        parameters: [...parameters.values()],
        responses: buildResponses(document, operation.responses, `${pointer}/responses`),
        security,
        servers: buildServers(operation.servers) ?? buildServers(pathItem.servers) ?? rootServers,
        idempotent: IDEMPOTENT_METHODS.has(method),
        pointer,
      };
      withText(model, "summary", operation.summary);
      withText(model, "description", operation.description);
      const requestBody = buildRequestBody(document, operation.requestBody, `${pointer}/requestBody`);
      if (requestBody) model.requestBody = requestBody;
      const pagination = buildPagination(operation["x-pagination"], pointer);
      if (pagination) model.pagination = pagination;
      if (!tagOrder.includes(tag)) tagOrder.push(tag);
      if (!tagPointers.has(tag)) tagPointers.set(tag, tag === DEFAULT_TAG && !Array.isArray(operation.tags) ? pointer : `${pointer}/tags/0`);
      operationsByTag.set(tag, [...(operationsByTag.get(tag) ?? []), model]);
    }
  }

  const groups: ApiGroupModel[] = tagOrder
    .filter((tag) => operationsByTag.has(tag))
    .map((tag) => withText({ tag, operations: operationsByTag.get(tag)!, pointer: tagPointers.get(tag)! }, "description", tagDescriptions.get(tag)));

  const schemaExamples = collectSchemaExamples(document);
  const schemas: SchemaModel[] = Object.entries(isObject(components.schemas) ? components.schemas : {}).map(([name, schema]) => {
    const pointer = `#/components/schemas/${escapePointerSegment(name)}`;
    const details = isObject(schema) ? schema : {};
    const model: SchemaModel = { name, pointer, deprecated: details.deprecated === true, type: schemaToType(schema, pointer) };
    withText(model, "description", details.description);
    const example = details.example ?? schemaExamples.get(name);
    if (example !== undefined) model.example = example;
    return model;
  });

  const apiModel: ApiModel = {
    title: optionalText(info.title) ?? "API",
    version: String(info.version ?? "0.0.0"),
    servers: rootServers,
    securitySchemes,
    groups,
    schemas,
  };
  withText(apiModel, "description", info.description);
  const retry = buildRetryPolicy(document["x-speakeasy-retries"] ?? document["x-retries"]);
  if (retry) apiModel.retry = retry;
  return apiModel;
}

/** Named examples of media types whose schema is a direct reference: the docs show them per model. */
function collectSchemaExamples(document: JsonObject): Map<string, unknown> {
  const examples = new Map<string, unknown>();
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((child, index) => visit(child, `${pointer}/${index}`));
    if (!isObject(node)) return;
    if (isObject(node.schema) && typeof node.schema.$ref === "string" && (node.examples !== undefined || node.example !== undefined)) {
      const name = schemaRefName(node.schema.$ref);
      if (name !== undefined && !examples.has(name)) {
        try {
          examples.set(name, firstExample(document, node, pointer));
        } catch {
          // An unresolvable example only costs the docs an example; the lint stage reports it.
        }
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== "examples") visit(child, `${pointer}/${escapePointerSegment(key)}`);
  };
  visit(document.paths, "#/paths");
  visit(document.components, "#/components");
  return examples;
}
