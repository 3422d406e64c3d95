// The bounded load run of open issue 7 ("Under load"), loopback only: 50 concurrent clients of each
// TypeScript flavor, 10 calls each, against Prism serving the fixture and against the stub server
// failing every 5th request (20 %) with 503 + Retry-After: 0. Every call must settle before its
// deadline, in success or the flavor's typed error; the server sees at most calls × (maxRetries + 1)
// attempts. One summary line per run is printed. Prism is warmed up first by untimed rounds.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { useSuitePrism } from "../contract/support/suite-prism.js";
import { generateFixtureClients } from "./support/generate-fixture.js";
import { FIXTURE_SPEC, readScenarioFile } from "./support/scenarios.js";
import { startStubServer, type StubServer } from "./support/stub-server.js";

const CLIENTS = 50;
const CALLS_PER_CLIENT = 10;
const CALLS = CLIENTS * CALLS_PER_CLIENT;
/** A call still unsettled after this long counts as hung. */
const CALL_DEADLINE_MS = 15_000;
/** sdk retries: enough that a call meeting a 503 on every attempt (one request in five fails) is out of reach. */
const MAX_RETRIES = 9;
const FAIL_EVERY = 5;
/** Untimed rounds of CALLS plain fetch calls against Prism before the timed runs. */
const WARM_UP_ROUNDS = 3;

type SdkCall = (config: unknown, params: object, options?: object) => Promise<{ status: number; data: unknown }>;
interface SdkModule {
  createConfig(options: object): unknown;
  getStatusWithHttpInfo: SdkCall;
  SdkError: abstract new (...args: never[]) => Error;
}
type FetchGet = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
interface FetchModule {
  createClient(options: object): { GET: FetchGet };
  InvalidRequestError: abstract new (...args: never[]) => Error;
}

/** How one call ended: success, or a typed error named by its class (or `HTTP <status>` for fetch's error results). */
type CallEnd = { ok: true } | { ok: false; kind: string; typed: boolean };

interface RunSummary {
  label: string;
  successes: number;
  errors: Record<string, number>;
  untyped: string[];
  hung: number;
  /** Requests that left the client (counted in its `fetch`). */
  attempts: number;
  p50Ms: number;
  p99Ms: number;
  durationMs: number;
}

const { credentials } = readScenarioFile();
let sdk: SdkModule;
let fetchFlavor: FetchModule;
let stub: StubServer;
const prism = useSuitePrism(FIXTURE_SPEC);

beforeAll(async () => {
  const { dir } = await generateFixtureClients("load", ["sdk", "fetch"]);
  sdk = (await import(pathToFileURL(path.join(dir, "sdk/src/index.ts")).href)) as SdkModule;
  fetchFlavor = (await import(pathToFileURL(path.join(dir, "fetch/src/index.ts")).href)) as FetchModule;
  stub = await startStubServer();
  // Prism answers its first requests slowly: whichever client ran first had a p99 of 0.26-1.0 s,
  // against 0.06-0.15 s for any client (raw fetch included) from the second or third round on.
  // Untimed rounds of plain fetch calls warm it, so the figures are the clients' more than Prism's.
  for (let round = 0; round < WARM_UP_ROUNDS; round++) await warmUp(prism().url);
}, 120_000);

async function warmUp(baseUrl: string): Promise<void> {
  const apiKey = (credentials as { ApiKey: string }).ApiKey;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let index = 0; index < CALLS_PER_CLIENT; index++) {
        const response = await fetch(`${baseUrl}/status`, { headers: { "X-Api-Key": apiKey, accept: "application/json" } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`Prism's warm-up call answered HTTP ${response.status}`);
      }
    }),
  );
}

afterAll(async () => {
  await stub?.close();
});

const percentile = (sorted: number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;

/**
 * Runs CLIENTS clients at once, each making CALLS_PER_CLIENT calls one after another. `makeClient`
 * gets a `fetch` that counts attempts and returns one call of its own client.
 */
async function loadRun(label: string, makeClient: (countingFetch: typeof fetch) => () => Promise<CallEnd>): Promise<RunSummary> {
  let attempts = 0;
  const countingFetch: typeof fetch = (input, init) => {
    attempts += 1;
    return fetch(input, init);
  };
  const latencies: number[] = [];
  const summary: RunSummary = { label, successes: 0, errors: {}, untyped: [], hung: 0, attempts: 0, p50Ms: 0, p99Ms: 0, durationMs: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const call = makeClient(countingFetch);
      for (let index = 0; index < CALLS_PER_CLIENT; index++) {
        const callStarted = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), CALL_DEADLINE_MS)));
        const end = await Promise.race([call().catch((error: unknown): CallEnd => ({ ok: false, kind: `untyped ${String(error)}`, typed: false })), deadline]);
        clearTimeout(timer);
        latencies.push(performance.now() - callStarted);
        if (end === "hung") summary.hung += 1;
        else if (end.ok) summary.successes += 1;
        else if (!end.typed) summary.untyped.push(end.kind);
        else summary.errors[end.kind] = (summary.errors[end.kind] ?? 0) + 1;
      }
    }),
  );
  summary.durationMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  Object.assign(summary, { attempts, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) });
  return summary;
}

/** `serverSaw`: the stub server's own count; Prism keeps none, so only what the clients sent is printed. */
function print(summary: RunSummary, serverSaw?: number): void {
  const errors = Object.entries(summary.errors).map(([kind, count]) => `${kind} ${count}`).join(", ") || "none";
  console.log(
    `load ${summary.label}: ${CALLS} calls, ${summary.successes} ok, typed errors: ${errors}, untyped ${summary.untyped.length}, hung ${summary.hung}; ` +
      `attempts sent ${summary.attempts}${serverSaw === undefined ? "" : `, server saw ${serverSaw}`}; p50 ${summary.p50Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms; ${(summary.durationMs / 1000).toFixed(2)} s`,
  );
}

function sdkClient(baseUrl: string, countingFetch: typeof fetch): () => Promise<CallEnd> {
  const config = sdk.createConfig({ baseUrl, credentials, fetch: countingFetch, timeoutMs: 8000, maxRetries: MAX_RETRIES, maxRetryTimeMs: 12_000, retry: { initialDelayMs: 1, maxDelayMs: 20 } });
  return async () => {
    try {
      await sdk.getStatusWithHttpInfo(config, {});
      return { ok: true };
    } catch (error) {
      return error instanceof sdk.SdkError ? { ok: false, kind: error.name, typed: true } : { ok: false, kind: String(error), typed: false };
    }
  };
}

function fetchClient(baseUrl: string, countingFetch: typeof fetch): () => Promise<CallEnd> {
  const client = fetchFlavor.createClient({ baseUrl, auth: credentials, fetch: countingFetch });
  return async () => {
    try {
      const { response } = await client.GET("/status");
      // The thin flavor's typed error is the `{ error, response }` result.
      return response.ok ? { ok: true } : { ok: false, kind: `HTTP ${response.status}`, typed: true };
    } catch (error) {
      // A network failure is what fetch rejects with (surfaced as it is), with its code.
      const typed = error instanceof fetchFlavor.InvalidRequestError || (error instanceof TypeError && (error.cause as { code?: unknown } | undefined)?.code !== undefined);
      return { ok: false, kind: (error as Error).name, typed };
    }
  };
}

function expectSettled(summary: RunSummary): void {
  expect(summary.hung, `${summary.label}: calls still unsettled after ${CALL_DEADLINE_MS} ms`).toBe(0);
  expect(summary.untyped, `${summary.label}: calls that ended in an untyped error`).toEqual([]);
  expect(summary.successes + Object.values(summary.errors).reduce((sum, count) => sum + count, 0)).toBe(CALLS);
}

it("sdk: 50 clients x 10 calls against Prism all succeed, within the retry bound", async () => {
  const summary = await loadRun("sdk -> Prism", (countingFetch) => sdkClient(prism().url, countingFetch));
  print(summary);
  expectSettled(summary);
  expect(summary.successes).toBe(CALLS);
  // One attempt each unless the machine is so loaded that an attempt timed out and was retried.
  expect(summary.attempts).toBeGreaterThanOrEqual(CALLS);
  expect(summary.attempts).toBeLessThanOrEqual(CALLS * (MAX_RETRIES + 1));
}, 60_000);

it("fetch: 50 clients x 10 calls against Prism all succeed, one attempt each", async () => {
  const summary = await loadRun("fetch -> Prism", (countingFetch) => fetchClient(prism().url, countingFetch));
  print(summary);
  expectSettled(summary);
  expect(summary.successes).toBe(CALLS);
  expect(summary.attempts).toBe(CALLS);
}, 60_000);

it(`sdk: 50 clients x 10 calls against a server failing every ${FAIL_EVERY}th request with 503 + Retry-After: 0 all succeed by retrying`, async () => {
  await stub.load({ failEvery: FAIL_EVERY, fail: { status: 503, headers: { "retry-after": "0" }, json: { message: "busy" } }, ok: { json: { status: "ok" } } });
  const summary = await loadRun(`sdk -> stub (503 every ${FAIL_EVERY}th)`, (countingFetch) => sdkClient(stub.url, countingFetch));
  const served = await stub.count();
  print(summary, served);
  expectSettled(summary);
  expect(summary.successes).toBe(CALLS);
  expect(served).toBe(summary.attempts);
  expect(served).toBeLessThanOrEqual(CALLS * (MAX_RETRIES + 1));
  // Every 503 served was retried once, and nothing else was: attempts = calls + 503s.
  expect(served).toBe(CALLS + Math.floor(served / FAIL_EVERY));
}, 60_000);

it(`fetch: 50 clients x 10 calls against a server failing every ${FAIL_EVERY}th request: exactly those end as 503 results, none retried`, async () => {
  await stub.load({ failEvery: FAIL_EVERY, fail: { status: 503, headers: { "retry-after": "0" }, json: { message: "busy" } }, ok: { json: { status: "ok" } } });
  const summary = await loadRun(`fetch -> stub (503 every ${FAIL_EVERY}th)`, (countingFetch) => fetchClient(stub.url, countingFetch));
  const served = await stub.count();
  print(summary, served);
  expectSettled(summary);
  expect(served).toBe(CALLS);
  expect(summary.errors).toEqual({ "HTTP 503": CALLS / FAIL_EVERY });
  expect(summary.successes).toBe(CALLS - CALLS / FAIL_EVERY);
}, 60_000);
