import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

// The fetch flavor: the same typed object as the body of openapi-fetch's POST.
import { createClient } from "../fetch/src/index.js";

export async function uploadWithFetch(file: Blob): Promise<string | undefined> {
  const client = createClient({ baseUrl: "http://127.0.0.1:4010" });
  const { data } = await client.POST("/documents", { body: { file, title: "Q3", pages: 2, tags: ["a", "b"], meta: { author: "Ada" } } });
  // @ts-expect-error the file part is required
  await client.POST("/documents", { body: { title: "Q3" } });
  return data?.id;
}
`,
  async sdk({ sdk, server, outDir }) {
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

    // The fetch flavor sends the same parts (openapi-fetch alone would JSON-encode the object).
    type FetchPost = (path: string, init: object) => Promise<{ data?: unknown; response: Response }>;
    const fetchFlavor = (await import(pathToFileURL(path.join(outDir, "fetch/src/index.ts")).href)) as { createClient(options: object): { POST: FetchPost } };
    const client = fetchFlavor.createClient({ baseUrl: server.url });
    server.requests.length = 0;
    const viaFetch = await client.POST("/documents", { body: { file, title: "Q3 report", pages: 2, tags: ["a", "b"], meta: { author: "Ada" }, skipped: null } });
    expect([viaFetch.response.status, viaFetch.data]).toEqual([201, { id: "doc_1" }]);
    const fetchContentType = String(server.requests[0]!.headers["content-type"]);
    expect(fetchContentType).toMatch(/^multipart\/form-data; boundary=/);
    const fetchParts = await new Response(new Uint8Array(server.requests[0]!.bodyBytes), { headers: { "content-type": fetchContentType } }).formData();
    expect([...fetchParts.keys()]).toEqual(["file", "title", "pages", "tags", "tags", "meta"]);
    const fetchFile = fetchParts.get("file") as File;
    expect([fetchFile.name, fetchFile.type, await fetchFile.text()]).toEqual(["q3.pdf", "application/pdf", "%PDF-1.7 bytes"]);
    expect([fetchParts.get("title"), fetchParts.get("pages"), fetchParts.getAll("tags"), fetchParts.get("meta")]).toEqual(["Q3 report", "2", ["a", "b"], '{"author":"Ada"}']);
    await client.POST("/documents", { body: form });
    expect(String(server.requests[1]!.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.requests[1]!.body).toContain('name="title"\r\n\r\nas is\r\n');
  },
  python: [
    {
      title: "python: a dict body sent as multipart/form-data on the wire (recording server), byte for byte but the random boundary: file parts (FileUpload, a binary file), text parts, repeated array parts, a JSON object part",
      code: `import io, re
sys.path.insert(0, ${JSON.stringify(fileURLToPath(new URL("../../python", import.meta.url)))})
from support import RecordingServer, Reply
from multipart_form_data import ApiClient, Configuration, DefaultApi, FileUpload
with RecordingServer() as server:
    server.reply(Reply(201, {"id": "doc_1"}))
    api = DefaultApi(ApiClient(Configuration(host=server.url)))
    document = FileUpload(b"%PDF-1.7 bytes", "q3.pdf", "application/pdf")
    print(api.upload_document({"file": document, "title": "Q3 report", "pages": 2, "tags": ["a", "b"], "meta": {"author": "Ada"}, "skipped": None})["id"])
    api.upload_document({"file": io.BytesIO(b"\\x00\\xff"), "title": "caf\u00e9"})
    for sent in server.requests:
        boundary = re.fullmatch(r"multipart/form-data; boundary=([0-9A-Za-z-]{16,70})", sent.header("Content-Type")).group(1)
        for line in sent.body.replace(boundary.encode("ascii"), b"BOUNDARY").split(b"\\r\\n"):
            print(repr(line))`,
      stdout: [
        "doc_1",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="file"; filename="q3.pdf"',
        "Content-Type: application/pdf",
        "",
        "%PDF-1.7 bytes",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="title"',
        "",
        "Q3 report",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="pages"',
        "",
        "2",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="tags"',
        "",
        "a",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="tags"',
        "",
        "b",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="meta"',
        "Content-Type: application/json",
        "",
        '{"author":"Ada"}',
        "--BOUNDARY--",
        "",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="file"; filename="blob"',
        "Content-Type: application/octet-stream",
        "",
        "\\x00\\xff",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="title"',
        "",
        "caf\\xc3\\xa9",
        "--BOUNDARY--",
        "",
      ]
        .map((line, index) => (index === 0 ? line : `b'${line}'`))
        .join("\n"),
    },
  ],
  ruby: [
    {
      title: "ruby: a Hash body sent as multipart/form-data on the wire (recording server), byte for byte but the random boundary: file parts (FilePart, IO), text parts, repeated array parts, a JSON object part",
      code: `require "stringio"
require ${JSON.stringify(fileURLToPath(new URL("../../ruby/support/recording_server.rb", import.meta.url)))}
RecordingServer.open do |server|
  config = MultipartFormData::Configuration.new
  config.base_url = server.url
  api = MultipartFormData::DefaultApi.new(MultipartFormData::ApiClient.new(config))
  server.reply(status: 201, body: '{"id":"doc_1"}')
  file = MultipartFormData::FilePart.new("%PDF-1.7 bytes", filename: "q3.pdf", content_type: "application/pdf")
  puts api.upload_document({ file: file, title: "Q3 report", pages: 2, tags: %w[a b], meta: { author: "Ada" }, skipped: nil }).fetch("id")
  api.upload_document({ "file" => StringIO.new("\\x00\\xFF".b), "title" => "caf\\u00e9" })
  server.requests.each do |sent|
    boundary = sent.headers.fetch("content-type")[%r{\\Amultipart/form-data; boundary=([0-9A-Za-z-]{16,70})\\z}, 1]
    sent.body.gsub(boundary, "BOUNDARY").split("\\r\\n", -1).each { |line| puts JSON.generate(line.force_encoding("UTF-8").scrub) }
  end
end`,
      stdout: [
        "doc_1",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="file"; filename="q3.pdf"',
        "Content-Type: application/pdf",
        "",
        "%PDF-1.7 bytes",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="title"',
        "",
        "Q3 report",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="pages"',
        "",
        "2",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="tags"',
        "",
        "a",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="tags"',
        "",
        "b",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="meta"',
        "Content-Type: application/json",
        "",
        '{"author":"Ada"}',
        "--BOUNDARY--",
        "",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="file"; filename="blob"',
        "Content-Type: application/octet-stream",
        "",
        "\u0000\ufffd",
        "--BOUNDARY",
        'Content-Disposition: form-data; name="title"',
        "",
        "caf\u00e9",
        "--BOUNDARY--",
        "",
      ]
        .map((line, index) => (index === 0 ? line : JSON.stringify(line)))
        .join("\n"),
    },
  ],
};
