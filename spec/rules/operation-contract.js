// Every operation states its own contract: a tag (generators group methods by it), a summary (docs),
// its own security requirement (an explicit `security: []` for public operations, so that nobody
// relies on the root default by accident) and at least one documented 4xx response.
export default function OperationContract() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!Array.isArray(operation.tags) || operation.tags.length === 0) {
          ctx.report({ message: "Operation must have at least one tag.", location: ctx.location.key() });
        }
        if (typeof operation.summary !== "string" || operation.summary.trim() === "") {
          ctx.report({ message: "Operation must have a summary.", location: ctx.location.key() });
        }
        if (!Array.isArray(operation.security)) {
          ctx.report({
            message: "Operation must declare its own `security` (use `security: []` for a public operation).",
            location: ctx.location.key(),
          });
        }
        const statuses = Object.keys(operation.responses ?? {});
        if (!statuses.some((status) => /^4(\d\d|XX)$/i.test(status))) {
          ctx.report({
            message: "Operation must document at least one 4xx response.",
            location: ctx.location.child("responses").key(),
          });
        }
      },
    },
  };
}
