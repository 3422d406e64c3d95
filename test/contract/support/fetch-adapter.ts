// Scenario -> one call of the `fetch` flavor (@invitations-api/fetch): openapi-fetch's
// `client.METHOD(path, { params, body, headers })`, wire names as they are.
import { createClient } from "@invitations-api/fetch";
import type { CallOutcome } from "./call-outcome.js";
import type { ContractOperation } from "./contract-operations.js";
import type { Scenario } from "./scenarios.js";

type FetchMethod = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export async function callWithFetch(baseUrl: string, credentials: Record<string, string>, operation: ContractOperation, scenario: Scenario): Promise<CallOutcome> {
  const client = createClient({ baseUrl, auth: scenario.auth ? credentials : {} });
  const method = (client as unknown as Record<string, unknown>)[operation.method];
  if (typeof method !== "function") throw new Error(`the fetch client has no ${operation.method} method`);
  const { path, query, header, body } = scenario.args;
  const init: Record<string, unknown> = {
    params: { path, query, header },
    headers: scenario.prefer === null ? {} : { Prefer: scenario.prefer },
  };
  if (body !== undefined) init.body = body;
  const { data, error, response } = await (method as FetchMethod).call(client, operation.path, init);
  return response.ok
    ? { kind: "success", status: response.status, headers: response.headers, body: data }
    : { kind: "error", status: response.status, headers: response.headers, body: error };
}
