// What the scenario file fails to cover, operation by operation.
import type { ContractOperation } from "./contract-operations.js";
import type { Scenario } from "./scenarios.js";

const isSuccessStatus = (status: string) => /^2(\d\d|XX)$/.test(status);

/**
 * One message per gap: an operation without a success scenario, without an api_error scenario for a
 * documented error status, or (when it needs credentials) without a missing-credential scenario;
 * and a scenario naming an operation or status the bundle does not have.
 */
export function findCoverageGaps(operations: ReadonlyMap<string, ContractOperation>, scenarios: readonly Scenario[]): string[] {
  const gaps: string[] = [];
  for (const scenario of scenarios) {
    const operation = operations.get(scenario.operationId);
    if (!operation) {
      gaps.push(`scenario ${JSON.stringify(scenario.name)} names ${scenario.operationId}, which the bundle does not have`);
      continue;
    }
    const { outcome, status } = scenario.expect;
    if (outcome !== "rejected" && status !== undefined && !operation.responses.has(String(status))) {
      gaps.push(`scenario ${JSON.stringify(scenario.name)} expects ${status}, which ${operation.operationId} does not document`);
    }
  }
  for (const operation of operations.values()) {
    const own = scenarios.filter((scenario) => scenario.operationId === operation.operationId);
    const has = (outcome: string, status: string) =>
      own.some((scenario) => scenario.auth && scenario.expect.outcome === outcome && String(scenario.expect.status) === status);
    const successStatuses = [...operation.responses.keys()].filter(isSuccessStatus);
    if (!successStatuses.some((status) => has("success", status))) {
      gaps.push(`${operation.operationId}: no success scenario (documented: ${successStatuses.join(", ") || "none"})`);
    }
    for (const status of operation.responses.keys()) {
      if (!isSuccessStatus(status) && !has("api_error", status)) gaps.push(`${operation.operationId}: no api_error scenario for its documented ${status}`);
    }
    const needsCredentials = operation.security.length > 0 && operation.security.every((alternative) => alternative.length > 0);
    if (needsCredentials && !own.some((scenario) => !scenario.auth && scenario.expect.outcome === "rejected")) {
      gaps.push(`${operation.operationId}: no missing-credential scenario (auth: false, outcome: rejected)`);
    }
  }
  return gaps;
}
