// The failing-server suite, run by the `fetch` flavor (openapi-fetch with our middleware): the
// fixture's client generated once, every scenario of scenarios.json that applies to `fetch` run
// against the stub server, and a path parameter sent to Prism serving the fixture. The flavor is
// thin (no retries, timeouts or response checks): scenarios needing those leave it out.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationFor, readContractOperations, type ContractOperation } from "../contract/support/contract-operations.js";
import { useSuitePrism } from "../contract/support/suite-prism.js";
import { checkScenario, observe, type Observed } from "./support/check-scenario.js";
import { generateFixtureClients } from "./support/generate-fixture.js";
import { appliesTo, credentialsFor, expectationFor, FIXTURE_SPEC, optionsFor, readScenarioFile, type FailingScenario } from "./support/scenarios.js";
import { startStubServer, type StubServer } from "./support/stub-server.js";

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
type FetchCall = (path: string, init: Record<string, unknown>) => Promise<FetchResult>;
interface FetchModule {
  createClient(options: Record<string, unknown>): Record<string, unknown>;
  InvalidRequestError: abstract new (...args: never[]) => Error;
}

const file = readScenarioFile();
const scenarios = file.scenarios.filter((scenario) => appliesTo(scenario, "fetch"));
const ran = new Set<string>();
let fetchFlavor: FetchModule;
let operations: ReadonlyMap<string, ContractOperation>;
let stub: StubServer;
const prism = useSuitePrism(FIXTURE_SPEC);

beforeAll(async () => {
  const { dir, bundle } = await generateFixtureClients("fetch", ["fetch"]);
  operations = readContractOperations(bundle);
  fetchFlavor = (await import(pathToFileURL(path.join(dir, "fetch/src/index.ts")).href)) as FetchModule;
  stub = await startStubServer();
}, 120_000);

afterAll(async () => {
  await stub?.close();
});

/** What a thrown error stands for: the package's InvalidRequestError, or what fetch itself rejects with. */
function classify(error: unknown): Omit<Observed, "elapsedMs"> {
  const message = (error as { message?: string } | undefined)?.message;
  const outcome =
    error instanceof fetchFlavor.InvalidRequestError ? "refused_before_sending"
    : error instanceof DOMException && error.name === "AbortError" ? "aborted"
    : error instanceof TypeError && (error.cause as { code?: unknown } | undefined)?.code !== undefined ? "connection_error"
    : "unexpected";
  return { outcome, message, error };
}

async function runScenario(scenario: FailingScenario, operation: ContractOperation): Promise<Observed> {
  const options = optionsFor(file, scenario);
  const baseUrl = scenario.baseUrl === "refused" ? await stub.refusedUrl() : stub.url;
  const client = fetchFlavor.createClient({ baseUrl, auth: credentialsFor(file, scenario) });
  const call = client[operation.method] as FetchCall;
  const controller = new AbortController();
  const timer = options.abortAfterMs === undefined ? undefined : setTimeout(() => controller.abort(), options.abortAfterMs);
  const { path: pathArgs, query, header, body } = scenario.args;
  const init: Record<string, unknown> = { params: { path: pathArgs, query, header }, signal: controller.signal };
  if (body !== undefined) init.body = body;
  try {
    return await observe(async () => {
      const { data, error, response } = await call(operation.path, init);
      const contentType = response.headers.get("content-type") ?? undefined;
      return response.ok ? { outcome: "success", status: response.status, data, contentType } : { outcome: "api_error", status: response.status, data: error, contentType };
    }, classify);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(scenarios.map((scenario) => [scenario.name, scenario] as const))("fetch: %s", (_name, scenario) => {
  it("ends as expected, with the expected requests on the wire", async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    await stub.script(scenario.steps);
    const observed = await runScenario(scenario, operationFor(operations, scenario.operationId));
    const requests = await stub.requests();
    ran.add(scenario.name);
    checkScenario(scenario, expectationFor(scenario, "fetch"), observed, requests, credentialsFor(file, scenario));
    expect(Object.getOwnPropertyNames(Object.prototype), "Object.prototype gained no property").toEqual(prototypeBefore);
  }, 15_000);
});

it("ran every scenario that applies to the fetch flavor", () => {
  expect(scenarios.length).toBeGreaterThan(0);
  expect([...ran].sort()).toEqual(scenarios.map((scenario) => scenario.name).sort());
});

it("a default header parameter with CR or LF is refused when the client is created, naming the header only", () => {
  const create = () => fetchFlavor.createClient({ baseUrl: stub.url, defaultHeaderParams: { "X-Trace": "t\r\nX-Injected: 1" } });
  expect(create).toThrow(fetchFlavor.InvalidRequestError);
  expect(create).toThrow(/default header "X-Trace" contains CR, LF or NUL$/);
});

it("Prism serving the fixture gets a path parameter a/b?c#d as one segment of get_item", async () => {
  const client = fetchFlavor.createClient({ baseUrl: prism().url, auth: file.credentials });
  const { data, response } = await (client.GET as FetchCall)("/items/{item_id}", { params: { path: { item_id: "a/b?c#d" } } });
  expect(response.status).toBe(200);
  expect(data).toEqual({ id: "it_1", name: "lamp" });
  // Without the encoding the path has two segments, which no operation of the fixture matches.
  await expect(fetch(`${prism().url}/items/a/b`, { headers: { "X-Api-Key": "k" } }).then((answer) => answer.status)).resolves.toBe(404);
}, 30_000);
