import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const perOperationServers: FeatureCase = {
  fixture: "per-operation-servers",
  proves: "operation- and path-level servers (variables at their defaults) are used when no baseUrl is set; a baseUrl wins",
  model(model) {
    expect(operation(model, "list_users").servers).toEqual([{ url: "https://api.example.test/v1" }]);
    expect(operation(model, "create_upload").servers).toEqual([{ url: "https://uploads.example.test/v2" }]);
    expect(operation(model, "list_reports").servers).toEqual([{ url: "https://reports.example.test" }]);
  },
  async sdk({ sdk, server }) {
    // No baseUrl: each operation goes to its own server. A fetch that records the URL and answers
    // stands in for the network (these hosts do not exist).
    const urls: string[] = [];
    const fetch = async (input: string | URL | Request) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return new Response("[]", { status: 200, headers: { "content-type": "application/json" } });
    };
    const own = sdk.config({ baseUrl: undefined, fetch });
    for (const name of ["listUsers", "createUpload", "listReports"]) await sdk.operation(name)(own);
    expect(urls).toEqual(["https://api.example.test/v1/users", "https://uploads.example.test/v2/uploads", "https://reports.example.test/reports"]);

    // A baseUrl moves every operation, including those with their own server.
    for (const name of ["listUsers", "createUpload", "listReports"]) await sdk.operation(name)(sdk.config());
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /users", "POST /uploads", "GET /reports"]);
  },
};
