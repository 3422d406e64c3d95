import { describe, expect, it } from "vitest";
import {
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  ResponseTooLargeError,
  SdkError,
  UnprocessableEntityError,
} from "../../../../templates/sdk/runtime/index.js";

const details = <TBody>(body: TBody, statusText = "") => ({
  operationId: "post_invitation",
  statusText,
  headers: new Headers({ "x-request-id": "req_1" }),
  body,
  contentType: "application/json",
});

describe("createApiError", () => {
  const cases: [string, { given: number; want: { type: new (...args: never[]) => ApiError; name: string } }][] = [
    ["400", { given: 400, want: { type: BadRequestError, name: "BadRequestError" } }],
    ["401", { given: 401, want: { type: AuthenticationError, name: "AuthenticationError" } }],
    ["402", { given: 402, want: { type: PaymentRequiredError, name: "PaymentRequiredError" } }],
    ["403", { given: 403, want: { type: PermissionDeniedError, name: "PermissionDeniedError" } }],
    ["404", { given: 404, want: { type: NotFoundError, name: "NotFoundError" } }],
    ["409", { given: 409, want: { type: ConflictError, name: "ConflictError" } }],
    ["422", { given: 422, want: { type: UnprocessableEntityError, name: "UnprocessableEntityError" } }],
    ["429", { given: 429, want: { type: RateLimitError, name: "RateLimitError" } }],
    ["500", { given: 500, want: { type: InternalServerError, name: "InternalServerError" } }],
    ["503", { given: 503, want: { type: InternalServerError, name: "InternalServerError" } }],
    ["405 has no subclass", { given: 405, want: { type: ApiError, name: "ApiError" } }],
    ["304 has no subclass", { given: 304, want: { type: ApiError, name: "ApiError" } }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    const error = createApiError(given, details({ code: "x" }));
    expect(error).toBeInstanceOf(want.type);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).toBeInstanceOf(Error);
    expect(error.constructor).toBe(want.type);
    expect(error.name).toBe(want.name);
    expect(error.status).toBe(given);
    expect(error.operationId).toBe("post_invitation");
    expect(error.headers.get("x-request-id")).toBe("req_1");
  });

  const messages: [string, { given: { status: number; body: unknown; statusText?: string }; want: string }][] = [
    ["status text and JSON body", { given: { status: 400, statusText: "Bad Request", body: { code: "invalid_email" } }, want: 'post_invitation: HTTP 400 Bad Request: {"code":"invalid_email"}' }],
    ["no status text (HTTP/2)", { given: { status: 404, body: "no such invitation" }, want: "post_invitation: HTTP 404: no such invitation" }],
    ["no body", { given: { status: 500, statusText: "Internal Server Error", body: undefined }, want: "post_invitation: HTTP 500 Internal Server Error" }],
    ["long bodies are cut to 200 characters", { given: { status: 502, body: "x".repeat(500) }, want: `post_invitation: HTTP 502: ${"x".repeat(200)}…` }],
  ];
  it.each(messages)("message: %s", (_, { given, want }) => {
    expect(createApiError(given.status, details(given.body, given.statusText)).message).toBe(want);
  });

  it("keeps the body and content type as given", () => {
    const body = { code: "conflict", detail: "already invited" };
    const error = createApiError(409, details(body));
    expect(error.body).toBe(body);
    expect(error.contentType).toBe("application/json");
  });

  it("types the body through the type parameter", () => {
    const error = createApiError<{ code: string }>(422, details({ code: "bad" }));
    const code: string = error.body.code;
    expect(code).toBe("bad");
  });
});

describe("status subclasses and instanceof", () => {
  const subclasses: [string, { given: number; want: { is: Array<abstract new (...args: never[]) => Error>; isNot: Array<abstract new (...args: never[]) => Error> } }][] = [
    ["a plain ApiError for 404 is a NotFoundError", { given: 404, want: { is: [NotFoundError, ApiError, SdkError], isNot: [BadRequestError, InternalServerError] } }],
    ["a plain ApiError for 503 is an InternalServerError", { given: 503, want: { is: [InternalServerError, ApiError], isNot: [RateLimitError, NotFoundError] } }],
    ["a plain ApiError for 405 is no subclass", { given: 405, want: { is: [ApiError], isNot: [BadRequestError, NotFoundError, ConflictError, InternalServerError] } }],
  ];
  it.each(subclasses)("%s", (_, { given, want }) => {
    const error = new ApiError(given, details(undefined));
    for (const type of want.is) expect(error instanceof type, type.name).toBe(true);
    for (const type of want.isNot) expect(error instanceof type, type.name).toBe(false);
  });

  it("names a plain ApiError after its status's subclass", () => {
    expect(new ApiError(429, details(undefined)).name).toBe("RateLimitError");
    expect(new ApiError(502, details(undefined)).name).toBe("InternalServerError");
    expect(new ApiError(418, details(undefined)).name).toBe("ApiError");
  });

  it("keeps the prototype check for a class of yours that extends a subclass", () => {
    class TenantNotFound extends NotFoundError {}
    const yours = new TenantNotFound(404, details(undefined));
    const sdks = new ApiError(404, details(undefined));
    expect(yours instanceof TenantNotFound).toBe(true);
    expect(yours instanceof NotFoundError).toBe(true);
    expect(sdks instanceof NotFoundError).toBe(true);
    expect(sdks instanceof TenantNotFound).toBe(false);
  });

  it("is not fooled by other values", () => {
    expect(new Error("x") instanceof NotFoundError).toBe(false);
    expect({ status: 404 } instanceof NotFoundError).toBe(false);
    expect((null as unknown) instanceof NotFoundError).toBe(false);
  });
});

describe("other errors", () => {
  it("ApiConnectionError keeps the cause and names its code", () => {
    const cause = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const error = new ApiConnectionError("get_invitation", cause);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("get_invitation: connection failed (ECONNREFUSED)");
    expect(error).toBeInstanceOf(SdkError);
  });

  it("ApiTimeoutError is an ApiConnectionError with its timeout", () => {
    const error = new ApiTimeoutError("get_invitation", 250);
    expect(error).toBeInstanceOf(ApiConnectionError);
    expect(error.name).toBe("ApiTimeoutError");
    expect(error.timeoutMs).toBe(250);
    expect(error.message).toBe("get_invitation: timed out after 250 ms");
  });

  it("RequestAbortedError keeps the signal's reason", () => {
    const reason = new Error("user navigated away");
    const error = new RequestAbortedError("get_invitation", reason);
    expect(error.cause).toBe(reason);
    expect(error.name).toBe("RequestAbortedError");
  });

  it("InvalidResponseError cuts the body to 1000 characters", () => {
    const error = new InvalidResponseError("get_invitation", { status: 200, contentType: "text/html", body: "<".repeat(5000) });
    expect(error.body).toBe(`${"<".repeat(1000)}…`);
    expect(error.status).toBe(200);
    expect(error.contentType).toBe("text/html");
    expect(error.message).toMatch(/^get_invitation: HTTP 200 body is not valid JSON \(content-type: text\/html\): <{200}…$/);
  });

  it("ResponseTooLargeError names the limit", () => {
    const error = new ResponseTooLargeError("get_invitation", 200, 1024);
    expect(error.maxResponseBytes).toBe(1024);
    expect(error.message).toBe("get_invitation: HTTP 200 body exceeds 1024 bytes");
  });

  it("client-level errors have no operation prefix", () => {
    expect(new InvalidRequestError("", "timeoutMs must be a non-negative number").message).toBe(
      "timeoutMs must be a non-negative number",
    );
  });
});
