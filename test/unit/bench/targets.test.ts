// The targets against measured figures: table-driven, [name, { given, want }].
import { describe, expect, it } from "vitest";
import { checkTargets, type TargetInputs } from "../../../scripts/bench/targets.js";

const holds = (inputs: TargetInputs) => checkTargets(inputs).map((check) => check.holds);

describe("checkTargets", () => {
  it("reports every target as not measured when no section ran", () => {
    expect(holds({})).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it.each([
    ["no-lint ratio at the limit holds", { given: { noLintVsOpenapiTypescript: 1.0 }, index: 0, want: true }],
    ["no-lint ratio above the limit fails", { given: { noLintVsOpenapiTypescript: 1.01 }, index: 0, want: false }],
    ["lint ratio at 1.6x holds", { given: { lintVsOpenapiTypescript: 1.6 }, index: 1, want: true }],
    ["lint ratio above 1.6x fails", { given: { lintVsOpenapiTypescript: 2.3 }, index: 1, want: false }],
    ["tsc faster than every peer holds", { given: { tscSdkVsPeers: [{ peer: "orval", ratio: 0.7 }, { peer: "hey-api", ratio: 0.99 }] }, index: 2, want: true }],
    ["tsc as slow as one peer fails", { given: { tscSdkVsPeers: [{ peer: "orval", ratio: 0.7 }, { peer: "hey-api", ratio: 1 }] }, index: 2, want: false }],
    ["10 µs overhead holds", { given: { sdkStubOverheadUs: 10 }, index: 3, want: true }],
    ["10.5 µs overhead fails", { given: { sdkStubOverheadUs: 10.5 }, index: 3, want: false }],
    ["1500 B holds", { given: { sdkAppGzipBytes: 1500 }, index: 4, want: true }],
    ["1501 B fails", { given: { sdkAppGzipBytes: 1501 }, index: 4, want: false }],
    ["unchanged run under 1 s holds", { given: { unchangedGenerate: { ms: 999, skippedRuns: 5, runs: 5 } }, index: 5, want: true }],
    ["unchanged run of 1 s fails", { given: { unchangedGenerate: { ms: 1000, skippedRuns: 5, runs: 5 } }, index: 5, want: false }],
    ["no run skipped the stages: fails however fast", { given: { unchangedGenerate: { ms: 10, skippedRuns: 0, runs: 5 } }, index: 5, want: false }],
  ] as const)("%s", (_name, { given, index, want }) => {
    expect(holds(given)[index]).toBe(want);
  });

  it("says what it measured", () => {
    const [noLint, , tsc, , size, unchanged] = checkTargets({
      noLintVsOpenapiTypescript: 1.234,
      tscSdkVsPeers: [{ peer: "orval", ratio: 0.5 }],
      sdkAppGzipBytes: 1234,
      unchangedGenerate: { ms: 812.4, skippedRuns: 4, runs: 5 },
    });
    expect(noLint!.measured).toBe("1.23x (median pairwise ratio)");
    expect(tsc!.measured).toBe("0.50x of orval");
    expect(size!.measured).toBe("1234 B (1.23 kB)");
    expect(unchanged!.measured).toBe("812 ms (median of the 4 of 5 runs that skipped the stages)");
  });
});
