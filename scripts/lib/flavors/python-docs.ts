import { mdCode, mdTableCell, mdText, numberLiteral, pyString } from "../escape/escape.js";
import type { OperationModel, SchemaModel, SecuritySchemeModel, TypeRef } from "../model/api-model.js";
import type { OutputFile } from "../write/write-files.js";
import { environmentVariable } from "./docs.js";
import { exampleValue } from "./docs-values.js";
import { renderTemplate, type RenderInput } from "./flavor.js";
import { call, commentText, keyword, layout, pyLiteral, type PyExpr } from "./python-code.js";
import { PyImports, type PySchemaInfo, type PyTypes } from "./python-types.js";
import { pyValueCode } from "./python-values.js";
import { exceptionName, type PyApiView, type PyOperationView, type PyParamView } from "./python-view.js";
import { credentialSetting, pythonBannerCode } from "./python-package.js";

/**
 * Markdown docs of the Python package in the format of openapi-generator's docs (the seeds): an
 * index, a page per API class with a runnable example per method, a page per model. Examples
 * use the spec's own example values, so that they run against the mock server.
 */

/** GitHub's heading anchor for a heading text. */
function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** `[text](target)` with the text escaped for a link label. */
function link(text: string, target: string): string {
  return `[${mdText(text).replace(/[[\]\\]/g, "\\$&")}](${target})`;
}

/** A type for a Markdown table cell, named schemas linked to their page (already escaped). */
function typeCellCode(type: TypeRef | null, types: PyTypes, prefix: string): string {
  if (!type) return "None (empty response body)";
  const render = (current: TypeRef, depth: number): string => {
    switch (current.kind) {
      case "ref": {
        const info = types.info(current.name);
        return info ? `[**${info.className}**](${prefix}${info.className}.md)` : `**${mdTableCell(current.name)}**`;
      }
      case "primitive":
      case "enum": {
        const name = current.kind === "primitive" ? current.type : current.base;
        const base = `**${{ string: "str", integer: "int", number: "float", boolean: "bool" }[name]}**`;
        if (current.kind === "enum") return `${base} (one of ${current.values.map((value) => mdTableCell(JSON.stringify(value))).join(", ")})`;
        return current.format ? `${base} (${mdTableCell(current.format)})` : base;
      }
      case "array":
        return depth > 6 ? "**List**" : `List[${render(current.items, depth + 1)}]`;
      case "map":
        return depth > 6 ? "**Dict**" : `Dict[str, ${render(current.values, depth + 1)}]`;
      case "object":
      case "intersection":
        return "**Dict[str, Any]**";
      case "union":
        return current.variants.map((variant) => render(variant, depth + 1)).join(" \\| ");
      case "binary":
        return "**str**";
      case "any":
        return "**Any**";
    }
  };
  return render(type, 0);
}

/** The type as a short plain text, for `# str | …` comments in examples. */
function typeText(type: TypeRef, types: PyTypes): string {
  return types.annotation(type, new PyImports());
}

/** Names an example binds itself; a parameter with one of these names gets a suffix. */
const EXAMPLE_NAMES = new Set(["os", "pprint", "itertools", "configuration", "api_client", "api_instance", "api_response", "e", "item"]);

function exampleVariable(param: PyParamView, packageName: string): string {
  return EXAMPLE_NAMES.has(param.argName) || param.argName === packageName ? `${param.argName}_value` : param.argName;
}

function schemesOf(operations: readonly OperationModel[], all: readonly SecuritySchemeModel[]): SecuritySchemeModel[] {
  const names = new Set(operations.flatMap((operation) => operation.security.flatMap((requirement) => requirement.map(({ scheme }) => scheme))));
  return all.filter((scheme) => names.has(scheme.name) && credentialSetting(scheme) !== null);
}

/** Setup lines: configuration with the mock as host, then each scheme's credential from the environment. */
function setupLines(input: RenderInput, schemes: readonly SecuritySchemeModel[], serverUrl: string | null): string[] {
  const { model, packages } = input;
  const mockUrl = model.servers[0]?.url ?? "http://127.0.0.1:4010";
  const lines = [
    serverUrl && serverUrl !== mockUrl
      ? `# Defining the host is optional: without it, this operation goes to ${commentText(serverUrl, 70)}.`
      : "# Defining the host is optional: without it, each operation goes to its own server.",
    "# Here it is the mock server (`npm run mock`). See Configuration for every setting.",
    `configuration = ${packages.pythonPackage}.Configuration(`,
    `    host=${pyString(mockUrl)},`,
    ")",
  ];
  for (const scheme of schemes) {
    lines.push("");
    const variable = pyString(environmentVariable(scheme.name));
    if (scheme.type === "apiKey") {
      lines.push(
        `# Configure API key authorization: ${commentText(scheme.name, 60)}`,
        `configuration.api_key[${pyString(scheme.name)}] = os.environ[${variable}]`,
        "",
        "# Uncomment below to set up a prefix (e.g. Bearer) for the API key, if needed",
        `# configuration.api_key_prefix[${pyString(scheme.name)}] = "Bearer"`,
      );
    } else if (scheme.scheme === "bearer") {
      lines.push(`# Configure Bearer authorization: ${commentText(scheme.name, 60)}`, `configuration.access_token = os.environ[${variable}]`);
    } else if (scheme.scheme === "basic") {
      lines.push(
        `# Configure HTTP basic authorization: ${commentText(scheme.name, 60)}`,
        `configuration.username = os.environ[${pyString(`${environmentVariable(scheme.name)}_USERNAME`)}]`,
        `configuration.password = os.environ[${pyString(`${environmentVariable(scheme.name)}_PASSWORD`)}]`,
      );
    }
  }
  return lines;
}

/** The example value of a parameter: its example, its default, else one shaped by its type. */
function paramExample(param: PyParamView, input: RenderInput): unknown {
  return param.example ?? param.defaultValue ?? exampleValue(param.type, input.model);
}

interface CallExample {
  imports: PyImports;
  /** Variable assignments, at 4 spaces. */
  assignments: string[];
  /** Arguments of the call. */
  args: PyExpr[];
}

/** Variables for the required parameters and body, and for optional ones with an example or default. */
function callExample(input: RenderInput, types: PyTypes, view: PyOperationView, skip: ReadonlySet<string> = new Set()): CallExample {
  const imports = new PyImports();
  const assignments: string[] = [];
  const args: PyExpr[] = [];
  for (const param of view.params) {
    if (skip.has(param.argName)) continue;
    const shown = param.required || param.location === "body" || param.example !== undefined || param.defaultValue !== undefined;
    if (!shown) continue;
    const variable = exampleVariable(param, input.packages.pythonPackage);
    const value = param.location === "body" ? pyValueCode(paramExample(param, input), param.type, types, imports) : pyLiteral(paramExample(param, input));
    const description = param.description ? ` | ${commentText(param.description, 70)}` : "";
    const notes = param.required ? "" : ` (optional${param.defaultValue !== undefined ? `, default ${commentText(JSON.stringify(param.defaultValue), 30)}` : ""})`;
    assignments.push(...layout(value, "    ", `${variable} = `, `  # ${typeText(param.type, types)}${description}${notes}`));
    args.push(param.positional ? variable : keyword(param.argName, variable));
  }
  return { imports, assignments, args };
}

function importBlock(packageName: string, imports: PyImports, extra: readonly string[] = [], pprint = true, stdlib: readonly string[] = []): string[] {
  const lines = [...["os", ...stdlib].sort().map((module) => `import ${module}`), ...(pprint ? ["from pprint import pprint"] : []), "", `import ${packageName}`, `from ${packageName}.exceptions import ${["ApiException", ...extra].sort().join(", ")}`];
  if (imports.models.size) lines.push(`from ${packageName}.models import ${[...imports.models.keys()].sort().join(", ")}`);
  return lines;
}

/** A runnable example of one method, in the seeds' shape. */
function operationExample(input: RenderInput, types: PyTypes, api: PyApiView, view: PyOperationView): string {
  const pkg = input.packages.pythonPackage;
  const { imports, assignments, args } = callExample(input, types, view);
  const schemes = schemesOf([view.operation], input.model.securitySchemes);
  const hasResult = view.returnAnnotation !== "None";
  const callLines = layout(call(`api_instance.${view.methodName}`, args), "        ", hasResult ? "api_response = " : "");
  return [
    ...importBlock(pkg, imports, [], hasResult),
    "",
    ...setupLines(input, schemes, view.operation.servers[0]?.url ?? null),
    "",
    "# Enter a context with an instance of the API client",
    `with ${pkg}.ApiClient(configuration) as api_client:`,
    "    # Create an instance of the API class",
    `    api_instance = ${pkg}.${api.className}(api_client)`,
    ...assignments,
    "",
    "    try:",
    ...(view.operation.summary ? [`        # ${commentText(view.operation.summary, 88)}`] : []),
    ...callLines,
    ...(hasResult ? [`        print(${pyString(`The response of ${api.className}->${view.methodName}:\n`)})`, "        pprint(api_response)"] : []),
    "    except ApiException as e:",
    `        print(${pyString(`Exception when calling ${api.className}->${view.methodName}: %s\n`)} % e)`,
  ].join("\n");
}

/** Runnable examples for the index: pagination, the `_with_http_info` variant, typed errors. */
function readmeExamples(input: RenderInput, types: PyTypes, apis: readonly PyApiView[]) {
  const pkg = input.packages.pythonPackage;
  const all = apis.flatMap((api) => api.operations.map((view) => ({ api, view })));
  const wrap = (api: PyApiView, view: PyOperationView, body: string[], extraImports: string[] = [], preamble: string[] = [], skip: ReadonlySet<string> = new Set(), stdlib: string[] = []) => {
    const { imports, assignments } = callExample(input, types, view, skip);
    return [
      ...preamble,
      ...importBlock(pkg, imports, extraImports, true, stdlib),
      "",
      ...setupLines(input, schemesOf([view.operation], input.model.securitySchemes), null),
      "",
      `with ${pkg}.ApiClient(configuration) as api_client:`,
      `    api_instance = ${pkg}.${api.className}(api_client)`,
      ...assignments,
      "",
      ...body,
    ].join("\n");
  };

  const withBody = all.find(({ view }) => view.returnAnnotation !== "None" && !view.params.some((param) => param.location === "body"));
  const gettingStarted = withBody ? operationExample(input, types, withBody.api, withBody.view) : null;

  const httpInfo = withBody
    ? wrap(withBody.api, withBody.view, [
        "    try:",
        ...layout(call(`api_instance.${withBody.view.withHttpInfoName}`, callExample(input, types, withBody.view).args), "        ", "response = "),
        '        print("Status:", response.status_code)',
        '        print("Content-Type:", response.headers.get("Content-Type"))',
        "        pprint(response.data)",
        "    except ApiException as e:",
        `        print(${pyString(`Exception when calling ${withBody.api.className}->${withBody.view.withHttpInfoName}: %s\n`)} % e)`,
      ])
    : null;

  // Cancellation: a token cancelled from another thread (here a timer) ends the call at once.
  const cancellation = withBody
    ? wrap(
        withBody.api,
        withBody.view,
        [
          `    token = ${pkg}.CancellationToken()`,
          "    # Give up after 10 s; token.cancel() works from any thread (a shutdown handler, a UI).",
          "    timer = threading.Timer(10.0, token.cancel)",
          "    timer.start()",
          "    try:",
          ...layout(call(`api_instance.${withBody.view.methodName}`, [...callExample(input, types, withBody.view).args, keyword("_cancel", "token")]), "        ", "api_response = "),
          "        pprint(api_response)",
          "    except RequestAbortedError as e:",
          '        print("Cancelled:", e)',
          "    except ApiException as e:",
          `        print(${pyString(`Exception when calling ${withBody.api.className}->${withBody.view.methodName}: %s
`)} % e)`,
          "    finally:",
          "        timer.cancel()",
        ],
        ["RequestAbortedError"],
        [],
        new Set(),
        ["threading"],
      )
    : null;

  const paginated = all.find(({ view }) => view.iterName !== null);
  const pageParams = new Set(paginated?.view.pagination ? [paginated.view.pagination.limitName, paginated.view.pagination.offsetName] : []);
  const pagination = paginated?.view.pagination
    ? wrap(
        paginated.api,
        paginated.view,
        [
          "    try:",
          `        # Every item, two per page; islice stops after the first 5.`,
          ...layout(
            call(`api_instance.${paginated.view.iterName}`, [...callExample(input, types, paginated.view, pageParams).args, keyword(paginated.view.pagination.limitName, "2")]),
            "        ",
            "items = ",
          ),
          "        for item in itertools.islice(items, 5):",
          "            pprint(item)",
          "    except ApiException as e:",
          `        print(${pyString(`Exception when calling ${paginated.api.className}->${paginated.view.iterName}: %s\n`)} % e)`,
        ],
        [],
        ["import itertools"],
        pageParams,
      )
    : null;

  // Typed errors: an operation that documents a 404 (the mock answers it when asked with Prefer).
  const withNotFound = all.find(({ view }) => view.operation.responses.some((response) => response.status === "404")) ?? all.find(({ view }) => view.operation.responses.some((response) => response.kind === "error" && /^\d+$/.test(response.status)));
  let errors: string | null = null;
  if (withNotFound) {
    const status = withNotFound.view.operation.responses.find((response) => response.status === "404") ? 404 : Number(withNotFound.view.operation.responses.find((response) => response.kind === "error" && /^\d+$/.test(response.status))!.status);
    const exception = exceptionName(status);
    const prefer = keyword("_headers", `{"Prefer": "code=${status}"}`);
    errors = wrap(
      withNotFound.api,
      withNotFound.view,
      [
        "    try:",
        `        # Against the mock, "Prefer: code=${status}" asks for the documented ${status} response.`,
        ...layout(call(`api_instance.${withNotFound.view.methodName}`, [...callExample(input, types, withNotFound.view).args, prefer]), "        "),
        ...(exception === "ApiException" ? [] : [`    except ${exception} as e:`, `        print("HTTP", e.status, e.reason)`, "        pprint(e.body)  # the parsed error body", "        pprint(e.data)  # the same, as the documented error model"]),
        "    except ApiException as e:",
        `        print(${pyString(`Exception when calling ${withNotFound.api.className}->${withNotFound.view.methodName}: %s\n`)} % e)`,
      ],
      exception === "ApiException" ? [] : [exception],
    );
  }
  return { gettingStartedCode: gettingStarted, httpInfoCode: httpInfo, paginationCode: pagination, errorsCode: errors, cancellationCode: cancellation };
}

/**
 * Examples of schemas found inside other schemas' examples (a property that refers to one), for
 * schemas without an example of their own: breadth first from the schemas that have one.
 */
function nestedExamples(input: RenderInput): Map<string, unknown> {
  const byName = new Map(input.model.schemas.map((schema) => [schema.name, schema]));
  const found = new Map<string, unknown>();
  let frontier = input.model.schemas.filter((schema) => isRecord(schema.example)).map((schema) => [schema, schema.example] as const);
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: Array<readonly [SchemaModel, unknown]> = [];
    for (const [schema, example] of frontier) {
      if (schema.type.kind !== "object" || !isRecord(example)) continue;
      for (const property of schema.type.properties) {
        const type = property.type;
        const value = example[property.name];
        const name = type.kind === "ref" ? type.name : type.kind === "array" && type.items.kind === "ref" ? type.items.name : undefined;
        const candidate = type.kind === "array" && Array.isArray(value) ? value[0] : value;
        const target = name === undefined ? undefined : byName.get(name);
        if (!target || target.example !== undefined || found.has(target.name) || !isRecord(candidate)) continue;
        found.set(target.name, candidate);
        next.push([target, candidate]);
      }
    }
    frontier = next;
  }
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function modelExample(input: RenderInput, info: PySchemaInfo, nested: ReadonlyMap<string, unknown>): string | null {
  const pkg = input.packages.pythonPackage;
  if (info.kind === "enum") {
    const first = info.members[0];
    if (!first) return null;
    return [
      `from ${pkg}.models import ${info.className}`,
      "",
      `value = ${info.className}(${typeof first.value === "number" ? numberLiteral(first.value) : pyString(first.value)})`,
      `assert value is ${info.className}.${first.name}`,
      "print(value.value, value.is_known)",
      "",
      "# A value the API adds later is kept, not refused.",
      `later = ${info.className}(${info.enumBase === "int" ? "987654321" : pyString("a value added later")})`,
      "print(later.value, later.is_known)",
    ].join("\n");
  }
  if (info.kind !== "model") return null;
  const value = info.schema.example ?? nested.get(info.schema.name) ?? exampleValue(info.schema.type, input.model);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  return [
    `from ${pkg}.models import ${info.className}`,
    "",
    ...layout(pyLiteral(value), "", "value = "),
    `instance = ${info.className}.from_dict(value)`,
    "print(instance)",
    "",
    "# Back to JSON: fields the schema does not declare are kept, absent ones stay absent.",
    "print(instance.to_json(indent=2))",
    `assert ${info.className}.from_json(instance.to_json()) == instance`,
    "assert instance.to_dict() == value",
  ].join("\n");
}

function notes(param: PyParamView): string {
  const parts = [param.location === "body" ? "request body" : `${param.location} \`${mdTableCell(param.wireName).replace(/`/g, "")}\``];
  if (!param.required) parts.push("[optional]");
  if (param.defaultValue !== undefined) parts.push(`[default to ${mdTableCell(JSON.stringify(param.defaultValue))}]`);
  if (param.deprecated) parts.push("[deprecated]");
  return parts.join(" ");
}

export function buildPythonDocs(input: RenderInput, types: PyTypes, apis: readonly PyApiView[]): OutputFile[] {
  const { model, packages } = input;
  const pkg = packages.pythonPackage;
  const rootServerUrl = model.servers[0]?.url ?? "/";
  const schemeViews = model.securitySchemes.map((scheme) => {
    const setting = credentialSetting(scheme);
    return {
      name: scheme.name,
      anchorCode: anchor(scheme.name),
      kind: scheme.type === "apiKey" ? "API key" : scheme.type === "http" ? `HTTP ${scheme.scheme ?? ""}` : scheme.type,
      locationCode:
        scheme.type === "apiKey"
          ? `${mdText(scheme.in ?? "header")} parameter ${mdCode(scheme.parameterName ?? "")}`
          : scheme.type === "http" && scheme.scheme === "bearer"
            ? "`Authorization: Bearer <token>`"
            : scheme.type === "http" && scheme.scheme === "basic"
              ? "`Authorization: Basic <credentials>`"
              : "not applied by the client",
      settingCode: setting ? mdCode(`configuration.${setting.attributeCode}`) : "not supported",
      bearerFormat: scheme.bearerFormat ?? null,
      description: scheme.description ?? null,
    };
  });
  const schemeLink = (name: string) => link(name, `README.md#${anchor(name)}`);
  const banner = { bannerCode: pythonBannerCode(model) };

  const apiViews = apis.map((api) => {
    const serverUrl = api.group.operations[0]?.servers[0]?.url ?? rootServerUrl;
    return {
      className: api.className,
      pageName: `${api.className}.md`,
      serverUrl,
      description: api.group.description ?? null,
      operations: api.operations.map((view) => {
        const operation = view.operation;
        const positional = view.params.filter((param) => param.positional).map((param) => param.argName);
        const keywordArgs = view.params.filter((param) => !param.positional).map((param) => `${param.argName}=${param.argName}`);
        const mediaTypes = [...new Set(operation.responses.map((response) => response.mediaType).filter((media): media is string => media !== undefined))];
        const schemes = [...new Set(operation.security.flatMap((requirement) => requirement.map(({ scheme }) => scheme)))];
        return {
          methodName: view.methodName,
          withHttpInfoName: view.withHttpInfoName,
          iterName: view.iterName,
          anchorCode: anchor(view.methodName),
          httpMethodCode: operation.method.toUpperCase(),
          pageSizeName: view.pagination?.limitName ?? null,
          pageStartName: view.pagination?.offsetName ?? null,
          path: operation.path,
          summary: operation.summary ?? null,
          description: operation.description ?? null,
          deprecated: operation.deprecated,
          signatureCode: `${view.returnAnnotation === "None" ? "" : `${view.returnAnnotation} `}${view.methodName}(${[...positional, ...keywordArgs].join(", ")})`,
          itemTypeCode: view.itemAnnotation,
          authorizationLabels: schemes.map((name) => {
            const scheme = model.securitySchemes.find((candidate) => candidate.name === name);
            return scheme?.type === "apiKey" ? `Api Key Authentication (${name})` : scheme?.type === "http" ? `${scheme.scheme === "basic" ? "Basic" : "Bearer"} Authentication (${name})` : name;
          }),
          exampleCode: operationExample(input, types, api, view),
          parameterRows: view.params.map((param) => ({
            argName: param.argName,
            typeCode: typeCellCode(param.type, types, "models/"),
            description: param.description ?? "",
            notesCode: notes(param),
          })),
          returnTypeCode: view.successType ? typeCellCode(view.successType, types, "models/") : view.returnAnnotation === "None" ? "None (empty response body)" : `**${view.returnAnnotation}**`,
          authorizationCode: schemes.map(schemeLink).join(", "),
          contentType: operation.requestBody?.mediaType ?? null,
          accept: mediaTypes.length ? mediaTypes.join(", ") : null,
          responses: operation.responses.map((response) => ({ status: response.status, description: response.description })),
        };
      }),
    };
  });

  const nested = nestedExamples(input);
  const modelViews = types.infos.map((info) => {
    const properties = info.properties.map((entry) => ({
      attributeName: entry.name,
      typeCode: typeCellCode(entry.property.type, types, ""),
      description: entry.property.description ?? "",
      notes: [
        entry.property.required ? "required" : "optional",
        types.isNullable(entry.property.type) ? "nullable" : "",
        entry.property.name !== entry.name ? `JSON \`${entry.property.name}\`` : "",
        entry.property.readOnly ? "read-only" : "",
        entry.property.deprecated ? "deprecated" : "",
        entry.property.default !== undefined ? `default ${JSON.stringify(entry.property.default)}` : "",
      ]
        .filter(Boolean)
        .join(", "),
    }));
    return {
      className: info.className,
      schemaTitle: info.schema.name,
      pageName: `${info.className}.md`,
      kind: info.kind,
      isModel: info.kind === "model",
      isEnum: info.kind === "enum",
      isAlias: info.kind === "alias",
      description: info.schema.description ?? null,
      deprecated: info.schema.deprecated,
      nullable: info.nullable,
      moduleName: info.moduleName,
      properties,
      members: info.members.map((member) => ({ memberName: member.name, value: JSON.stringify(member.value) })),
      aliasTypeCode: info.kind === "alias" ? typeCellCode(info.schema.type, types, "") : null,
      exampleCode: modelExample(input, info, nested),
    };
  });

  const examples = readmeExamples(input, types, apis);
  const common = { ...banner, packageName: pkg, title: model.title, version: model.version };
  const files: OutputFile[] = [
    {
      path: "README.md",
      contents: renderTemplate(input, "docs/README.md.hbs", {
        ...common,
        description: model.description ?? null,
        apis: apiViews,
        models: modelViews,
        schemes: schemeViews,
        ...examples,
      }),
    },
  ];
  for (const api of apiViews) files.push({ path: api.pageName, contents: renderTemplate(input, "docs/api.md.hbs", { ...common, api }) });
  for (const view of modelViews) files.push({ path: `models/${view.pageName}`, contents: renderTemplate(input, "docs/model.md.hbs", { ...common, model: view }) });
  return files;
}
