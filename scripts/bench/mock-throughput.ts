/**
 * 5. The mock server (Prism on the bundle, as `npm run mock` starts it) under load on loopback:
 * autocannon, in its own process, holds a fixed number of keep-alive connections on one GET
 * operation with valid auth for a fixed time. Prism is always stopped.
 */
import path from "node:path";
import getPort from "get-port";
import { startPrism } from "../lib/mock/start-prism.js";
import { failureExcerpt, timeProcess } from "./time-process.js";
import { binPath, PROJECT_ROOT } from "./tools.js";

export interface MockThroughput {
  readonly operation: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Status of one request sent before the load, to show the operation answers 200. */
  readonly probeStatus: number;
}

/** The parts of autocannon's `--json` report we read. */
interface AutocannonReport {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  "2xx": number;
}

const OPERATION_PATH = "/v1/organizations/org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG/invitations/orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS";
const AUTHORIZATION = "Bearer sk_test_bench";

export async function benchMock(options: { seconds: number; connections: number; log: (line: string) => void }): Promise<MockThroughput> {
  const host = "127.0.0.1";
  const port = await getPort({ host });
  const server = await startPrism({ specPath: path.join(PROJECT_ROOT, "generated/openapi.yaml"), host, port });
  try {
    const url = `${server.url}${OPERATION_PATH}`;
    const probe = await fetch(url, { headers: { Authorization: AUTHORIZATION, Accept: "application/json" } });
    await probe.arrayBuffer();
    if (probe.status !== 200) throw new Error(`GET ${OPERATION_PATH} on Prism answered ${probe.status}, expected 200`);
    options.log(`  Prism on ${server.url}, probe 200; ${options.connections} connections for ${options.seconds} s`);
    const run = await timeProcess(
      process.execPath,
      [binPath("autocannon"), "--connections", String(options.connections), "--duration", String(options.seconds), "--headers", `Authorization=${AUTHORIZATION}`, "--headers", "Accept=application/json", "--json", url],
      { cwd: PROJECT_ROOT, timeoutMs: (options.seconds + 60) * 1000 },
    );
    const json = run.stdout.trim().split(/\r?\n/).at(-1) ?? "";
    if (run.code !== 0 || !json.startsWith("{")) throw new Error(`autocannon failed: ${failureExcerpt(run)}`);
    const report = JSON.parse(json) as AutocannonReport;
    return {
      operation: `GET /v1/organizations/{organization_id}/invitations/{invitation_id}`,
      connections: options.connections,
      seconds: options.seconds,
      requests: report.requests.total,
      requestsPerSecond: report.requests.average,
      p50Ms: report.latency.p50,
      p99Ms: report.latency.p99,
      maxMs: report.latency.max,
      non2xx: report.non2xx,
      errors: report.errors,
      timeouts: report.timeouts,
      probeStatus: probe.status,
    };
  } finally {
    await server.stop();
  }
}
