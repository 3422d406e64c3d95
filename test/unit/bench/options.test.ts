// `npm run bench` flags and environment variables: table-driven, [name, { given, want }].
import { describe, expect, it } from "vitest";
import { BENCH_DEFAULTS, describeNonDefaults, parseBenchOptions, SECTIONS } from "../../../scripts/bench/options.js";

describe("parseBenchOptions", () => {
  it("defaults: every section, default counts, BENCHMARKS.md", () => {
    const options = parseBenchOptions([], {});
    expect(options).toMatchObject({ ...BENCH_DEFAULTS, sections: [...SECTIONS], flavors: [], help: false });
    expect(describeNonDefaults(options)).toEqual([]);
  });

  it.each([
    ["a flag", { argv: ["--runs", "3"], env: {}, want: { runs: 3 } }],
    ["an environment variable", { argv: [], env: { BENCH_TSC_RUNS: "2" }, want: { tscRuns: 2 } }],
    ["a flag wins over the environment", { argv: ["--batches", "4"], env: { BENCH_BATCHES: "9" }, want: { batches: 4 } }],
    ["zero warm-up runs is allowed", { argv: ["--warmup", "0"], env: {}, want: { warmup: 0 } }],
    ["sections keep the bench's order", { argv: ["--only", "bundle, generate"], env: {}, want: { sections: ["generate", "bundle"] } }],
    ["sections from the environment", { argv: [], env: { BENCH_ONLY: "mock" }, want: { sections: ["mock"] } }],
    ["flavors", { argv: ["--flavors", "sdk,fetch"], env: {}, want: { flavors: ["sdk", "fetch"] } }],
    ["no report", { argv: ["--no-report"], env: { BENCH_REPORT: "x.md" }, want: { report: "" } }],
    ["another report file", { argv: [], env: { BENCH_REPORT: "x.md" }, want: { report: "x.md" } }],
  ] as const)("%s", (_name, { argv, env, want }) => {
    expect(parseBenchOptions(argv, env)).toMatchObject(want);
  });

  it.each([
    ["zero runs", { argv: ["--runs", "0"], env: {}, error: /--runs \(BENCH_RUNS\) expects a whole number >= 1, got "0"/ }],
    ["a fraction", { argv: ["--tsc-runs", "1.5"], env: {}, error: /--tsc-runs/ }],
    ["a word, from the environment", { argv: [], env: { BENCH_MOCK_SECONDS: "ten" }, error: /BENCH_MOCK_SECONDS/ }],
    ["an unknown section", { argv: ["--only", "generate,speed"], env: {}, error: /unknown section "speed"/ }],
  ] as const)("refuses %s", (_name, { argv, env, error }) => {
    expect(() => parseBenchOptions(argv, env)).toThrow(error);
  });

  it("refuses an unknown flag", () => {
    expect(() => parseBenchOptions(["--fast"], {})).toThrow(/Unknown option '--fast'/);
  });

  it("describes what differs from the defaults, for the report's command line", () => {
    expect(describeNonDefaults(parseBenchOptions(["--runs", "3", "--only", "generate"], {}))).toEqual(["--runs 3", "--only generate"]);
  });
});
