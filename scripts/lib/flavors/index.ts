import { PipelineError } from "../pipeline-error.js";
import type { FlavorDefinition } from "./flavor.js";
import { docsFlavor } from "./docs.js";
import { fetchFlavor } from "./fetch.js";
import { pythonFlavor } from "./python.js";
import { rubyFlavor } from "./ruby.js";
import { sdkFlavor } from "./sdk.js";

/** Every flavor, in render order. Adding a flavor: a definition here plus templates/<name>/. */
export const FLAVORS: readonly FlavorDefinition[] = [fetchFlavor, sdkFlavor, docsFlavor, pythonFlavor, rubyFlavor];

export const FLAVOR_NAMES = FLAVORS.map((flavor) => flavor.name);

export function selectFlavors(names: readonly string[] | undefined): FlavorDefinition[] {
  if (!names || names.length === 0) return [...FLAVORS];
  return names.map((name) => {
    const flavor = FLAVORS.find((candidate) => candidate.name === name);
    if (!flavor) throw new PipelineError(`unknown flavor ${JSON.stringify(name)} (known: ${FLAVOR_NAMES.join(", ")})`, "--flavor");
    return flavor;
  });
}
