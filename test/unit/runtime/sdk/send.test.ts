import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  RequestAbortedError,
  ResponseTooLargeError,
  formBody,
  SdkError,
  send,
  serializeQuery,
  type ClientOptions,
  type OperationRequest,
  type RequestOptions,
} from "../../../../templates/sdk/runtime/index.js";
import { sleep } from "../../../../templates/sdk/runtime/retry.js";
import {
  hangUntilAborted,
  json,
  recordingFetch,
  rejectionOf,
  testConfig,
  type Responder,
} from "./fake-client.js";

const BASE = "https://api.example.test";

const getInvitation: OperationRequest = {
  operationId: "get_invitation",
  method: "GET",
  path: "/v1/invitations/{invitation_id}",
  pathParams: { invitation_id: "inv_1" },
  security: [],
};

const postInvitation: OperationRequest = {
  operationId: "post_invitation",
  method: "POST",
  path: "/v1/organizations/{organization_id}/invitations",
  pathParams: { organization_id: "org_1" },
  body: { email: "a@example.test" },
  security: [],
};

/** Sends `request` through a recording fake fetch; returns the outcome and what was sent. */
async function run(
  request: OperationRequest,
  { respond, options = {}, callOptions }: { respond?: Responder; options?: ClientOptions; callOptions?: RequestOptions } = {},
) {
  const fake = recordingFetch(respond);
  const config = testConfig({ ...options, fetch: fake.fetch });
  const outcome = send<unknown>(config, request, callOptions).then(
    (response) => ({ response, error: undefined }),
    (error: unknown) => ({ response: undefined, error }),
  );
  return { ...(await outcome), requests: fake.requests, config };
}

describe("send: request building", () => {
  it("sends method, URL and Accept, and no body or Content-Type for a GET", async () => {
    const { requests } = await run({ ...getInvitation, query: serializeQuery({ expand: ["org", "inviter"], limit: 5 }) });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe(`${BASE}/v1/invitations/inv_1?expand=org&expand=inviter&limit=5`);
    expect(request?.headers.get("accept")).toBe("application/json");
    expect(request?.headers.has("content-type")).toBe(false);
    expect(request?.body).toBeNull();
  });

  const bodies: [string, { given: Partial<OperationRequest>; want: { body: unknown; contentType: string | null } }][] = [
    ["JSON by default", { given: { body: { email: "a@example.test" } }, want: { body: '{"email":"a@example.test"}', contentType: "application/json" } }],
    ["a JSON null body is still sent", { given: { body: null }, want: { body: "null", contentType: "application/json" } }],
    ["a +json media type is JSON", { given: { body: { op: "x" }, mediaType: "application/merge-patch+json" }, want: { body: '{"op":"x"}', contentType: "application/merge-patch+json" } }],
    ["form-urlencoded objects are encoded by formBody", { given: { body: formBody({ a: "1 2", b: ["x", "y"], c: { d: 1 } }), mediaType: "application/x-www-form-urlencoded" }, want: { body: "a=1%202&b=x&b=y&c[d]=1", contentType: "application/x-www-form-urlencoded" } }],
    ["formBody leaves a ready string as it is", { given: { body: formBody("a=1"), mediaType: "application/x-www-form-urlencoded" }, want: { body: "a=1", contentType: "application/x-www-form-urlencoded" } }],
    ["other media types pass through", { given: { body: "plain text", mediaType: "text/plain" }, want: { body: "plain text", contentType: "text/plain" } }],
    ["no body, no Content-Type", { given: { body: undefined }, want: { body: null, contentType: null } }],
  ];
  it.each(bodies)("body: %s", async (_, { given, want }) => {
    const { requests } = await run({ ...postInvitation, ...given });
    expect(requests[0]?.body).toBe(want.body);
    expect(requests[0]?.headers.get("content-type")).toBe(want.contentType);
  });

  it("leaves Content-Type to fetch for multipart bodies", async () => {
    const form = new FormData();
    form.set("file", new Blob(["x"]), "x.txt");
    const { requests } = await run({ ...postInvitation, body: form, mediaType: "multipart/form-data" });
    expect(requests[0]?.body).toBe(form);
    expect(requests[0]?.headers.has("content-type")).toBe(false);
  });

  it("refuses a body JSON cannot represent, before sending", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const { error, requests } = await run({ ...postInvitation, body: cyclic });
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(requests).toHaveLength(0);
  });

  it("asks for any type when the operation returns text", async () => {
    const { requests } = await run({ ...getInvitation, responseKind: "text" });
    expect(requests[0]?.headers.get("accept")).toBe("*/*");
  });

  it("layers headers: default, then operation, then per call (names case-insensitive)", async () => {
    const { requests } = await run(
      { ...getInvitation, headers: { "X-Layer": "operation", "x-op-only": 7, "X-Flag": true, "X-Skipped": undefined } },
      {
        options: { defaultHeaders: { "x-layer": "default", "X-Default-Only": "d", "x-call": "default" } },
        callOptions: { headers: { "X-CALL": "call" } },
      },
    );
    const headers = requests[0]?.headers;
    expect(headers?.get("x-layer")).toBe("operation");
    expect(headers?.get("x-default-only")).toBe("d");
    expect(headers?.get("x-call")).toBe("call");
    expect(headers?.get("x-op-only")).toBe("7");
    expect(headers?.get("x-flag")).toBe("true");
    expect(headers?.has("x-skipped")).toBe(false);
  });

  it("lets per-call headers override Accept", async () => {
    const { requests } = await run(getInvitation, { callOptions: { headers: { Accept: "application/vnd.api+json" } } });
    expect(requests[0]?.headers.get("accept")).toBe("application/vnd.api+json");
  });

  const refused: [string, { given: { request?: Partial<OperationRequest>; callOptions?: RequestOptions }; want: RegExp }][] = [
    ["CRLF in an operation header value", { given: { request: { headers: { "X-Trace": "1\r\nX-Admin: true" } } }, want: /header "X-Trace" contains CR, LF or NUL/ }],
    ["LF in an operation header name", { given: { request: { headers: { "X-A\nB": "1" } } }, want: /contains CR, LF or NUL/ }],
    ["NUL in a per-call header", { given: { callOptions: { headers: { "X-A": "a\0b" } } }, want: /contains CR, LF or NUL/ }],
    ["CR in the idempotency key", { given: { callOptions: { idempotencyKey: "k\r" } }, want: /header "Idempotency-Key" contains CR/ }],
    ["a space in a header name", { given: { callOptions: { headers: { "X A": "1" } } }, want: /header "X A" is not a valid HTTP header/ }],
    ["a header value beyond Latin-1", { given: { callOptions: { headers: { "X-Name": "Zoë 🙂" } } }, want: /header "X-Name" is not a valid HTTP header/ }],
    ["an empty header name", { given: { request: { headers: { "": "1" } } }, want: /header "" is not a valid HTTP header/ }],
    ["a missing path parameter", { given: { request: { pathParams: {} } }, want: /path parameter "invitation_id" is missing/ }],
    ["a dot-dot path parameter", { given: { request: { pathParams: { invitation_id: ".." } } }, want: /must not be "\.\."/ }],
  ];
  it.each(refused)("refuses %s without calling fetch", async (_, { given, want }) => {
    const { error, requests } = await run({ ...getInvitation, ...given.request }, { callOptions: given.callOptions ?? {} });
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toMatch(want);
    expect(requests).toHaveLength(0);
  });

  const servers: [string, { given: { serverUrl?: string; baseUrl?: string }; want: string }][] = [
    ["the client's default server", { given: {}, want: `${BASE}/v1/invitations/inv_1` }],
    ["an operation-level server replaces the default", { given: { serverUrl: "https://uploads.example.test/" }, want: "https://uploads.example.test/v1/invitations/inv_1" }],
    ["a user-set baseUrl wins over the operation's server", { given: { serverUrl: "https://uploads.example.test", baseUrl: "http://127.0.0.1:4010" }, want: "http://127.0.0.1:4010/v1/invitations/inv_1" }],
  ];
  it.each(servers)("server: %s", async (_, { given, want }) => {
    const { requests } = await run(
      { ...getInvitation, serverUrl: given.serverUrl },
      { options: given.baseUrl ? { baseUrl: given.baseUrl } : {} },
    );
    expect(requests[0]?.url).toBe(want);
  });

  it("sends cookie parameters encoded, before a cookie credential", async () => {
    const { requests } = await run(
      { ...getInvitation, cookies: { theme: "dark mode;x=1", skipped: undefined, page: 2 }, security: [{ cookieKey: [] }] },
      { options: { credentials: { cookieKey: "s1" } } },
    );
    expect(requests[0]?.headers.get("cookie")).toBe("theme=dark%20mode%3Bx%3D1; page=2; session=s1");
  });

  it.each(["a;b", "a=b", "a b", "a\r\nb"])("refuses the cookie name %j without calling fetch", async (name) => {
    const { error, requests } = await run({ ...getInvitation, cookies: { [name]: "v" } });
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(requests).toHaveLength(0);
  });

  it("calls fetch unbound, as browsers require", async () => {
    let receiver: unknown = "not called";
    const config = testConfig({
      fetch: function (this: unknown) {
        receiver = this;
        return Promise.resolve(json(200, {}));
      },
    });
    await send(config, getInvitation);
    expect(receiver).toBeUndefined();
  });
});

describe("send: authentication", () => {
  const cases: [
    string,
    {
      given: { security: OperationRequest["security"]; credentials: NonNullable<ClientOptions["credentials"]>; cookie?: string };
      want: { authorization?: string; apiKeyHeader?: string; query?: string; cookie?: string };
    },
  ][] = [
    ["bearer", { given: { security: [{ bearerAuth: [] }], credentials: { bearerAuth: "tok" } }, want: { authorization: "Bearer tok" } }],
    ["basic sends the token as given", { given: { security: [{ basicAuth: [] }], credentials: { basicAuth: "dXNlcjpwdw==" } }, want: { authorization: "Basic dXNlcjpwdw==" } }],
    ["apiKey in a header", { given: { security: [{ headerKey: [] }], credentials: { headerKey: "k1" } }, want: { apiKeyHeader: "k1" } }],
    ["apiKey in the query, encoded", { given: { security: [{ queryKey: [] }], credentials: { queryKey: "a&b=c" } }, want: { query: "api_key=a%26b%3Dc" } }],
    ["apiKey in a cookie", { given: { security: [{ cookieKey: [] }], credentials: { cookieKey: "s1" } }, want: { cookie: "session=s1" } }],
    ["a cookie credential is added to an existing Cookie header", { given: { security: [{ cookieKey: [] }], credentials: { cookieKey: "s1" }, cookie: "theme=dark" }, want: { cookie: "theme=dark; session=s1" } }],
    ["a sync provider", { given: { security: [{ bearerAuth: [] }], credentials: { bearerAuth: () => "fromFn" } }, want: { authorization: "Bearer fromFn" } }],
    ["an async provider", { given: { security: [{ bearerAuth: [] }], credentials: { bearerAuth: async () => "fromAsync" } }, want: { authorization: "Bearer fromAsync" } }],
    ["the first alternative with credentials is used", { given: { security: [{ bearerAuth: [] }, { headerKey: [] }], credentials: { headerKey: "k2" } }, want: { apiKeyHeader: "k2" } }],
    ["order decides between satisfied alternatives", { given: { security: [{ headerKey: [] }, { bearerAuth: [] }], credentials: { headerKey: "k3", bearerAuth: "t3" } }, want: { apiKeyHeader: "k3" } }],
    ["an alternative needing two schemes applies both", { given: { security: [{ bearerAuth: [], queryKey: [] }], credentials: { bearerAuth: "t", queryKey: "q" } }, want: { authorization: "Bearer t", query: "api_key=q" } }],
    ["an alternative is skipped when one of its schemes lacks a credential", { given: { security: [{ bearerAuth: [], queryKey: [] }, { headerKey: [] }], credentials: { bearerAuth: "t", headerKey: "k" } }, want: { apiKeyHeader: "k" } }],
    ["an empty string counts as missing", { given: { security: [{ bearerAuth: [] }], credentials: { bearerAuth: "" } }, want: {} }],
    ["a provider returning undefined counts as missing", { given: { security: [{ bearerAuth: [] }], credentials: { bearerAuth: async () => undefined } }, want: {} }],
    ["[] means no auth even with credentials", { given: { security: [], credentials: { bearerAuth: "t" } }, want: {} }],
    ["optional auth ({}) still uses credentials when present", { given: { security: [{}, { bearerAuth: [] }], credentials: { bearerAuth: "t" } }, want: { authorization: "Bearer t" } }],
    ["no satisfiable alternative sends no auth", { given: { security: [{ bearerAuth: [] }], credentials: {} }, want: {} }],
    ["a scheme unknown to the client is never satisfied", { given: { security: [{ constructor: [] }], credentials: {} }, want: {} }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    const { requests, error } = await run(
      { ...getInvitation, security: given.security, query: serializeQuery({ a: 1 }) },
      { options: { credentials: given.credentials }, callOptions: given.cookie ? { headers: { Cookie: given.cookie } } : {} },
    );
    expect(error).toBeUndefined();
    const request = requests[0];
    expect(request?.headers.get("authorization")).toBe(want.authorization ?? null);
    expect(request?.headers.get("x-api-key")).toBe(want.apiKeyHeader ?? null);
    expect(request?.headers.get("cookie")).toBe(want.cookie ?? null);
    expect(request?.url).toBe(`${BASE}/v1/invitations/inv_1?a=1${want.query ? `&${want.query}` : ""}`);
  });

  it("adds a query credential with ? when the operation has no query", async () => {
    const { requests } = await run({ ...getInvitation, security: [{ queryKey: [] }] }, { options: { credentials: { queryKey: "q" } } });
    expect(requests[0]?.url).toBe(`${BASE}/v1/invitations/inv_1?api_key=q`);
  });

  it("runs each provider at most once per call, and only when needed", async () => {
    let bearerCalls = 0;
    let unusedCalls = 0;
    const credentials = {
      bearerAuth: async () => {
        bearerCalls++;
        return undefined;
      },
      basicAuth: () => {
        unusedCalls++;
        return "b";
      },
      headerKey: "k",
    };
    await run(
      { ...getInvitation, security: [{ bearerAuth: [], queryKey: [] }, { bearerAuth: [] }, { headerKey: [] }] },
      { options: { credentials } },
    );
    expect(bearerCalls).toBe(1);
    expect(unusedCalls).toBe(0);
  });

  it("asks the provider again on the next call (tokens can rotate)", async () => {
    let issued = 0;
    const fake = recordingFetch();
    const config = testConfig({ fetch: fake.fetch, credentials: { bearerAuth: async () => `t${++issued}` } });
    const request = { ...getInvitation, security: [{ bearerAuth: [] }] };
    await send(config, request);
    await send(config, request);
    expect(fake.requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer t1", "Bearer t2"]);
  });

  const injections: [string, { given: { security: OperationRequest["security"]; credentials: NonNullable<ClientOptions["credentials"]> } }][] = [
    ["bearer token with CRLF", { given: { security: [{ bearerAuth: [] }], credentials: { bearerAuth: "SECRET\r\nX-Admin: 1" } } }],
    ["header API key with LF", { given: { security: [{ headerKey: [] }], credentials: { headerKey: "SECRET\n" } } }],
    ["cookie with a semicolon", { given: { security: [{ cookieKey: [] }], credentials: { cookieKey: "SECRET; admin=1" } } }],
    ["cookie with CR", { given: { security: [{ cookieKey: [] }], credentials: { cookieKey: "SECRET\r" } } }],
  ];
  it.each(injections)("refuses a %s without quoting it", async (_, { given }) => {
    const { error, requests } = await run({ ...getInvitation, security: given.security }, { options: { credentials: given.credentials } });
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(String(error)).not.toContain("SECRET");
    expect(requests).toHaveLength(0);
  });
});

describe("send: responses", () => {
  const successes: [string, { given: { respond: () => Response; request?: Partial<OperationRequest> }; want: { data: unknown; status: number } }][] = [
    ["JSON", { given: { respond: () => json(200, { id: "inv_1" }) }, want: { data: { id: "inv_1" }, status: 200 } }],
    ["201 JSON", { given: { respond: () => json(201, [1, 2]) }, want: { data: [1, 2], status: 201 } }],
    ["204", { given: { respond: () => new Response(null, { status: 204 }) }, want: { data: undefined, status: 204 } }],
    ["200 with an empty body", { given: { respond: () => new Response("", { status: 200, headers: { "content-type": "application/json" } }) }, want: { data: undefined, status: 200 } }],
    ["JSON without a content type is still parsed", { given: { respond: () => new Response('{"a":1}', { status: 200 }) }, want: { data: { a: 1 }, status: 200 } }],
    ["a JSON string", { given: { respond: () => json(200, "hello") }, want: { data: "hello", status: 200 } }],
    ["text when the operation returns text", { given: { respond: () => new Response('{"not":"parsed"}', { status: 200 }), request: { responseKind: "text" } }, want: { data: '{"not":"parsed"}', status: 200 } }],
    ["empty kind ignores a body", { given: { respond: () => json(200, { ignored: true }), request: { responseKind: "empty" } }, want: { data: undefined, status: 200 } }],
    ["HEAD has no body", { given: { respond: () => new Response(null, { status: 200, headers: { "content-length": "10" } }), request: { method: "HEAD" } }, want: { data: undefined, status: 200 } }],
    ["UTF-8 split across chunks", { given: { respond: () => new Response(streamOf(['{"name":"', new Uint8Array([0xc3]), new Uint8Array([0xa9]), '"}'])) }, want: { data: { name: "é" }, status: 200 } }],
  ];
  it.each(successes)("%s", async (_, { given, want }) => {
    const { response, error } = await run({ ...getInvitation, ...given.request }, { respond: given.respond });
    expect(error).toBeUndefined();
    expect(response?.data).toEqual(want.data);
    expect(response?.status).toBe(want.status);
    expect(response?.headers).toBeInstanceOf(Headers);
  });

  it("cancels a body it does not need instead of downloading it", async () => {
    let cancelled = false;
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    await run({ ...getInvitation, responseKind: "empty" }, { respond: () => new Response(body, { status: 200 }) });
    expect(cancelled).toBe(true);
  });

  const invalid: [string, { given: Response; want: { contentType: string | undefined; body: string } }][] = [
    ["an HTML page from a proxy", { given: new Response("<html>login</html>", { status: 200, headers: { "content-type": "text/html" } }), want: { contentType: "text/html", body: "<html>login</html>" } }],
    ["truncated JSON", { given: new Response('{"id":', { status: 200, headers: { "content-type": "application/json" } }), want: { contentType: "application/json", body: '{"id":' } }],
    ["a huge non-JSON body is cut", { given: new Response("x".repeat(3000), { status: 200 }), want: { contentType: "text/plain;charset=UTF-8", body: `${"x".repeat(1000)}…` } }],
  ];
  it.each(invalid)("InvalidResponseError for %s", async (_, { given, want }) => {
    const { error, requests } = await run(getInvitation, { respond: () => given });
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, contentType: want.contentType, body: want.body, operationId: "get_invitation" });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(requests).toHaveLength(1);
  });

  const failures: [string, { given: Response; want: { type: typeof ApiError; status: number; body: unknown } }][] = [
    ["400 with a JSON problem", { given: json(400, { code: "invalid_email" }), want: { type: BadRequestError, status: 400, body: { code: "invalid_email" } } }],
    ["404 with problem+json", { given: new Response('{"title":"gone"}', { status: 404, headers: { "content-type": "application/problem+json" } }), want: { type: NotFoundError, status: 404, body: { title: "gone" } } }],
    ["409 plain text", { given: new Response("already invited", { status: 409 }), want: { type: ConflictError, status: 409, body: "already invited" } }],
    ["500 long HTML cut to 1000 characters", { given: new Response("<p>".repeat(1000), { status: 500, headers: { "content-type": "text/html" } }), want: { type: InternalServerError, status: 500, body: `${"<p>".repeat(1000).slice(0, 1000)}…` } }],
    ["JSON content type with a broken body keeps the text", { given: new Response("oops", { status: 400, headers: { "content-type": "application/json" } }), want: { type: BadRequestError, status: 400, body: "oops" } }],
    ["an empty error body is undefined", { given: new Response(null, { status: 404 }), want: { type: NotFoundError, status: 404, body: undefined } }],
  ];
  it.each(failures)("%s", async (_, { given, want }) => {
    const { error } = await run({ ...postInvitation, security: [] }, { respond: () => given });
    expect(error).toBeInstanceOf(want.type);
    expect(error).toMatchObject({ status: want.status, body: want.body, operationId: "post_invitation", name: want.type.name });
    // Another status's subclass does not claim it.
    expect(error instanceof (want.type === NotFoundError ? BadRequestError : NotFoundError)).toBe(false);
    expect((error as ApiError).headers).toBeInstanceOf(Headers);
  });

  it("names the operation and status in the message", async () => {
    const { error } = await run(postInvitation, {
      respond: () => new Response('{"code":"invalid_email"}', { status: 400, statusText: "Bad Request", headers: { "content-type": "application/json" } }),
    });
    expect((error as Error).message).toBe('post_invitation: HTTP 400 Bad Request: {"code":"invalid_email"}');
  });
});

describe("send: response size limit", () => {
  const cases: [string, { given: { bytes: number; chunkBytes: number; status?: number }; want: "ok" | "too large" }][] = [
    ["exactly the limit is read", { given: { bytes: 1024, chunkBytes: 256 }, want: "ok" }],
    ["one byte over is refused", { given: { bytes: 1025, chunkBytes: 1025 }, want: "too large" }],
    ["over the limit across chunks is refused", { given: { bytes: 1025, chunkBytes: 256 }, want: "too large" }],
    ["error responses are limited too", { given: { bytes: 2000, chunkBytes: 256, status: 500 }, want: "too large" }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    // One JSON string of `bytes` bytes, delivered in chunks.
    const body = `"${"a".repeat(given.bytes - 2)}"`;
    const chunks = Array.from({ length: Math.ceil(given.bytes / given.chunkBytes) }, (_, i) =>
      body.slice(i * given.chunkBytes, (i + 1) * given.chunkBytes),
    );
    const { response, error } = await run(getInvitation, {
      options: { maxResponseBytes: 1024, maxRetries: 0 },
      respond: () => new Response(streamOf(chunks), { status: given.status ?? 200 }),
    });
    if (want === "ok") {
      expect(error).toBeUndefined();
      expect(response?.data).toBe("a".repeat(1022));
    } else {
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ maxResponseBytes: 1024, status: given.status ?? 200 });
      expect(response).toBeUndefined();
    }
  });

  it("stops reading an endless body soon after the limit and cancels it", async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled++;
        // Fail fast instead of looping forever if the limit is ever ignored.
        if (pulled > 1000) controller.error(new Error("read far past the limit"));
        else controller.enqueue(new Uint8Array(1024));
      },
      cancel: () => void (cancelled = true),
    });
    const { error } = await run(getInvitation, {
      options: { maxResponseBytes: 10 * 1024 },
      respond: () => new Response(endless, { status: 200 }),
    });
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(pulled).toBeLessThan(15);
    expect(cancelled).toBe(true);
  });
});

describe("send: retries", () => {
  const statusOf = (statuses: number[]): Responder => (_, index) => json(statuses[index] ?? 200, { attempt: index });

  it("retries a retryable status with exponential backoff, then succeeds", async () => {
    const { response, requests, config } = await run(getInvitation, { respond: statusOf([503, 503, 200]) });
    expect(response?.data).toEqual({ attempt: 2 });
    expect(requests).toHaveLength(3);
    expect(config.sleeps).toEqual([500, 1000]);
  });

  const retried: [string, { given: { status: number; request?: Partial<OperationRequest>; callOptions?: RequestOptions; options?: ClientOptions }; want: number }][] = [
    ["408 GET", { given: { status: 408 }, want: 3 }],
    ["409 PUT", { given: { status: 409, request: { method: "PUT" } }, want: 3 }],
    ["429 DELETE", { given: { status: 429, request: { method: "DELETE" } }, want: 3 }],
    ["500 HEAD", { given: { status: 500, request: { method: "HEAD" } }, want: 3 }],
    ["502 OPTIONS", { given: { status: 502, request: { method: "OPTIONS" } }, want: 3 }],
    ["400 never", { given: { status: 400 }, want: 1 }],
    ["401 never", { given: { status: 401 }, want: 1 }],
    ["403 never", { given: { status: 403 }, want: 1 }],
    ["404 never", { given: { status: 404 }, want: 1 }],
    ["422 never", { given: { status: 422 }, want: 1 }],
    ["404 never, even when listed", { given: { status: 404, options: { retry: { statusCodes: [404, "4XX"] } } }, want: 1 }],
    ["503 POST without idempotency key", { given: { status: 503, request: { method: "POST" } }, want: 1 }],
    ["503 PATCH without idempotency key", { given: { status: 503, request: { method: "PATCH" } }, want: 1 }],
    ["503 POST with idempotency key", { given: { status: 503, request: { method: "POST" }, callOptions: { idempotencyKey: "k" } }, want: 3 }],
    ["custom statusCodes replace the defaults", { given: { status: 503, options: { retry: { statusCodes: [502] } } }, want: 1 }],
    ["custom 4XX covers 418", { given: { status: 418, options: { retry: { statusCodes: ["4XX"] } } }, want: 3 }],
    ["client maxRetries", { given: { status: 503, options: { maxRetries: 4 } }, want: 5 }],
    ["per-call maxRetries overrides the client's", { given: { status: 503, options: { maxRetries: 4 }, callOptions: { maxRetries: 0 } }, want: 1 }],
  ];
  it.each(retried)("%s: %i attempts", async (_, { given, want }) => {
    const { error, requests } = await run(
      { ...postInvitation, method: "GET", body: undefined, ...given.request },
      { respond: () => json(given.status, {}), options: given.options ?? {}, callOptions: given.callOptions ?? {} },
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(given.status);
    expect(requests).toHaveLength(want);
  });

  it("sends the same Idempotency-Key on every attempt", async () => {
    const { requests } = await run(postInvitation, { respond: statusOf([500, 500, 201]), callOptions: { idempotencyKey: "idem_123" } });
    expect(requests.map((r) => r.headers.get("idempotency-key"))).toEqual(["idem_123", "idem_123", "idem_123"]);
    expect(requests.map((r) => r.body)).toEqual(Array(3).fill('{"email":"a@example.test"}'));
  });

  it("throws the last attempt's error", async () => {
    const { error, requests } = await run(getInvitation, { respond: statusOf([500, 502, 503]) });
    expect(requests).toHaveLength(3);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, body: { attempt: 2 } });
  });

  it("honours Retry-After and retry-after-ms", async () => {
    const { config } = await run(getInvitation, {
      respond: (_, index) =>
        index === 0 ? json(429, {}, { "retry-after": "2" }) : index === 1 ? json(503, {}, { "retry-after-ms": "750" }) : json(200, {}),
    });
    expect(config.sleeps).toEqual([2000, 750]);
  });

  it("caps a long Retry-After at maxDelayMs", async () => {
    const { error, config } = await run(getInvitation, { respond: () => json(429, {}, { "retry-after": "3600" }) });
    expect(error).toBeInstanceOf(RateLimitError);
    expect(config.sleeps).toEqual([8000, 8000]);
  });

  it("retries connection errors and keeps the cause", async () => {
    const cause = new TypeError("fetch failed");
    const { error, requests } = await run(getInvitation, { respond: () => Promise.reject(cause) });
    expect(requests).toHaveLength(3);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect((error as Error).cause).toBe(cause);
  });

  it("does not retry connection errors when retryConnectionErrors is false", async () => {
    const { error, requests } = await run(getInvitation, {
      respond: () => Promise.reject(new TypeError("fetch failed")),
      options: { retry: { retryConnectionErrors: false } },
    });
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(requests).toHaveLength(1);
  });

  it("stops when the next wait would exceed the time budget", async () => {
    // Waits would be 500 then 1000; after the first, 500 + 1000 >= 1200.
    const { error, requests, config } = await run(getInvitation, {
      respond: statusOf([503, 503, 503]),
      options: { maxRetryTimeMs: 1200, maxRetries: 5 },
    });
    expect(error).toMatchObject({ status: 503, body: { attempt: 1 } });
    expect(requests).toHaveLength(2);
    expect(config.sleeps).toEqual([500]);
  });

  it("counts time spent in attempts against the budget", async () => {
    const fake = recordingFetch(() => {
      config.clock.now += 10_000;
      return json(503, {});
    });
    const config = testConfig({ fetch: fake.fetch, maxRetryTimeMs: 15_000, maxRetries: 5 });
    await expect(send(config, getInvitation)).rejects.toBeInstanceOf(InternalServerError);
    expect(fake.requests).toHaveLength(2);
  });

  it("shortens a retry's timeout to the budget left", async () => {
    // First attempt times out after 40 ms (real timers); the fake clock then spends 500 ms of a
    // 530 ms budget waiting, so the retry gets 30 ms, and no third attempt fits.
    const fake = recordingFetch(hangUntilAborted);
    const config = testConfig({ fetch: fake.fetch, timeoutMs: 40, maxRetryTimeMs: 530 });
    const error = await rejectionOf(send(config, getInvitation));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect((error as ApiTimeoutError).timeoutMs).toBe(30);
    expect(fake.requests).toHaveLength(2);
  });
});

describe("send: timeouts and cancellation (real timers)", () => {
  it("times out an attempt, aborting its fetch, and retries it", async () => {
    const fake = recordingFetch(hangUntilAborted);
    const config = testConfig({ fetch: fake.fetch, timeoutMs: 20, maxRetries: 1 });
    const started = performance.now();
    const error = await rejectionOf(send(config, getInvitation));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error).toMatchObject({ timeoutMs: 20, operationId: "get_invitation" });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests.every((r) => r.signal?.aborted)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("times out through a fetch wrapper that copies init with a spread", async () => {
    const fake = recordingFetch(hangUntilAborted);
    const wrapper: typeof fetch = (input, init) => fake.fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), "x-wrapped": "1" } });
    const config = testConfig({ fetch: wrapper, timeoutMs: 20, maxRetries: 0 });
    const error = await rejectionOf(send(config, getInvitation));
    expect(error).toBeInstanceOf(ApiTimeoutError);
    expect(fake.requests[0]?.signal?.aborted).toBe(true);
    expect(fake.requests[0]?.headers.get("x-wrapped")).toBe("1");
  });

  it("uses the per-call timeout over the client's", async () => {
    const fake = recordingFetch(hangUntilAborted);
    const config = testConfig({ fetch: fake.fetch, timeoutMs: 60_000, maxRetries: 0 });
    const error = await rejectionOf(send(config, getInvitation, { timeoutMs: 15 }));
    expect(error).toMatchObject({ name: "ApiTimeoutError", timeoutMs: 15 });
  });

  it("times out while the body is still streaming", async () => {
    const fake = recordingFetch((request) => new Response(bodyUntilAborted(request.signal), { status: 200 }));
    const config = testConfig({ fetch: fake.fetch, timeoutMs: 20, maxRetries: 0 });
    await expect(send(config, getInvitation)).rejects.toBeInstanceOf(ApiTimeoutError);
  });

  it("aborts with the caller's signal and does not retry", async () => {
    const fake = recordingFetch(hangUntilAborted);
    const config = testConfig({ fetch: fake.fetch });
    const controller = new AbortController();
    const reason = new Error("user left the page");
    setTimeout(() => controller.abort(reason), 10);
    const error = await rejectionOf(send(config, getInvitation, { signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as Error).cause).toBe(reason);
    expect(fake.requests).toHaveLength(1);
  });

  it("aborts with the client-wide signal", async () => {
    const controller = new AbortController();
    const fake = recordingFetch(hangUntilAborted);
    const config = testConfig({ fetch: fake.fetch, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(send(config, getInvitation, { signal: new AbortController().signal })).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it("does not call fetch for an already aborted signal", async () => {
    const { error, requests } = await run(getInvitation, { callOptions: { signal: AbortSignal.abort() } });
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(requests).toHaveLength(0);
  });

  it("cancels a backoff wait at once when the caller aborts", async () => {
    const fake = recordingFetch(() => json(503, {}));
    const config = testConfig({ fetch: fake.fetch, retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } }, { sleep });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 20);
    const error = await rejectionOf(send(config, getInvitation, { signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(fake.requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("leaves no listeners on long-lived signals after calls end", async () => {
    const client = new AbortController();
    const call = new AbortController();
    const fake = recordingFetch((_, index) => (index % 2 ? json(200, {}) : json(503, {})));
    const config = testConfig({ fetch: fake.fetch, signal: client.signal });
    for (let i = 0; i < 3; i++) await send(config, getInvitation, { signal: call.signal });
    for (let i = 0; i < 3; i++) await send(config, getInvitation);
    await rejectionOf(send(config, { ...getInvitation, pathParams: {} }, { signal: call.signal }));
    expect(getEventListeners(client.signal, "abort")).toHaveLength(0);
    expect(getEventListeners(call.signal, "abort")).toHaveLength(0);
  });
});

describe("send: credentials never leak into errors", () => {
  const SECRET = "sk_live_SECRET_123";
  const credentials = { bearerAuth: SECRET, queryKey: SECRET, cookieKey: SECRET, headerKey: SECRET };
  const scenarios: [string, { given: { respond: Responder; options?: ClientOptions }; want: abstract new (...args: never[]) => SdkError }][] = [
    ["401 response", { given: { respond: () => json(401, { error: "bad token" }) }, want: ApiError }],
    ["connection error", { given: { respond: () => Promise.reject(new TypeError("fetch failed")) }, want: ApiConnectionError }],
    ["timeout", { given: { respond: hangUntilAborted, options: { timeoutMs: 5 } }, want: ApiTimeoutError }],
    ["invalid JSON", { given: { respond: () => new Response("<html>", { status: 200 }) }, want: InvalidResponseError }],
    ["too large", { given: { respond: () => json(200, "x".repeat(100)), options: { maxResponseBytes: 10 } }, want: ResponseTooLargeError }],
  ];
  it.each(scenarios)("%s", async (_, { given, want }) => {
    const { error } = await run(
      { ...getInvitation, security: [{ bearerAuth: [], queryKey: [], cookieKey: [], headerKey: [] }] },
      { respond: given.respond, options: { credentials, maxRetries: 0, ...given.options } },
    );
    expect(error).toBeInstanceOf(want);
    const visible = [
      (error as Error).message,
      String(error),
      (error as Error).stack ?? "",
      JSON.stringify(error),
      ...Object.values(error as object).map((value) => (value instanceof Headers ? JSON.stringify([...value]) : String(value))),
    ].join("\n");
    expect(visible).not.toContain(SECRET);
    expect(visible).not.toContain("api.example.test");
  });
});

/** A stream of the given chunks (strings UTF-8 encoded). */
function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

/** A body that sends one chunk, then stalls until `signal` aborts and errors, as fetch bodies do. */
function bodyUntilAborted(signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("{"));
      signal?.addEventListener("abort", () => controller.error(signal.reason), { once: true });
    },
  });
}
