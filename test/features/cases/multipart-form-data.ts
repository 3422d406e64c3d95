import { expect } from "vitest";
import type { FeatureCase } from "../support/feature-case.js";
import { operation } from "../support/model-lookup.js";

export const multipartFormData: FeatureCase = {
  fixture: "multipart-form-data",
  proves: "multipart/form-data from a typed object (file part, scalars, repeated array parts, JSON object part) or a FormData",
  model(model) {
    expect(operation(model, "upload_document").requestBody).toMatchObject({ mediaType: "multipart/form-data", type: { kind: "object" } });
  },
  typedUsage: `
import { uploadDocument, type ResolvedClientConfig } from "../sdk/src/index.js";

export async function upload(config: ResolvedClientConfig, file: Blob): Promise<string> {
  const created = await uploadDocument(config, { uploadDocumentRequest: { file, title: "Q3", pages: 2, tags: ["a", "b"], meta: { author: "Ada" } } });
  const form = new FormData();
  form.append("file", file, "q3.pdf");
  form.append("title", "Q3");
  await uploadDocument(config, { uploadDocumentRequest: form });
  // @ts-expect-error the file part is required
  await uploadDocument(config, { uploadDocumentRequest: { title: "Q3" } });
  return created.id;
}
`,
  async sdk({ sdk, server }) {
    server.reply({ status: 201, headers: { "content-type": "application/json" }, body: '{"id":"doc_1"}' });
    const file = new File(["%PDF-1.7 bytes"], "q3.pdf", { type: "application/pdf" });
    const response = await sdk.operation("uploadDocument")(sdk.config(), {
      uploadDocumentRequest: { file, title: "Q3 report", pages: 2, tags: ["a", "b"], meta: { author: "Ada" } },
    });
    expect(response).toMatchObject({ status: 201, data: { id: "doc_1" } });
    const sent = server.requests[0]!;
    const contentType = String(sent.headers["content-type"]);
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    // Parsed back with the platform's own multipart parser: one part per field, arrays repeated.
    const parts = await new Response(new Uint8Array(sent.bodyBytes), { headers: { "content-type": contentType } }).formData();
    expect([...parts.keys()]).toEqual(["file", "title", "pages", "tags", "tags", "meta"]);
    const filePart = parts.get("file") as File;
    expect([filePart.name, filePart.type, await filePart.text()]).toEqual(["q3.pdf", "application/pdf", "%PDF-1.7 bytes"]);
    expect([parts.get("title"), parts.get("pages"), parts.getAll("tags"), parts.get("meta")]).toEqual(["Q3 report", "2", ["a", "b"], '{"author":"Ada"}']);

    const form = new FormData();
    form.append("title", "as is");
    await sdk.operation("uploadDocument")(sdk.config(), { uploadDocumentRequest: form });
    expect(String(server.requests[1]!.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests[1]!.body).toContain('name="title"\r\n\r\nas is\r\n');
  },
  leftOut: [
    { language: "python", behaviour: "the multipart body on the wire", why: "the python runtime (api_client.py) sends every non-bytes body as JSON, with Content-Type multipart/form-data and no boundary" },
    { language: "ruby", behaviour: "the multipart body on the wire", why: "the ruby runtime (ApiClient#encode_body) sends a multipart body as `to_s`, without Content-Type or boundary" },
  ],
};
