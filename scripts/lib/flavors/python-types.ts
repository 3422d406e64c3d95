import type { ApiModel, PropertyModel, SchemaModel, TypeRef } from "../model/api-model.js";
import { assignUniqueNames } from "../naming/naming-strategy.js";
import { pythonNaming as naming } from "../naming/python.js";
import { PipelineError } from "../pipeline-error.js";
import { escapePointerSegment } from "../model/schema-to-type.js";

/**
 * How the python flavor represents the model's types: which named schemas become dataclasses,
 * enums or aliases; the Python annotation of a TypeRef (as stored, and as accepted in arguments);
 * and the runtime decoder expression that turns JSON into it. Names come from `pythonNaming`.
 */

/** Names the generated modules import from the runtime or `typing`: a class may not take them. */
const TAKEN_CLASS_NAMES = new Set([
  "Any", "Dict", "List", "Mapping", "Optional", "Sequence", "Union", "Iterator", "FrozenSet", "TYPE_CHECKING",
  "Model", "Unset", "UNSET", "OpenStrEnum", "OpenIntEnum", "DecodeError",
  "ApiClient", "ApiResponse", "Operation", "RequestOptions", "Page", "Headers", "Configuration",
  "BaseConfiguration", "RetryPolicy", "SecurityScheme", "FileUpload", "CancellationToken",
]);

/** Member names a model class has besides its fields. */
export const MODEL_MEMBER_NAMES = new Set(["additional_properties", "to_dict", "from_dict", "to_json", "from_json"]);

export type PySchemaKind = "model" | "enum" | "alias";

export interface PyProperty {
  property: PropertyModel;
  /** The attribute name. */
  name: string;
  pointer: string;
}

export interface PySchemaInfo {
  schema: SchemaModel;
  kind: PySchemaKind;
  className: string;
  /** Module stem under `models/`. */
  moduleName: string;
  /** Whether the schema itself allows JSON null. */
  nullable: boolean;
  /** Dataclass fields (kind "model"), allOf parts flattened, in spec order. */
  properties: PyProperty[];
  /** Enum members (kind "enum"). */
  members: Array<{ name: string; value: string | number }>;
  enumBase: "str" | "int" | null;
}

/** What a module must import for the annotations and decoders written into it. */
export class PyImports {
  readonly typing = new Set<string>();
  readonly runtime = new Map<string, Set<string>>();
  /** Model class name -> module stem. */
  readonly models = new Map<string, string>();

  use(module: string, ...names: string[]): void {
    const set = this.runtime.get(module) ?? new Set<string>();
    names.forEach((name) => set.add(name));
    this.runtime.set(module, set);
  }
}

const PRIMITIVE_ANNOTATION = { string: "str", integer: "int", number: "float", boolean: "bool" } as const;
const PRIMITIVE_DECODER = { string: "decode_str", integer: "decode_int", number: "decode_float", boolean: "decode_bool" } as const;

export class PyTypes {
  readonly infos: PySchemaInfo[];
  private readonly byName: Map<string, PySchemaInfo>;

  constructor(readonly model: ApiModel) {
    const classNames = assignUniqueNames(
      model.schemas,
      (schema) => {
        const name = naming.typeName(schema.name);
        return TAKEN_CLASS_NAMES.has(name) ? `${name}_` : name;
      },
      (schema) => schema.pointer,
      { what: "Python class name", caseInsensitive: true },
    );
    const moduleNames = assignUniqueNames(model.schemas, (schema) => naming.fileName(schema.name), (schema) => schema.pointer, { what: "Python module name", caseInsensitive: true });
    this.byName = new Map();
    this.infos = model.schemas.map((schema) => {
      const info: PySchemaInfo = {
        schema,
        kind: "alias",
        className: classNames.get(schema)!,
        moduleName: moduleNames.get(schema)!,
        nullable: schema.type.nullable,
        properties: [],
        members: [],
        enumBase: null,
      };
      this.byName.set(schema.name, info);
      return info;
    });
    for (const info of this.infos) this.classify(info);
  }

  info(name: string): PySchemaInfo | undefined {
    return this.byName.get(name);
  }

  private classify(info: PySchemaInfo): void {
    const { schema } = info;
    const type = schema.type;
    if (type.kind === "enum" && (type.base === "string" || type.base === "integer") && type.values.every((value) => typeof value === (type.base === "string" ? "string" : "number"))) {
      info.kind = "enum";
      info.enumBase = type.base === "string" ? "str" : "int";
      const values = type.values as ReadonlyArray<string | number>;
      const items = values.map((value, index) => ({ value, index }));
      const names = assignUniqueNames(items, (item) => enumMemberName(item.value, item.index), (item) => `${schema.pointer}/enum/${item.index}`, { what: "enum member name" });
      info.members = items.map((item) => ({ name: names.get(item)!, value: item.value }));
      return;
    }
    const properties = this.flatten(type, new Set([schema.name]), schema.pointer);
    if (properties === null) return;
    info.kind = "model";
    const items = properties.map(({ property, pointer }) => ({ property, pointer }));
    const names = assignUniqueNames(
      items,
      (item) => {
        const name = naming.propertyName(item.property.name);
        return MODEL_MEMBER_NAMES.has(name) ? `${name}_` : name;
      },
      (item) => item.pointer,
      { what: `attribute name in ${info.className}` },
    );
    info.properties = items.map((item) => ({ ...item, name: names.get(item)! }));
  }

  /** The properties of an object schema, allOf parts merged; null when it is not an object. */
  private flatten(type: TypeRef, seen: Set<string>, pointer: string): Array<{ property: PropertyModel; pointer: string }> | null {
    switch (type.kind) {
      case "object":
        return type.properties.map((property) => ({ property, pointer: `${pointer}/properties/${escapePointerSegment(property.name)}` }));
      case "ref": {
        const target = this.byName.get(type.name);
        if (!target || seen.has(type.name)) return null;
        return this.flatten(target.schema.type, new Set([...seen, type.name]), target.schema.pointer);
      }
      case "intersection": {
        const merged = new Map<string, { property: PropertyModel; pointer: string }>();
        for (const part of type.parts) {
          const properties = this.flatten(part, seen, pointer);
          if (properties === null) return null;
          for (const entry of properties) {
            const existing = merged.get(entry.property.name);
            merged.set(entry.property.name, existing ? { ...entry, property: { ...entry.property, required: entry.property.required || existing.property.required } } : entry);
          }
        }
        return [...merged.values()];
      }
      default:
        return null;
    }
  }

  /** Whether JSON null is allowed where `type` sits (a reference to a nullable schema counts). */
  isNullable(type: TypeRef, depth = 0): boolean {
    if (type.nullable) return true;
    if (type.kind !== "ref" || depth > 8) return false;
    const target = this.byName.get(type.name);
    if (!target) return false;
    return target.kind === "alias" ? this.isNullable(target.schema.type, depth + 1) : target.nullable;
  }

  private target(type: Extract<TypeRef, { kind: "ref" }>): PySchemaInfo {
    const target = this.byName.get(type.name);
    if (!target) throw new PipelineError(`reference to unknown schema ${JSON.stringify(type.name)}`, `#/components/schemas/${escapePointerSegment(type.name)}`);
    return target;
  }

  /**
   * The annotation of a value of `type` as models store it and methods return it. `quote` puts
   * model class names in quotes (for runtime-evaluated aliases).
   */
  annotation(type: TypeRef, imports: PyImports, options: { quote?: boolean; depth?: number } = {}): string {
    const depth = options.depth ?? 0;
    const next = { ...options, depth: depth + 1 };
    let base: string;
    switch (type.kind) {
      case "ref": {
        const target = this.target(type);
        if (target.kind === "alias") {
          if (depth > 8) {
            imports.typing.add("Any");
            return "Any";
          }
          return this.annotation({ ...target.schema.type, nullable: target.schema.type.nullable || type.nullable }, imports, next);
        }
        imports.models.set(target.className, target.moduleName);
        base = options.quote ? `"${target.className}"` : target.className;
        break;
      }
      case "primitive":
        base = PRIMITIVE_ANNOTATION[type.type];
        break;
      case "enum":
        base = PRIMITIVE_ANNOTATION[type.base];
        break;
      case "array":
        imports.typing.add("List");
        base = `List[${this.annotation(type.items, imports, next)}]`;
        break;
      case "map":
        imports.typing.add("Dict");
        base = `Dict[str, ${this.annotation(type.values, imports, next)}]`;
        break;
      case "object":
      case "intersection":
        imports.typing.add("Dict").add("Any");
        base = "Dict[str, Any]";
        break;
      case "union": {
        const variants = [...new Set(type.variants.map((variant) => this.annotation(variant, imports, next)))];
        if (variants.includes("Any") || variants.length === 0) {
          imports.typing.add("Any");
          return "Any";
        }
        if (variants.length === 1) base = variants[0]!;
        else {
          imports.typing.add("Union");
          base = `Union[${variants.join(", ")}]`;
        }
        break;
      }
      case "binary":
        base = "str";
        break;
      case "any":
        imports.typing.add("Any");
        return "Any";
    }
    if (this.isNullable(type) && !base.startsWith("Optional[")) {
      imports.typing.add("Optional");
      return `Optional[${base}]`;
    }
    return base;
  }

  /** The annotation of an argument: models also as plain dicts, enums also as their base type, read-only collections. */
  inputAnnotation(type: TypeRef, imports: PyImports, depth = 0): string {
    let base: string;
    switch (type.kind) {
      case "ref": {
        const target = this.target(type);
        if (target.kind === "alias" && depth <= 8) return this.inputAnnotation({ ...target.schema.type, nullable: target.schema.type.nullable || type.nullable }, imports, depth + 1);
        if (target.kind === "alias") return this.annotation(type, imports);
        imports.models.set(target.className, target.moduleName);
        imports.typing.add("Union");
        if (target.kind === "enum") base = `Union[${target.className}, ${target.enumBase}]`;
        else {
          imports.typing.add("Dict").add("Any");
          base = `Union[${target.className}, Dict[str, Any]]`;
        }
        break;
      }
      case "array":
        imports.typing.add("Sequence");
        base = `Sequence[${this.inputAnnotation(type.items, imports, depth + 1)}]`;
        break;
      case "map":
        imports.typing.add("Mapping");
        base = `Mapping[str, ${this.inputAnnotation(type.values, imports, depth + 1)}]`;
        break;
      case "binary":
        // A binary body (application/octet-stream…) is sent as given: bytes, or text as UTF-8.
        imports.typing.add("Union");
        base = "Union[bytes, str]";
        break;
      default:
        return this.annotation(type, imports);
    }
    if (this.isNullable(type)) {
      imports.typing.add("Optional");
      return `Optional[${base}]`;
    }
    return base;
  }

  /** The runtime decoder expression for `type` (names it uses are added to `imports`). */
  decoder(type: TypeRef, imports: PyImports, depth = 0): string {
    const use = (name: string) => {
      imports.use("serialization", name);
      return name;
    };
    let base: string;
    switch (type.kind) {
      case "ref": {
        const target = this.target(type);
        if (target.kind === "alias") {
          if (depth > 8) return use("decode_any");
          return this.decoder({ ...target.schema.type, nullable: target.schema.type.nullable || type.nullable }, imports, depth + 1);
        }
        imports.models.set(target.className, target.moduleName);
        base = `${target.className}._decode`;
        break;
      }
      case "primitive":
        base = use(PRIMITIVE_DECODER[type.type]);
        break;
      case "enum":
        base = use(PRIMITIVE_DECODER[type.base]);
        break;
      case "array":
        base = `${use("list_of")}(${this.decoder(type.items, imports, depth + 1)})`;
        break;
      case "map":
        base = `${use("dict_of")}(${this.decoder(type.values, imports, depth + 1)})`;
        break;
      case "object":
      case "intersection":
        base = use("decode_object");
        break;
      case "union": {
        const variants = [...new Set(type.variants.map((variant) => this.decoder(variant, imports, depth + 1)))];
        if (variants.length === 0 || variants.includes("decode_any")) return use("decode_any");
        base = variants.length === 1 ? variants[0]! : `${use("union_of")}(${variants.join(", ")})`;
        break;
      }
      case "binary":
        base = use("decode_str");
        break;
      case "any":
        return use("decode_any");
    }
    return this.isNullable(type) ? `${use("nullable")}(${base})` : base;
  }
}

/** An enum member name from its value: `pending` -> `PENDING`, `-created_at` -> `CREATED_AT`, `1` -> `VALUE_1`. */
export function enumMemberName(value: string | number, index: number): string {
  if (typeof value === "number") return `VALUE_${String(value).replace(/^-/, "MINUS_").replace(/[^0-9A-Za-z]/g, "_")}`;
  const words = value.normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const name = words
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/\s+/)
    .filter(Boolean)
    .join("_")
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, "");
  if (name === "") return `VALUE_${index}`;
  return /^[0-9]/.test(name) ? `VALUE_${name}` : name;
}
