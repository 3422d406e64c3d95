// Every scenario of scenarios.json, through both TypeScript flavors, against one real Prism.
import { describe, it } from "vitest";
import { readBundle } from "../support/openapi-doc.js";
import { operationFor, readContractOperations } from "./support/contract-operations.js";
import { expectOutcome } from "./support/expect-outcome.js";
import { callWithFetch } from "./support/fetch-adapter.js";
import { createResponseValidator } from "./support/response-validator.js";
import { loadScenarioFile } from "./support/scenarios.js";
import { callWithSdk } from "./support/sdk-adapter.js";
import { useSuitePrism } from "./support/suite-prism.js";

const bundle = readBundle();
const operations = readContractOperations(bundle);
const validate = createResponseValidator(bundle);
const { credentials, scenarios } = loadScenarioFile();

const FLAVORS = [
  ["sdk", callWithSdk],
  ["fetch", callWithFetch],
] as const;

const prism = useSuitePrism();

describe.concurrent.each(FLAVORS)("%s flavor against the mock", (_flavor, call) => {
  it.each(scenarios.map((scenario) => [`${scenario.name} (${scenario.expect.outcome}${scenario.expect.status ? ` ${scenario.expect.status}` : ""})`, scenario] as const))(
    "%s",
    async (_name, scenario) => {
      const operation = operationFor(operations, scenario.operationId);
      const outcome = await call(prism().url, credentials, operation, scenario);
      expectOutcome(scenario, operation, outcome, validate);
    },
  );
});
