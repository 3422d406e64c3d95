// Each sdk method against a recording server on 127.0.0.1: the exact method, path (with encoded
// path parameters), query, headers and body it sends, and what it makes of the reply.
import { describe, expect, it } from "vitest";
import {
  ApiConnectionError,
  ApiError,
  BadRequestError,
  InvitationsApiClient,
  NotFoundError,
  createConfig,
  postInvitation,
  type ClientConfigOptions,
} from "@invitations-api/sdk";
import { startRecordingServer, type RecordedRequest } from "../support/recording-server.js";

const TRIEVE_KEY = "tr-test-key-0001";
const CLERK_KEY = "sk_test_clerk_0001";
const ORG_UUID = "5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41";
const CLERK_ORG = "org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG";

function clientFor(baseUrl: string, extra: ClientConfigOptions = {}) {
  return new InvitationsApiClient({ baseUrl, credentials: { ApiKey: TRIEVE_KEY, bearerAuth: CLERK_KEY }, maxRetries: 0, ...extra });
}

interface WireCase {
  call: (client: InvitationsApiClient) => Promise<unknown>;
  reply: { status: number; body?: string };
  want: { method: string; url: string; headers: Record<string, string>; absentHeaders?: string[]; body: unknown };
  result: unknown;
}

const invitationJson = JSON.stringify({ object: "organization_invitation", id: "orginv_1" });
const listJson = JSON.stringify({ data: [], total_count: 0 });

const cases: Array<[string, WireCase]> = [
  [
    "postInvitation",
    {
      call: (client) => client.invitation.postInvitation({ trOrganization: ORG_UUID, invitationData: { email: "a@b.co", user_role: 0, app_url: "https://x", redirect_uri: "https://y" } }),
      reply: { status: 204 },
      want: {
        method: "POST",
        url: "/api/invitation",
        headers: { authorization: TRIEVE_KEY, "tr-organization": ORG_UUID, "content-type": "application/json", accept: "application/json" },
        body: { email: "a@b.co", user_role: 0, app_url: "https://x", redirect_uri: "https://y" },
      },
      result: undefined,
    },
  ],
  [
    "deleteInvitation encodes its path parameter as one segment",
    {
      call: (client) => client.invitation.deleteInvitation({ trOrganization: ORG_UUID, invitationId: "a/b?c#d" }),
      reply: { status: 204 },
      want: { method: "DELETE", url: "/api/invitation/a%2Fb%3Fc%23d", headers: { authorization: TRIEVE_KEY, "tr-organization": ORG_UUID }, body: "" },
      result: undefined,
    },
  ],
  [
    "getInvitations",
    {
      call: (client) => client.invitation.getInvitations({ trOrganization: ORG_UUID, organizationId: ORG_UUID }),
      reply: { status: 200, body: "[]" },
      want: { method: "GET", url: `/api/invitations/${ORG_UUID}`, headers: { authorization: TRIEVE_KEY, "tr-organization": ORG_UUID }, absentHeaders: ["content-type"], body: "" },
      result: [],
    },
  ],
  [
    "listInstanceOrganizationInvitations repeats array query parameters",
    {
      call: (client) => client.organizationInvitations.listInstanceOrganizationInvitations({ status: ["pending", "expired"], query: "a b&c", limit: 5, offset: 10, orderBy: "-created_at" }),
      reply: { status: 200, body: listJson },
      want: {
        method: "GET",
        url: "/v1/organization_invitations?order_by=-created_at&status=pending&status=expired&query=a%20b%26c&limit=5&offset=10",
        headers: { authorization: `Bearer ${CLERK_KEY}` },
        absentHeaders: ["tr-organization"],
        body: "",
      },
      result: { data: [], total_count: 0 },
    },
  ],
  [
    "createOrganizationInvitation",
    {
      call: (client) => client.organizationInvitations.createOrganizationInvitation({ organizationId: CLERK_ORG, createOrganizationInvitationRequest: { email_address: "x@y.io", role: "org:member" } }),
      reply: { status: 200, body: invitationJson },
      want: { method: "POST", url: `/v1/organizations/${CLERK_ORG}/invitations`, headers: { authorization: `Bearer ${CLERK_KEY}`, "content-type": "application/json" }, body: { email_address: "x@y.io", role: "org:member" } },
      result: JSON.parse(invitationJson),
    },
  ],
  [
    "listOrganizationInvitations skips parameters left out",
    {
      call: (client) => client.organizationInvitations.listOrganizationInvitations({ organizationId: CLERK_ORG, emailAddress: "x@y.io" }),
      reply: { status: 200, body: listJson },
      want: { method: "GET", url: `/v1/organizations/${CLERK_ORG}/invitations?email_address=x%40y.io`, headers: { authorization: `Bearer ${CLERK_KEY}` }, body: "" },
      result: { data: [], total_count: 0 },
    },
  ],
  [
    "createOrganizationInvitationBulk sends the array body",
    {
      call: (client) => client.organizationInvitations.createOrganizationInvitationBulk({ organizationId: CLERK_ORG, createOrganizationInvitationBulkRequest: [{ email_address: "x@y.io", role: "org:admin" }] }),
      reply: { status: 200, body: listJson },
      want: { method: "POST", url: `/v1/organizations/${CLERK_ORG}/invitations/bulk`, headers: { "content-type": "application/json" }, body: [{ email_address: "x@y.io", role: "org:admin" }] },
      result: { data: [], total_count: 0 },
    },
  ],
  [
    "listPendingOrganizationInvitations",
    {
      call: (client) => client.organizationInvitations.listPendingOrganizationInvitations({ organizationId: CLERK_ORG, limit: 3 }),
      reply: { status: 200, body: listJson },
      want: { method: "GET", url: `/v1/organizations/${CLERK_ORG}/invitations/pending?limit=3`, headers: { authorization: `Bearer ${CLERK_KEY}` }, body: "" },
      result: { data: [], total_count: 0 },
    },
  ],
  [
    "getOrganizationInvitation encodes both path parameters",
    {
      call: (client) => client.organizationInvitations.getOrganizationInvitation({ organizationId: "org 1", invitationId: "%2e%2e" }),
      reply: { status: 200, body: invitationJson },
      want: { method: "GET", url: "/v1/organizations/org%201/invitations/%252e%252e", headers: { authorization: `Bearer ${CLERK_KEY}` }, body: "" },
      result: JSON.parse(invitationJson),
    },
  ],
  [
    "revokeOrganizationInvitation without its optional body",
    {
      call: (client) => client.organizationInvitations.revokeOrganizationInvitation({ organizationId: CLERK_ORG, invitationId: "orginv_1" }),
      reply: { status: 200, body: invitationJson },
      want: { method: "POST", url: `/v1/organizations/${CLERK_ORG}/invitations/orginv_1/revoke`, headers: { authorization: `Bearer ${CLERK_KEY}` }, absentHeaders: ["content-type"], body: "" },
      result: JSON.parse(invitationJson),
    },
  ],
];

function bodyOf(request: RecordedRequest): unknown {
  return request.body === "" ? "" : JSON.parse(request.body);
}

describe("sdk on the wire", () => {
  it.each(cases)("%s", async (_name, { call, reply, want, result }) => {
    await using server = await startRecordingServer();
    server.reply({ status: reply.status, headers: reply.body ? { "content-type": "application/json" } : {}, ...(reply.body ? { body: reply.body } : {}) });
    expect(await call(clientFor(server.url))).toEqual(result);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe(want.method);
    expect(request!.url).toBe(want.url);
    expect(request!.headers).toMatchObject(want.headers);
    for (const header of want.absentHeaders ?? []) expect(request!.headers).not.toHaveProperty(header);
    expect(bodyOf(request!)).toEqual(want.body);
  });

  function prototypeChainNames(instance: object): string[] {
    const names = new Set<string>();
    for (let prototype = Object.getPrototypeOf(instance); prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
      for (const name of Object.getOwnPropertyNames(prototype)) names.add(name);
    }
    return [...names];
  }

  it("covers every operation of the client", () => {
    const client = clientFor("http://127.0.0.1:1");
    const methods = [client.invitation, client.organizationInvitations].flatMap((api) =>
      // The methods live on the prototype chain: the generated class extends the one built from its operations.
      prototypeChainNames(api).filter((name) => name !== "constructor" && !name.endsWith("WithHttpInfo") && !name.startsWith("paginate")),
    );
    const tested = cases.map(([name]) => name.split(" ")[0]);
    expect(methods.sort()).toEqual([...new Set(tested)].sort());
  });

  it("turns an error status into the typed error with the parsed vendor body", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 404, headers: { "content-type": "application/json" }, body: JSON.stringify({ errors: [{ message: "not found", long_message: "Resource not found", code: "resource_not_found" }] }) });
    const failure = await clientFor(server.url).organizationInvitations.getOrganizationInvitation({ organizationId: CLERK_ORG, invitationId: "orginv_1" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as NotFoundError).status).toBe(404);
    expect((failure as NotFoundError).body).toEqual({ errors: [{ message: "not found", long_message: "Resource not found", code: "resource_not_found" }] });
    expect(String(failure)).not.toContain(CLERK_KEY);
  });

  it("reports Trieve's 400 as BadRequestError with its message", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 400, headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Invalid email" }) });
    const failure = await postInvitation(createConfig({ baseUrl: server.url, credentials: { ApiKey: TRIEVE_KEY } }), {
      trOrganization: ORG_UUID,
      invitationData: { email: "bad", user_role: 0, app_url: "https://x", redirect_uri: "https://y" },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BadRequestError);
    expect((failure as BadRequestError).body).toEqual({ message: "Invalid email" });
  });

  it("returns status and headers from the WithHttpInfo variant", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 200, headers: { "content-type": "application/json", "x-request-id": "req_1" }, body: "[]" });
    const response = await clientFor(server.url).invitation.getInvitationsWithHttpInfo({ trOrganization: ORG_UUID, organizationId: ORG_UUID });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_1");
    expect(response.data).toEqual([]);
  });

  it("pages through every item, lazily, stopping at total_count", async () => {
    await using server = await startRecordingServer();
    const item = (n: number) => ({ object: "organization_invitation", id: `orginv_${n}` });
    server.reply(
      { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ data: [item(1), item(2)], total_count: 5 }) },
      { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ data: [item(3), item(4)], total_count: 5 }) },
      { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ data: [item(5)], total_count: 5 }) },
    );
    const ids: string[] = [];
    for await (const invitation of clientFor(server.url).organizationInvitations.paginateListOrganizationInvitations({ organizationId: CLERK_ORG, limit: 2 })) ids.push(invitation.id);
    expect(ids).toEqual(["orginv_1", "orginv_2", "orginv_3", "orginv_4", "orginv_5"]);
    expect(server.requests.map((request) => request.url)).toEqual([
      `/v1/organizations/${CLERK_ORG}/invitations?limit=2&offset=0`,
      `/v1/organizations/${CLERK_ORG}/invitations?limit=2&offset=2`,
      `/v1/organizations/${CLERK_ORG}/invitations?limit=2&offset=4`,
    ]);
  });

  it("retries a GET on 503 honouring Retry-After, and not a POST without an idempotency key", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 503, headers: { "retry-after": "0" }, body: "" }, { status: 200, headers: { "content-type": "application/json" }, body: "[]" });
    const client = clientFor(server.url, { maxRetries: 2 });
    expect(await client.invitation.getInvitations({ trOrganization: ORG_UUID, organizationId: ORG_UUID })).toEqual([]);
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    server.reply({ status: 503, headers: { "retry-after": "0" }, body: "" });
    const failure = await client.organizationInvitations.createOrganizationInvitation({ organizationId: CLERK_ORG, createOrganizationInvitationRequest: { email_address: "x@y.io", role: "r" } }).catch((error: unknown) => error);
    expect((failure as ApiError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST with an idempotency key, sending the same key each time", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 503, headers: { "retry-after": "0" }, body: "" }, { status: 200, headers: { "content-type": "application/json" }, body: invitationJson });
    await clientFor(server.url, { maxRetries: 2 }).organizationInvitations.createOrganizationInvitation(
      { organizationId: CLERK_ORG, createOrganizationInvitationRequest: { email_address: "x@y.io", role: "r" } },
      { idempotencyKey: "idem-1" },
    );
    expect(server.requests.map((request) => request.headers["idempotency-key"])).toEqual(["idem-1", "idem-1"]);
  });

  it("times out an attempt and aborts on the caller's signal", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 200, headers: { "content-type": "application/json" }, body: "[]" });
    const controller = new AbortController();
    controller.abort();
    const aborted = await clientFor(server.url).invitation.getInvitations({ trOrganization: ORG_UUID, organizationId: ORG_UUID }, { signal: controller.signal }).catch((error: unknown) => error);
    expect(aborted).toBeInstanceOf(Error);
    expect((aborted as Error).name).toBe("RequestAbortedError");
  });

  it("rejects, never throws, when a query cannot be serialised (a lone surrogate), sending nothing", async () => {
    await using server = await startRecordingServer();
    const client = clientFor(server.url);
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = client.organizationInvitations.listInstanceOrganizationInvitationsWithHttpInfo({ query: "\uD800" });
    }).not.toThrow();
    await expect(pending).rejects.toBeInstanceOf(URIError);
    expect(server.requests).toHaveLength(0);
  });

  it("throws a 404 that is instanceof NotFoundError and named after it", async () => {
    await using server = await startRecordingServer();
    server.reply({ status: 404, headers: { "content-type": "application/json" }, body: '{"errors":[]}' });
    const failure = await clientFor(server.url).organizationInvitations.getOrganizationInvitation({ organizationId: CLERK_ORG, invitationId: "orginv_1" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect(failure).not.toBeInstanceOf(BadRequestError);
    expect(failure).toMatchObject({ name: "NotFoundError", status: 404, body: { errors: [] } });
  });

  it("turns a refused connection into ApiConnectionError", async () => {
    const server = await startRecordingServer();
    const url = server.url;
    await server.close();
    const failure = await clientFor(url).invitation.getInvitations({ trOrganization: ORG_UUID, organizationId: ORG_UUID }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiConnectionError);
  });

  it("goes to each API's own server when no baseUrl is given", async () => {
    const seen: string[] = [];
    const client = new InvitationsApiClient({
      credentials: { ApiKey: TRIEVE_KEY, bearerAuth: CLERK_KEY },
      fetch: async (input) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return new Response("[]", { status: 200, headers: { "content-type": "application/json" } });
      },
    });
    await client.invitation.getInvitations({ trOrganization: ORG_UUID, organizationId: ORG_UUID });
    await client.organizationInvitations.listPendingOrganizationInvitations({ organizationId: CLERK_ORG }).catch(() => undefined);
    expect(seen).toEqual([`https://api.trieve.ai/api/invitations/${ORG_UUID}`, `https://api.clerk.com/v1/organizations/${CLERK_ORG}/invitations/pending`]);
  });
});
