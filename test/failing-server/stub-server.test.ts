// The stub server itself (test/failing-server/stub-server.mjs), as every language's runner relies
// on it: one JSON line when ready, gone when stdin closes, raw targets recorded as sent, steps
// consumed in order, load mode failing exactly every n-th request.
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startStubServer, STUB_SERVER_PATH, type StubServer } from "./support/stub-server.js";

let stub: StubServer;

beforeAll(async () => {
  stub = await startStubServer();
});

afterAll(async () => {
  await stub?.close();
});

/** Sends `request` byte for byte on a fresh connection; resolves with the raw answer. */
function rawRequest(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let answer = "";
    socket.setEncoding("latin1").on("data", (chunk: string) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

it("prints exactly one JSON line with its url, and exits when its stdin closes", async () => {
  const child = spawn(process.execPath, [STUB_SERVER_PATH], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on("line", (line) => lines.push(line));
  await new Promise((resolve) => child.stdout.once("data", resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!)).toEqual({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
  child.stdin.end();
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await expect(exited).resolves.toBe(0);
  clearTimeout(timer);
});

it("records the raw request target and header pairs exactly as sent, and answers the steps in order", async () => {
  await stub.script([{ status: 201, json: { a: 1 } }, { status: 503, headers: { "retry-after": "0" }, body: "x", repeat: 3, suffix: "!" }]);
  const target = "/items/a%2Fb/../%7e?q=%20&q=+&r[x]=1";
  const first = await rawRequest(stub.url, `GET ${target} HTTP/1.1\r\nHost: h\r\nX-Pair: one\r\nx-pair: two\r\nConnection: close\r\n\r\n`);
  const second = await rawRequest(stub.url, "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
  const third = await rawRequest(stub.url, "GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
  expect(first).toMatch(/^HTTP\/1\.1 201 [^]*content-type: application\/json\r\ncontent-length: 7\r\n[^]*\r\n\r\n\{"a":1\}$/);
  expect(second).toMatch(/^HTTP\/1\.1 503 [^]*retry-after: 0\r\n[^]*\r\n\r\nxxx!$/);
  expect(third).toMatch(/^HTTP\/1\.1 418 [^]*no scripted step left for GET \/c$/);
  const requests = await stub.requests();
  expect(requests.map(({ method, target: sent, body }) => [method, sent, body])).toEqual([
    ["GET", target, ""],
    ["POST", "/b", "{}"],
    ["GET", "/c", ""],
  ]);
  expect(requests[0]!.headers).toEqual([["Host", "h"], ["X-Pair", "one"], ["x-pair", "two"], ["Connection", "close"]]);
});

it("in load mode fails exactly every n-th request and counts them", async () => {
  await stub.load({ failEvery: 3, fail: { status: 503 }, ok: { json: { status: "ok" } } });
  const statuses: number[] = [];
  for (let index = 0; index < 7; index++) statuses.push((await fetch(`${stub.url}/status`)).status);
  expect(statuses).toEqual([200, 200, 503, 200, 200, 503, 200]);
  expect(await stub.count()).toBe(7);
});

it("refuses unknown control requests and malformed scripts", async () => {
  expect((await fetch(`${stub.url}/__stub/nothing`)).status).toBe(404);
  expect((await fetch(`${stub.url}/__stub/script`, { method: "POST", body: "{" })).status).toBe(400);
  expect((await fetch(`${stub.url}/__stub/load`, { method: "POST", body: JSON.stringify({ failEvery: 0, fail: {}, ok: {} }) })).status).toBe(400);
});

it("gives a refused url where connecting fails", async () => {
  const url = await stub.refusedUrl();
  const failure = await fetch(`${url}/status`).catch((error: unknown) => error);
  expect((failure as { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
});
