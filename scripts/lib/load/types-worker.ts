/**
 * A worker thread's entry (see start-types-worker.ts): receives the bundled document (its JSON
 * text) and answers with openapi-typescript's types for it, then with the bundle's YAML text, while
 * the main thread builds the model and renders.
 */
import { parentPort } from "node:worker_threads";
import { PipelineError } from "../pipeline-error.js";
import { generateTypes } from "./generate-types.js";
import { stringifyBundle } from "./stringify-bundle.js";

export type TypesWorkerAnswer =
  | { kind: "types"; source: string; ms: number }
  | { kind: "yaml"; text: string; ms: number }
  | { kind: "error"; stage: "types" | "yaml"; message: string; stack?: string | undefined; expected?: { reason: string; where: string | undefined } };

const port = parentPort;
if (port === null) throw new Error("types-worker.ts runs in a worker thread only");

port.once("message", (json: string) => {
  const document = JSON.parse(json) as Record<string, unknown>;
  const answer = (message: TypesWorkerAnswer) => port.postMessage(message);
  const failed = (stage: "types" | "yaml", error: unknown) =>
    answer({
      kind: "error",
      stage,
      message: (error as Error).message,
      stack: (error as Error).stack,
      // A PipelineError keeps its parts: the main thread names the place in the spec files from them.
      ...(error instanceof PipelineError ? { expected: { reason: error.reason, where: error.where } } : {}),
    });
  // The YAML first: openapi-typescript adds discriminator properties to the document it is given.
  let yaml: { kind: "yaml"; text: string; ms: number } | undefined;
  let started = performance.now();
  try {
    yaml = { kind: "yaml", text: stringifyBundle(document), ms: performance.now() - started };
  } catch (error) {
    failed("yaml", error);
  }
  started = performance.now();
  generateTypes(document).then(
    (source) => {
      answer({ kind: "types", source, ms: performance.now() - started });
      if (yaml !== undefined) answer(yaml);
    },
    (error: unknown) => failed("types", error),
  );
});
