// The `fetch` flavor's runtime (templates/fetch/runtime/): serialisers and per-operation rules,
// table-driven, with openapi-fetch and an injected `fetch` (nothing leaves the process).
import createFetchClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../../templates/fetch/runtime/errors.js";
import { authMiddleware, type OperationTable } from "../../../templates/fetch/runtime/middleware.js";
import { withOperationRules } from "../../../templates/fetch/runtime/operation-rules.js";
import { encodeComponent, serializeBody, serializePath, serializeQuery, type QueryStyle } from "../../../templates/fetch/runtime/serializers.js";

describe("encodeComponent", () => {
  it.each([
    ["unreserved characters stay", "AZaz09-._~", "AZaz09-._~"],
    ["sub-delimiters encodeURIComponent keeps are encoded", "!'()*", "%21%27%28%29%2A"],
    ["a space is %20, never +", "a b+c", "a%20b%2Bc"],
    ["UTF-8 with upper-case hex", "é€", "%C3%A9%E2%82%AC"],
  ])("%s", (_name, given, want) => {
    expect(encodeComponent(given)).toBe(want);
  });
});

describe("serializeQuery", () => {
  const cases: Array<[string, { query: Record<string, unknown>; styles?: Record<string, QueryStyle> }, string]> = [
    ["arrays repeat the name (form, explode)", { query: { a: ["x y", "z"] } }, "a=x%20y&a=z"],
    ["form without explode joins with a literal comma; an item's comma is encoded", { query: { a: ["x,y", "z"] }, styles: { a: "form-no-explode" } }, "a=x%2Cy,z"],
    ["spaceDelimited and pipeDelimited", { query: { s: ["a", "b"], p: ["a|b", "c"] }, styles: { s: "spaceDelimited", p: "pipeDelimited" } }, "s=a%20b&p=a%7Cb|c"],
    ["an object with form + explode: its properties become parameters", { query: { point: { x: 1, y: "2" } } }, "x=1&y=2"],
    ["an object without explode: name=k,v", { query: { point: { x: 1, y: 2 } }, styles: { point: "form-no-explode" } }, "point=x,1,y,2"],
    ["deepObject: literal brackets, encoded key and value", { query: { f: { "k y": "v&w" } }, styles: { f: "deepObject" } }, "f[k%20y]=v%26w"],
    ["null, undefined, empty arrays and objects are left out with explode", { query: { a: null, b: undefined, c: [], d: {}, e: [null] } }, ""],
    ["an empty list in a delimited style is the empty value", { query: { a: [] }, styles: { a: "form-no-explode" } }, "a="],
    ["zero, false and the empty string are sent", { query: { a: 0, b: false, c: "" } }, "a=0&b=false&c="],
    ["a Date is ISO 8601", { query: { at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) } }, "at=2026-01-02T03%3A04%3A05.000Z"],
    ["__proto__ is a key like any other", { query: JSON.parse('{"f": {"__proto__": "x"}}') as Record<string, unknown>, styles: { f: "deepObject" } }, "f[__proto__]=x"],
  ];
  it.each(cases)("%s", (_name, given, want) => {
    expect(serializeQuery(given.query, given.styles)).toBe(want);
  });
});

describe("serializePath", () => {
  it.each([
    ["../admin", "/items/..%2Fadmin"],
    ["a/b?c#d", "/items/a%2Fb%3Fc%23d"],
    ["%2e%2e", "/items/%252e%252e"],
  ])("%s is one segment", (value, want) => {
    expect(serializePath("get_item", "/items/{id}", { id: value })).toBe(want);
  });
  it.each([
    ["missing", {}, 'get_item: path parameter "id" is missing'],
    ["null", { id: null }, 'get_item: path parameter "id" is missing'],
    ["empty", { id: "" }, 'get_item: path parameter "id" must not be ""'],
    [".", { id: "." }, 'get_item: path parameter "id" must not be "."'],
    ["..", { id: ".." }, 'get_item: path parameter "id" must not be ".."'],
  ])("%s is refused", (_name, params, message) => {
    expect(() => serializePath("get_item", "/items/{id}", params)).toThrow(new InvalidRequestError("get_item", message.slice("get_item: ".length)));
  });
});

describe("serializeBody", () => {
  it("JSON media types are stringified, a form object is urlencoded, binary passes as given", () => {
    const bytes = new Uint8Array([0, 255]);
    expect(serializeBody("application/merge-patch+json", { a: 1 })).toBe('{"a":1}');
    expect(serializeBody("application/x-www-form-urlencoded", { a: "x y", b: ["1", "2"] })).toBe("a=x%20y&b=1&b=2");
    expect(serializeBody("application/octet-stream", bytes)).toBe(bytes);
  });
  it("multipart/form-data from an object: file part, repeated parts, JSON part, nulls skipped", () => {
    const file = new File(["%PDF"], "a.pdf", { type: "application/pdf" });
    const form = serializeBody("multipart/form-data", { file, tags: ["a", "b"], meta: { k: 1 }, gone: null }) as FormData;
    expect([...form.keys()]).toEqual(["file", "tags", "tags", "meta"]);
    expect([(form.get("file") as File).name, form.getAll("tags"), form.get("meta")]).toEqual(["a.pdf", ["a", "b"], '{"k":1}']);
  });
});

describe("withOperationRules", () => {
  const table: OperationTable = {
    "GET /items/{id}": { operationId: "get_item", security: [{ ApiKey: [] }], headerParams: ["X-Trace"], queryStyles: { ids: "form-no-explode" } },
    "PUT /files/{id}": { operationId: "put_file", security: [], headerParams: [], requestMediaType: "application/octet-stream" },
  };
  function client(credential = "k-1") {
    const sent: Request[] = [];
    const fetch = async (request: Request) => {
      sent.push(request);
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    };
    const inner = createFetchClient<Record<string, never>>({ baseUrl: "http://127.0.0.1:1", fetch });
    inner.use(authMiddleware(table, { ApiKey: { type: "apiKey", in: "header", name: "X-Api-Key" } }, { ApiKey: credential }));
    return { sent, api: withOperationRules(inner, table) as unknown as Record<"GET" | "PUT" | "POST", (path: string, init?: object) => Promise<{ response: Response }>> };
  }

  it("writes the path, the query in the operation's styles and the credential", async () => {
    const { sent, api } = client();
    await api.GET("/items/{id}", { params: { path: { id: "a/b" }, query: { ids: ["1", "2"], tags: ["!"] }, header: { "X-Trace": "t" } } });
    expect(sent.map((request) => request.url)).toEqual(["http://127.0.0.1:1/items/a%2Fb?ids=1,2&tags=%21"]);
    expect([sent[0]!.headers.get("x-api-key"), sent[0]!.headers.get("x-trace")]).toEqual(["k-1", "t"]);
  });

  it.each([
    ["a header parameter with CR LF", { params: { path: { id: "a" }, header: { "X-Trace": "t\r\nX-Injected: 1" } } }, 'get_item: header "X-Trace" contains CR, LF or NUL'],
    ["a header option with NUL", { params: { path: { id: "a" } }, headers: { "X-Other": "a\0b" } }, 'get_item: header "X-Other" contains CR, LF or NUL'],
    ["a path parameter ..", { params: { path: { id: ".." } } }, 'get_item: path parameter "id" must not be ".."'],
    ["no path parameters at all", {}, 'get_item: path parameter "id" is missing'],
  ])("refuses %s before sending, with InvalidRequestError", async (_name, init, message) => {
    const { sent, api } = client();
    const failure = await api.GET("/items/{id}", init).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect((failure as Error).message).toBe(message);
    expect(sent).toEqual([]);
  });

  it("refuses a credential with CR LF, naming the scheme and never the value", async () => {
    const { sent, api } = client("secret-7\r\nX-Injected: 1");
    const failure = await api.GET("/items/{id}", { params: { path: { id: "a" } } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidRequestError);
    expect(String(failure)).not.toContain("secret-7");
    expect(sent).toEqual([]);
  });

  it("sends a binary body as given, with the operation's media type", async () => {
    const { sent, api } = client();
    await api.PUT("/files/{id}", { params: { path: { id: "a.bin" } }, body: new Uint8Array([0, 255]) });
    expect(sent[0]!.headers.get("content-type")).toBe("application/octet-stream");
    expect([...new Uint8Array(await sent[0]!.arrayBuffer())]).toEqual([0, 255]);
  });

  it("keeps a Content-Type the caller gave for a binary body", async () => {
    const { sent, api } = client();
    await api.PUT("/files/{id}", { params: { path: { id: "a.png" } }, body: new Blob(["png"]), headers: { "content-type": "image/png" } });
    await api.PUT("/files/{id}", { params: { path: { id: "b.png" } }, body: new Blob(["png"]), headers: new Headers({ "Content-Type": "image/png" }) });
    expect(sent.map((request) => request.headers.get("content-type"))).toEqual(["image/png", "image/png"]);
  });

  it("keeps a query serialiser the caller gave, for the client or for the call", async () => {
    const sent: Request[] = [];
    const fetch = async (request: Request) => (sent.push(request), new Response("{}", { headers: { "content-type": "application/json" } }));
    const querySerializer = () => "mine=1";
    const inner = createFetchClient<Record<string, never>>({ baseUrl: "http://127.0.0.1:1", fetch, querySerializer });
    const api = withOperationRules(inner, table, { querySerializer }) as unknown as Record<"GET", (path: string, init?: object) => Promise<unknown>>;
    await api.GET("/items/{id}", { params: { path: { id: "a" }, query: { ids: ["1"] } } });
    await api.GET("/items/{id}", { params: { path: { id: "a" }, query: { ids: ["1"] } }, querySerializer: () => "call=1" });
    expect(sent.map((request) => new URL(request.url).search)).toEqual(["?mine=1", "?call=1"]);
  });

  it("leaves calls of paths it does not know to openapi-fetch", async () => {
    const { sent, api } = client();
    await api.POST("/other/{x}", { params: { path: { x: "a b" } }, body: { a: 1 } });
    expect(sent[0]!.url).toBe("http://127.0.0.1:1/other/a%20b");
    expect(sent[0]!.headers.get("content-type")).toBe("application/json");
  });
});
