// Reading our CLI's output in the generation benchmark: table-driven, [name, { given, want }].
import { describe, expect, it } from "vitest";
import { parseStepTimings, TOTAL_STEP } from "../../../scripts/bench/generation.js";
import { announcedFlavors } from "../../../scripts/bench/our-flavors.js";

const OUTPUT = `generate: ../shared/reference-specs/clerk-bapi-2026-05-12.yml -> .tmp/bench/generate/clerk/ours (fetch, sdk, docs)
  lint                     1161 ms
  bundle                   1188 ms
  types (openapi-typescript)    641 ms
  render sdk                177 ms
done: 314 written, 0 unchanged, 0 removed (5229 ms)
`;

describe("parseStepTimings", () => {
  it.each([
    ["a step", { step: "lint", want: 1161 }],
    ["a step whose name has spaces and parentheses, printed past its column", { step: "types (openapi-typescript)", want: 641 }],
    ["the CLI's own total", { step: TOTAL_STEP, want: 5229 }],
  ] as const)("%s", (_name, { step, want }) => {
    expect(parseStepTimings(OUTPUT).get(step)).toBe(want);
  });

  it("reads only step lines", () => {
    expect([...parseStepTimings(OUTPUT).keys()]).toEqual(["lint", "bundle", "types (openapi-typescript)", "render sdk", TOTAL_STEP]);
  });

  it("finds nothing in an unrelated output", () => {
    expect(parseStepTimings("error: something broke\n").size).toBe(0);
  });
});

describe("announcedFlavors", () => {
  it.each([
    ["the flavors the CLI announces", { given: OUTPUT, want: ["fetch", "sdk", "docs"] }],
    ["nothing when it announced none", { given: "error: unknown flavor\n", want: undefined }],
  ] as const)("%s", (_name, { given, want }) => {
    expect(announcedFlavors(given)).toEqual(want);
  });
});
