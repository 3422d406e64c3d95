import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { property, schemaType } from "../support/model-lookup.js";

const BOARD = { grid: [[{ mark: "x" }, { mark: "o" }], [{ mark: "" }]], layers: [[["a"]], [["b", "c"]]], gaps: [[1, 2], null] };

export const arraysOfArrays: FeatureCase = {
  fixture: "arrays-of-arrays",
  proves: "arrays of arrays: a number matrix, a grid of $ref cells, three levels deep, and arrays of nullable arrays",
  model(model) {
    expect(schemaType(model, "Matrix")).toMatchObject({ kind: "array", items: { kind: "array", items: { kind: "primitive", type: "number" } } });
    expect(property(model, "Board", "grid").type).toMatchObject({ kind: "array", items: { kind: "array", items: { kind: "ref", name: "Cell" } } });
    expect(property(model, "Board", "layers").type).toMatchObject({ kind: "array", items: { kind: "array", items: { kind: "array", items: { kind: "primitive" } } } });
    expect(property(model, "Board", "gaps").type).toMatchObject({ kind: "array", items: { kind: "array", nullable: true } });
  },
  typedUsage: `
import type { components } from "../sdk/src/index.js";

export const matrix: components["schemas"]["Matrix"] = [[1, 2], [3, 4]];
export const board: components["schemas"]["Board"] = ${JSON.stringify(BOARD)};
// @ts-expect-error a matrix is two levels deep
export const flat: components["schemas"]["Matrix"] = [1, 2];
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: "[[1,3],[2,4]]" });
    const response = await sdk.operation("transpose")(sdk.config(), { matrix: [[1, 2], [3, 4]] });
    expect(server.requests[0]!.body).toBe("[[1,2],[3,4]]");
    expect(response.data).toEqual([[1, 3], [2, 4]]);
  },
  python: [
    {
      title: "python decodes a grid of models and nested lists",
      code: `import json
from arrays_of_arrays.models.board import Board
b = Board.from_dict(json.loads(${JSON.stringify(JSON.stringify(BOARD))}))
print(type(b.grid[0][1]).__name__, b.grid[0][1].mark, b.layers[1][0], b.gaps)`,
      stdout: "Cell o ['b', 'c'] [[1, 2], None]",
    },
  ],
  ruby: [
    {
      title: "ruby decodes a grid of models",
      code: `require "json"
b = ArraysOfArrays::Board.build_from_hash(JSON.parse(${JSON.stringify(JSON.stringify(BOARD))}))
p [b.grid[0][1].class.name, b.grid[0][1].mark, b.layers[1][0], b.gaps]`,
      stdout: `["ArraysOfArrays::Cell", "o", ["b", "c"], [[1, 2], nil]]`,
    },
  ],
};
