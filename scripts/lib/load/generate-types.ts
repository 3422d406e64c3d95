import openapiTS, { astToString } from "openapi-typescript";
import { PipelineError } from "../pipeline-error.js";

/**
 * The TypeScript types of a bundled document (`paths`, `components`, `operations`), from
 * openapi-typescript: the one source of every type the TypeScript flavors use.
 */
export async function generateTypes(document: Record<string, unknown>): Promise<string> {
  try {
    const ast = await openapiTS(document as never, {
      silent: true,
      alphabetize: false,
      // A default makes a field optional to send, not required: keep request types honest.
      defaultNonNullable: false,
    });
    return astToString(ast);
  } catch (error) {
    throw new PipelineError(`openapi-typescript failed: ${(error as Error).message}`);
  }
}
