import type { ApiModel, OperationModel, PropertyModel, TypeRef } from "../../../scripts/lib/model/api-model.js";

/** The type of a named schema; throws (failing the test) when the model has no such schema. */
export function schemaType(model: ApiModel, name: string): TypeRef {
  const schema = model.schemas.find((candidate) => candidate.name === name);
  if (!schema) throw new Error(`the model has no schema ${name} (has ${model.schemas.map((candidate) => candidate.name).join(", ")})`);
  return schema.type;
}

/** A property of a named object schema (or of an object part of an allOf). */
export function property(model: ApiModel, schemaName: string, propertyName: string): PropertyModel {
  const type = schemaType(model, schemaName);
  const objects = type.kind === "object" ? [type] : type.kind === "intersection" ? type.parts : [];
  for (const part of objects) {
    const found = part.kind === "object" ? part.properties.find((candidate) => candidate.name === propertyName) : undefined;
    if (found) return found;
  }
  throw new Error(`schema ${schemaName} has no property ${propertyName}`);
}

export function operation(model: ApiModel, operationId: string): OperationModel {
  const found = model.groups.flatMap((group) => group.operations).find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`the model has no operation ${operationId}`);
  return found;
}
