// The scenario file covers every operation of the bundle: a success, each documented error
// status, and a call without credentials. A new operation or status without scenarios fails here.
import { describe, expect, it } from "vitest";
import { readContractOperations } from "./support/contract-operations.js";
import { findCoverageGaps } from "./support/coverage-gaps.js";
import { loadScenarioFile, scenarioFileProblems, type Scenario } from "./support/scenarios.js";

const operations = readContractOperations();
const file = loadScenarioFile();
const scenarios = file.scenarios;

const without = (predicate: (scenario: Scenario) => boolean) => scenarios.filter((scenario) => !predicate(scenario));

describe("scenario coverage", () => {
  it("covers every operation in the bundle", () => {
    expect(operations.size).toBeGreaterThan(0);
    expect(findCoverageGaps(operations, scenarios)).toEqual([]);
  });

  it("has a credential for every security scheme the scenarios need", () => {
    const schemes = new Set([...operations.values()].flatMap((operation) => operation.security.flat()));
    expect([...schemes].filter((scheme) => !(scheme in file.credentials))).toEqual([]);
  });

  it.each([
    [
      "a missing success scenario",
      { given: without((s) => s.operationId === "get_invitations" && s.expect.outcome === "success"), want: "get_invitations: no success scenario (documented: 200)" },
    ],
    [
      "a missing documented error status",
      {
        given: without((s) => s.operationId === "create_organization_invitation" && s.expect.status === 402),
        want: "create_organization_invitation: no api_error scenario for its documented 402",
      },
    ],
    [
      "a missing missing-credential scenario",
      { given: without((s) => s.operationId === "delete_invitation" && !s.auth), want: "delete_invitation: no missing-credential scenario (auth: false, outcome: rejected)" },
    ],
    [
      "an unknown operationId",
      { given: [...scenarios, { ...scenarios[0]!, name: "typo", operationId: "post_invitations" }], want: 'scenario "typo" names post_invitations, which the bundle does not have' },
    ],
    [
      "an undocumented status",
      {
        given: [...scenarios, { ...scenarios[0]!, name: "teapot", expect: { outcome: "api_error" as const, status: 418 } }],
        want: 'scenario "teapot" expects 418, which post_invitation does not document',
      },
    ],
  ])("reports %s", (_name, { given, want }) => {
    expect(findCoverageGaps(operations, given)).toEqual([want]);
  });
});

describe("scenario file format", () => {
  it("is well-formed", () => {
    expect(scenarioFileProblems(file)).toEqual([]);
  });

  it.each([
    ["no status on a success", { given: { expect: { outcome: "success" } }, want: "scenarios[0].expect.status is required for success" }],
    ["an unknown outcome", { given: { expect: { outcome: "ok", status: 200 } }, want: "scenarios[0].expect.outcome must be one of success, api_error, rejected" }],
    ["an unknown args key", { given: { args: { cookies: {} } }, want: "scenarios[0].args.cookies is not path, query, header or body" }],
  ])("rejects %s", (_name, { given, want }) => {
    const broken = { ...file, scenarios: [{ ...scenarios[0]!, ...given }] };
    expect(scenarioFileProblems(broken)).toContain(want);
  });
});
