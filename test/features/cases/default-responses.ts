import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const defaultResponses: FeatureCase = {
  fixture: "default-responses",
  proves: "`default` responses: the error body beside a 200, and the success body when `default` is the only response",
  model(model) {
    expect(operation(model, "list_widgets").responses.map((response) => [response.status, response.kind])).toEqual([
      ["200", "success"],
      ["default", "default"],
    ]);
    expect(operation(model, "get_status").responses).toMatchObject([{ status: "default", kind: "default", type: { kind: "ref", name: "Status" } }]);
  },
  typedUsage: `
import type { GetStatusResult, ListWidgetsErrorBody, ListWidgetsResult } from "../sdk/src/index.js";

export const widgets: ListWidgetsResult = ["a"];
export const error: ListWidgetsErrorBody = { message: "boom" };
// The only response is \`default\`: it types the success body too.
export const status: GetStatusResult = { healthy: true };
// @ts-expect-error healthy is a boolean
export const wrong: GetStatusResult = { healthy: "yes" };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 503, headers: { "content-type": "application/json" }, body: '{"message":"down for maintenance"}' });
    const failure = await sdk.operation("listWidgets")(sdk.config()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(sdk.module.ApiError as new () => unknown);
    expect(failure).toMatchObject({ status: 503, body: { message: "down for maintenance" } });

    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: '{"healthy":true}' });
    expect((await sdk.operation("getStatus")(sdk.config())).data).toEqual({ healthy: true });
  },
  leftOut: [
    { language: "python", behaviour: "the body of an operation whose only response is `default`", why: "the python flavor decodes its success as None (`responses={\"2XX\": decode_none}`, response_kind \"empty\")" },
    { language: "ruby", behaviour: "the body of an operation whose only response is `default`", why: "the ruby flavor gives it `return_type: nil`, so the body is dropped" },
  ],
};
