#!/usr/bin/env node
// The failing-server suite's stub server: plain Node ESM, no dependencies, so every language's
// runner can start it as `node test/failing-server/stub-server.mjs`.
//
// - Listens on 127.0.0.1, port 0 (a free one), and prints exactly one line to stdout when ready:
//   {"url":"http://127.0.0.1:PORT"}
// - Exits when its stdin closes, so a runner that dies never leaves it behind.
// - Answers API requests from a script of steps (one step per request, in order) and records every
//   request exactly as received. Driven over HTTP under /__stub/ (the fixture has no such path).
// The format of steps and control requests: test/failing-server/README.md.
import { createServer as createHttpServer } from "node:http";
import { createServer as createNetServer } from "node:net";

const CONTROL_PREFIX = "/__stub/";
/** Status of a request that finds no step left: not retried by any client, so it stands out. */
const NO_STEP_STATUS = 418;
/** What endless-body writes per chunk, and the most it ever writes. */
const CHUNK = Buffer.alloc(16 * 1024, "a");
const ENDLESS_LIMIT_BYTES = 64 * 1024 * 1024;

/** @type {{ method: string, target: string, headers: [string, string][], body: string }[]} */
let recorded = [];
/** @type {object[]} */
let steps = [];
/** Load mode: every `failEvery`-th request gets `fail`, the others `ok`. @type {{ failEvery: number, fail: object, ok: object, seen: number } | null} */
let load = null;
/** Every open connection, destroyed on exit. */
const openSockets = new Set();
/** API responses not finished yet (hanging, delayed, streaming): their connections are destroyed on reset. */
const unanswered = new Set();

const server = createHttpServer({ keepAliveTimeout: 1000 }, (request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const target = request.url ?? "";
    if (target.startsWith(CONTROL_PREFIX)) {
      control(request.method ?? "", target, body, response);
      return;
    }
    recorded.push({ method: request.method ?? "", target, headers: pairs(request.rawHeaders), body });
    unanswered.add(response);
    response.on("close", () => unanswered.delete(response));
    answer(nextStep(request.method ?? "", target), request, response);
  });
});
server.on("connection", (socket) => {
  openSockets.add(socket);
  socket.on("close", () => openSockets.delete(socket));
});
// A client that resets its own connection must not crash the server.
server.on("clientError", (_error, socket) => socket.destroy());

function pairs(rawHeaders) {
  const result = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) result.push([rawHeaders[index], rawHeaders[index + 1]]);
  return result;
}

function nextStep(method, target) {
  if (load) {
    load.seen += 1;
    return load.seen % load.failEvery === 0 ? load.fail : load.ok;
  }
  const step = steps.shift();
  if (step) return step;
  return { status: NO_STEP_STATUS, headers: { "content-type": "text/plain" }, body: `failing-server: no scripted step left for ${method} ${target}` };
}

function bodyOf(step) {
  if (step.json !== undefined) return JSON.stringify(step.json);
  if (typeof step.body !== "string") return "";
  return step.body.repeat(Number.isInteger(step.repeat) && step.repeat > 0 ? step.repeat : 1) + (typeof step.suffix === "string" ? step.suffix : "");
}

function headersOf(step) {
  const headers = { ...(step.headers ?? {}) };
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  if (step.json !== undefined && !hasContentType) headers["content-type"] = "application/json";
  for (const [name, seconds] of Object.entries(step.httpDateHeaders ?? {})) {
    // IMF-fixdate, whole seconds: the time `seconds` from now.
    headers[name] = new Date(Math.floor(Date.now() / 1000) * 1000 + Number(seconds) * 1000).toUTCString();
  }
  return headers;
}

function answer(step, request, response) {
  const run = () => {
    if (response.destroyed || request.socket.destroyed) return;
    const status = step.status ?? 200;
    switch (step.action) {
      case "hang":
        // Never answered; the socket stays open until the client gives up or the script is reset.
        return;
      case "reset":
        // Without any response; an RST where the platform supports it.
        if (typeof request.socket.resetAndDestroy === "function") request.socket.resetAndDestroy();
        else request.socket.destroy();
        return;
      case "close-after-headers": {
        const headers = headersOf(step);
        if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) headers["content-length"] = "1000";
        response.writeHead(status, headers);
        response.flushHeaders();
        setTimeout(() => request.socket.destroy(), 20);
        return;
      }
      case "stall-body": {
        // Headers and the first bytes of the body, then nothing: a timeout must cover the body too.
        const headers = headersOf(step);
        if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) headers["content-length"] = "1000";
        response.writeHead(status, headers);
        response.write(bodyOf(step) || "{\"status\":");
        return;
      }
      case "endless-body": {
        response.writeHead(status, headersOf(step));
        let sent = 0;
        const pump = () => {
          while (!response.destroyed && sent < ENDLESS_LIMIT_BYTES) {
            sent += CHUNK.length;
            if (!response.write(CHUNK)) return void response.once("drain", pump);
          }
          if (!response.destroyed) response.end();
        };
        response.on("close", () => response.removeAllListeners("drain"));
        pump();
        return;
      }
      case "huge-body": {
        const total = Number(step.bodyBytes ?? 10 * 1024 * 1024);
        response.writeHead(status, { ...headersOf(step), "content-length": String(total) });
        let sent = 0;
        const pump = () => {
          while (!response.destroyed && sent < total) {
            const size = Math.min(CHUNK.length, total - sent);
            sent += size;
            if (!response.write(size === CHUNK.length ? CHUNK : CHUNK.subarray(0, size))) return void response.once("drain", pump);
          }
          if (!response.destroyed) response.end();
        };
        pump();
        return;
      }
      default: {
        const text = bodyOf(step);
        const headers = headersOf(step);
        if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-length")) headers["content-length"] = String(Buffer.byteLength(text));
        response.writeHead(status, headers);
        response.end(text);
      }
    }
  };
  if (step.delayMs > 0) setTimeout(run, step.delayMs);
  else run();
}

function sendJson(response, status, value) {
  const text = JSON.stringify(value);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

function parseJson(text, response) {
  try {
    return text === "" ? {} : JSON.parse(text);
  } catch (error) {
    sendJson(response, 400, { error: `control body is not JSON: ${error.message}` });
    return undefined;
  }
}

/** Destroys the connections of unfinished answers (hung or streaming requests of the previous scenario). */
function dropUnanswered() {
  for (const response of unanswered) response.socket?.destroy();
  unanswered.clear();
}

function control(method, target, body, response) {
  const route = `${method} ${target.slice(CONTROL_PREFIX.length - 1)}`;
  switch (route) {
    case "POST /script": {
      const value = parseJson(body, response);
      if (value === undefined) return;
      if (!Array.isArray(value.steps)) return sendJson(response, 400, { error: "expected {\"steps\": [...]}" });
      dropUnanswered();
      steps = [...value.steps];
      recorded = [];
      load = null;
      return sendJson(response, 200, { steps: steps.length });
    }
    case "POST /load": {
      const value = parseJson(body, response);
      if (value === undefined) return;
      if (!(Number.isInteger(value.failEvery) && value.failEvery > 0) || typeof value.fail !== "object" || typeof value.ok !== "object") {
        return sendJson(response, 400, { error: "expected {\"failEvery\": N>0, \"fail\": step, \"ok\": step}" });
      }
      dropUnanswered();
      steps = [];
      recorded = [];
      load = { failEvery: value.failEvery, fail: value.fail, ok: value.ok, seen: 0 };
      return sendJson(response, 200, { failEvery: load.failEvery });
    }
    case "POST /reset":
      dropUnanswered();
      steps = [];
      recorded = [];
      load = null;
      return sendJson(response, 200, {});
    case "GET /requests":
      return sendJson(response, 200, { requests: recorded, stepsLeft: steps.length });
    case "GET /count":
      return sendJson(response, 200, { count: recorded.length, stepsLeft: steps.length });
    case "GET /refused-url": {
      // A port that was free a moment ago and is closed again: connecting to it is refused.
      const probe = createNetServer();
      probe.listen(0, "127.0.0.1", () => {
        const { port } = probe.address();
        probe.close(() => sendJson(response, 200, { url: `http://127.0.0.1:${port}` }));
      });
      return;
    }
    default:
      return sendJson(response, 404, { error: `unknown control request ${route}` });
  }
}

function shutdown() {
  for (const socket of openSockets) socket.destroy();
  server.close();
  process.exit(0);
}

process.stdin.on("end", shutdown);
process.stdin.on("close", shutdown);
process.stdin.on("error", shutdown);
process.stdin.resume();
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
