import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const cookieAndHeaderParameters: FeatureCase = {
  fixture: "cookie-and-header-parameters",
  proves: "header parameters sent as headers and cookie parameters as one `Cookie` header, optional ones left out",
  model(model) {
    const parameters = operation(model, "get_cart").parameters.map((parameter) => `${parameter.in}:${parameter.name}:${parameter.required}`);
    expect(parameters).toEqual(["path:cart_id:true", "header:X-Request-ID:true", "header:X-Retry-Count:false", "cookie:session_id:true", "cookie:theme:false"]);
  },
  typedUsage: `
import type { GetCartParams } from "../sdk/src/index.js";

export const params: GetCartParams = { cartId: "c1", xRequestId: "r1", sessionId: "s1", xRetryCount: 2, theme: "dark" };
// @ts-expect-error the session cookie is required
export const noSession: GetCartParams = { cartId: "c1", xRequestId: "r1" };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '{"items":2}' });
    await sdk.operation("getCart")(sdk.config(), { cartId: "c1", xRequestId: "req-1", xRetryCount: 2, sessionId: "s 1;x", theme: "dark" });
    await sdk.operation("getCart")(sdk.config(), { cartId: "c1", xRequestId: "req-2", sessionId: "s2" });
    const [full, minimal] = server.requests;
    expect(full!.headers).toMatchObject({ "x-request-id": "req-1", "x-retry-count": "2", cookie: "session_id=s%201%3Bx; theme=dark" });
    expect(minimal!.headers).toMatchObject({ "x-request-id": "req-2", cookie: "session_id=s2" });
    expect(minimal!.headers).not.toHaveProperty("x-retry-count");
  },
};
