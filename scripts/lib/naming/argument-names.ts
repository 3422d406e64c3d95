import type { ParameterModel } from "../model/api-model.js";
import { assignUniqueNames, type NamingStrategy } from "./naming-strategy.js";

/** One argument of a generated method: a parameter, or the request body (no `parameter`). */
export interface ArgumentItem {
  wireName: string;
  pointer: string;
  parameter?: ParameterModel;
}

/**
 * Names an operation's arguments in one language. Real specs have parameters that collide after
 * case conversion (Clerk: `frontendApi` and `frontend_api`): those keep their wire names, made
 * identifiers; the same wire name in two locations (`id` in path and query) also gets its
 * location. Only a collision that remains is an error naming both JSON pointers.
 */
export function assignArgumentNames<T extends ArgumentItem>(items: readonly T[], naming: NamingStrategy, operationId: string): Map<T, string> {
  return assignUniqueNames(items, (item) => naming.parameterName(item.wireName), (item) => item.pointer, {
    what: `argument name in ${operationId}`,
    fallbackOf: (item) =>
      naming.verbatimName(item.parameter && items.some((other) => other !== item && other.wireName === item.wireName) ? `${item.wireName}_${item.parameter.in}` : item.wireName),
  });
}
