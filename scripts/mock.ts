/**
 * `npm run mock`: Prism serving the bundle, for frontend development and contract tests.
 *
 *   --port N      port to listen on               (default: 4010)
 *   --host H      interface to listen on          (default: 127.0.0.1, loopback only)
 *   --dynamic     generate response data from the schemas instead of serving the spec's examples
 *   --spec PATH   the bundled spec to serve       (default: generated/openapi.yaml)
 *
 * Prints the URL and every operation served, "ready" once Prism answers, then one readable line per
 * request (and its violations and status). Ctrl-C or SIGTERM stops Prism and its process group.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assertPortFree } from "./lib/mock/assert-port-free.js";
import { formatPrismLog } from "./lib/mock/format-prism-log.js";
import { listServedOperations } from "./lib/mock/list-served-operations.js";
import { parseMockArgs } from "./lib/mock/parse-mock-args.js";
import { PRISM_DEFAULTS, serverUrl, startPrism } from "./lib/mock/start-prism.js";
import { PipelineError } from "./lib/pipeline-error.js";
import { runMain } from "./lib/run-main.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const HELP = `Usage: npm run mock -- [options]

  --port N      port to listen on (default: ${PRISM_DEFAULTS.port})
  --host H      interface to listen on (default: ${PRISM_DEFAULTS.host})
  --dynamic     generate response data from the schemas instead of the spec's examples
  --spec PATH   bundled spec to serve (default: generated/openapi.yaml)
  --help        this text

Requests may carry \`Prefer: code=404\` (a documented status) or \`Prefer: example=NAME\` (a named example).
`;

await runMain(async () => {
  const options = parseMockArgs(process.argv.slice(2), projectRoot);
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const operations = await listServedOperations(options.specPath);
  await assertPortFree(options.host, options.port); // before the listing, so a taken port is the only thing said
  const url = serverUrl(options.host, options.port);
  const shownSpec = path.relative(process.cwd(), options.specPath) || options.specPath;
  console.log(`mock: ${url} serving ${shownSpec} (${options.dynamic ? "generated data, --dynamic" : "the spec's examples"})`);
  const methodWidth = Math.max(...operations.map((operation) => operation.method.length), 0);
  const pathWidth = Math.max(...operations.map((operation) => operation.path.length), 0);
  for (const operation of operations) {
    console.log(`  ${operation.method.padEnd(methodWidth)}  ${operation.path.padEnd(pathWidth)}  ${operation.operationId || "(no operationId)"}`);
  }

  const server = await startPrism({
    specPath: options.specPath,
    port: options.port,
    host: options.host,
    dynamic: options.dynamic,
    stopOnSignal: false,
    onLog: (line) => {
      const readable = formatPrismLog(line);
      if (readable !== undefined) console.log(readable);
    },
  });

  let stopRequested = false;
  const stopped = new Promise<"stopped">((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopRequested) return; // a second Ctrl-C while stopping changes nothing: stop() escalates by itself
      stopRequested = true;
      console.log(`mock: ${signal}, stopping Prism`);
      void server.stop().then(() => resolve("stopped"));
    };
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
  });
  console.log(`mock: ready at ${url} (Ctrl-C to stop)`);

  const exit = await Promise.race([stopped, server.exited]);
  // Our own stop also ends Prism, and its exit may win the race: the flag tells which came first.
  if (stopRequested || exit === "stopped") {
    await stopped;
    console.log("mock: stopped");
    return 0;
  }
  await server.stop();
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  throw new PipelineError(`Prism ${how}`);
});
