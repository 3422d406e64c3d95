import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { property, schemaType } from "../support/model-lookup.js";

const TREE = { name: "root", children: [{ name: "a", children: [{ name: "a1", children: [] }] }, { name: "b", children: [] }] };
const FOLDER = { name: "/", entries: [{ name: "etc", entries: [{ name: "hosts", size: 12 }] }, { name: "README", size: 3 }] };

export const recursiveSchemas: FeatureCase = {
  fixture: "recursive-schemas",
  proves: "self-recursive (tree, nullable linked list) and mutually recursive (Folder -> Entry -> Folder) schemas",
  model(model) {
    expect(property(model, "TreeNode", "children").type).toEqual({ kind: "array", items: { kind: "ref", name: "TreeNode", nullable: false }, nullable: false });
    expect(property(model, "ListNode", "next").type).toEqual({ kind: "ref", name: "ListNode", nullable: true });
    expect(schemaType(model, "Entry")).toMatchObject({ kind: "union", variants: [{ name: "Folder" }, { name: "File" }] });
    expect(property(model, "File", "parent").type).toEqual({ kind: "ref", name: "Folder", nullable: false });
  },
  typedUsage: `
import type { components } from "../sdk/src/index.js";

type TreeNode = components["schemas"]["TreeNode"];
export const tree: TreeNode = ${JSON.stringify(TREE)};
export const list: components["schemas"]["ListNode"] = { value: 1, next: { value: 2, next: null } };
export const folder: components["schemas"]["Folder"] = ${JSON.stringify(FOLDER)};
export function depth(node: TreeNode): number {
  return 1 + Math.max(0, ...node.children.map(depth));
}
// @ts-expect-error children are nodes, not strings
export const broken: TreeNode = { name: "x", children: ["y"] };
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(TREE) });
    const response = await sdk.operation("echoTree")(sdk.config(), { treeNode: TREE });
    expect(JSON.parse(server.requests[0]!.body)).toEqual(TREE);
    expect(response.data).toEqual(TREE);
  },
  python: [
    {
      title: "python decodes a recursive tree and mutually recursive folders",
      code: `import json
from recursive_schemas.models.tree_node import TreeNode
from recursive_schemas.models.folder import Folder
t = TreeNode.from_dict(json.loads(${JSON.stringify(JSON.stringify(TREE))}))
f = Folder.from_dict(json.loads(${JSON.stringify(JSON.stringify(FOLDER))}))
print(type(t.children[0].children[0]).__name__, t.children[0].children[0].name, type(f.entries[0]).__name__, type(f.entries[1]).__name__)
print(t.to_dict() == json.loads(${JSON.stringify(JSON.stringify(TREE))}), f.to_dict() == json.loads(${JSON.stringify(JSON.stringify(FOLDER))}))`,
      stdout: "TreeNode a1 Folder File\nTrue True",
    },
  ],
  ruby: [
    {
      title: "ruby decodes a recursive tree",
      code: `require "json"
t = RecursiveSchemas::TreeNode.build_from_hash(JSON.parse(${JSON.stringify(JSON.stringify(TREE))}))
p [t.children.first.children.first.class.name, t.children.first.children.first.name, t.to_hash == JSON.parse(${JSON.stringify(JSON.stringify(TREE))})]`,
      stdout: `["RecursiveSchemas::TreeNode", "a1", true]`,
    },
  ],
};
