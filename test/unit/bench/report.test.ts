// Parts of BENCHMARKS.md that decide what a reader is told: table-driven, [name, { given, want }].
import { describe, expect, it } from "vitest";
import { busyMachineWarning, fallbackLines } from "../../../scripts/bench/report.js";

describe("busyMachineWarning", () => {
  it.each([
    ["a quiet machine", { cores: 2, load: [0.2, 0.4, 0.3], warns: false }],
    ["quiet at the start, loaded by the bench's own runs", { cores: 2, load: [0.3, 2.5, 2.9, 2.2], warns: false }],
    ["the busiest the bench alone has made 2 cores", { cores: 2, load: [0.56, 3.19, 3.76], warns: false }],
    ["busy when it started", { cores: 2, load: [1.8, 2.5, 2.9], warns: true }],
    ["busier than the bench alone explains", { cores: 2, load: [0.4, 4.3, 4.6], warns: true }],
    ["busy by the median, not one spike", { cores: 4, load: [0.5, 0.6, 9], warns: false }],
  ] as const)("%s", (_name, { cores, load, warns }) => {
    expect(busyMachineWarning(cores, load) !== undefined).toBe(warns);
  });

  it("says how busy at the start and during the run, on how many cores", () => {
    expect(busyMachineWarning(2, [6, 9.5, 8])).toContain("load average was 6.0 when the bench started and 8.0 (median) during it, on 2 cores");
  });
});

describe("fallbackLines", () => {
  it("names each failing flavor with its error, then what the spec was measured with", () => {
    const lines = fallbackLines([{ specId: "clerk", failing: [{ flavor: "python", error: "exit code 1: error: `x` collides" }], used: ["fetch", "sdk"] }]);
    expect(lines).toEqual(["**python fails on clerk**: exit code 1: error: 'x' collides", "clerk is therefore measured with fetch, sdk only (generation, and tsc when it is Clerk)."]);
  });
});
