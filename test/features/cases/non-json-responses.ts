import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

const CSV = "month,total\n2025-01,12\n2025-02,7\n";

export const nonJsonResponses: FeatureCase = {
  fixture: "non-json-responses",
  proves: "text/plain and text/csv responses returned as strings (errors too), never parsed as JSON",
  model(model) {
    expect(operation(model, "export_report").responses.map((response) => [response.status, response.mediaType])).toEqual([
      ["200", "text/csv"],
      ["404", "text/plain"],
    ]);
  },
  typedUsage: `
import { exportReport, getGreeting, type ResolvedClientConfig } from "../sdk/src/index.js";

export async function texts(config: ResolvedClientConfig): Promise<string> {
  const greeting: string = await getGreeting(config);
  const csv: string = await exportReport(config, { year: 2025 });
  return greeting + csv;
}
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: "{not json} héllo" });
    expect((await sdk.operation("getGreeting")(sdk.config())).data).toBe("{not json} héllo");
    expect(server.requests[0]!.headers.accept).toBe("*/*");

    server.reply({ status: 200, headers: { "content-type": "text/csv" }, body: CSV });
    expect((await sdk.operation("exportReport")(sdk.config(), { year: 2025 })).data).toBe(CSV);
    expect(server.requests[1]!.url).toBe("/reports/2025");

    server.reply({ status: 404, headers: { "content-type": "text/plain" }, body: "no report for 1999" });
    const failure = await sdk.operation("exportReport")(sdk.config(), { year: 1999 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 404, body: "no report for 1999" });
  },
};
