// Each rule of our Redocly plugin fires on a fixture that breaks it and stays quiet on one that
// keeps it. The real Redocly CLI runs the plugin, exactly as `npm run lint` does.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runRedocly } from "../../../scripts/lib/load/run-redocly.js";
import { projectRoot } from "../../support/openapi-doc.js";

interface Problem {
  ruleId: string;
  message: string;
  location: Array<{ pointer: string }>;
}

async function lintFixture(name: string): Promise<Problem[]> {
  const fixture = path.join(projectRoot, "test/fixtures/rules", name);
  const result = await runRedocly(["lint", fixture, "--config", path.join(projectRoot, "redocly.yaml"), "--format", "json"], projectRoot);
  const json = result.stdout.slice(result.stdout.indexOf("{"));
  return (JSON.parse(json) as { problems: Problem[] }).problems;
}

const houseRule = (problem: Problem) => problem.ruleId.startsWith("invitations/");

describe("house rules (spec/rules)", () => {
  let bad: Problem[] = [];
  let good: Problem[] = [];
  beforeAll(async () => {
    [bad, good] = await Promise.all([lintFixture("bad.yaml"), lintFixture("good.yaml")]);
  });

  const firing: Array<[string, { rule: string; pointer: string; message: RegExp }]> = [
    ["operationId not snake_case", { rule: "operation-id-convention", pointer: "#/paths/~1things/get/operationId", message: /must be snake_case/ }],
    ["operationId not starting with a verb", { rule: "operation-id-convention", pointer: "#/paths/~1things/post/operationId", message: /must start with a verb/ }],
    ["no tag", { rule: "operation-contract", pointer: "#/paths/~1things/post", message: /at least one tag/ }],
    ["no summary", { rule: "operation-contract", pointer: "#/paths/~1things/post", message: /must have a summary/ }],
    ["no operation-level security", { rule: "operation-contract", pointer: "#/paths/~1things/post", message: /declare its own `security`/ }],
    ["no 4xx response (only a 2xx)", { rule: "operation-contract", pointer: "#/paths/~1things/get/responses", message: /at least one 4xx/ }],
    ["no 4xx response (a 204)", { rule: "operation-contract", pointer: "#/paths/~1things~1{id}/delete/responses", message: /at least one 4xx/ }],
    ["JSON success response without example", { rule: "json-examples-present", pointer: "#/paths/~1things/get/responses/200/content/application~1json", message: /must have an example/ }],
    ["JSON request body without example", { rule: "json-examples-present", pointer: "#/paths/~1things/post/requestBody/content/application~1json", message: /must have an example/ }],
    ["unsupported pagination style", { rule: "pagination-extension", pointer: "#/paths/~1things/get/x-pagination", message: /"cursor" is not supported/ }],
    ["pagination naming a missing parameter", { rule: "pagination-extension", pointer: "#/paths/~1things/get/x-pagination", message: /"skip", which is not a query parameter/ }],
  ];

  it.each(firing)("fires on %s", (_name, { rule, pointer, message }) => {
    const hits = bad.filter((problem) => problem.ruleId === `invitations/${rule}` && problem.location[0]?.pointer === pointer);
    expect(hits.map((hit) => hit.message)).toContainEqual(expect.stringMatching(message));
  });

  it("reports nothing else on the bad fixture", () => {
    expect(bad.filter(houseRule)).toHaveLength(firing.length);
  });

  it("stays quiet on the good fixture", () => {
    expect(good.filter(houseRule)).toEqual([]);
  });

  it("passes the canonical spec with no problem at all", async () => {
    const result = await runRedocly(["lint", "spec/openapi.yaml", "--format", "json"], projectRoot);
    const problems = (JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))) as { problems: Problem[] }).problems;
    expect(problems).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});
