// Raw bytes and multipart in the sdk runtime: `BinaryBody` request bodies sent as given,
// `multipart/form-data` objects turned into FormData (`multipartBody`, `toFormData`), and `responseKind: "binary"`
// returning a Blob within the response size limit.
import { describe, expect, it } from "vitest";
import { multipartBody, ResponseTooLargeError, send, toFormData, type BinaryBody, type ClientOptions, type OperationRequest } from "../../../../templates/sdk/runtime/index.js";
import { recordingFetch, testConfig, type Responder } from "./fake-client.js";

const BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);

const upload: OperationRequest = { operationId: "upload_file", method: "PUT", path: "/files/a", mediaType: "application/octet-stream", security: [] };
const download: OperationRequest = { operationId: "download_file", method: "GET", path: "/files/a", responseKind: "binary", security: [] };

async function run(request: OperationRequest, respond?: Responder, options: ClientOptions = {}) {
  const fake = recordingFetch(respond);
  const outcome = await send<unknown>(testConfig({ ...options, fetch: fake.fetch }), request).then(
    (response) => ({ response, error: undefined }),
    (error: unknown) => ({ response: undefined, error }),
  );
  return { ...outcome, requests: fake.requests };
}

describe("send: binary request bodies", () => {
  const bodies: Array<[string, BinaryBody]> = [
    ["Uint8Array", BYTES],
    ["ArrayBuffer", BYTES.slice().buffer],
    ["Blob", new Blob([BYTES.slice()])],
    ["string", "raw text"],
  ];
  it.each(bodies)("a %s is sent as given, with the operation's Content-Type", async (_, body) => {
    const { requests, error } = await run({ ...upload, body });
    expect(error).toBeUndefined();
    expect(requests[0]?.body).toBe(body);
    expect(requests[0]?.headers.get("content-type")).toBe("application/octet-stream");
  });

  it("sends a stream half-duplex, as Node's fetch requires", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(BYTES);
        controller.close();
      },
    });
    let init: RequestInit | undefined;
    const fetchImpl = async (_url: RequestInfo | URL, given?: RequestInit) => {
      init = given;
      return new Response(null, { status: 204 });
    };
    await send(testConfig({ fetch: fetchImpl }), { ...upload, body: stream });
    expect(init?.body).toBe(stream);
    expect(init).toMatchObject({ duplex: "half" });
  });
});

describe("send: multipart/form-data", () => {
  it("multipartBody builds a FormData from an object and leaves Content-Type (with its boundary) to fetch", async () => {
    const file = new File(["%PDF"], "q3.pdf", { type: "application/pdf" });
    const { requests } = await run({
      ...upload,
      method: "POST",
      mediaType: "multipart/form-data",
      body: multipartBody({ file, title: "Q3", pages: 2, tags: ["a", "b"], meta: { author: "Ada" }, skipped: undefined, none: null }),
    });
    const body = requests[0]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect(requests[0]?.headers.has("content-type")).toBe(false);
    const form = body as FormData;
    expect([...form.keys()]).toEqual(["file", "title", "pages", "tags", "tags", "meta"]);
    expect((form.get("file") as File).name).toBe("q3.pdf");
  });

  it("sends a FormData as it is", async () => {
    const form = new FormData();
    form.set("a", "1");
    const { requests } = await run({ ...upload, method: "POST", mediaType: "multipart/form-data", body: multipartBody(form) });
    expect(requests[0]?.body).toBe(form);
  });

  const parts: Array<[string, { given: unknown; want: string[] }]> = [
    ["a string", { given: "x", want: ["x"] }],
    ["a number and a boolean", { given: [1, true], want: ["1", "true"] }],
    ["a date, as ISO 8601", { given: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), want: ["2026-01-02T03:04:05.000Z"] }],
    ["an object, as JSON", { given: { a: [1] }, want: ['{"a":[1]}'] }],
    ["nested arrays, one part per item", { given: [["a"], ["b", "c"]], want: ["a", "b", "c"] }],
  ];
  it.each(parts)("toFormData: %s", (_, { given, want }) => {
    expect(toFormData({ field: given }).getAll("field")).toEqual(want);
  });

  it("toFormData: a Blob is a file part", () => {
    const part = toFormData({ file: new Blob(["x"], { type: "image/png" }) }).get("file");
    expect(part).toBeInstanceOf(File);
    expect((part as File).type).toBe("image/png");
  });
});

describe("send: binary responses", () => {
  it("returns the body as a Blob typed with the response's Content-Type, bytes intact, asking for any type", async () => {
    const { response, requests } = await run(download, () => new Response(BYTES.slice(), { status: 200, headers: { "content-type": "image/png" } }));
    const blob = response?.data as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe("image/png");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(BYTES);
    expect(requests[0]?.headers.get("accept")).toBe("*/*");
  });

  it("gives undefined for an empty body, as the other kinds do", async () => {
    const { response } = await run(download, () => new Response(new Uint8Array(0), { status: 200 }));
    expect(response?.data).toBeUndefined();
  });

  it("keeps to maxResponseBytes", async () => {
    const { error } = await run(download, () => new Response(new Uint8Array(2048), { status: 200 }), { maxResponseBytes: 1024, maxRetries: 0 });
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });
});
