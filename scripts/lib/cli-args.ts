import { parseArgs } from "node:util";
import type { GenerateOptions } from "./config/resolve-config.js";
import { PipelineError } from "./pipeline-error.js";

/** `npm run generate` flags -> options. Unknown flags throw (node:util's ERR_PARSE_ARGS_* codes). */
export function parseCliArgs(argv: readonly string[]): { options: GenerateOptions; watch: boolean; help: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      spec: { type: "string" },
      out: { type: "string" },
      flavor: { type: "string", multiple: true },
      check: { type: "boolean" },
      "lint-config": { type: "string" },
      "no-lint": { type: "boolean" },
      "no-cache": { type: "boolean" },
      watch: { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  const options: GenerateOptions = {
    check: values.check ?? false,
    lint: !(values["no-lint"] ?? false),
    quiet: values.quiet ?? false,
    cache: !(values["no-cache"] ?? false),
  };
  if (values.spec !== undefined) options.spec = values.spec;
  if (values.out !== undefined) options.out = values.out;
  if (values["lint-config"] !== undefined) options.lintConfig = values["lint-config"];
  if (values.flavor !== undefined) {
    const flavors = values.flavor.flatMap((name) => name.split(",")).map((name) => name.trim());
    if (flavors.some((name) => name === "")) throw new PipelineError("--flavor needs a flavor name", "--flavor");
    options.flavors = flavors;
  }
  return { options, watch: values.watch ?? false, help: values.help ?? false };
}
