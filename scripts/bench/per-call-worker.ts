/**
 * Runs in its own process (started by per-call.ts): times one GET with two path parameters and a
 * JSON response through raw `fetch`, the `sdk` flavor and the `fetch` flavor, first with `fetch`
 * stubbed (a fresh `Response` per call: pure client cost), then over loopback HTTP against a
 * `node:http` server in this process. Prints one JSON line: microseconds per call for every batch.
 *
 *   tsx scripts/bench/per-call-worker.ts BATCHES STUB_CALLS LOOPBACK_CALLS LOOPBACK_SECONDS
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { createClient } from "@invitations-api/fetch";
import { createConfig, getOrganizationInvitation } from "@invitations-api/sdk";
import { CLIENTS, type BatchSamples, type ClientId, type PerCallReport } from "./per-call-clients.js";

const ORGANIZATION_ID = "org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG";
const INVITATION_ID = "orginv_2qA8sT0nL4wM9uU5xZ7cE2dH6gJ";
const TOKEN = "sk_test_bench";
const PATH = "/v1/organizations/{organization_id}/invitations/{invitation_id}";
const INVITATION = {
  object: "organization_invitation",
  id: INVITATION_ID,
  email_address: "amara.okafor@acme-robotics.io",
  role: "org:member",
  role_name: "Member",
  organization_id: ORGANIZATION_ID,
  status: "pending",
  public_metadata: {},
  private_metadata: {},
  url: null,
  expires_at: 1_767_225_600_000,
  created_at: 1_764_633_600_000,
  updated_at: 1_764_633_600_000,
};
const BODY = JSON.stringify(INVITATION);
const JSON_HEADERS = { "content-type": "application/json" } as const;

/** The stub: a fresh Response per call, as a real fetch would give. */
const stubFetch = (async () => new Response(BODY, { status: 200, headers: JSON_HEADERS })) as typeof fetch;

type Call = () => Promise<unknown>;

/** The three clients against one server, retries and timeouts at their defaults. */
function makeCalls(baseUrl: string, fetchImpl: typeof fetch): Record<ClientId, Call> {
  const config = createConfig({ baseUrl, credentials: { bearerAuth: TOKEN }, fetch: fetchImpl });
  const client = createClient({ baseUrl, auth: { bearerAuth: TOKEN }, fetch: fetchImpl });
  const rawUrl = `${baseUrl}/v1/organizations/${encodeURIComponent(ORGANIZATION_ID)}/invitations/${encodeURIComponent(INVITATION_ID)}`;
  return {
    raw: async () => {
      const response = await fetchImpl(rawUrl, { headers: { Accept: "application/json", Authorization: `Bearer ${TOKEN}` } });
      if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}`);
      return response.json();
    },
    sdk: () => getOrganizationInvitation(config, { organizationId: ORGANIZATION_ID, invitationId: INVITATION_ID }),
    fetch: async () => {
      const { data, error } = await client.GET(PATH, { params: { path: { organization_id: ORGANIZATION_ID, invitation_id: INVITATION_ID } } });
      if (error !== undefined) throw new Error(`fetch flavor: ${JSON.stringify(error)}`);
      return data;
    },
  };
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Microseconds per call over `count` sequential calls. */
async function timeBatch(call: Call, count: number): Promise<number> {
  collectGarbage();
  const started = performance.now();
  for (let index = 0; index < count; index++) await call();
  return ((performance.now() - started) * 1000) / count;
}

/**
 * `batches` rounds; in each, one batch per client, the order rotated every round so no client is
 * always first after a GC. Two untimed rounds first let the JIT settle. Stops early (keeping whole
 * rounds) once `deadline` (a `performance.now()` value) has passed.
 */
async function timeClients(calls: Record<ClientId, Call>, batches: number, count: number, deadline = Infinity): Promise<BatchSamples> {
  for (const id of CLIENTS) {
    const result = await calls[id]();
    if (!isDeepStrictEqual(result, INVITATION)) throw new Error(`${id} returned ${JSON.stringify(result)}`);
  }
  const samples: BatchSamples = { raw: [], sdk: [], fetch: [] };
  for (let round = -2; round < batches && performance.now() < deadline; round++) {
    for (let offset = 0; offset < CLIENTS.length; offset++) {
      const id = CLIENTS[(Math.max(round, 0) + offset) % CLIENTS.length]!;
      const us = await timeBatch(calls[id], count);
      if (round >= 0) samples[id].push(us);
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const [batches = 15, stubCalls = 2000, loopbackCalls = 200, loopbackSeconds = 30] = process.argv.slice(2).map(Number);
  const stub = await timeClients(makeCalls("http://127.0.0.1:4010", stubFetch), batches, stubCalls);

  const server = createServer((_request, response) => {
    response.writeHead(200, { ...JSON_HEADERS, "content-length": Buffer.byteLength(BODY) });
    response.end(BODY);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const deadline = performance.now() + loopbackSeconds * 1000;
    const loopback = await timeClients(makeCalls(`http://127.0.0.1:${port}`, globalThis.fetch), batches, loopbackCalls, deadline);
    const report: PerCallReport = { stub, loopback, loopbackBatches: loopback.raw.length };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

await main();
