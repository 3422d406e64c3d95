import chokidar from "chokidar";
import path from "node:path";
import { PipelineError } from "./pipeline-error.js";
import type { GenerateOptions } from "./config/resolve-config.js";

/**
 * Regenerates whenever the spec folder or templates change. A failed run prints its error and
 * keeps watching; runs never overlap (changes during a run trigger one more run after it).
 */
export async function watchAndGenerate(projectRoot: string, options: GenerateOptions, run: (options: GenerateOptions) => Promise<void>): Promise<void> {
  const specDir = path.dirname(path.resolve(projectRoot, options.spec ?? "spec/openapi.yaml"));
  const watched = [specDir, path.join(projectRoot, "templates"), path.join(projectRoot, "redocly.yaml")];
  let running = false;
  let again = false;
  const trigger = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run(options);
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error;
      console.error(`error: ${error.message}`);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      await trigger();
    }
  };
  await trigger();
  const watcher = chokidar.watch(watched, { ignoreInitial: true, ignored: (file) => file.includes("__pycache__"), awaitWriteFinish: { stabilityThreshold: 100 } });
  watcher.on("all", () => void trigger());
  console.log(`watching ${watched.map((dir) => path.relative(projectRoot, dir)).join(", ")} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      void watcher.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
