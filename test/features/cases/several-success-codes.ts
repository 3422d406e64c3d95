import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const severalSuccessCodes: FeatureCase = {
  fixture: "several-success-codes",
  proves: "200 and 201 with different bodies (and 202 with none): the result is their union, each decoded",
  model(model) {
    expect(operation(model, "upsert_item").responses.map((response) => [response.status, response.kind, response.type?.kind ?? null])).toEqual([
      ["200", "success", "ref"],
      ["201", "success", "ref"],
      ["202", "success", null],
    ]);
  },
  typedUsage: `
import { upsertItemWithHttpInfo, type ResolvedClientConfig } from "../sdk/src/index.js";

export async function upsert(config: ResolvedClientConfig): Promise<string> {
  const { status, data } = await upsertItemWithHttpInfo(config, { key: "k", item: { key: "k", value: "v" } });
  if (data === undefined) return \`accepted (\${status})\`;
  // Either body: the stored item (200) or the receipt (201).
  return "created_at" in data ? data.created_at : data.value;
}
`,
  async sdk({ sdk, server }) {
    const item = { key: "k", value: "v" };
    server.reply(
      { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(item) },
      { status: 201, headers: { "content-type": "application/json" }, body: '{"created_at":"2026-01-02T03:04:05Z"}' },
      { status: 202 },
    );
    const upsert = sdk.operation("upsertItem");
    const results = [await upsert(sdk.config(), { key: "k", item }), await upsert(sdk.config(), { key: "k", item }), await upsert(sdk.config(), { key: "k", item })];
    expect(results.map(({ status, data }) => ({ status, data }))).toEqual([
      { status: 200, data: item },
      { status: 201, data: { created_at: "2026-01-02T03:04:05Z" } },
      { status: 202, data: undefined },
    ]);
  },
};
