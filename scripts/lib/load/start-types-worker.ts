import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PipelineError } from "../pipeline-error.js";
import type { TypesWorkerAnswer } from "./types-worker.js";

export interface TypesWorker {
  /**
   * Hands the bundled document over, as the document and as its JSON text. A worker thread gets
   * the text (a string is copied at once; parsing it there is cheaper than cloning the object
   * graph here); made in this thread, the types change the document itself (discriminators): the
   * caller is done with it by then.
   */
  send(document: Record<string, unknown>, json: string): void;
  /** openapi-typescript's types for the document, and how long the worker took. */
  readonly types: Promise<{ source: string; ms: number }>;
  /** The bundle as YAML ({@link stringifyBundle}), and how long the worker took. */
  readonly yaml: Promise<{ text: string; ms: number }>;
  /** Stops the worker (at once; whatever it was doing is dropped). */
  close(): Promise<void>;
}

/**
 * The types and YAML made on the second core ({@link startTypesWorker}), or in this thread when
 * there is only one ({@link typesInThisThread}).
 */
export function startTypesWork(): TypesWorker {
  return availableParallelism() > 1 ? startTypesWorker() : typesInThisThread();
}

/**
 * Starts a worker thread that makes the types and the YAML text of a bundle while the main thread
 * builds the model and renders: the second core does the two steps that need nothing but the
 * bundle. Started early, it loads TypeScript and openapi-typescript while the spec is bundled.
 * Errors arrive as they would in this thread: a PipelineError stays one.
 */
export function startTypesWorker(): TypesWorker {
  const entry = new URL("./types-worker.ts", import.meta.url).href;
  // A worker's entry is not passed through tsx's loader on Node 20: the entry is a line of
  // JavaScript that registers tsx in the worker, then imports the TypeScript module.
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const worker = new Worker(`import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, {
    eval: true,
    execArgv: [],
  });
  let resolveTypes!: (value: { source: string; ms: number }) => void;
  let rejectTypes!: (error: unknown) => void;
  let resolveYaml!: (value: { text: string; ms: number }) => void;
  let rejectYaml!: (error: unknown) => void;
  const types = new Promise<{ source: string; ms: number }>((resolve, reject) => ((resolveTypes = resolve), (rejectTypes = reject)));
  const yaml = new Promise<{ text: string; ms: number }>((resolve, reject) => ((resolveYaml = resolve), (rejectYaml = reject)));
  // Observed now: a rejection nobody awaits yet (the caller failed first) is not an unhandled one.
  types.catch(() => {});
  yaml.catch(() => {});
  const failAll = (error: unknown) => {
    rejectTypes(error);
    rejectYaml(error);
  };
  worker.on("message", (answer: TypesWorkerAnswer) => {
    if (answer.kind === "types") resolveTypes({ source: answer.source, ms: answer.ms });
    else if (answer.kind === "yaml") resolveYaml({ text: answer.text, ms: answer.ms });
    else {
      const error = answer.expected ? new PipelineError(answer.expected.reason, answer.expected.where) : Object.assign(new Error(answer.message), { stack: answer.stack });
      (answer.stage === "types" ? rejectTypes : rejectYaml)(error);
    }
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the types worker stopped (exit code ${code}) before it answered`)));
  return {
    send: (_document, json) => worker.postMessage(json),
    types,
    yaml,
    close: async () => {
      await worker.terminate();
    },
  };
}

/**
 * The same answers made in this thread, for a machine without a second core: the work runs when it
 * is awaited, after the caller is done with the document (openapi-typescript adds discriminator
 * properties to the document it is given, so the YAML is always made first).
 */
export function typesInThisThread(): TypesWorker {
  let document: Record<string, unknown> | undefined;
  let types: Promise<{ source: string; ms: number }> | undefined;
  let yaml: Promise<{ text: string; ms: number }> | undefined;
  const sent = () => {
    if (document === undefined) throw new Error("typesInThisThread: no document was sent");
    return document;
  };
  const makeYaml = () =>
    (yaml ??= (async () => {
      const { stringifyBundle } = await import("./stringify-bundle.js");
      const started = performance.now();
      return { text: stringifyBundle(sent()), ms: performance.now() - started };
    })());
  const makeTypes = () =>
    (types ??= (async () => {
      await makeYaml().catch(() => {});
      const { generateTypes } = await import("./generate-types.js");
      const started = performance.now();
      return { source: await generateTypes(sent()), ms: performance.now() - started };
    })());
  return {
    send: (given) => {
      document = given;
    },
    get types() {
      return makeTypes();
    },
    get yaml() {
      return makeYaml();
    },
    close: async () => {},
  };
}
