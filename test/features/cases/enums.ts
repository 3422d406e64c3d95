import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation, property, schemaType } from "../support/model-lookup.js";

/** A task whose enum fields hold values the spec does not list (`archived`, 7, `blue`, `paused`). */
const UNKNOWN_VALUES = { title: "t", status: "archived", priority: 7, color: "blue", labels: ["open", "paused"] };
const UNKNOWN_JSON = JSON.stringify(UNKNOWN_VALUES);

export const enums: FeatureCase = {
  fixture: "enums",
  proves: "string and integer enums, inline and in arrays and query parameters; values unknown to the spec are kept",
  model(model) {
    expect(schemaType(model, "Status")).toEqual({ kind: "enum", base: "string", values: ["open", "done"], nullable: false });
    expect(schemaType(model, "Priority")).toEqual({ kind: "enum", base: "integer", values: [1, 2, 3], nullable: false });
    expect(property(model, "Task", "color").type).toMatchObject({ kind: "enum", values: ["red", "green"] });
    expect(operation(model, "list_tasks").parameters.find((parameter) => parameter.name === "sort")?.type).toMatchObject({ kind: "enum", values: ["asc", "desc"] });
  },
  typedUsage: `
import type { components, ListTasksParams } from "../sdk/src/index.js";

export const task: components["schemas"]["Task"] = { title: "t", status: "done", priority: 3, color: "red", labels: ["open"] };
export const query: ListTasksParams = { status: "open", sort: "desc" };
// @ts-expect-error the TypeScript types stay unions of the listed values
export const typo: ListTasksParams = { sort: "descending" };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: `[${UNKNOWN_JSON}]` });
    const response = await sdk.operation("listTasks")(sdk.config(), { status: "open", sort: "asc" });
    expect(server.requests[0]!.url).toBe("/tasks?status=open&sort=asc");
    expect(response.data).toEqual([UNKNOWN_VALUES]);
  },
  python: [
    {
      title: "python keeps enum values the spec does not list (open enums)",
      code: `import json
from enums.models.task import Task
from enums.models.status import Status
t = Task.from_dict(json.loads(${JSON.stringify(UNKNOWN_JSON)}))
print(t.status.value, t.status.is_known, t.priority, t.color, [label.value for label in t.labels], Status("done").is_known)
print(json.dumps(t.to_dict(), sort_keys=True))`,
      stdout: `archived False 7 blue ['open', 'paused'] True\n${JSON.stringify(UNKNOWN_VALUES, Object.keys(UNKNOWN_VALUES).sort()).replace(/,/g, ", ").replace(/:/g, ": ")}`,
    },
  ],
  ruby: [
    {
      title: "ruby keeps enum values the spec does not list (open enums)",
      code: `require "json"
t = Enums::Task.build_from_hash(JSON.parse(${JSON.stringify(UNKNOWN_JSON)}))
p [t.status, t.priority, t.color, t.labels, Enums::Status.known?(t.status), Enums::Status.known?("done")]
puts JSON.generate(t.to_hash)`,
      stdout: `["archived", 7, "blue", ["open", "paused"], false, true]\n${UNKNOWN_JSON}`,
    },
  ],
};
