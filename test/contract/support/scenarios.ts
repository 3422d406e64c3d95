// The shared scenario file (test/contract/scenarios.json), typed and checked on load. Python and
// Ruby suites read the same file; this module only reads it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../support/openapi-doc.js";

export const SCENARIOS_PATH = path.join(projectRoot, "test/contract/scenarios.json");

export const OUTCOMES = ["success", "api_error", "rejected"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Arguments in wire terms: names exactly as the spec has them. */
export interface WireArgs {
  path?: Record<string, string | number | boolean>;
  query?: Record<string, unknown>;
  header?: Record<string, string>;
  body?: unknown;
}

/** One entry of the `sl-violations` header Prism adds to a request it found invalid. */
export interface Violation {
  location: string[];
  code: string;
}

export interface Expectation {
  outcome: Outcome;
  /** Required for success and api_error; for rejected, the status Prism answers with. */
  status?: number;
  /** rejected: each must be among the request's `sl-violations`. */
  violations?: Violation[];
  /** rejected: the `type` of Prism's own problem+json body (a made-up 401). */
  problem_type?: string;
}

export interface Scenario {
  name: string;
  operationId: string;
  args: WireArgs;
  /** Sent as the `Prefer` header. */
  prefer: string | null;
  /** Whether to configure the client with credentials. */
  auth: boolean;
  expect: Expectation;
}

export interface ScenarioFile {
  /** By security scheme name: `ApiKey`, `bearerAuth`. */
  credentials: Record<string, string>;
  scenarios: Scenario[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every way `raw` breaks the file's format, one message each; `[]` when it is well-formed. */
export function scenarioFileProblems(raw: unknown): string[] {
  if (!isObject(raw)) return ["the file is not a JSON object"];
  const problems: string[] = [];
  if (!isObject(raw.credentials) || !Object.values(raw.credentials).every((value) => typeof value === "string")) {
    problems.push("credentials must map scheme names to strings");
  }
  if (!Array.isArray(raw.scenarios)) return [...problems, "scenarios must be an array"];
  const names = new Set<string>();
  raw.scenarios.forEach((entry: unknown, index) => {
    const where = `scenarios[${index}]`;
    if (!isObject(entry)) return void problems.push(`${where} is not an object`);
    const name = typeof entry.name === "string" ? entry.name : "";
    if (name === "") problems.push(`${where}.name must be a non-empty string`);
    else if (names.has(name)) problems.push(`${where}.name ${JSON.stringify(name)} is used twice`);
    names.add(name);
    if (typeof entry.operationId !== "string") problems.push(`${where}.operationId must be a string`);
    if (!isObject(entry.args)) problems.push(`${where}.args must be an object`);
    else {
      for (const key of Object.keys(entry.args)) if (!["path", "query", "header", "body"].includes(key)) problems.push(`${where}.args.${key} is not path, query, header or body`);
      for (const key of ["path", "query", "header"] as const) if (entry.args[key] !== undefined && !isObject(entry.args[key])) problems.push(`${where}.args.${key} must be an object`);
    }
    if (entry.prefer !== null && typeof entry.prefer !== "string") problems.push(`${where}.prefer must be a string or null`);
    if (typeof entry.auth !== "boolean") problems.push(`${where}.auth must be a boolean`);
    const expectation = entry.expect;
    if (!isObject(expectation)) return void problems.push(`${where}.expect must be an object`);
    if (!OUTCOMES.includes(expectation.outcome as Outcome)) problems.push(`${where}.expect.outcome must be one of ${OUTCOMES.join(", ")}`);
    if (expectation.status !== undefined && !Number.isInteger(expectation.status)) problems.push(`${where}.expect.status must be an integer`);
    if (expectation.outcome !== "rejected" && expectation.status === undefined) problems.push(`${where}.expect.status is required for ${String(expectation.outcome)}`);
    if (expectation.violations !== undefined) {
      const valid =
        Array.isArray(expectation.violations) &&
        expectation.violations.every((violation: unknown) => isObject(violation) && Array.isArray(violation.location) && typeof violation.code === "string");
      if (!valid) problems.push(`${where}.expect.violations must be a list of {location: string[], code: string}`);
    }
  });
  return problems;
}

/** Reads and checks the shared scenario file. @throws Error listing every format problem. */
export function loadScenarioFile(filePath: string = SCENARIOS_PATH): ScenarioFile {
  const raw: unknown = JSON.parse(readFileSync(filePath, "utf8"));
  const problems = scenarioFileProblems(raw);
  if (problems.length > 0) throw new Error(`${filePath}:\n  ${problems.join("\n  ")}`);
  return raw as ScenarioFile;
}
