import path from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "../pipeline-error.js";
import { PRISM_DEFAULTS } from "./start-prism.js";

/** What `npm run mock` was asked for. */
export interface MockOptions {
  /** `--port N`, 1–65535. @default 4010 */
  port: number;
  /** `--host H`. @default "127.0.0.1" */
  host: string;
  /** `--dynamic` (`-d`): generated data instead of the examples. @default false */
  dynamic: boolean;
  /** `--spec PATH`, absolute. @default `<projectRoot>/generated/openapi.yaml` */
  specPath: string;
  /** `--help` (`-h`). */
  help: boolean;
}

/**
 * `npm run mock` flags -> options; `--spec` resolves against the working directory, its default
 * against `projectRoot`.
 *
 * @throws {@link PipelineError} for a bad value; parseArgs' own error for an unknown flag.
 */
export function parseMockArgs(argv: readonly string[], projectRoot: string): MockOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      dynamic: { type: "boolean", short: "d" },
      spec: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? PRISM_DEFAULTS.port : Number(values.port);
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || port < 1 || port > 65_535)) {
    throw new PipelineError(`expected a port number from 1 to 65535, got ${JSON.stringify(values.port)}`, "--port");
  }
  const host = values.host ?? PRISM_DEFAULTS.host;
  if (host.trim() === "") throw new PipelineError("expected a host name or address, got an empty string", "--host");
  return {
    port,
    host,
    dynamic: values.dynamic ?? false,
    specPath: path.resolve(values.spec ?? path.join(projectRoot, "generated/openapi.yaml")),
    help: values.help ?? false,
  };
}
