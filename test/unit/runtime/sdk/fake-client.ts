import {
  resolveClientConfig,
  type ClientOptions,
  type ResolvedClientConfig,
  type SecurityScheme,
} from "../../../../templates/sdk/runtime/index.js";

/** One request as the fake fetch saw it. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
  signal: AbortSignal | undefined;
}

export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/** A fetch that records each request and answers with `respond`. */
export function recordingFetch(respond: Responder = () => json(200, {})): {
  fetch: typeof fetch;
  requests: RecordedRequest[];
} {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: RecordedRequest = {
      url: String(input),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: init?.body,
      signal: init?.signal ?? undefined,
    };
    requests.push(request);
    return respond(request, requests.length - 1);
  };
  return { fetch: fetchImpl, requests };
}

/** A responder that never answers but rejects, like real fetch, when the request's signal aborts. */
export function hangUntilAborted(request: RecordedRequest): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal?.addEventListener("abort", () => reject(request.signal?.reason), { once: true });
  });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export const TEST_SECURITY_SCHEMES = {
  bearerAuth: { type: "http", scheme: "bearer" },
  basicAuth: { type: "http", scheme: "basic" },
  headerKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
  queryKey: { type: "apiKey", in: "query", name: "api_key" },
  cookieKey: { type: "apiKey", in: "cookie", name: "session" },
} as const satisfies Record<string, SecurityScheme>;

/**
 * A resolved config with a fake clock: `sleep` records the wait and advances `now` instantly, and
 * jitter is fixed at its top (`random` = 1 - epsilon behaves as the full backoff).
 */
export function testConfig(
  options: ClientOptions,
  overrides: Partial<ResolvedClientConfig> = {},
): ResolvedClientConfig & { sleeps: number[]; clock: { now: number } } {
  const clock = { now: 1_000_000 };
  const sleeps: number[] = [];
  const resolved = resolveClientConfig(options, {
    baseUrl: "https://api.example.test/",
    securitySchemes: TEST_SECURITY_SCHEMES,
  });
  return {
    ...resolved,
    random: () => 1,
    now: () => clock.now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      clock.now += ms;
    },
    ...overrides,
    sleeps,
    clock,
  };
}

/** Awaits a promise that must reject and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}
