// operationIds are the stable key every generator derives its names from, so they share one
// convention: snake_case, starting with a verb, e.g. `list_organization_invitations`.
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const VERBS = ["get", "list", "create", "post", "put", "update", "patch", "delete", "revoke", "send"];

export default function OperationIdConvention() {
  return {
    Operation: {
      enter(operation, ctx) {
        const id = operation.operationId;
        if (typeof id !== "string" || id === "") {
          ctx.report({ message: "Operation must have an operationId.", location: ctx.location.key() });
          return;
        }
        if (!SNAKE_CASE.test(id)) {
          ctx.report({
            message: `operationId "${id}" must be snake_case (lowercase words joined by "_").`,
            location: ctx.location.child("operationId"),
          });
          return;
        }
        const verb = id.split("_")[0];
        if (!VERBS.includes(verb)) {
          ctx.report({
            message: `operationId "${id}" must start with a verb (${VERBS.join(", ")}).`,
            location: ctx.location.child("operationId"),
          });
        }
      },
    },
  };
}
