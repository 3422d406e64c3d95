import { describe, expect, it } from "vitest";
import type { ApiModel } from "../../../scripts/lib/model/api-model.js";
import { exampleValue, patternExample } from "../../../scripts/lib/flavors/docs-values.js";

const emptyModel = { schemas: [] } as unknown as ApiModel;

describe("patternExample", () => {
  // Patterns from Clerk's Backend API spec: ids that Prism refuses unless they match.
  it.each(["^org_\\w{27}$", "^[A-Z]{2}$", "^[^_][A-Za-z0-9_-]*$", "^(\\S(.*\\S)?)?$", "^(user|org|mch|scim)_\\w{27}$", "^aplt_[0-9A-Fa-f]{32}$"])("makes a value matching %s", (pattern) => {
    const value = patternExample(pattern);
    expect(value).toMatch(new RegExp(pattern, "u"));
  });

  it("leaves the open choices to letters and digits", () => {
    expect(patternExample("^org_.{12}$")).toMatch(/^org_[A-Za-z0-9]{12}$/);
  });

  it("is the same on every run, so regenerating never churns the docs", () => {
    expect(patternExample("^org_\\w{27}$")).toBe(patternExample("^org_\\w{27}$"));
    expect(patternExample("^org_\\w{27}$")).not.toBe(patternExample("^user_\\w{27}$"));
  });

  it("gives up on a pattern that is not an ECMAScript regular expression", () => {
    expect(patternExample("[unclosed")).toBeUndefined();
  });

  it("gives up rather than return a value that does not match", () => {
    // A lookahead randexp ignores: it would produce "b", which does not match.
    expect(patternExample("^(?=a)b$")).toBeUndefined();
  });
});

describe("exampleValue for a string with a pattern", () => {
  it("matches the pattern", () => {
    expect(exampleValue({ kind: "primitive", type: "string", pattern: "^inv_\\d{6}$", nullable: false }, emptyModel)).toMatch(/^inv_\d{6}$/);
  });

  it("stays generic when there is no pattern or it cannot be honoured", () => {
    expect(exampleValue({ kind: "primitive", type: "string", nullable: false }, emptyModel)).toBe("example");
    expect(exampleValue({ kind: "primitive", type: "string", pattern: "(", nullable: false }, emptyModel)).toBe("example");
  });
});
