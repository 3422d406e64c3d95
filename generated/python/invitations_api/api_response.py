"""What a successful call returns, and the response headers type."""

import dataclasses
from typing import Dict, Generic, Iterable, Iterator, List, Mapping, Tuple, TypeVar, Union

T = TypeVar("T")


class Headers(Mapping[str, str]):
    """Response headers: read-only, names case-insensitive, repeated headers joined by ``, ``."""

    def __init__(self, items: Union[Mapping[str, str], Iterable[Tuple[str, str]]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._values: Dict[str, Tuple[str, str]] = {}
        for name, value in pairs:
            key = name.lower()
            if key in self._values:
                original, existing = self._values[key]
                self._values[key] = (original, f"{existing}, {value}")
            else:
                self._values[key] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()][1]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def __iter__(self) -> Iterator[str]:
        return (original for original, _ in self._values.values())

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"

    def pairs(self) -> List[Tuple[str, str]]:
        """The headers as (name, value) pairs, names as the server sent them."""
        return list(self._values.values())


@dataclasses.dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """A successful (2xx) response, as the ``…_with_http_info`` methods return it.

    Attributes:
        status_code: The HTTP status code.
        headers: The response headers (case-insensitive).
        data: The body decoded into the documented type; ``None`` for responses without a body.
        raw_data: The body as received.
    """

    status_code: int
    headers: Headers
    data: T
    raw_data: bytes = dataclasses.field(default=b"", repr=False)
