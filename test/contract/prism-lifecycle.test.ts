// Prism never outlives whoever started it: not when that process crashes, not when it is
// interrupted or terminated. (A test failing is covered too: vitest's afterAll calls stop(), and a
// worker that dies anyway ends as one of these cases.)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { processGroupAlive, signalProcessGroup } from "../../scripts/lib/mock/stop-process-group.js";
import { projectRoot } from "../support/openapi-doc.js";
import { eventually, spawnGroup } from "./support/spawned.js";

const OWNER = path.join(projectRoot, "test/contract/support/prism-owner.ts");

describe.concurrent("a process that started Prism with startPrism", () => {
  it.each([
    ["dies of an uncaught error", { mode: "throw", signal: undefined }],
    ["gets SIGTERM", { mode: "wait", signal: "SIGTERM" }],
    ["gets SIGINT (Ctrl-C)", { mode: "wait", signal: "SIGINT" }],
  ] as const)("takes Prism with it when it %s", async (_name, { mode, signal }) => {
    await using owner = spawnGroup(process.execPath, ["--import", "tsx", OWNER, mode], { cwd: projectRoot });
    const [line = ""] = await owner.waitForOutput(/^\{.*\}$/m);
    const prism = JSON.parse(line) as { pid: number; url: string };
    try {
      expect(processGroupAlive(prism.pid)).toBe(true);
      // Only the owner gets the signal, not its group: Prism must be stopped by the owner's handlers.
      if (signal) process.kill(owner.pid, signal);
      const exit = await owner.exited;
      if (signal) expect(exit.signal).toBe(signal);
      else expect(exit.code).not.toBe(0);
      expect(await eventually(() => !processGroupAlive(prism.pid))).toBe(true);
      await expect(fetch(prism.url)).rejects.toThrow();
    } finally {
      signalProcessGroup(prism.pid, "SIGKILL");
    }
  });
});
