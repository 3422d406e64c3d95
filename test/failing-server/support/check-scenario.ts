// What a runner observed for one scenario, and the assertions every TypeScript runner makes on it.
import { inspect } from "node:util";
import { expect } from "vitest";
import type { Expectation, FailingScenario, Outcome } from "./scenarios.js";
import type { StubRequest } from "./stub-server.js";

/** One call's result, classified by the runner of a flavor. */
export interface Observed {
  /** `unexpected`: the call ended in something no outcome names (a bug, or a bare error). */
  outcome: Outcome | "unexpected";
  /** The status the response or error reports. */
  status?: number | undefined;
  /** success: the decoded body (`undefined` = no data). */
  data?: unknown;
  /** The content type the error (or response) reports. */
  contentType?: string | undefined;
  /** The error's message, when something was thrown. */
  message?: string | undefined;
  /** What was thrown, if anything. */
  error?: unknown;
  elapsedMs: number;
}

/** Every string form of an error a user or a log line could see. */
export function stringFormsOf(error: unknown): string[] {
  if (error === undefined) return [];
  const forms = [String(error), inspect(error, { depth: 5 })];
  if (error instanceof Error) forms.push(error.message, error.stack ?? "");
  return forms;
}

/** Runs `call`, timing it and classifying what it ends in with `classify`. */
export async function observe(call: () => Promise<Omit<Observed, "elapsedMs">>, classify: (error: unknown) => Omit<Observed, "elapsedMs">): Promise<Observed> {
  const started = performance.now();
  let result: Omit<Observed, "elapsedMs">;
  try {
    result = await call();
  } catch (error) {
    result = classify(error);
  }
  return { ...result, elapsedMs: performance.now() - started };
}

const headerValues = (request: StubRequest, name: string): string[] =>
  request.headers.filter(([header]) => header.toLowerCase() === name).map(([, value]) => value);

/**
 * Asserts `observed` and the requests the stub server recorded against the scenario's expectation
 * for this flavor, and that no string form of an error holds a credential.
 */
export function checkScenario(scenario: FailingScenario, want: Expectation, observed: Observed, requests: StubRequest[], credentials: Record<string, string>): void {
  const described = `${scenario.name}: ${observed.outcome}${observed.error === undefined ? "" : ` (${inspect(observed.error, { depth: 2 }).slice(0, 600)})`}`;
  expect(observed.outcome, described).toBe(want.outcome);
  if (want.status !== undefined) expect(observed.status, "status").toBe(want.status);
  expect(requests.map((request) => request.target), "raw request targets, one per attempt").toEqual(want.targets);
  expect(requests.length, "attempts").toBe(want.attempts);
  if ("data" in want) expect(observed.data ?? null, "data").toEqual(want.data);
  if (want.contentType !== undefined) expect(observed.contentType ?? "", "content type").toMatch(new RegExp(`^${want.contentType.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`, "i"));
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    for (const [index, request] of requests.entries()) expect(headerValues(request, name), `header ${name} of attempt ${index + 1}`).toEqual([value]);
  }
  for (const name of want.absentHeaders ?? []) {
    for (const [index, request] of requests.entries()) expect(headerValues(request, name), `header ${name} of attempt ${index + 1}`).toEqual([]);
  }
  for (const name of want.sameHeaders ?? []) {
    const values = requests.map((request) => headerValues(request, name));
    expect(values.every((value) => value.length === 1), `${name} on every attempt, once`).toBe(true);
    expect(new Set(values.map((value) => value[0])).size, `one ${name} across attempts`).toBe(1);
  }
  if (want.bodies !== undefined) expect(requests.map((request) => (request.body === "" ? null : JSON.parse(request.body))), "request bodies").toEqual(want.bodies);
  for (const text of want.messageIncludes ?? []) expect(observed.message ?? "", "error message").toContain(text);
  const forms = stringFormsOf(observed.error);
  for (const text of [...(want.messageExcludes ?? []), ...Object.values(credentials)]) {
    for (const form of forms) expect(form.includes(text), `an error's string form holds ${JSON.stringify(text)}: ${form.slice(0, 300)}`).toBe(false);
  }
  if (want.minElapsedMs !== undefined) expect(observed.elapsedMs, "elapsed ms").toBeGreaterThanOrEqual(want.minElapsedMs);
  if (want.maxElapsedMs !== undefined) expect(observed.elapsedMs, "elapsed ms").toBeLessThanOrEqual(want.maxElapsedMs);
}
