// The failing-server scenarios (test/failing-server/scenarios.json), typed and checked on load.
// The Python and Ruby runners read the same file; this module only reads it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../support/openapi-doc.js";

export const SCENARIOS_PATH = path.join(projectRoot, "test/failing-server/scenarios.json");
export const FIXTURE_SPEC = path.join(projectRoot, "test/fixtures/failing-server/api.yaml");

export const FLAVORS = ["sdk", "fetch", "python", "ruby"] as const;
export type Flavor = (typeof FLAVORS)[number];

export const OUTCOMES = ["success", "refused_before_sending", "api_error", "invalid_response", "timeout", "connection_error", "aborted", "response_too_large"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One answer of the stub server (see the `$comment` of scenarios.json). */
export interface Step {
  status?: number;
  headers?: Record<string, string>;
  httpDateHeaders?: Record<string, number>;
  json?: unknown;
  body?: string;
  repeat?: number;
  suffix?: string;
  delayMs?: number;
  action?: "hang" | "reset" | "close-after-headers" | "stall-body" | "endless-body" | "huge-body";
  bodyBytes?: number;
}

/** Client options in language-neutral terms; times in milliseconds. */
export interface ScenarioOptions {
  timeoutMs?: number;
  maxRetries?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  maxRetryTimeMs?: number;
  maxResponseBytes?: number;
  idempotencyKey?: string;
  abortAfterMs?: number;
}

export interface Expectation {
  outcome: Outcome;
  status?: number;
  attempts: number;
  targets: string[];
  data?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  absentHeaders?: string[];
  sameHeaders?: string[];
  bodies?: unknown[];
  messageIncludes?: string[];
  messageExcludes?: string[];
  minElapsedMs?: number;
  maxElapsedMs?: number;
}

/** Arguments in wire terms; a key holding `null` means the caller passed null. */
export interface WireArgs {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  body?: unknown;
}

export interface FailingScenario {
  name: string;
  operationId: string;
  flavors?: Flavor[];
  args: WireArgs;
  options: ScenarioOptions;
  credentials?: Record<string, string>;
  baseUrl?: "stub" | "refused";
  note?: string;
  steps: Step[];
  expect: Expectation;
  expectOverrides?: Partial<Record<Flavor, Partial<Expectation>>>;
}

export interface ScenarioFile {
  credentials: Record<string, string>;
  /** Options used when a scenario leaves them out. */
  defaults: Required<Pick<ScenarioOptions, "timeoutMs" | "maxRetries" | "initialDelayMs" | "maxDelayMs" | "maxRetryTimeMs">>;
  scenarios: FailingScenario[];
}

const SCENARIO_KEYS = ["name", "operationId", "flavors", "args", "options", "credentials", "baseUrl", "note", "steps", "expect", "expectOverrides"];
const OPTION_KEYS = ["timeoutMs", "maxRetries", "initialDelayMs", "maxDelayMs", "maxRetryTimeMs", "maxResponseBytes", "idempotencyKey", "abortAfterMs"];
const EXPECT_KEYS = ["outcome", "status", "attempts", "targets", "data", "contentType", "headers", "absentHeaders", "sameHeaders", "bodies", "messageIncludes", "messageExcludes", "minElapsedMs", "maxElapsedMs"];
const STEP_KEYS = ["status", "headers", "httpDateHeaders", "json", "body", "repeat", "suffix", "delayMs", "action", "bodyBytes"];
const ACTIONS = ["hang", "reset", "close-after-headers", "stall-body", "endless-body", "huge-body"];
/** Outcomes where a response arrived, so `status` says which. */
const WITH_STATUS: readonly Outcome[] = ["success", "api_error", "invalid_response", "response_too_large"];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const unknownKeys = (value: Record<string, unknown>, known: readonly string[]) => Object.keys(value).filter((key) => !known.includes(key));

/** Every way `raw` breaks the format, one message each naming the scenario; `[]` when well-formed. */
export function scenarioFileProblems(raw: unknown, operationIds: readonly string[]): string[] {
  if (!isObject(raw)) return ["the file is not a JSON object"];
  const problems: string[] = [];
  if (!isObject(raw.credentials) || !Object.values(raw.credentials).every((value) => typeof value === "string")) problems.push("credentials must map scheme names to strings");
  if (!isObject(raw.defaults) || unknownKeys(raw.defaults, OPTION_KEYS).length > 0) problems.push("defaults must hold options only");
  if (!Array.isArray(raw.scenarios) || raw.scenarios.length === 0) return [...problems, "scenarios must be a non-empty array"];
  const names = new Set<string>();
  raw.scenarios.forEach((scenario: unknown, index) => {
    if (!isObject(scenario)) return void problems.push(`scenarios[${index}] is not an object`);
    const at = `scenario ${JSON.stringify(scenario.name ?? index)}`;
    if (typeof scenario.name !== "string" || scenario.name === "") problems.push(`${at}: name must be a non-empty string`);
    else if (names.has(scenario.name)) problems.push(`${at}: name is used twice`);
    else names.add(scenario.name);
    for (const key of unknownKeys(scenario, SCENARIO_KEYS)) problems.push(`${at}: unknown field ${key}`);
    if (!operationIds.includes(String(scenario.operationId))) problems.push(`${at}: the fixture has no operation ${JSON.stringify(scenario.operationId)}`);
    if (scenario.flavors !== undefined && !(Array.isArray(scenario.flavors) && scenario.flavors.length > 0 && scenario.flavors.every((flavor) => FLAVORS.includes(flavor as Flavor)))) {
      problems.push(`${at}: flavors must be a non-empty list of ${FLAVORS.join(", ")}`);
    }
    if (!isObject(scenario.args) || unknownKeys(scenario.args, ["path", "query", "header", "body"]).length > 0) problems.push(`${at}: args holds path, query, header and body only`);
    if (!isObject(scenario.options) || unknownKeys(scenario.options, OPTION_KEYS).length > 0) problems.push(`${at}: options holds ${OPTION_KEYS.join(", ")} only`);
    if (scenario.baseUrl !== undefined && scenario.baseUrl !== "stub" && scenario.baseUrl !== "refused") problems.push(`${at}: baseUrl is stub or refused`);
    if (!Array.isArray(scenario.steps)) problems.push(`${at}: steps must be an array`);
    else {
      scenario.steps.forEach((step: unknown, stepIndex) => {
        if (!isObject(step)) return void problems.push(`${at}: steps[${stepIndex}] is not an object`);
        for (const key of unknownKeys(step, STEP_KEYS)) problems.push(`${at}: steps[${stepIndex}] has unknown field ${key}`);
        if (step.action !== undefined && !ACTIONS.includes(String(step.action))) problems.push(`${at}: steps[${stepIndex}].action ${JSON.stringify(step.action)} is not one of ${ACTIONS.join(", ")}`);
      });
    }
    const expectations = [scenario.expect, ...Object.values(isObject(scenario.expectOverrides) ? scenario.expectOverrides : {}).map((override) => ({ ...(scenario.expect as object), ...(override as object) }))];
    for (const expectation of expectations) {
      if (!isObject(expectation)) {
        problems.push(`${at}: expect must be an object`);
        continue;
      }
      for (const key of unknownKeys(expectation, EXPECT_KEYS)) problems.push(`${at}: expect has unknown field ${key}`);
      if (!OUTCOMES.includes(expectation.outcome as Outcome)) problems.push(`${at}: expect.outcome must be one of ${OUTCOMES.join(", ")}`);
      if (WITH_STATUS.includes(expectation.outcome as Outcome) !== (typeof expectation.status === "number")) problems.push(`${at}: expect.status is given exactly when a response arrived (${WITH_STATUS.join(", ")})`);
      if (!Array.isArray(expectation.targets) || expectation.targets.length !== expectation.attempts) problems.push(`${at}: expect.targets must list one target per attempt`);
    }
    if (isObject(scenario.expectOverrides)) {
      for (const flavor of Object.keys(scenario.expectOverrides)) {
        if (!FLAVORS.includes(flavor as Flavor)) problems.push(`${at}: expectOverrides.${flavor} is not a flavor`);
      }
    }
  });
  return problems;
}

export function readScenarioFile(): ScenarioFile {
  return JSON.parse(readFileSync(SCENARIOS_PATH, "utf8")) as ScenarioFile;
}

/** Whether `scenario` applies to `flavor`. */
export function appliesTo(scenario: FailingScenario, flavor: Flavor): boolean {
  return scenario.flavors === undefined || scenario.flavors.includes(flavor);
}

/** The scenario's expectation for one flavor, its override applied. */
export function expectationFor(scenario: FailingScenario, flavor: Flavor): Expectation {
  return { ...scenario.expect, ...(scenario.expectOverrides?.[flavor] ?? {}) };
}

/** The scenario's options over the file's defaults. */
export function optionsFor(file: ScenarioFile, scenario: FailingScenario): ScenarioOptions & ScenarioFile["defaults"] {
  return { ...file.defaults, ...scenario.options };
}

/** The credentials the client is configured with for this scenario. */
export function credentialsFor(file: ScenarioFile, scenario: FailingScenario): Record<string, string> {
  return scenario.credentials ?? file.credentials;
}
