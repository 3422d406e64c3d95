import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

/** Bytes that are not valid UTF-8 (0x89, 0xff): a text round trip would mangle them. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

export const binaryBodies: FeatureCase = {
  fixture: "binary-bodies",
  proves: "application/octet-stream request and response bodies and an image/png response: bytes in, Blob out",
  model(model) {
    expect(operation(model, "upload_file").requestBody).toMatchObject({ mediaType: "application/octet-stream", type: { kind: "binary" } });
    expect(operation(model, "download_file").responses[0]).toMatchObject({ mediaType: "application/octet-stream", type: { kind: "binary" } });
  },
  typedUsage: `
import { downloadFile, uploadFile, type ResolvedClientConfig } from "../sdk/src/index.js";

export async function roundTrip(config: ResolvedClientConfig, bytes: Uint8Array): Promise<Blob> {
  await uploadFile(config, { name: "a.bin", uploadFileRequest: bytes });
  await uploadFile(config, { name: "b.bin", uploadFileRequest: new Blob(["bytes"], { type: "application/octet-stream" }) });
  await uploadFile(config, { name: "c.txt", uploadFileRequest: "plain text is bytes too" });
  // @ts-expect-error a number is not a body
  await uploadFile(config, { name: "d", uploadFileRequest: 42 });
  const blob: Blob = await downloadFile(config, { name: "a.bin" });
  return blob;
}

// The fetch flavor: a Blob body, sent as it is.
import { createClient } from "../fetch/src/index.js";

export async function uploadWithFetch(bytes: Blob): Promise<number> {
  const client = createClient({ baseUrl: "http://127.0.0.1:4010" });
  const { response } = await client.PUT("/files/{name}", { params: { path: { name: "a.bin" } }, body: bytes });
  // @ts-expect-error a number is not a body
  await client.PUT("/files/{name}", { params: { path: { name: "d" } }, body: 42 });
  return response.status;
}
`,
  async sdk({ sdk, server, outDir }) {
    server.reply({ status: 204 });
    await sdk.operation("uploadFile")(sdk.config(), { name: "a.bin", uploadFileRequest: new Uint8Array(PNG_BYTES) });
    const upload = server.requests[0]!;
    expect(upload.method).toBe("PUT");
    expect(upload.headers["content-type"]).toBe("application/octet-stream");
    expect(upload.bodyBytes.equals(PNG_BYTES)).toBe(true);

    server.reply({ status: 200, headers: { "content-type": "application/octet-stream" }, body: PNG_BYTES });
    const download = await sdk.operation("downloadFile")(sdk.config(), { name: "a.bin" });
    expect(download.data).toBeInstanceOf(Blob);
    expect(Buffer.from(await (download.data as Blob).arrayBuffer()).equals(PNG_BYTES)).toBe(true);
    expect(server.requests[1]!.headers.accept).toBe("*/*");

    server.reply({ status: 200, headers: { "content-type": "image/png" }, body: PNG_BYTES });
    const thumbnail = (await sdk.operation("getThumbnail")(sdk.config(), { name: "a" })).data as Blob;
    expect([thumbnail.type, thumbnail.size]).toEqual(["image/png", PNG_BYTES.length]);

    // The fetch flavor sends the bytes as they are, with the operation's media type (openapi-fetch
    // alone would JSON-encode the body and call it application/json).
    type FetchCall = (path: string, init: object) => Promise<{ data?: unknown; response: Response }>;
    const fetchFlavor = (await import(pathToFileURL(path.join(outDir, "fetch/src/index.ts")).href)) as { createClient(options: object): { PUT: FetchCall; GET: FetchCall } };
    const client = fetchFlavor.createClient({ baseUrl: server.url });
    server.requests.length = 0;
    server.reply({ status: 204 });
    for (const body of [new Blob([PNG_BYTES]), new Uint8Array(PNG_BYTES)]) {
      const { response } = await client.PUT("/files/{name}", { params: { path: { name: "a.bin" } }, body });
      expect(response.status).toBe(204);
    }
    for (const sent of server.requests) {
      expect([sent.method, sent.url, sent.headers["content-type"]]).toEqual(["PUT", "/files/a.bin", "application/octet-stream"]);
      expect(sent.bodyBytes.equals(PNG_BYTES)).toBe(true);
    }
    server.reply({ status: 200, headers: { "content-type": "application/octet-stream" }, body: PNG_BYTES });
    const fetched = await client.GET("/files/{name}", { params: { path: { name: "a.bin" } }, parseAs: "blob" });
    expect(Buffer.from(await (fetched.data as Blob).arrayBuffer()).equals(PNG_BYTES)).toBe(true);
  },
};
