import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const queryStyles: FeatureCase = {
  fixture: "query-styles",
  proves: "query serialisation: form explode true/false (arrays and objects), spaceDelimited, pipeDelimited, deepObject",
  model(model) {
    const styles = Object.fromEntries(operation(model, "search").parameters.map((parameter) => [parameter.name, `${parameter.style}/${parameter.explode}`]));
    expect(styles).toEqual({ q: "form/true", ids: "form/true", tags: "form/false", words: "spaceDelimited/false", colors: "pipeDelimited/false", range: "form/true", filter: "deepObject/true" });
  },
  typedUsage: `
import type { SearchParams } from "../sdk/src/index.js";

export const params: SearchParams = { q: "x", ids: [1, 2], tags: ["a"], words: ["b"], colors: ["c"], range: { from: 1, to: 9 }, filter: { status: "open", min_price: 5 } };
// @ts-expect-error ids are integers
export const wrong: SearchParams = { ids: ["1"] };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: "[]" });
    const cases: Array<[object, string]> = [
      [{ ids: [1, 2, 3] }, "ids=1&ids=2&ids=3"],
      [{ tags: ["a", "b,c"] }, "tags=a,b%2Cc"],
      [{ words: ["hello", "big world"] }, "words=hello%20big%20world"],
      [{ colors: ["red", "green|blue"] }, "colors=red|green%7Cblue"],
      [{ filter: { status: "open", min_price: 5 } }, "filter[status]=open&filter[min_price]=5"],
      // form + explode with an object (RFC 6570 `{?range*}`): its properties become parameters of their own.
      [{ range: { from: 1, to: 9 } }, "from=1&to=9"],
      [{ q: "x", range: { from: 1, to: 9 }, filter: { status: "open" } }, "q=x&from=1&to=9&filter[status]=open"],
      [{ q: "a&b=c d" }, "q=a%26b%3Dc%20d"],
    ];
    for (const [params] of cases) await sdk.operation("search")(sdk.config(), params);
    expect(server.requests.map((request) => request.url)).toEqual(cases.map(([, query]) => `/search?${query}`));
  },
};
