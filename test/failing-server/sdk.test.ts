// The failing-server suite, run by the `sdk` flavor: the fixture's sdk generated once, every
// scenario of scenarios.json that applies to `sdk` run against the stub server, and a path
// parameter sent to Prism serving the fixture. Format: test/failing-server/README.md.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRedocly } from "../../scripts/lib/load/run-redocly.js";
import { operationFor, readContractOperations, type ContractOperation } from "../contract/support/contract-operations.js";
import { sdkParams } from "../contract/support/sdk-adapter.js";
import { useSuitePrism } from "../contract/support/suite-prism.js";
import { checkScenario, observe, type Observed } from "./support/check-scenario.js";
import { projectRoot } from "../support/openapi-doc.js";
import { generateFixtureClients } from "./support/generate-fixture.js";
import {
  appliesTo,
  credentialsFor,
  expectationFor,
  FIXTURE_SPEC,
  optionsFor,
  readScenarioFile,
  scenarioFileProblems,
  type FailingScenario,
} from "./support/scenarios.js";
import { startStubServer, type StubServer } from "./support/stub-server.js";

type ErrorClass = abstract new (...args: never[]) => Error;
interface SdkModule {
  createConfig(options: Record<string, unknown>): unknown;
  SdkError: ErrorClass;
  ApiError: ErrorClass;
  ApiConnectionError: ErrorClass;
  ApiTimeoutError: ErrorClass;
  RequestAbortedError: ErrorClass;
  InvalidRequestError: ErrorClass;
  InvalidResponseError: ErrorClass;
  ResponseTooLargeError: ErrorClass;
  [name: string]: unknown;
}
type SdkCall = (config: unknown, params: Record<string, unknown>, options?: Record<string, unknown>) => Promise<{ data: unknown; status: number; headers: Headers }>;

const file = readScenarioFile();
const scenarios = file.scenarios.filter((scenario) => appliesTo(scenario, "sdk"));
const ran = new Set<string>();
let sdk: SdkModule;
let operations: ReadonlyMap<string, ContractOperation>;
let stub: StubServer;
const prism = useSuitePrism(FIXTURE_SPEC);

beforeAll(async () => {
  const { dir, bundle } = await generateFixtureClients("sdk", ["sdk"]);
  operations = readContractOperations(bundle);
  sdk = (await import(pathToFileURL(path.join(dir, "sdk/src/index.ts")).href)) as SdkModule;
  stub = await startStubServer();
}, 120_000);

afterAll(async () => {
  await stub?.close();
});

/** The outcome an sdk error stands for; subclasses first (ApiTimeoutError extends ApiConnectionError). */
function classify(error: unknown): Omit<Observed, "elapsedMs"> {
  const fields = error as { status?: number; contentType?: string; message?: string };
  const outcome =
    error instanceof sdk.InvalidRequestError ? "refused_before_sending"
    : error instanceof sdk.ApiTimeoutError ? "timeout"
    : error instanceof sdk.ApiConnectionError ? "connection_error"
    : error instanceof sdk.RequestAbortedError ? "aborted"
    : error instanceof sdk.InvalidResponseError ? "invalid_response"
    : error instanceof sdk.ResponseTooLargeError ? "response_too_large"
    : error instanceof sdk.ApiError ? "api_error"
    : "unexpected";
  return { outcome, status: fields.status, contentType: fields.contentType, message: fields.message, error };
}

async function runScenario(scenario: FailingScenario): Promise<Observed> {
  const options = optionsFor(file, scenario);
  const baseUrl = scenario.baseUrl === "refused" ? await stub.refusedUrl() : stub.url;
  const config = sdk.createConfig({
    baseUrl,
    credentials: credentialsFor(file, scenario),
    timeoutMs: options.timeoutMs,
    maxRetries: options.maxRetries,
    maxRetryTimeMs: options.maxRetryTimeMs,
    maxResponseBytes: options.maxResponseBytes,
    retry: { initialDelayMs: options.initialDelayMs, maxDelayMs: options.maxDelayMs },
  });
  const operation = operationFor(operations, scenario.operationId);
  const call = sdk[`${operation.methodName}WithHttpInfo`] as SdkCall;
  const params = sdkParams(operation, { ...scenario, prefer: null, auth: true, expect: { outcome: "success" } } as Parameters<typeof sdkParams>[1]);
  const controller = new AbortController();
  const timer = options.abortAfterMs === undefined ? undefined : setTimeout(() => controller.abort(new Error("the runner aborted")), options.abortAfterMs);
  try {
    return await observe(async () => {
      const response = await call(config, params, { idempotencyKey: options.idempotencyKey, signal: controller.signal });
      return { outcome: "success", status: response.status, data: response.data, contentType: response.headers.get("content-type") ?? undefined };
    }, classify);
  } finally {
    clearTimeout(timer);
  }
}

it("the fixture is lint-clean under redocly-external.yaml: no error, no warning", async () => {
  const result = await runRedocly(["lint", FIXTURE_SPEC, "--config", path.join(projectRoot, "redocly-external.yaml"), "--format", "stylish"], projectRoot);
  expect(result.exitCode).toBe(0);
  // A problem is a `LINE:COL  warning  rule-id  message` line, and a "You have N warnings." summary.
  expect(result.stdout).not.toMatch(/\b(?:warning|error)\s+[a-z0-9-/]+\s/);
  expect(result.stderr).not.toMatch(/You have \d+ (?:warning|error)/);
  expect(result.stderr).toContain("Your API description is valid");
}, 60_000);

it("scenarios.json is well-formed and names only the fixture's operations", () => {
  expect(scenarioFileProblems(file, [...operations.keys()])).toEqual([]);
});

describe.each(scenarios.map((scenario) => [scenario.name, scenario] as const))("sdk: %s", (_name, scenario) => {
  it("ends as expected, with the expected requests on the wire", async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    await stub.script(scenario.steps);
    const observed = await runScenario(scenario);
    const requests = await stub.requests();
    ran.add(scenario.name);
    checkScenario(scenario, expectationFor(scenario, "sdk"), observed, requests, credentialsFor(file, scenario));
    expect(Object.getOwnPropertyNames(Object.prototype), "Object.prototype gained no property").toEqual(prototypeBefore);
  }, 15_000);
});

it("ran every scenario that applies to the sdk", () => {
  expect([...ran].sort()).toEqual(scenarios.map((scenario) => scenario.name).sort());
});

it("Prism serving the fixture gets a path parameter a/b?c#d as one segment of get_item", async () => {
  const config = sdk.createConfig({ baseUrl: prism().url, credentials: file.credentials, maxRetries: 0 });
  const getItem = sdk[`${operationFor(operations, "get_item").methodName}WithHttpInfo`] as SdkCall;
  const response = await getItem(config, { itemId: "a/b?c#d" });
  expect(response.status).toBe(200);
  expect(response.data).toEqual({ id: "it_1", name: "lamp" });
  // Without the encoding the path has two segments, which no operation of the fixture matches.
  await expect(fetch(`${prism().url}/items/a/b`, { headers: { "X-Api-Key": "k" } }).then((answer) => answer.status)).resolves.toBe(404);
}, 30_000);
