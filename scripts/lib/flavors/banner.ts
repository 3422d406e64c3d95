import type { ApiModel } from "../model/api-model.js";

/** What the generated-file banner says: the spec it came from. */
export function banner(model: ApiModel): { title: string; version: string } {
  return { title: model.title, version: model.version };
}
