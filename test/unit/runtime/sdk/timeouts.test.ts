// The sdk's attempt timeouts: many deadlines on one shared timer (real timers, short delays).
import { describe, expect, it, vi } from "vitest";
import { cancelTimeout, startTimeout } from "../../../../templates/sdk/runtime/timeouts.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a timeout that records when it ran, relative to `started`. */
function recorder() {
  const started = performance.now();
  const ran: Array<{ name: string; afterMs: number }> = [];
  const start = (name: string, ms: number) => startTimeout(ms, () => ran.push({ name, afterMs: performance.now() - started }));
  return { ran, start };
}

describe("startTimeout / cancelTimeout", () => {
  it("runs each timeout once, in deadline order, not before its deadline", async () => {
    const { ran, start } = recorder();
    start("late", 60);
    start("early", 20);
    start("middle", 40);
    await wait(120);
    expect(ran.map((entry) => entry.name)).toEqual(["early", "middle", "late"]);
    for (const [index, want] of [20, 40, 60].entries()) {
      expect(ran[index]!.afterMs).toBeGreaterThanOrEqual(want - 1);
      expect(ran[index]!.afterMs).toBeLessThan(want + 500);
    }
  });

  it("an earlier deadline registered later still runs on time", async () => {
    const { ran, start } = recorder();
    const long = start("long", 5_000);
    start("short", 15);
    await wait(80);
    cancelTimeout(long);
    expect(ran.map((entry) => entry.name)).toEqual(["short"]);
  });

  it("never runs a cancelled timeout, and keeps the others", async () => {
    const { ran, start } = recorder();
    const first = start("first", 15);
    start("second", 30);
    cancelTimeout(first);
    cancelTimeout(first);
    await wait(80);
    expect(ran.map((entry) => entry.name)).toEqual(["second"]);
  });

  it("runs timeouts started from inside another one", async () => {
    const { ran, start } = recorder();
    startTimeout(10, () => {
      start("nested", 10);
    });
    start("outer", 40);
    await wait(100);
    expect(ran.map((entry) => entry.name)).toEqual(["nested", "outer"]);
  });

  it("keeps a Node process alive only while a timeout is waiting, as a timer per attempt would", () => {
    const refedTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
    const before = refedTimers();
    const timeout = startTimeout(60_000, () => {});
    expect(refedTimers()).toBe(before + 1);
    cancelTimeout(timeout);
    expect(refedTimers()).toBe(before);
  });

  it("cancelling after it ran changes nothing", async () => {
    const { ran, start } = recorder();
    const timeout = start("once", 5);
    await wait(40);
    cancelTimeout(timeout);
    expect(ran).toHaveLength(1);
  });

  it("runs under fake timers that move setTimeout but not performance.now(), as a user's tests may use", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const ran: string[] = [];
      startTimeout(30_000, () => ran.push("attempt"));
      vi.advanceTimersByTime(29_999);
      expect(ran).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(ran).toEqual(["attempt"]);
      // A later deadline, reached through the timer set again after the first ran.
      startTimeout(10_000, () => ran.push("second"));
      startTimeout(20_000, () => ran.push("third"));
      vi.advanceTimersByTime(10_000);
      expect(ran).toEqual(["attempt", "second"]);
      vi.advanceTimersByTime(9_999);
      expect(ran).toEqual(["attempt", "second"]);
      vi.advanceTimersByTime(1);
      expect(ran).toEqual(["attempt", "second", "third"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
