// The types and the bundle's YAML, made in a worker thread (or in this thread on one core): the same
// text as made directly, and an expected failure still arrives as a PipelineError.
import { describe, expect, it } from "vitest";
import { generateTypes } from "../../../scripts/lib/load/generate-types.js";
import { startTypesWorker, typesInThisThread, type TypesWorker } from "../../../scripts/lib/load/start-types-worker.js";
import { stringifyBundle } from "../../../scripts/lib/load/stringify-bundle.js";
import { PipelineError } from "../../../scripts/lib/pipeline-error.js";

const document = () => ({
  openapi: "3.1.0",
  info: { title: "T", version: "2026-05-12" },
  paths: {},
  components: {
    schemas: {
      Pet: { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "kind" } },
      Cat: { type: "object", properties: { kind: { type: "string" }, photo: { type: "string", format: "binary" } } },
    },
  },
});

const makers: Array<[string, () => TypesWorker]> = [
  ["a worker thread", startTypesWorker],
  ["this thread", typesInThisThread],
];

describe.each(makers)("types and YAML made in %s", (_, make) => {
  it("are the text generateTypes and stringifyBundle make", async () => {
    const worker = make();
    try {
      worker.send(document(), JSON.stringify(document()));
      const [types, yaml] = [await worker.types, await worker.yaml];
      expect(types.source).toBe(await generateTypes(document()));
      expect(types.source).toContain("photo?: Blob;");
      expect(yaml.text).toBe(stringifyBundle(document()));
      expect(yaml.text).toContain("version: '2026-05-12'");
    } finally {
      await worker.close();
    }
  });

  it("reports openapi-typescript's failure as a PipelineError", async () => {
    const worker = make();
    try {
      worker.send({ ...document(), openapi: "2.0" }, JSON.stringify({ ...document(), openapi: "2.0" }));
      const failure = await worker.types.then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(PipelineError);
      expect((failure as Error).message).toMatch(/openapi-typescript failed: Unsupported OpenAPI version: 2\.0/);
    } finally {
      await worker.close();
    }
  });
});
