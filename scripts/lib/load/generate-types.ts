import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { PipelineError } from "../pipeline-error.js";

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile("types.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, scratch);

/**
 * openapi-typescript prints a schema that is "a union including an array of itself" (Trieve's
 * `FilterValue: string | number | boolean | FilterValue[]`) as a type TypeScript rejects (TS2502:
 * referenced in its own type annotation). An interface extending Array defers the reference, so
 * such array members become `<Name>RecursiveArray` interfaces declared after the types.
 */
function deferRecursiveArrays(declarations: string[]) {
  return (type: ts.TypeNode, options: { path?: string }): ts.TypeNode | undefined => {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(options.path ?? "");
    if (!match || !ts.isUnionTypeNode(type)) return undefined;
    const name = decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~");
    const self = `components["schemas"][${JSON.stringify(name)}]`;
    let changed = false;
    const members = type.types.map((member) => {
      if (!ts.isArrayTypeNode(member) || !print(member).includes(self)) return member;
      changed = true;
      const alias = `${name.replace(/[^A-Za-z0-9_$]/g, "_")}RecursiveArray${declarations.length || ""}`;
      declarations.push(`export interface ${alias} extends Array<${print(member.elementType)}> {}`);
      return ts.factory.createTypeReferenceNode(alias);
    });
    return changed ? ts.factory.createUnionTypeNode(members) : undefined;
  };
}

/**
 * The TypeScript types of a bundled document (`paths`, `components`, `operations`), from
 * openapi-typescript: the one source of every type the TypeScript flavors use.
 */
export async function generateTypes(document: Record<string, unknown>): Promise<string> {
  const declarations: string[] = [];
  try {
    const ast = await openapiTS(document as never, {
      silent: true,
      alphabetize: false,
      // A default makes a field optional to send, not required: keep request types honest.
      defaultNonNullable: false,
      postTransform: deferRecursiveArrays(declarations),
    });
    const source = astToString(ast);
    return declarations.length === 0 ? source : `${source}${declarations.join("\n")}\n`;
  } catch (error) {
    throw new PipelineError(`openapi-typescript failed: ${(error as Error).message}`);
  }
}
