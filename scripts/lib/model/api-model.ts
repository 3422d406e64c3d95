/**
 * The model: our language-neutral picture of an API, built once from the bundled spec. Templates
 * never see the spec; each flavor turns this model into its own view (see scripts/lib/flavors).
 * Vocabulary: CONTEXT.md.
 */

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Methods that may be retried without an idempotency key (RFC 9110 §9.2.2). */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(["get", "put", "delete", "options", "head", "trace"]);

export const PARAMETER_LOCATIONS = ["path", "query", "header", "cookie"] as const;
export type ParameterLocation = (typeof PARAMETER_LOCATIONS)[number];

export type PrimitiveType = "string" | "integer" | "number" | "boolean";

/** A type as the wire sees it. `nullable` means JSON `null` is also allowed. */
export type TypeRef =
  | { kind: "ref"; name: string; nullable: boolean }
  /** `pattern`: the regular expression a string must match, when the spec gives one. */
  | { kind: "primitive"; type: PrimitiveType; format?: string; pattern?: string; nullable: boolean }
  | { kind: "enum"; base: PrimitiveType; values: ReadonlyArray<string | number | boolean>; nullable: boolean }
  | { kind: "array"; items: TypeRef; nullable: boolean }
  | { kind: "map"; values: TypeRef; nullable: boolean }
  | { kind: "object"; properties: readonly PropertyModel[]; additional: TypeRef | undefined; nullable: boolean }
  | { kind: "union"; variants: readonly TypeRef[]; discriminator?: DiscriminatorModel; nullable: boolean }
  /** allOf: a value satisfies every part. */
  | { kind: "intersection"; parts: readonly TypeRef[]; nullable: boolean }
  | { kind: "binary"; nullable: boolean }
  | { kind: "any"; nullable: boolean };

export interface DiscriminatorModel {
  propertyName: string;
  /** discriminator value -> schema name */
  mapping: Readonly<Record<string, string>>;
}

export interface PropertyModel {
  /** The name on the wire, exactly as in the spec. */
  name: string;
  type: TypeRef;
  required: boolean;
  description?: string;
  deprecated: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  default?: unknown;
}

/** A named schema under `components/schemas`. */
export interface SchemaModel {
  name: string;
  pointer: string;
  description?: string;
  deprecated: boolean;
  type: TypeRef;
  /** An example value (the schema's own, else the first named example that uses it). */
  example?: unknown;
}

export interface ParameterModel {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated: boolean;
  type: TypeRef;
  /** Serialisation: OpenAPI `style`/`explode` with the defaults of its location applied. */
  style: "simple" | "form" | "deepObject" | "spaceDelimited" | "pipeDelimited" | "label" | "matrix";
  explode: boolean;
  example?: unknown;
  default?: unknown;
  pointer: string;
}

export interface RequestBodyModel {
  required: boolean;
  description?: string;
  mediaType: string;
  /** Every media type the operation accepts, the preferred (JSON) first. */
  mediaTypes: readonly string[];
  type: TypeRef;
  example?: unknown;
}

export interface ResponseModel {
  /** "200", "4XX", "default" */
  status: string;
  description: string;
  mediaType?: string;
  type?: TypeRef;
  example?: unknown;
  kind: "success" | "error" | "default";
}

export interface SecuritySchemeModel {
  name: string;
  description?: string;
  /** What a client needs to send for it. */
  type: "apiKey" | "http" | "oauth2" | "openIdConnect" | "mutualTLS";
  in?: "header" | "query" | "cookie";
  /** Header/query/cookie name for apiKey. */
  parameterName?: string;
  /** http scheme: bearer, basic. */
  scheme?: string;
  bearerFormat?: string;
}

/** One alternative of an operation's security: all its schemes apply together. */
export type SecurityRequirementModel = ReadonlyArray<{ scheme: string; scopes: readonly string[] }>;

export interface ServerModel {
  url: string;
  description?: string;
}

/** Declared by our `x-pagination` extension (never guessed from parameter names). */
export interface PaginationModel {
  style: "offset";
  limitParam: string;
  offsetParam: string;
  itemsField: string;
  totalField?: string;
}

/** Runtime retry policy, from a vendor extension such as `x-speakeasy-retries`. */
export interface RetryPolicyModel {
  initialDelayMs?: number;
  maxDelayMs?: number;
  maxElapsedMs?: number;
  exponent?: number;
  statusCodes?: ReadonlyArray<number | string>;
  retryConnectionErrors?: boolean;
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tag: string;
  parameters: readonly ParameterModel[];
  requestBody?: RequestBodyModel;
  responses: readonly ResponseModel[];
  /** Alternatives; an empty list means no authentication. */
  security: readonly SecurityRequirementModel[];
  servers: readonly ServerModel[];
  pagination?: PaginationModel;
  idempotent: boolean;
  pointer: string;
}

/** The operations of one tag: one API class in the clients (`InvitationApi`). */
export interface ApiGroupModel {
  tag: string;
  description?: string;
  operations: readonly OperationModel[];
  /** Where the tag is declared: `#/tags/<i>`, else its first operation's `…/tags/0` (the operation, for the default tag). */
  pointer: string;
}

/** A tag in an error: its name and where it is declared (`tag "Pet" (#/tags/0)`). */
export function tagPlace(group: ApiGroupModel): string {
  return `tag ${JSON.stringify(group.tag)} (${group.pointer})`;
}

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  servers: readonly ServerModel[];
  securitySchemes: readonly SecuritySchemeModel[];
  groups: readonly ApiGroupModel[];
  schemas: readonly SchemaModel[];
  retry?: RetryPolicyModel;
}
