// The mock's request log: Prism's lines (copied from a real run) -> what `npm run mock` prints.
// (A unit test of scripts/lib/mock/format-prism-log.ts, kept beside the mock's other tests.)
import { describe, expect, it } from "vitest";
import { formatPrismLog } from "../../../scripts/lib/mock/format-prism-log.js";

describe("formatPrismLog", () => {
  it.each([
    ["a request, on a 12-hour clock", { given: "[2:14:07 PM] › [HTTP SERVER] get /v1/organization_invitations ℹ  info      Request received", want: "14:14:07 GET /v1/organization_invitations" }],
    ["a request just after midnight", { given: "[12:00:09 AM] › [HTTP SERVER] post /api/invitation ℹ  info      Request received", want: "00:00:09 POST /api/invitation" }],
    ["the status sent", { given: '[2:14:07 PM] ›     [NEGOTIATOR] ℹ  info      > Responding with "422"', want: "         ← 422" }],
    [
      "a request violation",
      {
        given: "[2:14:07 PM] ›     [VALIDATOR] ✖  error     Violation: request.query.limit Request query parameter limit must be integer",
        want: "         ✖ violation: request.query.limit Request query parameter limit must be integer",
      },
    ],
    [
      "a response violation (a warning)",
      { given: "[2:14:07 PM] ›     [VALIDATOR] ⚠  warning   Violation: response.body Response body must have required property 'id'", want: "         ⚠ violation: response.body Response body must have required property 'id'" },
    ],
    [
      "a refused request",
      {
        given: "[2:13:51 PM] › [HTTP SERVER] post /api/invitation ✖  error     Request terminated with error: https://stoplight.io/prism/errors#UNAUTHORIZED: Invalid security scheme used",
        want: "         ✖ UNAUTHORIZED: Invalid security scheme used",
      },
    ],
    ["negotiation chatter", { given: "[2:14:07 PM] ›     [NEGOTIATOR] ✔  success   Found a compatible content for */*", want: undefined }],
    ["the validator's summary of violations", { given: "[2:14:07 PM] ›     [VALIDATOR] ⚠  warning   Request did not pass the validation rules", want: undefined }],
    ["Prism's own route list", { given: "[2:13:28 PM] › [CLI] ℹ  info      POST       http://127.0.0.1:4599/api/invitation", want: undefined }],
    ["Prism's start banner", { given: "[2:13:28 PM] › [CLI] ▶  start     Prism is listening on http://127.0.0.1:4599", want: undefined }],
    ["a CLI error", { given: "[2:13:28 PM] › [CLI] ✖  fatal     Error opening file", want: "Error opening file" }],
    ["colour codes", { given: "\u001b[90m[2:14:07 PM]\u001b[39m › [HTTP SERVER] get /nope ℹ  info      Request received", want: "14:14:07 GET /nope" }],
    ["a line in no known format", { given: "    at Object.<anonymous> (/x/prism.js:1:1)", want: "    at Object.<anonymous> (/x/prism.js:1:1)" }],
    ["a blank line", { given: "   ", want: undefined }],
  ])("%s", (_name, { given, want }) => {
    expect(formatPrismLog(given)).toBe(want);
  });
});
