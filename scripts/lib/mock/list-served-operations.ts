import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { PipelineError } from "../pipeline-error.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One operation the mock answers. */
export interface ServedOperation {
  /** Upper case: `GET`. */
  method: string;
  /** The path template: `/v1/organizations/{organization_id}/invitations`. */
  path: string;
  /** `""` when the spec gives none. */
  operationId: string;
}

/**
 * The operations in a bundled spec (YAML or JSON), in document order: what Prism will serve.
 *
 * @throws {@link PipelineError} when the file is missing or is not an OpenAPI document.
 */
export async function listServedOperations(specPath: string): Promise<ServedOperation[]> {
  let text: string;
  try {
    text = await readFile(specPath, "utf8");
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not found (run `npm run bundle` first)" : String(error);
    throw new PipelineError(hint, specPath);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new PipelineError(`not YAML or JSON: ${(error as Error).message}`, specPath);
  }
  const paths = (document as { paths?: unknown } | null)?.paths;
  if (!paths || typeof paths !== "object") throw new PipelineError("no `paths`: not an OpenAPI document", specPath);
  const operations: ServedOperation[] = [];
  for (const [path, item] of Object.entries(paths as Record<string, unknown>)) {
    if (!item || typeof item !== "object") continue;
    for (const method of METHODS) {
      const operation = (item as Record<string, unknown>)[method];
      if (!operation || typeof operation !== "object") continue;
      const operationId = (operation as { operationId?: unknown }).operationId;
      operations.push({ method: method.toUpperCase(), path, operationId: typeof operationId === "string" ? operationId : "" });
    }
  }
  return operations;
}
