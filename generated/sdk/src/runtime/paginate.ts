import { InvalidRequestError } from "./errors.js";

/** One page as the API returns it, reduced to what paging needs. */
export interface Page<T> {
  /** The page's items; a missing list counts as an empty page. */
  items: readonly T[] | undefined;
  /** Total number of items across all pages, when the API reports it. */
  total?: number | undefined;
}

/**
 * Iterates every item of an offset/limit paginated list, fetching each page only when the
 * previous one has been consumed (nothing is fetched before the first `next()`).
 *
 * The offset advances by the number of items received. Iteration stops after an empty page; when
 * the API reports `total`, once the offset reaches it; otherwise after a page shorter than `limit`.
 * (With `total` known, a short page does not stop it: servers often cap `limit` silently, and
 * stopping there would drop items.)
 *
 * @example
 * for await (const invitation of paginate((page) => listInvitations(page), { limit: 100 })) { … }
 * @throws {@link InvalidRequestError} when `limit` is not a positive integer; errors from `fetchPage` pass through.
 */
export async function* paginate<T>(
  fetchPage: (page: { offset: number; limit: number }) => Promise<Page<T>>,
  start: { offset?: number | undefined; limit: number },
): AsyncIterableIterator<T> {
  const { limit } = start;
  if (!Number.isInteger(limit) || limit <= 0) {
    throw new InvalidRequestError("", `paginate: limit must be a positive integer, got ${limit}`);
  }
  let offset = start.offset ?? 0;
  for (;;) {
    const { items = [], total } = await fetchPage({ offset, limit });
    yield* items;
    offset += items.length;
    if (items.length === 0 || (total === undefined ? items.length < limit : offset >= total)) return;
  }
}
