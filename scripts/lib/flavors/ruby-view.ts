import { escapePointerSegment } from "../model/schema-to-type.js";
import { tagPlace, type ApiModel, type OperationModel, type ParameterModel, type PropertyModel, type ResponseModel, type SchemaModel, type TypeRef } from "../model/api-model.js";
import { assignUniqueNames } from "../naming/naming-strategy.js";
import { assignArgumentNames } from "../naming/argument-names.js";
import { rubyNaming as naming } from "../naming/ruby.js";
import { PipelineError } from "../pipeline-error.js";

/**
 * The Ruby picture of the model, shared by the gem's templates and its docs: every name the gem
 * uses (from the Ruby naming strategy, collisions refused naming both pointers) and every type as
 * the runtime's type expression (`'Array<Invitation>'`) and as YARD/Markdown shows it.
 */

/**
 * Constants the runtime (templates/ruby/runtime) defines in the gem's module, plus those the
 * generated entry file adds. A schema or tag whose class name lands on one of them is refused.
 * test/unit/flavors/ruby-flavor.test.ts checks this list against the runtime's source.
 */
export const RUBY_RUNTIME_CONSTANTS = [
  "ApiClient", "ApiConnectionError", "ApiDescription", "ApiDnsError", "ApiError", "ApiModel", "ApiOperation",
  "ApiParameter", "ApiTimeoutError", "AuthenticationError", "BadRequestError", "CancellationToken", "Configuration",
  "ConflictError", "FilePart", "FormBody", "InternalServerError", "InvalidRequestError", "InvalidResponseError",
  "NetHttpTransport", "NotFoundError", "Pagination", "PaymentRequiredError", "PermissionDeniedError", "RateLimitError",
  "RequestAbortedError", "ResponseTooLargeError", "RetryPolicy", "SecurityScheme", "UnprocessableEntityError",
  // Defined by the generated entry file and version.rb.
  "API_DESCRIPTION", "VERSION", "API_VERSION", "RUNTIME_FILES",
] as const;

/** The ApiError subclass the runtime raises for a status (mirrors ApiError.class_for_status). */
export function rubyErrorClass(status: string): string {
  const byStatus: Record<string, string> = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "402": "PaymentRequiredError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
  };
  if (byStatus[status]) return byStatus[status]!;
  if (/^5/.test(status)) return "InternalServerError";
  return "ApiError";
}

export type RubySchemaKind = "model" | "enum" | "alias";

export interface RubyProperty {
  property: PropertyModel;
  /** The attribute name, a sanitised identifier. */
  name: string;
  pointer: string;
}

export interface RubySchema {
  schema: SchemaModel;
  kind: RubySchemaKind;
  /** Class (or module, for enums) name. */
  className: string;
  fileName: string;
  /** model: the attributes, allOf parts flattened. */
  properties: RubyProperty[];
  /** enum: constant name and value. */
  enumValues: Array<{ constantName: string; value: string | number | boolean }>;
}

export interface RubyParameter {
  /** The Ruby argument name. */
  name: string;
  wireName: string;
  location: ParameterModel["in"] | "body";
  required: boolean;
  parameter: ParameterModel | undefined;
  type: TypeRef;
  description: string | undefined;
  deprecated: boolean;
  pointer: string;
}

export interface RubyOperation {
  operation: OperationModel;
  methodName: string;
  withHttpInfoName: string;
  paginateName: string | null;
  /** In wire order: the spec's parameters, then the body. */
  parameters: RubyParameter[];
  /** Positional arguments, in order. */
  required: RubyParameter[];
  /** Keys of `opts`. */
  optional: RubyParameter[];
  /** The success response's body type, if any. */
  returnType: TypeRef | undefined;
  responseFormat: "json" | "text";
  /** Server URL when it differs from the API's default server. */
  serverUrl: string | null;
  securitySchemeNames: string[];
  pagination: { limitName: string; offsetName: string; itemsName: string; totalName: string | null; itemType: TypeRef | undefined } | null;
}

export interface RubyGroup {
  tag: string;
  description: string | undefined;
  className: string;
  fileName: string;
  operations: RubyOperation[];
}

export interface RubyApi {
  model: ApiModel;
  moduleName: string;
  gemName: string;
  rootServerUrl: string;
  groups: RubyGroup[];
  schemas: RubySchema[];
  schemaByName: ReadonlyMap<string, RubySchema>;
}

const isJson = (mediaType: string | undefined) => mediaType !== undefined && /(^application\/json\b)|(\+json\b)/i.test(mediaType);

/**
 * The responses that describe success: the declared 1XX-3XX ones, or, when there is none,
 * `default` (OpenAPI: it covers every status not listed, so then it is the success body too; it
 * still describes errors as well), as the TypeScript flavors read it.
 */
export function successResponses(operation: OperationModel): ResponseModel[] {
  const declared = operation.responses.filter((response) => response.kind === "success");
  return declared.length > 0 ? declared : operation.responses.filter((response) => response.kind === "default");
}

export function bodyWireName(operation: OperationModel): string {
  const type = operation.requestBody?.type;
  return type?.kind === "ref" ? type.name : `${operation.operationId}_request`;
}

function schemaKind(schema: SchemaModel): RubySchemaKind {
  if (schema.type.kind === "object" || schema.type.kind === "intersection") return "model";
  if (schema.type.kind === "enum") return "enum";
  return "alias";
}

/** The properties of an object or allOf schema, parts flattened in order (later parts win). */
function flattenProperties(type: TypeRef, schemas: ReadonlyMap<string, SchemaModel>, pointer: string, seen: ReadonlySet<string> = new Set()): Array<{ property: PropertyModel; pointer: string }> {
  if (type.kind === "object") {
    return type.properties.map((property) => ({ property, pointer: `${pointer}/properties/${escapePointerSegment(property.name)}` }));
  }
  if (type.kind === "ref") {
    const target = schemas.get(type.name);
    if (!target || seen.has(type.name)) return [];
    return flattenProperties(target.type, schemas, target.pointer, new Set([...seen, type.name]));
  }
  if (type.kind === "intersection") {
    const merged = new Map<string, { property: PropertyModel; pointer: string }>();
    type.parts.forEach((part, index) => {
      for (const entry of flattenProperties(part, schemas, `${pointer}/allOf/${index}`, seen)) {
        const earlier = merged.get(entry.property.name);
        merged.set(entry.property.name, earlier && earlier.property.required && !entry.property.required ? { ...entry, property: { ...entry.property, required: true } } : entry);
      }
    });
    return [...merged.values()];
  }
  return [];
}

/** A constant name for an enum value: `PENDING`, `CREATED_AT`, `VALUE_1`; unique within the enum. */
function enumConstantNames(values: ReadonlyArray<string | number | boolean>): string[] {
  const used = new Set<string>();
  return values.map((value, index) => {
    let base: string;
    try {
      base = naming.propertyName(String(value)).replace(/_+$/, "").toUpperCase();
    } catch {
      base = "";
    }
    if (!/^[A-Z]/.test(base)) base = base === "" ? `VALUE_${index + 1}` : `VALUE${base.startsWith("_") ? "" : "_"}${base}`;
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
    used.add(name);
    return name;
  });
}

export function buildRubyApi(model: ApiModel, packages: { rubyModule: string; rubyGem: string }): RubyApi {
  if (!/^[A-Z][A-Za-z0-9_]*$/.test(packages.rubyModule)) throw new PipelineError(`Ruby module name ${JSON.stringify(packages.rubyModule)} is not a Ruby constant`, "packages.rubyModule");
  if (!/^[a-z][a-z0-9_]*$/.test(packages.rubyGem)) throw new PipelineError(`gem name ${JSON.stringify(packages.rubyGem)} must be snake_case`, "packages.rubyGem");
  const rootServerUrl = model.servers[0]?.url ?? "/";
  const schemaModels = new Map(model.schemas.map((schema) => [schema.name, schema]));

  // Class names: API classes, models and the runtime's constants share the gem's module.
  type Named = { name: string; pointer: string };
  const runtimeItems: Named[] = RUBY_RUNTIME_CONSTANTS.map((name) => ({ name, pointer: `templates/ruby/runtime (${packages.rubyModule}::${name})` }));
  const groupItems = model.groups.map((group) => ({ name: `${naming.typeName(group.tag)}Api`, pointer: tagPlace(group), group }));
  const schemaItems = model.schemas.map((schema) => ({ name: naming.typeName(schema.name), pointer: schema.pointer, schema }));
  const classNames = assignUniqueNames<Named>([...runtimeItems, ...groupItems, ...schemaItems], (item) => item.name, (item) => item.pointer, { what: "Ruby constant" });
  // File names: one folder for APIs, one for models; case-insensitive file systems fold them.
  assignUniqueNames(groupItems, (item) => naming.fileName(classNames.get(item)!), (item) => item.pointer, { what: "API file", caseInsensitive: true });
  assignUniqueNames(schemaItems, (item) => naming.fileName(classNames.get(item)!), (item) => item.pointer, { what: "model file", caseInsensitive: true });

  const schemas: RubySchema[] = schemaItems.map((item) => {
    const { schema } = item;
    const kind = schemaKind(schema);
    const flattened = kind === "model" ? flattenProperties(schema.type, schemaModels, schema.pointer) : [];
    const propertyNames = assignUniqueNames(flattened, (entry) => naming.propertyName(entry.property.name), (entry) => entry.pointer, { what: `attribute of ${schema.name}` });
    const values = schema.type.kind === "enum" ? schema.type.values : [];
    const constants = enumConstantNames(values);
    return {
      schema,
      kind,
      className: classNames.get(item)!,
      fileName: naming.fileName(classNames.get(item)!),
      properties: flattened.map((entry) => ({ property: entry.property, name: propertyNames.get(entry)!, pointer: entry.pointer })),
      enumValues: values.map((value, index) => ({ constantName: constants[index]!, value })),
    };
  });
  const schemaByName = new Map(schemas.map((entry) => [entry.schema.name, entry]));

  const groups: RubyGroup[] = groupItems.map((item) => {
    const className = classNames.get(item)!;
    const operations = item.group.operations.map((operation) => buildRubyOperation(operation, rootServerUrl, schemaByName));
    // Every method of the class: an operation's three names must not meet another's.
    const methods = operations.flatMap((op) =>
      [op.methodName, op.withHttpInfoName, op.paginateName].filter((name): name is string => name !== null).map((name) => ({ name, pointer: op.operation.pointer })),
    );
    assignUniqueNames(methods, (method) => method.name, (method) => method.pointer, { what: `method of ${className}` });
    return { tag: item.group.tag, description: item.group.description, className, fileName: naming.fileName(className), operations };
  });

  return { model, moduleName: packages.rubyModule, gemName: packages.rubyGem, rootServerUrl, groups, schemas, schemaByName };
}

function buildRubyOperation(operation: OperationModel, rootServerUrl: string, schemaByName: ReadonlyMap<string, RubySchema>): RubyOperation {
  type Item = { wireName: string; pointer: string; parameter?: ParameterModel };
  const items: Item[] = operation.parameters.map((parameter) => ({ wireName: parameter.name, pointer: parameter.pointer, parameter }));
  if (operation.requestBody) items.push({ wireName: bodyWireName(operation), pointer: `${operation.pointer}/requestBody` });
  const names = assignArgumentNames(items, naming, operation.operationId);
  const parameters: RubyParameter[] = items.map((item) => {
    const parameter = item.parameter;
    const body = operation.requestBody;
    return {
      name: names.get(item)!,
      wireName: item.wireName,
      location: parameter ? parameter.in : "body",
      required: parameter ? parameter.required : body?.required === true,
      parameter,
      type: parameter ? parameter.type : body!.type,
      description: parameter ? parameter.description : body?.description,
      deprecated: parameter?.deprecated ?? false,
      pointer: item.pointer,
    };
  });
  const methodName = naming.methodName(operation.operationId);
  const success = successResponses(operation).find((response) => response.type !== undefined);
  const returnType = success?.type;

  let pagination: RubyOperation["pagination"] = null;
  if (operation.pagination) {
    const { limitParam, offsetParam, itemsField, totalField } = operation.pagination;
    const find = (wire: string) => parameters.find((parameter) => parameter.location === "query" && parameter.wireName === wire && !parameter.required);
    const limit = find(limitParam);
    const offset = find(offsetParam);
    const page = returnType?.kind === "ref" ? schemaByName.get(returnType.name) : undefined;
    const itemsProperty = page?.properties.find((property) => property.property.name === itemsField);
    const totalProperty = totalField ? page?.properties.find((property) => property.property.name === totalField) : undefined;
    if (!limit || !offset || !itemsProperty) {
      throw new PipelineError(
        `x-pagination needs optional query parameters ${JSON.stringify(limitParam)} and ${JSON.stringify(offsetParam)} and a response model with ${JSON.stringify(itemsField)}`,
        `${operation.pointer}/x-pagination`,
      );
    }
    const itemsType = itemsProperty.property.type;
    pagination = {
      limitName: limit.name,
      offsetName: offset.name,
      itemsName: itemsProperty.name,
      totalName: totalProperty?.name ?? null,
      itemType: itemsType.kind === "array" ? itemsType.items : undefined,
    };
  }

  const serverUrl = operation.servers[0]?.url ?? rootServerUrl;
  return {
    operation,
    methodName,
    withHttpInfoName: `${methodName}_with_http_info`,
    paginateName: pagination ? `paginate_${methodName}` : null,
    parameters,
    required: parameters.filter((parameter) => parameter.required),
    optional: parameters.filter((parameter) => !parameter.required),
    returnType,
    responseFormat: success === undefined || isJson(success.mediaType) ? "json" : "text",
    serverUrl: serverUrl === rootServerUrl ? null : serverUrl,
    securitySchemeNames: [...new Set(operation.security.flatMap((requirement) => requirement.map(({ scheme }) => scheme)))],
    pagination,
  };
}

/**
 * A type as the runtime's type expression (`ApiModel.decode`): `String`, `Integer`, `Float`,
 * `Boolean`, `Time`, `Date`, `Object`, `Array<T>`, `Hash<String, T>` or a generated class name.
 * Named schemas that are neither objects nor enums are inlined (they get no class).
 */
export function runtimeType(type: TypeRef, api: Pick<RubyApi, "schemaByName">, seen: ReadonlySet<string> = new Set()): string {
  switch (type.kind) {
    case "ref": {
      const target = api.schemaByName.get(type.name);
      if (!target) return "Object";
      if (target.kind !== "alias") return target.className;
      return seen.has(type.name) ? "Object" : runtimeType(target.schema.type, api, new Set([...seen, type.name]));
    }
    case "primitive":
      if (type.type === "string") return type.format === "date-time" ? "Time" : type.format === "date" ? "Date" : "String";
      return type.type === "integer" ? "Integer" : type.type === "number" ? "Float" : "Boolean";
    case "enum":
      return type.base === "string" ? "String" : type.base === "integer" ? "Integer" : type.base === "number" ? "Float" : "Boolean";
    case "array":
      return `Array<${runtimeType(type.items, api, seen)}>`;
    case "map":
      return `Hash<String, ${runtimeType(type.values, api, seen)}>`;
    case "binary":
      return "String";
    case "object":
      return type.properties.length === 0 && type.additional !== undefined ? `Hash<String, ${runtimeType(type.additional, api, seen)}>` : "Object";
    default:
      return "Object";
  }
}

/** Generated class names a type mentions (for docs links). */
export function mentionedClasses(type: TypeRef, api: Pick<RubyApi, "schemaByName">, seen: ReadonlySet<string> = new Set()): RubySchema[] {
  switch (type.kind) {
    case "ref": {
      const target = api.schemaByName.get(type.name);
      if (!target) return [];
      if (target.kind !== "alias") return [target];
      return seen.has(type.name) ? [] : mentionedClasses(target.schema.type, api, new Set([...seen, type.name]));
    }
    case "array":
      return mentionedClasses(type.items, api, seen);
    case "map":
      return mentionedClasses(type.values, api, seen);
    default:
      return [];
  }
}

/** The YARD type of a value: the runtime type, plus `nil` when JSON null is allowed. */
export function yardType(type: TypeRef, api: Pick<RubyApi, "schemaByName">): string {
  const base = runtimeType(type, api);
  return isNullable(type, api) ? `${base}, nil` : base;
}

/** Greedy word wrap: the first line at most `firstWidth` characters, the others `width`, each after `hang`. */
function wrapWords(words: readonly string[], lead: string, width: number, firstWidth: number): string[] {
  const hang = " ".repeat(lead.length);
  const out: string[] = [];
  let current = lead;
  let limit = firstWidth;
  for (const word of words) {
    const start = current === lead || current === hang;
    if (!start && current.length + 1 + word.length > limit) {
      out.push(current);
      current = hang + word;
      limit = width;
    } else {
      current = start ? current + word : `${current} ${word}`;
    }
  }
  if (current.trim() !== "") out.push(current);
  return out;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Prose for a comment, reflowed like hand-written code: each paragraph and list item joined and
 * wrapped at `width` characters (the very first line at `firstWidth`). Blocks holding code
 * (fences, indented lines) or tables keep their lines.
 */
export function wrapText(text: string, width = 96, firstWidth = width): string {
  const blocks = text.replace(/\r\n|[\r\u2028\u2029\u0085]/g, "\n").trim().split(/\n[ \t]*\n/);
  let first = true;
  const out = blocks.map((block) => {
    if (/^\s*(```|~~~|\|)|^( {4}|\t)/m.test(block)) {
      first = false;
      return block;
    }
    const items: Array<{ lead: string; words: string[] }> = [];
    for (const line of block.split("\n")) {
      const marker = LIST_ITEM.exec(line);
      if (marker || items.length === 0) {
        const lead = marker ? marker[0] : "";
        items.push({ lead, words: line.slice(lead.length).trim().split(/\s+/).filter(Boolean) });
      } else {
        items[items.length - 1]!.words.push(...line.trim().split(/\s+/).filter(Boolean));
      }
    }
    return items
      .map((item) => {
        const lines = wrapWords(item.words, item.lead, width, first ? firstWidth : width);
        first = false;
        return lines.join("\n");
      })
      .join("\n");
  });
  return out.join("\n\n");
}

/**
 * Text for a YARD tag line that already holds `prefixLength` characters: one paragraph, wrapped
 * at 100 columns, continuation lines indented two more spaces so YARD keeps them in the tag.
 */
export function tagText(text: string | undefined, prefixLength: number): string {
  if (!text) return "";
  const continuation = 8; // "    #   "
  return wrapText(text.replace(/\s+/g, " ").trim(), 100 - continuation, Math.max(30, 100 - prefixLength)).replace(/\n/g, "\n  ");
}

/** Whether JSON null is a valid value of the type, following references. */
export function isNullable(type: TypeRef, api: Pick<RubyApi, "schemaByName">): boolean {
  if (type.nullable) return true;
  return type.kind === "ref" && api.schemaByName.get(type.name)?.schema.type.nullable === true;
}
