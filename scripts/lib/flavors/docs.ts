import { snakeCase } from "change-case";
import { mdTableCell, tsPropertyKey, tsString, tsValue } from "../escape/escape.js";
import type { OperationModel, TypeRef } from "../model/api-model.js";
import { assignUniqueNames } from "../naming/naming-strategy.js";
import { typescriptNaming as naming } from "../naming/typescript.js";
import type { OutputFile } from "../write/write-files.js";
import { banner } from "./banner.js";
import { exampleValue } from "./docs-values.js";
import { renderTemplate, type FlavorDefinition, type RenderInput } from "./flavor.js";
import { describeCredential } from "./typescript-package.js";
import { buildTsGroupViews, type TsOperationView } from "./typescript-view.js";

const OUT = "docs/typescript";

/** A type for a Markdown table, with named schemas linked to their model page (already escaped). */
function typeCellCode(type: TypeRef | undefined, modelFiles: ReadonlyMap<string, string>, prefix: string): string {
  if (!type) return "void (empty response body)";
  const link = (name: string) => {
    const file = modelFiles.get(name);
    return file ? `[**${mdTableCell(name)}**](${prefix}${file})` : `**${mdTableCell(name)}**`;
  };
  const render = (current: TypeRef): string => {
    const nullable = current.nullable ? " \\| null" : "";
    switch (current.kind) {
      case "ref":
        return link(current.name) + nullable;
      case "array":
        return `Array&lt;${render(current.items)}&gt;${nullable}`;
      case "map":
        return `Record&lt;string, ${render(current.values)}&gt;${nullable}`;
      case "primitive":
        return `**${current.type === "integer" ? "number" : current.type}**${current.format ? ` (${mdTableCell(current.format)})` : ""}${nullable}`;
      case "enum":
        return current.values.map((value) => mdTableCell(JSON.stringify(value))).join(" \\| ") + nullable;
      case "union":
        return current.variants.map(render).join(" \\| ") + nullable;
      case "intersection":
        return current.parts.map(render).join(" &amp; ") + nullable;
      case "object":
        return `**object**${nullable}`;
      case "binary":
        return `**Blob**${nullable}`;
      case "any":
        return `**unknown**${nullable}`;
    }
  };
  return render(type);
}

/** The first sentence of a description, on one line, for a `//` comment (a line break would end the comment). */
function firstSentence(text: string): string {
  const oneLine = text.replace(/[\s\u2028\u2029\u0085]+/g, " ").trim();
  const end = oneLine.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? oneLine : oneLine.slice(0, end + 1);
  return sentence.length > 120 ? `${sentence.slice(0, 117)}...` : sentence;
}

/** Stands for a file in an example value until it is printed as `new Blob([…])`. */
const BINARY_PLACEHOLDER = "\u0000binary\u0000";

/** The environment variable an example reads a credential from: `API_KEY`, `BEARER_AUTH`. */
export function environmentVariable(schemeName: string): string {
  return snakeCase(schemeName.replace(/[^A-Za-z0-9]+/g, " ")).toUpperCase() || "CREDENTIAL";
}

/** A runnable TypeScript example of one operation through the sdk flavor. */
function exampleCode(input: RenderInput, operation: OperationModel, view: TsOperationView, propertyName: string): string {
  const { model, packages } = input;
  const schemes = [...new Set(operation.security.flatMap((requirement) => requirement.map(({ scheme }) => scheme)))];
  const credentialLines = schemes.map((scheme) => `    ${tsPropertyKey(scheme)}: process.env[${tsString(environmentVariable(scheme))}],`);
  const argumentLines = view.fields.map((field) => {
    const parameter = operation.parameters.find((candidate) => candidate.name === field.wireName && candidate.in === field.location);
    const type = parameter ? parameter.type : operation.requestBody!.type;
    const value = field.example ?? exampleValue(type, model, { binary: BINARY_PLACEHOLDER });
    const comment = field.description ? `    // ${firstSentence(field.description)}\n` : "";
    // Files and raw bodies are Blobs: code, which no JSON value prints.
    const valueCode = tsValue(value, { indent: "    " }).split(tsString(BINARY_PLACEHOLDER)).join(`new Blob(["file contents"])`);
    return `${comment}    ${field.fieldName}: ${valueCode},`;
  });
  const call = `client.${propertyName}.${view.functionName}(${view.hasFields ? `{\n${argumentLines.join("\n")}\n  }` : ""})`;
  return [
    `import { ApiError, ${packages.clientClass} } from ${tsString(`@${packages.npmScope}/sdk`)};`,
    "",
    `const client = new ${packages.clientClass}({`,
    `  baseUrl: "http://127.0.0.1:4010", // the mock server; omit for the API's own server`,
    ...(credentialLines.length ? ["  credentials: {", ...credentialLines, "  },"] : []),
    "});",
    "",
    "try {",
    `  const data = await ${call};`,
    "  console.log(data);",
    "} catch (error) {",
    "  if (!(error instanceof ApiError)) throw error;",
    `  console.error(${tsString(`${view.functionName} failed:`)}, error.status, error.body);`,
    "}",
  ].join("\n");
}

/** Markdown docs for the TypeScript SDK, in the format of openapi-generator's docs (the seeds). */
export const docsFlavor: FlavorDefinition = {
  name: "docs",
  summary: "Markdown docs for the TypeScript SDK: an index, a page per API and per model",
  templateDir: "docs",
  ownedDirs: [OUT],
  render(input: RenderInput): OutputFile[] {
    const { model } = input;
    const rootServerUrl = model.servers[0]?.url ?? "/";
    const groups = buildTsGroupViews(model.groups, rootServerUrl);
    const modelFiles = assignUniqueNames(model.schemas, (schema) => `${naming.typeName(schema.name)}.md`, (schema) => schema.pointer, { what: "model page", caseInsensitive: true });
    const fileByName = new Map(model.schemas.map((schema) => [schema.name, modelFiles.get(schema)!]));
    const schemes = model.securitySchemes.map((scheme) => ({
      name: scheme.name,
      nameLiteral: tsPropertyKey(scheme.name),
      envName: environmentVariable(scheme.name),
      how: describeCredential(scheme),
      description: scheme.description ?? null,
    }));
    const common = { banner: banner(model), title: model.title, version: model.version, description: model.description ?? null, clientClassName: input.packages.clientClass, packageName: `@${input.packages.npmScope}/sdk`, schemes };

    const apis = groups.map((group, index) => ({
      ...group,
      pageName: `${group.className}.md`,
      serverUrl: model.groups[index]!.operations[0]?.servers[0]?.url ?? rootServerUrl,
      operations: group.operations.map((view) => {
        const operation = model.groups[index]!.operations.find((candidate) => candidate.operationId === view.operationId)!;
        const success = operation.responses.find((response) => response.kind === "success" && response.type);
        return {
          ...view,
          anchorName: view.functionName.toLowerCase(),
          exampleCode: exampleCode(input, operation, view, group.propertyName),
          returnTypeCode: typeCellCode(success?.type, fileByName, "models/"),
          parameterRows: view.fields.map((field) => {
            const parameter = operation.parameters.find((candidate) => candidate.name === field.wireName && candidate.in === field.location);
            return {
              fieldName: field.fieldName,
              wireName: field.wireName,
              location: field.location,
              typeCode: typeCellCode(parameter ? parameter.type : operation.requestBody?.type, fileByName, "models/"),
              description: field.description ?? "",
              notes: [field.required ? "required" : "optional", field.location === "body" ? "request body" : `${field.location} \`${field.wireName}\``, field.deprecated ? "deprecated" : ""].filter(Boolean).join(", "),
            };
          }),
          authorization: view.securitySchemeNames,
          contentType: view.requestMediaType,
          accept: view.responseMediaType,
        };
      }),
    }));

    const models = model.schemas.map((schema) => {
      const type = schema.type;
      const properties = type.kind === "object" ? type.properties : type.kind === "intersection" ? type.parts.flatMap((part) => (part.kind === "object" ? part.properties : [])) : [];
      return {
        name: schema.name,
        nameLiteral: tsString(schema.name),
        pageName: modelFiles.get(schema)!,
        description: schema.description ?? null,
        deprecated: schema.deprecated,
        shapeCode: type.kind === "object" ? null : typeCellCode(type, fileByName, ""),
        properties: properties.map((property) => ({
          name: property.name,
          typeCode: typeCellCode(property.type, fileByName, ""),
          description: property.description ?? "",
          notes: [property.required ? "required" : "optional", property.type.nullable ? "nullable" : "", property.readOnly ? "read-only" : "", property.deprecated ? "deprecated" : "", property.default !== undefined ? `default ${JSON.stringify(property.default)}` : ""].filter(Boolean).join(", "),
        })),
        hasProperties: properties.length > 0,
        example: schema.example === undefined ? null : JSON.stringify(schema.example, null, 2),
      };
    });

    const gettingStartedCode = [
      `import { ${input.packages.clientClass} } from ${tsString(`@${input.packages.npmScope}/sdk`)};`,
      "",
      `const client = new ${input.packages.clientClass}({`,
      `  baseUrl: "http://127.0.0.1:4010", // \`npm run mock\`; omit to use each API's own server`,
      "  credentials: {",
      ...schemes.map((scheme) => `    // ${firstSentence(scheme.how)}\n    ${scheme.nameLiteral}: process.env[${tsString(scheme.envName)}],`),
      "  },",
      "});",
      "",
      "// One client per app: share it from a module of its own.",
      "export { client };",
    ].join("\n");
    const files: OutputFile[] = [{ path: `${OUT}/README.md`, contents: renderTemplate(input, "README.md.hbs", { ...common, apis, models, gettingStartedCode }) }];
    for (const api of apis) files.push({ path: `${OUT}/${api.pageName}`, contents: renderTemplate(input, "api.md.hbs", { ...common, api }) });
    for (const modelView of models) files.push({ path: `${OUT}/models/${modelView.pageName}`, contents: renderTemplate(input, "model.md.hbs", { ...common, model: modelView }) });
    return files;
  },
};
