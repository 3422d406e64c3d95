import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation, property } from "../support/model-lookup.js";

export const deprecatedOperations: FeatureCase = {
  fixture: "deprecated-operations",
  proves: "deprecated operations, parameters and properties are marked @deprecated and still work",
  model(model) {
    expect(operation(model, "list_users_v1").deprecated).toBe(true);
    expect(operation(model, "list_users").deprecated).toBe(false);
    expect(operation(model, "list_users_v1").parameters[0]).toMatchObject({ name: "page", deprecated: true });
    expect(property(model, "User", "login").deprecated).toBe(true);
  },
  typedUsage: `
import { listUsers, listUsersV1, type ResolvedClientConfig } from "../sdk/src/index.js";

export async function both(config: ResolvedClientConfig): Promise<number> {
  return (await listUsersV1(config, { page: 2 })).length + (await listUsers(config)).length;
}
`,
  async sdk({ sdk, server, outDir }) {
    const source = await readFile(path.join(outDir, "sdk/src/operations/default-api.ts"), "utf8");
    const docBefore = (name: string) => source.slice(0, source.indexOf(`export async function ${name}(`)).split("/**").at(-1)!;
    expect(docBefore("listUsersV1")).toContain("@deprecated");
    expect(docBefore("listUsers")).not.toContain("@deprecated");
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '[{"id":"u1"}]' });
    expect((await sdk.operation("listUsersV1")(sdk.config(), { page: 2 })).data).toEqual([{ id: "u1" }]);
    expect(server.requests[0]!.url).toBe("/v1/users?page=2");
  },
};
