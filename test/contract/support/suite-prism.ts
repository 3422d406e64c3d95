// One Prism for a test file: started before its tests on a free loopback port, always stopped
// after them (and, through startPrism, when the process exits or is interrupted).
import getPort from "get-port";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startPrism, type PrismServer } from "../../../scripts/lib/mock/start-prism.js";
import { processGroupAlive } from "../../../scripts/lib/mock/stop-process-group.js";
import { projectRoot } from "../../support/openapi-doc.js";

export const BUNDLE_YAML = path.join(projectRoot, "generated/openapi.yaml");

/** Registers the hooks; call the returned function inside a test to get the running server. `specPath`: what Prism serves. */
export function useSuitePrism(specPath: string = BUNDLE_YAML): () => PrismServer {
  let server: PrismServer | undefined;
  const log: string[] = [];
  beforeAll(async () => {
    const host = "127.0.0.1";
    server = await startPrism({ specPath, host, port: await getPort({ host }), onLog: (line) => log.push(line) });
  });
  afterAll(async () => {
    if (!server) return;
    await server.stop();
    // Stopped means gone, with everything it started.
    if (processGroupAlive(server.pid)) throw new Error(`Prism's process group ${server.pid} outlived stop()`);
  });
  return () => {
    if (!server) throw new Error(`Prism did not start; its log:\n${log.slice(-20).join("\n")}`);
    return server;
  };
}
