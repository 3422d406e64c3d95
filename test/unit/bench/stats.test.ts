// The bench's statistics: table-driven, [name, { given, want }].
import { describe, expect, it } from "vitest";
import { median, pairwiseDifferences, pairwiseRatios, summarize } from "../../../scripts/bench/stats.js";

describe("median", () => {
  it.each([
    ["one value", { given: [7], want: 7 }],
    ["odd count, unsorted", { given: [9, 1, 5], want: 5 }],
    ["even count: mean of the middle two", { given: [4, 1, 3, 2], want: 2.5 }],
    ["duplicates", { given: [2, 2, 2, 9], want: 2 }],
  ] as const)("%s", (_name, { given, want }) => {
    expect(median(given)).toBe(want);
  });

  it("refuses an empty list", () => {
    expect(() => median([])).toThrow(RangeError);
  });

  it("leaves its input in place", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("summarize", () => {
  it.each([
    ["one run", { given: [12], want: { min: 12, median: 12, max: 12, n: 1 } }],
    ["several runs", { given: [30, 10, 20, 50, 40], want: { min: 10, median: 30, max: 50, n: 5 } }],
  ] as const)("%s", (_name, { given, want }) => {
    expect(summarize(given)).toEqual(want);
  });
});

describe("pairwiseRatios", () => {
  it.each([
    ["run i of A over run i of B", { a: [2, 9, 4], b: [1, 3, 8], want: [2, 3, 0.5] }],
    // Not the ratio of medians (5/3): each run is compared with the one taken beside it.
    ["pairs, not medians", { a: [10, 5, 1], b: [5, 5, 3], want: [2, 1, 1 / 3] }],
  ] as const)("%s", (_name, { a, b, want }) => {
    expect(pairwiseRatios(a, b)).toEqual(want);
  });

  it.each([
    ["different lengths", { a: [1, 2], b: [1] }],
    ["no samples", { a: [], b: [] }],
  ] as const)("refuses %s", (_name, { a, b }) => {
    expect(() => pairwiseRatios(a, b)).toThrow(RangeError);
  });
});

describe("pairwiseDifferences", () => {
  it("subtracts run by run", () => {
    expect(pairwiseDifferences([15, 20, 12], [10, 10, 13])).toEqual([5, 10, -1]);
  });

  it("refuses different lengths", () => {
    expect(() => pairwiseDifferences([1], [1, 2])).toThrow(RangeError);
  });
});
