import { describe, expect, it } from "vitest";
import { InvalidRequestError, paginate, type Page } from "../../../../templates/sdk/runtime/index.js";

/** A fake list endpoint over `items` that records every page request. */
function listOf<T>(items: T[], { reportTotal = false, serverMaxLimit = Number.POSITIVE_INFINITY } = {}) {
  const requests: { offset: number; limit: number }[] = [];
  const fetchPage = async (page: { offset: number; limit: number }): Promise<Page<T>> => {
    requests.push(page);
    if (requests.length > 100) throw new Error("kept fetching past the end");
    const slice = items.slice(page.offset, page.offset + Math.min(page.limit, serverMaxLimit));
    return reportTotal ? { items: slice, total: items.length } : { items: slice };
  };
  return { fetchPage, requests };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterator) all.push(item);
  return all;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("paginate", () => {
  const cases: [
    string,
    { given: { count: number; limit: number; offset?: number; reportTotal?: boolean; serverMaxLimit?: number }; want: { items: number; offsets: number[] } },
  ][] = [
    ["stops on a short page", { given: { count: 25, limit: 10 }, want: { items: 25, offsets: [0, 10, 20] } }],
    ["stops on an empty page when the last page was full", { given: { count: 20, limit: 10 }, want: { items: 20, offsets: [0, 10, 20] } }],
    ["an empty list takes one request", { given: { count: 0, limit: 10 }, want: { items: 0, offsets: [0] } }],
    ["stops once the offset reaches total, without an extra request", { given: { count: 20, limit: 10, reportTotal: true }, want: { items: 20, offsets: [0, 10] } }],
    ["starts at the given offset", { given: { count: 25, limit: 10, offset: 15 }, want: { items: 10, offsets: [15, 25] } }],
    ["with total, a server capping limit does not drop items", { given: { count: 25, limit: 10, reportTotal: true, serverMaxLimit: 4 }, want: { items: 25, offsets: [0, 4, 8, 12, 16, 20, 24] } }],
    ["an offset past total takes one request", { given: { count: 5, limit: 10, offset: 50, reportTotal: true }, want: { items: 0, offsets: [50] } }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    const list = listOf(range(given.count), { reportTotal: given.reportTotal ?? false, serverMaxLimit: given.serverMaxLimit ?? Number.POSITIVE_INFINITY });
    const items = await collect(paginate(list.fetchPage, { limit: given.limit, offset: given.offset }));
    expect(items).toEqual(range(given.count).slice(given.offset ?? 0));
    expect(items).toHaveLength(want.items);
    expect(list.requests.map((r) => r.offset)).toEqual(want.offsets);
    expect(list.requests.every((r) => r.limit === given.limit)).toBe(true);
  });

  it("stops when a page is empty even if total says there is more", async () => {
    const requests: number[] = [];
    const iterator = paginate(
      async ({ offset }) => {
        requests.push(offset);
        if (requests.length > 10) throw new Error("kept fetching after an empty page");
        return { items: offset === 0 ? [1, 2] : [], total: 100 };
      },
      { limit: 2 },
    );
    expect(await collect(iterator)).toEqual([1, 2]);
    expect(requests).toEqual([0, 2]);
  });

  it("treats a page without an items list as the end", async () => {
    let calls = 0;
    const iterator = paginate<number>(async () => {
      calls++;
      return { items: undefined, total: 10 };
    }, { limit: 5 });
    expect(await collect(iterator)).toEqual([]);
    expect(calls).toBe(1);
  });

  it("fetches lazily: nothing before the first next(), each page only when needed", async () => {
    const list = listOf(range(30));
    const iterator = paginate(list.fetchPage, { limit: 10 });
    expect(list.requests).toHaveLength(0);

    expect(await iterator.next()).toEqual({ done: false, value: 0 });
    expect(list.requests).toHaveLength(1);
    for (let i = 1; i < 10; i++) await iterator.next();
    expect(list.requests).toHaveLength(1);

    expect(await iterator.next()).toEqual({ done: false, value: 10 });
    expect(list.requests).toHaveLength(2);
  });

  it("fetches no more pages after the consumer breaks out", async () => {
    const list = listOf(range(100));
    for await (const item of paginate(list.fetchPage, { limit: 10 })) {
      if (item === 12) break;
    }
    expect(list.requests).toHaveLength(2);
  });

  it("passes a page error through to the consumer", async () => {
    const failure = new Error("HTTP 500");
    const iterator = paginate(async ({ offset }) => {
      if (offset > 0) throw failure;
      return { items: ["a"] };
    }, { limit: 1 });
    expect(await iterator.next()).toEqual({ done: false, value: "a" });
    await expect(iterator.next()).rejects.toBe(failure);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses limit %s", async (limit) => {
    const iterator = paginate(async () => ({ items: [1] }), { limit });
    await expect(iterator.next()).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
