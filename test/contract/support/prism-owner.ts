// Fixture process for prism-lifecycle.test.ts: starts Prism through startPrism, prints
// `{"pid":…,"url":…}` on one line, then dies as argv[2] says: "throw" (an uncaught error) or
// "wait" (until a signal arrives; startPrism's default signal handling must then stop Prism).
import getPort from "get-port";
import path from "node:path";
import { startPrism } from "../../../scripts/lib/mock/start-prism.js";
import { projectRoot } from "../../support/openapi-doc.js";

const mode = process.argv[2];
const host = "127.0.0.1";
const server = await startPrism({ specPath: path.join(projectRoot, "generated/openapi.yaml"), host, port: await getPort({ host }) });
console.log(JSON.stringify({ pid: server.pid, url: server.url }));
if (mode === "throw") {
  setTimeout(() => {
    throw new Error("the owner of Prism crashed");
  }, 50);
} else {
  setInterval(() => {}, 60_000);
}
