"""Iterating every item of an offset/limit paginated list, page after page."""

import dataclasses
from typing import Callable, Generic, Iterator, Optional, Sequence, TypeVar, Union

from .exceptions import ApiValueError
from .serialization import Unset

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Page(Generic[T]):
    """One page, reduced to what paging needs.

    Attributes:
        items: The page's items.
        total: The number of items across all pages, when the API reports it.
    """

    items: Sequence[T]
    total: Optional[int] = None


def page_of(
    items: Union[Sequence[T], None, Unset], total: Union[int, None, Unset] = None
) -> Page[T]:
    """A :class:`Page` from a response's item list and total (absent or null ones count as none)."""
    return Page(
        items=[] if items is None or isinstance(items, Unset) else items,
        total=None if total is None or isinstance(total, Unset) else total,
    )


def iterate_offset_pages(
    fetch_page: Callable[[int, int], Page[T]], *, limit: int, offset: int = 0
) -> Iterator[T]:
    """Every item of an offset/limit paginated list, fetching each page only when it is reached.

    ``fetch_page(offset, limit)`` returns one page. The offset advances by the number of items
    received. Iteration stops after an empty page; when the API reports a total, once the offset
    reaches it; otherwise after a page shorter than ``limit``. (With a total, a short page does not
    stop it: servers often cap ``limit`` silently, and stopping there would drop items.)

    Raises:
        ApiValueError: ``limit`` is not a positive integer or ``offset`` is negative (at once,
            before any request); errors of ``fetch_page`` pass through.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ApiValueError("", f"limit must be a positive integer, got {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ApiValueError("", f"offset must be a non-negative integer, got {offset!r}")
    return _pages(fetch_page, limit, offset)


def _pages(fetch_page: Callable[[int, int], Page[T]], limit: int, offset: int) -> Iterator[T]:
    while True:
        page = fetch_page(offset, limit)
        yield from page.items
        offset += len(page.items)
        if not page.items:
            return
        if page.total is None and len(page.items) < limit:
            return
        if page.total is not None and offset >= page.total:
            return
