// `npm run mock` as a frontend developer runs it: the URL and operations it prints, clients
// pointed at it, CORS for a browser app on another port, its request log, and Ctrl-C.
import { InvitationsApiClient } from "@invitations-api/sdk";
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import getPort from "get-port";
import { describe, expect, it } from "vitest";
import { listServedOperations } from "../../scripts/lib/mock/list-served-operations.js";
import { readBundle } from "../support/openapi-doc.js";
import { projectRoot } from "../support/openapi-doc.js";
import { runScript } from "../support/run-script.js";
import { operationFor, readContractOperations } from "./support/contract-operations.js";
import { createResponseValidator } from "./support/response-validator.js";
import { loadScenarioFile } from "./support/scenarios.js";
import { eventually, spawnGroup } from "./support/spawned.js";
import { BUNDLE_YAML } from "./support/suite-prism.js";

const bundle = readBundle();
const operations = readContractOperations(bundle);
const validate = createResponseValidator(bundle);
const { credentials } = loadScenarioFile();
const BROWSER_ORIGIN = "http://localhost:5173";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether anything accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(true));
    probe.listen({ host: "127.0.0.1", port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/** Pids of Prism processes started for this port (ours: the port was free when the test chose it). */
function prismProcessesOn(port: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return table
    .split("\n")
    .filter((line) => line.includes("prism-cli") && line.includes(`--port ${port}`))
    .map((line) => Number.parseInt(line.trim(), 10));
}

describe("npm run mock", () => {
  it.concurrent("serves both APIs to the generated clients and a browser, logs requests, and stops on Ctrl-C", async ({ onTestFinished }) => {
    const port = await getPort({ host: "127.0.0.1" });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    await using mock = spawnGroup(npm, ["run", "mock", "--", "--port", String(port)], { cwd: projectRoot });
    // A timed-out test never reaches the end of its scope; this runs anyway (the context's hook:
    // vitest does not track concurrent tests in the global one).
    onTestFinished(() => mock[Symbol.asyncDispose]());
    try {
      const [, url] = await mock.waitForOutput(/mock: ready at (\S+)/);
      expect(url).toBe(`http://127.0.0.1:${port}`);
      const served = await listServedOperations(BUNDLE_YAML);
      expect(served.length).toBe(operations.size);
      for (const operation of served) {
        expect(mock.stdout()).toMatch(new RegExp(`${operation.method}\\s+${escapeRegExp(operation.path)}\\s+${operation.operationId}\\n`));
      }

      // One Trieve and one Clerk route, through the sdk, with credentials.
      const client = new InvitationsApiClient({ baseUrl: url!, credentials, maxRetries: 0 });
      const trieve = await client.invitation.getInvitationsWithHttpInfo({
        trOrganization: "5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41",
        organizationId: "5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41",
      });
      expect(trieve.status).toBe(200);
      expect(validate(operationFor(operations, "get_invitations"), trieve.status, trieve.data)).toEqual([]);
      const clerk = await client.organizationInvitations.listOrganizationInvitationsWithHttpInfo({ organizationId: "org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG", status: ["pending"] });
      expect(clerk.status).toBe(200);
      expect(validate(operationFor(operations, "list_organization_invitations"), clerk.status, clerk.data)).toEqual([]);

      // Each request shows up in its log, readably, with its status.
      await mock.waitForOutput(/\d\d:\d\d:\d\d GET \/api\/invitations\/5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41\n\s+← 200/);
      await mock.waitForOutput(/\d\d:\d\d:\d\d GET \/v1\/organizations\/org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG\/invitations\n\s+← 200/);

      // A browser app on another port: the preflight is allowed, and so is the response.
      const preflight = await fetch(`${url}/api/invitation`, {
        method: "OPTIONS",
        headers: { Origin: BROWSER_ORIGIN, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,tr-organization,content-type,prefer" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe(BROWSER_ORIGIN);
      expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
      expect(preflight.headers.get("access-control-allow-headers")?.split(",")).toEqual(expect.arrayContaining(["authorization", "tr-organization", "content-type", "prefer"]));
      const fromBrowser = await fetch(`${url}/v1/organization_invitations`, { headers: { Origin: BROWSER_ORIGIN, Authorization: `Bearer ${credentials.bearerAuth}` } });
      expect(fromBrowser.status).toBe(200);
      expect(fromBrowser.headers.get("access-control-allow-origin")).toBe(BROWSER_ORIGIN);
      await fromBrowser.body?.cancel();

      // Ctrl-C: the terminal interrupts the whole foreground job.
      mock.signalGroup("SIGINT");
      const exit = await mock.exited;
      expect(exit.code ?? exit.signal).not.toBeNull();
      expect(mock.stdout()).toContain("mock: stopped");
      expect(await eventually(async () => !(await listening(port)))).toBe(true);
      expect(prismProcessesOn(port)).toEqual([]);
    } finally {
      // Whatever happened above, nothing of this run stays behind.
      for (const pid of prismProcessesOn(port)) process.kill(pid, "SIGKILL");
    }
  }, 60_000);

  it.concurrent.each([
    ["an unknown flag", { given: ["--bogus"], want: /Unknown option '--bogus'/ }],
    ["a port that is not a number", { given: ["--port", "http"], want: /--port: expected a port number from 1 to 65535, got "http"/ }],
    ["a port out of range", { given: ["--port", "65536"], want: /--port: expected a port number from 1 to 65535, got "65536"/ }],
    ["a spec that does not exist", { given: ["--spec", "missing/openapi.yaml"], want: /missing\/openapi\.yaml: not found \(run `npm run bundle` first\)/ }],
  ])("refuses %s with a clear error and exit code 1", async (_name, { given, want }) => {
    const result = await runScript("mock.ts", given);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(want);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it.concurrent("refuses a port that is already taken, naming it", async () => {
    const port = await getPort({ host: "127.0.0.1" });
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen({ host: "127.0.0.1", port }, resolve));
    try {
      const result = await runScript("mock.ts", ["--port", String(port)]);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain(`--port: port ${port} on 127.0.0.1 is already in use`);
      expect(prismProcessesOn(port)).toEqual([]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
