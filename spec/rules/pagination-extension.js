// `x-pagination` tells the generators how to page an operation (clients build auto-pagination from
// it, never from parameter names). A typo there would silently produce a client that loops or stops
// early, so it is checked against the operation it describes.
const REQUIRED_FIELDS = ["style", "limitParam", "offsetParam", "itemsField"];

export default function PaginationExtension() {
  return {
    Operation: {
      enter(operation, ctx) {
        const raw = operation["x-pagination"];
        if (raw === undefined) return;
        const location = ctx.location.child("x-pagination");
        const pagination = raw.$ref ? ctx.resolve(raw).node : raw;
        if (!pagination || typeof pagination !== "object") {
          ctx.report({ message: "x-pagination must be an object.", location });
          return;
        }
        for (const field of REQUIRED_FIELDS) {
          if (typeof pagination[field] !== "string") {
            ctx.report({ message: `x-pagination.${field} must be a string.`, location });
          }
        }
        if (pagination.style !== undefined && pagination.style !== "offset") {
          ctx.report({ message: `x-pagination.style "${pagination.style}" is not supported (use "offset").`, location });
        }
        const pathItem = ctx.parent ?? {};
        const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
          .map((parameter) => (parameter.$ref ? ctx.resolve(parameter).node : parameter))
          .filter((parameter) => parameter && parameter.in === "query")
          .map((parameter) => parameter.name);
        for (const field of ["limitParam", "offsetParam"]) {
          const name = pagination[field];
          if (typeof name === "string" && !parameters.includes(name)) {
            ctx.report({ message: `x-pagination.${field} names "${name}", which is not a query parameter of this operation.`, location });
          }
        }
      },
    },
  };
}
