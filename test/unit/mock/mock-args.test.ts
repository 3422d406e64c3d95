// `npm run mock` flags -> options -> Prism's arguments, without starting anything.
// (Unit tests of scripts/lib/mock/parse-mock-args.ts and prismArguments, beside the mock's other tests.)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMockArgs } from "../../../scripts/lib/mock/parse-mock-args.js";
import { prismArguments } from "../../../scripts/lib/mock/start-prism.js";

const root = "/project";
const bundle = path.join(root, "generated/openapi.yaml");

describe("parseMockArgs", () => {
  it.each([
    ["no flags", { given: [], want: { port: 4010, host: "127.0.0.1", dynamic: false, specPath: bundle, help: false } }],
    ["--port", { given: ["--port", "4020"], want: { port: 4020 } }],
    ["--host", { given: ["--host", "::1"], want: { host: "::1" } }],
    ["--dynamic", { given: ["--dynamic"], want: { dynamic: true } }],
    ["-d", { given: ["-d"], want: { dynamic: true } }],
    ["--spec, from the working directory", { given: ["--spec", "other.yaml"], want: { specPath: path.resolve("other.yaml") } }],
  ])("reads %s", (_name, { given, want }) => {
    expect(parseMockArgs(given, root)).toMatchObject(want);
  });

  it.each([
    ["an unknown flag", { given: ["--cors=false"], want: /Unknown option '--cors'/ }],
    ["a positional argument", { given: ["spec.yaml"], want: /Unexpected argument 'spec.yaml'/ }],
    ["a negative port", { given: ["--port=-1"], want: /--port: expected a port number from 1 to 65535, got "-1"/ }],
    ["a fractional port", { given: ["--port", "40.5"], want: /--port: expected a port number from 1 to 65535, got "40.5"/ }],
    ["port 0", { given: ["--port", "0"], want: /--port: expected a port number from 1 to 65535, got "0"/ }],
    ["an empty host", { given: ["--host", ""], want: /--host: expected a host name or address/ }],
  ])("refuses %s", (_name, { given, want }) => {
    expect(() => parseMockArgs(given, root)).toThrow(want);
  });
});

describe("prismArguments", () => {
  it.each([
    ["examples by default, CORS left on", { given: { specPath: bundle, host: "127.0.0.1", port: 4010 }, want: ["mock", bundle, "--host", "127.0.0.1", "--port", "4010"] }],
    ["--dynamic", { given: { specPath: bundle, host: "127.0.0.1", port: 4011, dynamic: true }, want: ["mock", bundle, "--host", "127.0.0.1", "--port", "4011", "--dynamic"] }],
  ])("%s", (_name, { given, want }) => {
    expect(prismArguments(given)).toEqual(want);
  });
});
