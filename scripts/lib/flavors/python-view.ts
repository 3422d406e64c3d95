import { numberLiteral, pyString } from "../escape/escape.js";
import { tagPlace, type ApiGroupModel, type ApiModel, type OperationModel, type ParameterModel, type ResponseModel, type TypeRef } from "../model/api-model.js";
import { assignUniqueNames } from "../naming/naming-strategy.js";
import { assignArgumentNames } from "../naming/argument-names.js";
import { pythonNaming as naming } from "../naming/python.js";
import { annotationExpr, call, parseExpr, defCode, dict, docstringCode, keyword, layoutCode, set, type DocBlock, type PyExpr } from "./python-code.js";
import { PyImports, PyTypes, type PySchemaInfo } from "./python-types.js";
import { bodyWireName } from "./typescript-view.js";

/**
 * The python flavor's view of the model: per API class and per model, the names (`…Name`, from
 * `pythonNaming`) and the Python code (`…Code`, escaped here with pyString/pyDoc) its templates lay
 * out. Method signatures, docstrings and calls are laid out here the way `black` would.
 */

/** Keyword-only options every generated method takes, after the operation's own parameters. */
export const CALL_OPTIONS = [
  { name: "_headers", annotation: "Optional[Mapping[str, str]]", field: "headers", doc: "Extra headers for this call; they override default and parameter headers." },
  { name: "_request_timeout", annotation: "Optional[float]", field: "timeout", doc: "Seconds each attempt may take, instead of ``Configuration.timeout``." },
  { name: "_idempotency_key", annotation: "Optional[str]", field: "idempotency_key", doc: "Sent as ``Idempotency-Key``, the same on every attempt; makes the call retryable." },
  { name: "_max_retries", annotation: "Optional[int]", field: "max_retries", doc: "Retries for this call, instead of ``Configuration.max_retries``." },
  {
    name: "_cancel",
    annotation: "Optional[CancellationToken]",
    field: "cancel",
    doc: "Cancels the call from any thread: nothing more is sent, a request in flight or a retry wait stops at once, and ``RequestAbortedError`` is raised.",
  },
] as const;

export interface PyParamView {
  location: ParameterModel["in"] | "body";
  wireName: string;
  argName: string;
  required: boolean;
  /** Required parameters and the body are positional (the seeds' order); the rest keyword-only. */
  positional: boolean;
  type: TypeRef;
  annotation: string;
  description: string | null;
  deprecated: boolean;
  example: unknown;
  defaultValue: unknown;
  pointer: string;
}

export interface PyOperationView {
  operation: OperationModel;
  methodName: string;
  withHttpInfoName: string;
  iterName: string | null;
  constantName: string;
  params: PyParamView[];
  returnAnnotation: string;
  /** The documented success body's type, when there is one. */
  successType: TypeRef | null;
  itemAnnotation: string | null;
  pagination: { limitName: string; offsetName: string } | null;
  constantCode: string;
  methodsCode: string;
}

export interface PyApiView {
  group: ApiGroupModel;
  className: string;
  moduleName: string;
  operations: PyOperationView[];
  moduleCode: { importsCode: string; constantsCode: string; classDocCode: string; methodsCode: string };
}

const OPTION_PARAMS: PyExpr[] = CALL_OPTIONS.map((option) => annotationExpr(`${option.name}: `, option.annotation, " = None"));

/** `from x import a, b` with names sorted as isort does: CONSTANTS, Classes, functions. */
function importLine(module: string, names: Iterable<string>, indentWidth: number): string {
  const rank = (name: string) => (/^[A-Z0-9_]+$/.test(name) ? 0 : /^[A-Z]/.test(name) ? 1 : 2);
  const sorted = [...new Set(names)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const line = `from ${module} import ${sorted.join(", ")}`;
  if (indentWidth + line.length <= 100) return line;
  return `from ${module} import (\n${sorted.map((name) => `    ${name},`).join("\n")}\n)`;
}

/** The import block of a generated module: `typing` first, then the package's own modules. */
export function importsCode(imports: PyImports, relative: string, extraLocal: Map<string, Set<string>> = new Map(), modelPrefix = `${relative}models.`, indentWidth = 0): string {
  const groups: string[] = [];
  const stdlib: string[] = [];
  if (imports.typing.size > 0) stdlib.push(importLine("typing", imports.typing, indentWidth));
  if (stdlib.length) groups.push(stdlib.join("\n"));
  const local = new Map<string, Set<string>>();
  for (const [module, names] of imports.runtime) local.set(`${relative}${module}`, new Set(names));
  for (const [module, names] of extraLocal) local.set(module, new Set([...(local.get(module) ?? []), ...names]));
  for (const [className, moduleName] of imports.models) {
    const module = `${modelPrefix}${moduleName}`;
    local.set(module, new Set([...(local.get(module) ?? []), className]));
  }
  const lines = [...local.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([module, names]) => importLine(module, names, indentWidth));
  if (lines.length) groups.push(lines.join("\n"));
  return groups.join("\n\n");
}

/** The documented success responses; when no 2XX (or other non-error) is declared, `default` describes success too. */
function successResponses(operation: OperationModel): ResponseModel[] {
  const declared = operation.responses.filter((response) => response.kind === "success");
  return declared.length > 0 ? declared : operation.responses.filter((response) => response.kind === "default");
}

type ResponseKind = "json" | "text" | "bytes" | "empty";

function responseKind(operation: OperationModel): ResponseKind {
  const media = successResponses(operation).find((response) => response.mediaType)?.mediaType;
  if (media === undefined) return "empty";
  if (/json/i.test(media)) return "json";
  return /^text\//i.test(media) ? "text" : "bytes";
}

/** Builds the parameters of one operation: names unique, in the seeds' order. */
function buildParams(operation: OperationModel, types: PyTypes, imports: PyImports): PyParamView[] {
  type Item = { parameter?: ParameterModel; wireName: string; pointer: string };
  const items: Item[] = operation.parameters.map((parameter) => ({ parameter, wireName: parameter.name, pointer: parameter.pointer }));
  if (operation.requestBody) items.push({ wireName: bodyWireName(operation), pointer: `${operation.pointer}/requestBody` });
  const names = assignArgumentNames(items, naming, operation.operationId);
  const views = items.map((item): PyParamView => {
    const { parameter } = item;
    const body = operation.requestBody;
    const type = parameter ? parameter.type : body!.type;
    const required = parameter ? parameter.required : body!.required;
    const annotation = types.inputAnnotation(type, imports);
    return {
      location: parameter ? parameter.in : "body",
      wireName: item.wireName,
      argName: names.get(item)!,
      required,
      positional: required || !parameter,
      type,
      annotation,
      description: (parameter ? parameter.description : body?.description) ?? null,
      deprecated: parameter?.deprecated ?? false,
      example: parameter ? parameter.example : body?.example,
      defaultValue: parameter?.default,
      pointer: item.pointer,
    };
  });
  // Required parameters in spec order, then the body, then optional ones.
  const rank = (view: PyParamView) => (view.location === "body" ? (view.required ? 1 : 2) : view.required ? 0 : 3);
  return views.map((view, index) => ({ view, index })).sort((a, b) => rank(a.view) - rank(b.view) || a.index - b.index).map(({ view }) => view);
}

function paramSignature(param: PyParamView, imports: PyImports): PyExpr {
  if (param.required) return annotationExpr(`${param.argName}: `, param.annotation);
  imports.typing.add("Optional");
  const annotation = param.annotation.startsWith("Optional[") ? param.annotation : `Optional[${param.annotation}]`;
  return annotationExpr(`${param.argName}: `, annotation, " = None");
}

function signatureParams(params: readonly PyParamView[], imports: PyImports, keywordOnlyOverride?: ReadonlySet<string>): PyExpr[] {
  imports.typing.add("Optional").add("Mapping");
  const positional = params.filter((param) => param.positional && !keywordOnlyOverride?.has(param.wireName));
  const keywordOnly = params.filter((param) => !positional.includes(param));
  return ["self", ...positional.map((param) => paramSignature(param, imports)), "*", ...keywordOnly.map((param) => (keywordOnlyOverride?.has(param.wireName) ? `${param.argName}: Optional[int] = None` : paramSignature(param, imports))), ...OPTION_PARAMS];
}

function raisesBlock(operation: OperationModel, exceptionName: (status: number) => string): DocBlock {
  const entries = operation.responses
    .filter((response) => response.kind !== "success" && /^\d+$/.test(response.status))
    .map((response) => ({ name: exceptionName(Number(response.status)), text: `${response.description || "Error"} (HTTP ${response.status}).` }));
  return {
    title: "Raises",
    entries: [
      ...entries,
      { name: "ApiException", text: "Any other status outside 2xx." },
      { name: "ApiConnectionError", text: "No response arrived (``ApiTimeoutError``: not in time)." },
      { name: "ApiValueError", text: "An argument cannot be sent; nothing was sent." },
    ],
  };
}

const EXCEPTION_BY_STATUS: Readonly<Record<number, string>> = {
  400: "BadRequestException",
  401: "UnauthorizedException",
  402: "PaymentRequiredException",
  403: "ForbiddenException",
  404: "NotFoundException",
  409: "ConflictException",
  422: "UnprocessableEntityException",
  429: "RateLimitException",
};

export function exceptionName(status: number): string {
  return EXCEPTION_BY_STATUS[status] ?? (status >= 500 ? "ServiceException" : "ApiException");
}

function buildOperation(operation: OperationModel, types: PyTypes, imports: PyImports, rootServerUrl: string): PyOperationView {
  const methodName = naming.methodName(operation.operationId);
  const params = buildParams(operation, types, imports);
  const kind = responseKind(operation);
  const success = successResponses(operation);

  // Decoders of the documented 2xx bodies, and the return annotation they add up to.
  const responses: Array<readonly [string, PyExpr]> = [];
  const annotations: string[] = [];
  let successType: TypeRef | null = null;
  for (const response of success) {
    let decoder: string;
    let annotation: string;
    if (!response.mediaType || kind === "empty") {
      imports.use("serialization", "decode_none");
      decoder = "decode_none";
      annotation = "None";
    } else if (kind === "text") {
      imports.use("serialization", "decode_str");
      decoder = "decode_str";
      annotation = "str";
    } else if (kind === "bytes") {
      imports.use("serialization", "decode_bytes");
      decoder = "decode_bytes";
      annotation = "bytes";
    } else {
      const type = response.type ?? { kind: "any", nullable: false };
      successType ??= type;
      decoder = types.decoder(type, imports);
      annotation = types.annotation(type, imports);
    }
    responses.push([pyString(response.status), parseExpr(decoder)]);
    annotations.push(annotation);
  }
  if (responses.length === 0) {
    imports.use("serialization", "decode_none");
    responses.push([pyString("2XX"), "decode_none"]);
    annotations.push("None");
  }
  const distinct = [...new Set(annotations)];
  let returnAnnotation: string;
  if (distinct.length === 1) returnAnnotation = distinct[0]!;
  else if (distinct.includes("Any")) returnAnnotation = "Any";
  else {
    const withoutNone = distinct.filter((annotation) => annotation !== "None");
    imports.typing.add(withoutNone.length > 1 ? "Union" : "Optional");
    const core = withoutNone.length > 1 ? `Union[${withoutNone.join(", ")}]` : withoutNone[0]!;
    returnAnnotation = distinct.includes("None") ? `Optional[${core}]` : core;
    if (distinct.includes("None")) imports.typing.add("Optional");
  }

  const errors: Array<readonly [string, PyExpr]> = [];
  for (const response of operation.responses) {
    if (response.kind === "success" || !response.type || !response.mediaType || !/json/i.test(response.mediaType)) continue;
    errors.push([pyString(response.status), parseExpr(types.decoder(response.type, imports))]);
  }

  const serverUrl = operation.servers[0]?.url ?? rootServerUrl;
  const constantName = `_${methodName.toUpperCase()}`;
  const queryStyles = operation.parameters
    .filter((parameter) => parameter.in === "query" && (parameter.style !== "form" || !parameter.explode))
    .map((parameter) => [pyString(parameter.name), `(${pyString(parameter.style)}, ${parameter.explode ? "True" : "False"})`] as const);
  const security = operation.security.map((requirement) => `(${requirement.map(({ scheme }) => `${pyString(scheme)},`).join(" ")})`.replace(/, \)$/, ",)"));
  const constantArgs: PyExpr[] = [
    keyword("operation_id", pyString(operation.operationId)),
    keyword("method", pyString(operation.method.toUpperCase())),
    keyword("path", pyString(operation.path)),
    keyword("responses", dict(responses)),
  ];
  if (errors.length) constantArgs.push(keyword("errors", dict(errors)));
  if (serverUrl !== rootServerUrl) constantArgs.push(keyword("server_url", pyString(serverUrl)));
  if (security.length) constantArgs.push(keyword("security", security.length === 1 ? `(${security[0]},)` : `(${security.join(", ")})`));
  if (operation.requestBody && operation.requestBody.mediaType !== "application/json") constantArgs.push(keyword("media_type", pyString(operation.requestBody.mediaType)));
  if (kind !== "json") constantArgs.push(keyword("response_kind", pyString(kind)));
  if (queryStyles.length) constantArgs.push(keyword("query_styles", dict(queryStyles)));
  imports.use("api_client", "Operation", "RequestOptions");
  imports.use("cancellation", "CancellationToken");
  imports.use("api_response", "ApiResponse");
  const constantCode = layoutCode(call("Operation", constantArgs), "", `${constantName} = `);

  // The methods.
  const withHttpInfoName = `${methodName}_with_http_info`;
  const pagination = paginationView(operation, params, types, imports, successType);
  const iterName = pagination ? `${methodName}_iter` : null;
  const sigParams = signatureParams(params, imports);
  const argsDoc = [
    ...params.map((param) => ({
      name: param.argName,
      text: `${param.description ?? ""}${param.deprecated ? " Deprecated." : ""}`.trim() || (param.location === "body" ? "The request body." : `The ${param.location} parameter ${param.wireName}.`),
    })),
    ...CALL_OPTIONS.map((option) => ({ name: option.name, text: option.doc })),
  ];
  const summary = operation.summary ?? `Calls ${operation.method.toUpperCase()} ${operation.path}`;
  const description: DocBlock[] = [];
  if (operation.deprecated) description.push({ lines: [".. deprecated::", "    The API marks this operation as deprecated."] });
  if (operation.description) description.push({ text: operation.description });
  const returnsText = returnAnnotation === "None" ? "None: the response has no body." : `${returnAnnotation}: the decoded response body.`;
  const forwardArgs: PyExpr[] = [
    ...params.filter((param) => param.positional).map((param) => param.argName),
    ...params.filter((param) => !param.positional).map((param) => keyword(param.argName, param.argName)),
    ...CALL_OPTIONS.map((option) => keyword(option.name, option.name)),
  ];

  const methods: string[] = [];
  methods.push(
    [
      defCode("    ", methodName, sigParams, returnAnnotation),
      docstringCode("        ", summary, [
        ...description,
        { title: "Args", entries: argsDoc },
        { title: "Returns", entries: [{ name: returnsText.split(":")[0]!, text: returnsText.slice(returnsText.indexOf(":") + 1).trim() }] },
        raisesBlock(operation, exceptionName),
      ]),
      layoutCode(call(`self.${withHttpInfoName}`, forwardArgs, ".data"), "        ", "return "),
    ].join("\n"),
  );

  const location = (where: ParameterModel["in"]) => params.filter((param) => param.location === where).map((param) => [pyString(param.wireName), param.argName] as const);
  const callArgs: PyExpr[] = [constantName];
  for (const [where, argument] of [["path", "path"], ["query", "query"], ["header", "headers"], ["cookie", "cookies"]] as const) {
    const entries = location(where);
    if (entries.length) callArgs.push(keyword(argument, dict(entries)));
  }
  const bodyParam = params.find((param) => param.location === "body");
  if (bodyParam) callArgs.push(keyword("body", bodyParam.argName));
  callArgs.push(keyword("options", call("RequestOptions", CALL_OPTIONS.map((option) => keyword(option.field, option.name)))));
  methods.push(
    [
      defCode("    ", withHttpInfoName, sigParams, `ApiResponse[${returnAnnotation}]`),
      docstringCode("        ", `Like \`\`${methodName}\`\`, with the response's status code and headers`, [
        { text: `Takes the same arguments as \`\`${methodName}\`\`.` },
        { title: "Returns", entries: [{ name: `ApiResponse[${returnAnnotation}]`, text: "``status_code``, ``headers`` and the decoded ``data``." }] },
      ]),
      layoutCode(call("self.api_client.call_api", callArgs), "        ", "return "),
    ].join("\n"),
  );

  if (pagination && iterName) {
    imports.typing.add("Iterator");
    imports.use("pagination", "Page", "iterate_offset_pages", "page_of");
    const overridden = new Set([pagination.limit.wireName, pagination.offset.wireName]);
    const iterParams = signatureParams(params, imports, overridden);
    const innerArgs: PyExpr[] = [
      ...params.map((param) => keyword(param.argName, param === pagination.limit ? "_limit" : param === pagination.offset ? "_offset" : param.argName)),
      ...CALL_OPTIONS.map((option) => keyword(option.name, option.name)),
    ];
    const body = [
      "",
      defCode("        ", "_fetch_page", ["_offset: int", "_limit: int"], `Page[${pagination.itemAnnotation}]`),
      layoutCode(call(`self.${methodName}`, innerArgs), "            ", "_response = "),
      `            return page_of(_response.${pagination.itemsAttribute}, ${pagination.totalAttribute ? `_response.${pagination.totalAttribute}` : "None"})`,
      "",
      layoutCode(
        call("iterate_offset_pages", [
          "_fetch_page",
          keyword("limit", `${pagination.defaultLimit} if ${pagination.limit.argName} is None else ${pagination.limit.argName}`),
          keyword("offset", `0 if ${pagination.offset.argName} is None else ${pagination.offset.argName}`),
        ]),
        "        ",
        "return ",
      ),
    ].join("\n");
    methods.push(
      [
        defCode("    ", iterName, iterParams, `Iterator[${pagination.itemAnnotation}]`),
        docstringCode("        ", `Every item of \`\`${methodName}\`\`, page after page`, [
          {
            text:
              `Takes the same arguments as \`\`${methodName}\`\`; \`\`${pagination.limit.argName}\`\` is the page size ` +
              `(default ${pagination.defaultLimit}) and \`\`${pagination.offset.argName}\`\` where to start (default 0). ` +
              "Each page is fetched when the iteration reaches it; iteration stops at the reported total, after an empty page, " +
              "or (without a total) after a short page.",
          },
          { title: "Yields", entries: [{ name: pagination.itemAnnotation, text: "Each item, in the order the API returns them." }] },
        ]),
        body,
      ].join("\n"),
    );
  }

  return {
    operation,
    methodName,
    withHttpInfoName,
    iterName,
    constantName,
    params,
    returnAnnotation,
    successType,
    itemAnnotation: pagination?.itemAnnotation ?? null,
    pagination: pagination ? { limitName: pagination.limit.argName, offsetName: pagination.offset.argName } : null,
    constantCode,
    methodsCode: methods.join("\n\n"),
  };
}

interface PaginationView {
  limit: PyParamView;
  offset: PyParamView;
  itemsAttribute: string;
  totalAttribute: string | null;
  itemAnnotation: string;
  defaultLimit: number;
}

/** Offset pagination, when `x-pagination` names query parameters and a list field the response has. */
function paginationView(operation: OperationModel, params: PyParamView[], types: PyTypes, imports: PyImports, successType: TypeRef | null): PaginationView | null {
  const pagination = operation.pagination;
  if (!pagination || successType?.kind !== "ref") return null;
  const limit = params.find((param) => param.location === "query" && param.wireName === pagination.limitParam);
  const offset = params.find((param) => param.location === "query" && param.wireName === pagination.offsetParam);
  const info = types.info(successType.name);
  if (!limit || !offset || info?.kind !== "model") return null;
  const items = info.properties.find((entry) => entry.property.name === pagination.itemsField);
  if (!items || items.property.type.kind !== "array") return null;
  const total = pagination.totalField ? info.properties.find((entry) => entry.property.name === pagination.totalField) : undefined;
  const defaultLimit = typeof limit.defaultValue === "number" && Number.isInteger(limit.defaultValue) && limit.defaultValue > 0 ? limit.defaultValue : 100;
  return {
    limit,
    offset,
    itemsAttribute: items.name,
    totalAttribute: total ? total.name : null,
    itemAnnotation: types.annotation(items.property.type.items, imports),
    defaultLimit,
  };
}

/** API classes: one per tag, names unique (also against the model classes). */
export function buildApiViews(model: ApiModel, types: PyTypes): PyApiView[] {
  const rootServerUrl = model.servers[0]?.url ?? "/";
  const classNames = assignUniqueNames(
    [...model.groups.map((group) => ({ group, name: `${naming.typeName(group.tag)}Api`, pointer: tagPlace(group) })), ...types.infos.map((info) => ({ group: null, name: info.className, pointer: info.schema.pointer }))],
    (item) => item.name,
    (item) => item.pointer,
    { what: "Python class name", caseInsensitive: true },
  );
  const classNameOf = new Map([...classNames].filter(([item]) => item.group !== null).map(([item, name]) => [item.group!, name]));
  const moduleNames = assignUniqueNames(model.groups, (group) => naming.fileName(classNameOf.get(group)!), tagPlace, { what: "Python module name", caseInsensitive: true });

  return model.groups.map((group) => {
    const className = classNameOf.get(group)!;
    const imports = new PyImports();
    imports.typing.add("Optional");
    imports.use("api_client", "ApiClient");
    // Member names of the class, variants included, must not collide.
    const members = group.operations.flatMap((operation) => {
      const name = naming.methodName(operation.operationId);
      const list = [
        { name, pointer: operation.pointer },
        { name: `${name}_with_http_info`, pointer: `${operation.pointer} (${name}_with_http_info)` },
      ];
      if (operation.pagination) list.push({ name: `${name}_iter`, pointer: `${operation.pointer} (${name}_iter)` });
      return list;
    });
    assignUniqueNames([{ name: "api_client", pointer: `${className}.api_client` }, ...members], (item) => item.name, (item) => item.pointer, { what: `member of ${className}` });
    const operations = group.operations.map((operation) => buildOperation(operation, types, imports, rootServerUrl));
    const classDoc = docstringCode("    ", `The operations tagged ${group.tag}`, group.description ? [{ text: group.description }] : []);
    const extra = new Map([["..configuration", new Set(["Configuration"])]]);
    return {
      group,
      className,
      moduleName: moduleNames.get(group)!,
      operations,
      moduleCode: {
        importsCode: importsCode(imports, "..", extra),
        constantsCode: operations.map((operation) => operation.constantCode).join("\n\n"),
        classDocCode: classDoc,
        methodsCode: operations.map((operation) => operation.methodsCode).join("\n\n"),
      },
    };
  });
}

export interface PyFieldView {
  attributeName: string;
  declarationCode: string;
}

export interface PyModelView {
  info: PySchemaInfo;
  className: string;
  moduleName: string;
  kind: "model" | "enum" | "alias";
  moduleDocCode: string;
  importsCode: string;
  typeCheckingImportsCode: string | null;
  classDocCode: string;
  fieldsCode: string;
  wireNamesCode: string;
  decodeCode: string;
  toDictCode: string;
  membersCode: string;
  aliasCode: string;
  enumBaseName: string;
}

/** One view per named schema: a dataclass, an open enum, or a type alias. */
export function buildModelViews(types: PyTypes): PyModelView[] {
  return types.infos.map((info) => {
    const { schema, className } = info;
    const imports = new PyImports();
    const blank = { typeCheckingImportsCode: null, fieldsCode: "", wireNamesCode: "", decodeCode: "", toDictCode: "", membersCode: "", aliasCode: "", enumBaseName: "" };
    const summary = `The ${schema.name} schema`;
    const moduleDocCode = docstringCode("", `The \`\`${className}\`\` model (schema \`\`${schema.name}\`\`)`);
    const descriptionBlocks: DocBlock[] = [];
    if (schema.description) descriptionBlocks.push({ text: schema.description });
    if (schema.deprecated) descriptionBlocks.push({ lines: [".. deprecated::", "    The API marks this schema as deprecated."] });

    if (info.kind === "enum") {
      imports.use("serialization", info.enumBase === "int" ? "OpenIntEnum" : "OpenStrEnum");
      const membersCode = info.members.map((member) => `    ${member.name} = ${typeof member.value === "number" ? numberLiteral(member.value) : pyString(member.value)}`).join("\n");
      return {
        ...blank,
        info,
        className,
        moduleName: info.moduleName,
        kind: "enum",
        enumBaseName: info.enumBase === "int" ? "OpenIntEnum" : "OpenStrEnum",
        moduleDocCode,
        importsCode: importsCode(imports, ".."),
        classDocCode: docstringCode("    ", schema.description ? schema.description.split(/\n\s*\n/)[0]! : summary, [
          ...(schema.description && schema.description.split(/\n\s*\n/).length > 1 ? [{ text: schema.description.split(/\n\s*\n/).slice(1).join("\n\n") }] : []),
          { text: "Values the API adds later are accepted too, as members whose ``is_known`` is false." },
        ]),
        membersCode,
      };
    }

    if (info.kind === "alias") {
      const annotation = types.annotation(schema.type, imports, { quote: true });
      const typeCheckingImports = new PyImports();
      for (const [name, module] of imports.models) typeCheckingImports.models.set(name, module);
      imports.models.clear();
      return {
        ...blank,
        info,
        className,
        moduleName: info.moduleName,
        kind: "alias",
        moduleDocCode: docstringCode("", `The \`\`${className}\`\` type (schema \`\`${schema.name}\`\`)`, descriptionBlocks),
        importsCode: importsCode(withTypeChecking(imports, typeCheckingImports.models.size > 0), ".."),
        typeCheckingImportsCode: typeCheckingImports.models.size ? indentBlock(importsCode(typeCheckingImports, "..", new Map(), ".", 4)) : null,
        classDocCode: "",
        aliasCode: layoutCode(parseExpr(annotation), "", `${className} = `),
      };
    }

    // A dataclass.
    imports.use("serialization", "Model", "expect_object", "extra_fields", "encode");
    imports.typing.add("Any").add("Dict").add("FrozenSet");
    const fieldImports = new PyImports();
    const required = info.properties.filter((entry) => entry.property.required);
    const optional = info.properties.filter((entry) => !entry.property.required);
    const fieldLines: string[] = [];
    const decodeArgs: PyExpr[] = [];
    const toDict: string[] = ["        result: Dict[str, Any] = {}"];
    for (const entry of [...required, ...optional]) {
      const { property } = entry;
      const annotation = types.annotation(property.type, fieldImports);
      const decoder = types.decoder(property.type, fieldImports);
      const wire = pyString(property.name);
      if (property.required) {
        fieldLines.push(layoutCode(annotationExpr(`${entry.name}: `, annotation), "    "));
        imports.use("serialization", "required");
        decodeArgs.push(keyword(entry.name, call("required", ["data", wire, "path", parseExpr(decoder)])));
        toDict.push(layoutCode(call("encode", [`self.${entry.name}`]), "        ", `result[${wire}] = `));
      } else {
        fieldImports.typing.add("Union");
        imports.use("serialization", "UNSET", "Unset", "optional");
        fieldLines.push(layoutCode(annotationExpr(`${entry.name}: `, `Union[${annotation}, Unset]`, " = UNSET"), "    "));
        decodeArgs.push(keyword(entry.name, call("optional", ["data", wire, "path", parseExpr(decoder)])));
        toDict.push(`        if not isinstance(self.${entry.name}, Unset):`, layoutCode(call("encode", [`self.${entry.name}`]), "            ", `result[${wire}] = `));
      }
    }
    fieldLines.push("    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)");
    decodeArgs.push(keyword("additional_properties", "extra_fields(data, _WIRE_NAMES)"));
    toDict.push("        for name, value in self.additional_properties.items():", "            result.setdefault(name, encode(value))", "        return result");
    for (const name of fieldImports.typing) imports.typing.add(name);
    for (const [module, names] of fieldImports.runtime) imports.use(module, ...names);
    // Other models: imported for type checking at module level and at call time inside
    // `_decode`, so that schemas referring to each other do not import each other in a cycle.
    const others = new PyImports();
    for (const [name, module] of fieldImports.models) if (name !== className) others.models.set(name, module);
    const attributes = [...required, ...optional].map((entry) => {
      const notes = [entry.property.name !== entry.name ? `JSON \`\`${entry.property.name}\`\`.` : "", entry.property.readOnly ? "Read-only." : "", entry.property.deprecated ? "Deprecated." : ""].filter(Boolean).join(" ");
      return { name: entry.name, text: `${entry.property.description ?? ""} ${notes}`.trim() };
    });
    const described = attributes.filter((attribute) => attribute.text !== "");
    described.push({ name: "additional_properties", text: "Fields the schema does not declare, kept as received and sent back." });
    const localImports = others.models.size ? `${indentBlock(importsCode(others, "..", new Map(), ".", 8), "        ")}\n\n` : "";
    const decodeCode = [
      "    @classmethod",
      `    def _decode(cls, value: Any, path: str) -> ${className}:`,
      `${localImports}        data = expect_object(value, path)`,
      layoutCode(call("cls", decodeArgs), "        ", "return "),
    ].join("\n");
    return {
      ...blank,
      info,
      className,
      moduleName: info.moduleName,
      kind: "model",
      moduleDocCode,
      importsCode: importsCode(withTypeChecking(imports, others.models.size > 0), ".."),
      typeCheckingImportsCode: others.models.size ? indentBlock(importsCode(others, "..", new Map(), ".", 4)) : null,
      classDocCode: docstringCode("    ", schema.description ? firstParagraph(schema.description) : summary, [
        ...(schema.description && restParagraphs(schema.description) ? [{ text: restParagraphs(schema.description)! }] : []),
        ...(schema.deprecated ? [{ lines: [".. deprecated::", "    The API marks this schema as deprecated."] }] : []),
        { title: "Attributes", entries: described },
      ]),
      fieldsCode: fieldLines.join("\n"),
      wireNamesCode: info.properties.length
        ? layoutCode(call("frozenset", [set(info.properties.map((entry) => pyString(entry.property.name)))]), "", "_WIRE_NAMES: FrozenSet[str] = ")
        : "_WIRE_NAMES: FrozenSet[str] = frozenset()",
      decodeCode,
      toDictCode: ["    def to_dict(self) -> Dict[str, Any]:", ...toDict].join("\n"),
    };
  });
}

function withTypeChecking(imports: PyImports, needed: boolean): PyImports {
  if (needed) imports.typing.add("TYPE_CHECKING");
  return imports;
}

function indentBlock(code: string, indent = "    "): string {
  return code
    .split("\n")
    .map((line) => (line === "" ? "" : `${indent}${line}`))
    .join("\n");
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0]!;
}

function restParagraphs(text: string): string | null {
  const rest = text.split(/\n\s*\n/).slice(1).join("\n\n").trim();
  return rest === "" ? null : rest;
}
