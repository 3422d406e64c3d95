// How the TypeScript view reads media types: which sdk `responseKind` a success response gets,
// what a request body field accepts, and `default` as the success of an operation without one.
import { describe, expect, it } from "vitest";
import type { OperationModel, ResponseModel, TypeRef } from "../../../scripts/lib/model/api-model.js";
import { buildTsOperationView, requestBodyKindOf, responseKindOf, type RequestBodyKind, type ResponseKind } from "../../../scripts/lib/flavors/typescript-view.js";

const string: TypeRef = { kind: "primitive", type: "string", nullable: false };
const binary: TypeRef = { kind: "binary", nullable: false };
const object: TypeRef = { kind: "object", properties: [], additional: undefined, nullable: false };

describe("responseKindOf", () => {
  const cases: Array<[string, { given: Partial<ResponseModel>; want: ResponseKind }]> = [
    ["no content", { given: {}, want: "empty" }],
    ["application/json", { given: { mediaType: "application/json", type: object }, want: "json" }],
    ["a +json type", { given: { mediaType: "application/problem+json", type: object }, want: "json" }],
    ["text/plain", { given: { mediaType: "text/plain", type: string }, want: "text" }],
    ["text/csv without a schema", { given: { mediaType: "text/csv" }, want: "text" }],
    ["application/xml", { given: { mediaType: "application/xml", type: string }, want: "text" }],
    ["octet-stream, format binary", { given: { mediaType: "application/octet-stream", type: binary }, want: "binary" }],
    ["octet-stream without a schema", { given: { mediaType: "application/octet-stream" }, want: "binary" }],
    ["image/png", { given: { mediaType: "image/png", type: string }, want: "binary" }],
    ["application/pdf", { given: { mediaType: "application/pdf" }, want: "binary" }],
    ["text/plain with a binary schema", { given: { mediaType: "text/plain", type: binary }, want: "binary" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(responseKindOf({ status: "200", description: "", kind: "success", ...given })).toBe(want);
  });
});

describe("requestBodyKindOf", () => {
  const cases: Array<[string, { given: [string, TypeRef]; want: RequestBodyKind }]> = [
    ["application/json", { given: ["application/json", object], want: "json" }],
    ["merge-patch+json", { given: ["application/merge-patch+json", object], want: "json" }],
    ["form-urlencoded", { given: ["application/x-www-form-urlencoded", object], want: "form" }],
    ["multipart/form-data", { given: ["multipart/form-data", object], want: "multipart" }],
    ["text/plain", { given: ["text/plain", string], want: "text" }],
    ["octet-stream", { given: ["application/octet-stream", binary], want: "binary" }],
    ["image/png with a string schema", { given: ["image/png", string], want: "binary" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => expect(requestBodyKindOf(...given)).toBe(want));
});

describe("buildTsOperationView", () => {
  const operation = (overrides: Partial<OperationModel>): OperationModel => ({
    operationId: "op",
    method: "post",
    path: "/op",
    deprecated: false,
    tag: "default",
    parameters: [],
    responses: [],
    security: [],
    servers: [{ url: "https://api.example.test" }],
    idempotent: false,
    pointer: "#/paths/~1op/post",
    ...overrides,
  });
  const defaultOnly: ResponseModel = { status: "default", description: "", kind: "default", mediaType: "application/json", type: object };

  it("reads `default` as the success of an operation that declares no other", () => {
    const view = buildTsOperationView(operation({ responses: [defaultOnly] }), "https://api.example.test");
    expect(view.resultCode).toBe('operations["op"]["responses"]["default"]["content"]["application/json"]');
    expect(view.responseKindCode).toBe('"json"');
    expect(view.errorBodyCode).toBe(view.resultCode);
  });

  it("keeps `default` for errors when a 2XX is declared", () => {
    const view = buildTsOperationView(operation({ responses: [{ status: "204", description: "", kind: "success" }, defaultOnly] }), "https://api.example.test");
    expect([view.resultCode, view.responseKindCode]).toEqual(["undefined", '"empty"']);
  });

  it("types raw request bodies with the runtime's BinaryBody, multipart ones as the object or a FormData, and binary results as Blob", () => {
    const upload = buildTsOperationView(
      operation({ requestBody: { required: true, mediaType: "application/octet-stream", mediaTypes: ["application/octet-stream"], type: binary }, responses: [{ status: "200", description: "", kind: "success", mediaType: "image/png", type: binary }] }),
      "https://api.example.test",
    );
    expect([upload.body?.typeCode, upload.binaryBody, upload.resultCode, upload.responseKindCode]).toEqual(["BinaryBody", true, "Blob", '"binary"']);
    const form = buildTsOperationView(operation({ requestBody: { required: true, mediaType: "multipart/form-data", mediaTypes: ["multipart/form-data"], type: object } }), "https://api.example.test");
    expect(form.body?.typeCode).toBe('NonNullable<operations["op"]["requestBody"]>["content"]["multipart/form-data"] | FormData');
  });
});
