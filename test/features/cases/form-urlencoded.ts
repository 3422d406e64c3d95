import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const formUrlencoded: FeatureCase = {
  fixture: "form-urlencoded",
  proves: "application/x-www-form-urlencoded bodies from a typed object: encoded values, repeated array fields",
  model(model) {
    expect(operation(model, "create_token").requestBody).toMatchObject({ mediaType: "application/x-www-form-urlencoded", type: { kind: "ref", name: "TokenRequest" } });
  },
  typedUsage: `
import type { CreateTokenParams } from "../sdk/src/index.js";

export const params: CreateTokenParams = { tokenRequest: { grant_type: "client_credentials", client_id: "app", scope: ["read", "write"], ttl: 60, offline: true } };
// @ts-expect-error client_id is required
export const missing: CreateTokenParams = { tokenRequest: { grant_type: "client_credentials" } };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '{"access_token":"t0k"}' });
    const response = await sdk.operation("createToken")(sdk.config(), {
      tokenRequest: { grant_type: "client_credentials", client_id: "app & co", scope: ["read", "write"], ttl: 60, offline: true },
    });
    const sent = server.requests[0]!;
    expect(sent.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(sent.body).toBe("grant_type=client_credentials&client_id=app%20%26%20co&scope=read&scope=write&ttl=60&offline=true");
    expect(response.data).toEqual({ access_token: "t0k" });
  },
  leftOut: [
    { language: "python", behaviour: "the form-encoded body on the wire", why: "the python runtime (api_client.py) JSON-encodes the body although Content-Type says application/x-www-form-urlencoded" },
  ],
};
