// The one place a scenario's expectation is checked, for every flavor alike.
import { expect } from "vitest";
import type { CallOutcome } from "./call-outcome.js";
import type { ContractOperation } from "./contract-operations.js";
import type { ResponseValidator } from "./response-validator.js";
import { documentedStatus } from "./response-validator.js";
import type { Scenario, Violation } from "./scenarios.js";

/** Prism's `sl-violations` header: what it found wrong with the request. `[]` when absent. */
export function requestViolations(headers: Headers): Violation[] {
  const raw = headers.get("sl-violations");
  if (raw === null) return [];
  const parsed: unknown = JSON.parse(raw);
  return Array.isArray(parsed) ? (parsed as Violation[]) : [];
}

function summarize(outcome: CallOutcome): string {
  return `got ${outcome.kind} ${outcome.status}: ${JSON.stringify(outcome.body)?.slice(0, 300)}; sl-violations ${outcome.headers.get("sl-violations") ?? "none"}`;
}

export function expectOutcome(scenario: Scenario, operation: ContractOperation, outcome: CallOutcome, validate: ResponseValidator): void {
  const wanted = scenario.expect;
  const context = `${scenario.name}: ${summarize(outcome)}`;
  const violations = requestViolations(outcome.headers);
  switch (wanted.outcome) {
    case "success":
      expect(outcome.kind, context).toBe("success");
      expect(outcome.status, context).toBe(wanted.status);
      // The client sent exactly what the spec says: Prism found nothing wrong with the request.
      expect(violations, context).toEqual([]);
      expect(validate(operation, outcome.status, outcome.body), context).toEqual([]);
      break;
    case "api_error":
      expect(outcome.kind, context).toBe("error");
      expect(outcome.status, context).toBe(wanted.status);
      expect(violations, context).toEqual([]);
      // Parsed, not text: the vendor's error object.
      expect(outcome.body, context).toBeTypeOf("object");
      expect(outcome.body, context).not.toBeNull();
      expect(validate(operation, outcome.status, outcome.body), context).toEqual([]);
      break;
    case "rejected":
      expect(outcome.kind, context).toBe("error");
      expect(outcome.status, context).toBeGreaterThanOrEqual(400);
      expect(outcome.status, context).toBeLessThan(500);
      if (wanted.status !== undefined) expect(outcome.status, context).toBe(wanted.status);
      for (const violation of wanted.violations ?? []) {
        expect(violations, context).toContainEqual(expect.objectContaining({ location: violation.location, code: violation.code }));
      }
      if (wanted.problem_type !== undefined) {
        expect(outcome.headers.get("content-type"), context).toMatch(/^application\/problem\+json/);
        expect(outcome.body, context).toMatchObject({ type: wanted.problem_type, status: outcome.status });
      } else if (documentedStatus(operation, outcome.status) !== undefined) {
        // Prism answered with the documented response for that status: its body follows the spec too.
        expect(validate(operation, outcome.status, outcome.body), context).toEqual([]);
      }
      break;
  }
}
