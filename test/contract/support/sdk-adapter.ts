// Scenario -> one call of the `sdk` flavor (@invitations-api/sdk), through its public API: the
// client's API property, the `…WithHttpInfo` method, one params object with camelCase names.
import { ApiError, InvitationsApiClient, type ApiResponse, type RequestOptions } from "@invitations-api/sdk";
import type { CallOutcome } from "./call-outcome.js";
import type { ContractOperation } from "./contract-operations.js";
import type { Scenario } from "./scenarios.js";

type SdkMethod = (params: Record<string, unknown>, options?: RequestOptions) => Promise<ApiResponse<unknown>>;

/** The scenario's wire arguments under the sdk's argument names. */
export function sdkParams(operation: ContractOperation, scenario: Scenario): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    const values = scenario.args[parameter.location as "path" | "query" | "header"] as Record<string, unknown> | undefined;
    if (values && Object.hasOwn(values, parameter.wireName)) params[parameter.argName] = values[parameter.wireName];
  }
  const unknown = (["path", "query", "header"] as const).flatMap((location) =>
    Object.keys(scenario.args[location] ?? {}).filter((name) => !operation.parameters.some((parameter) => parameter.location === location && parameter.wireName === name)),
  );
  if (unknown.length > 0) throw new Error(`${scenario.name}: ${operation.operationId} has no parameter(s) ${unknown.join(", ")}`);
  if (scenario.args.body !== undefined) {
    if (!operation.bodyArgName) throw new Error(`${scenario.name}: ${operation.operationId} takes no body`);
    params[operation.bodyArgName] = scenario.args.body;
  }
  return params;
}

export async function callWithSdk(baseUrl: string, credentials: Record<string, string>, operation: ContractOperation, scenario: Scenario): Promise<CallOutcome> {
  // No retries: a 500 scenario must answer once, not after backoff.
  const client = new InvitationsApiClient({ baseUrl, credentials: scenario.auth ? credentials : {}, maxRetries: 0 });
  const api = (client as unknown as Record<string, Record<string, unknown> | undefined>)[operation.apiProperty];
  const method = api?.[`${operation.methodName}WithHttpInfo`];
  if (typeof method !== "function") throw new Error(`the sdk has no client.${operation.apiProperty}.${operation.methodName}WithHttpInfo`);
  const options: RequestOptions = scenario.prefer === null ? {} : { headers: { Prefer: scenario.prefer } };
  try {
    const response = await (method as SdkMethod).call(api, sdkParams(operation, scenario), options);
    return { kind: "success", status: response.status, headers: response.headers, body: response.data };
  } catch (error) {
    if (error instanceof ApiError) return { kind: "error", status: error.status, headers: error.headers, body: error.body };
    throw error;
  }
}
