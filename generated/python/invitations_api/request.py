"""Building the parts of a request: path, query string, header values."""

import datetime
import enum
import json
from typing import Any, Iterable, List, Mapping, Optional, Tuple
from urllib.parse import quote

from .exceptions import ApiValueError
from .serialization import Unset, encode


def scalar_text(value: Any) -> str:
    """A parameter value as text: booleans as ``true``/``false``, enums by value."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(encode(value), separators=(",", ":"), ensure_ascii=False)
    return str(value)


def is_absent(value: Any) -> bool:
    """``None`` and ``UNSET`` parameters are not sent."""
    return value is None or isinstance(value, Unset)


def build_path(template: str, params: Mapping[str, Any], operation_id: str) -> str:
    """Fills ``{name}`` placeholders, each value encoded as exactly one path segment.

    Every character outside ``A-Z a-z 0-9 - _ . ~`` is percent-encoded (``/``, ``?``, ``#`` and
    ``%`` included), and the values that would still move the path (empty, ``.``, ``..``) are
    refused.

    Raises:
        ApiValueError: a placeholder has no value, or an empty, ``.`` or ``..`` one.
    """
    result: List[str] = []
    rest = template
    while True:
        start = rest.find("{")
        end = rest.find("}", start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            result.append(rest)
            return "".join(result)
        name = rest[start + 1 : end]
        value = params.get(name)
        if is_absent(value):
            raise ApiValueError(operation_id, f"path parameter {json.dumps(name)} is missing")
        segment = scalar_text(value)
        if segment in ("", ".", ".."):
            raise ApiValueError(
                operation_id, f"path parameter {json.dumps(name)} must not be {json.dumps(segment)}"
            )
        result.append(rest[:start])
        result.append(quote(segment, safe=""))
        rest = rest[end + 1 :]


def _quote(text: str) -> str:
    return quote(text, safe="")


def serialize_query(
    params: Iterable[Tuple[str, Any]],
    styles: Optional[Mapping[str, Tuple[str, bool]]] = None,
) -> str:
    """A query string, parameters in the order given, ``None``/``UNSET`` ones left out.

    By default (OpenAPI ``form`` style, ``explode: true``) lists repeat the name in their own
    order (``status=pending&status=revoked``) and dicts become one pair per key. ``styles`` maps
    a name to another (style, explode): ``form`` without explode joins with commas,
    ``spaceDelimited`` and ``pipeDelimited`` join with ``%20`` and ``|``, ``deepObject`` sends
    ``name[key]=value``.
    """
    pairs: List[str] = []
    for name, value in params:
        if is_absent(value):
            continue
        style, explode = (styles or {}).get(name, ("form", True))
        if isinstance(value, Mapping):
            entries = [(str(key), item) for key, item in value.items() if not is_absent(item)]
            if style == "deepObject":
                pairs.extend(
                    f"{_quote(name)}[{_quote(key)}]={_quote(scalar_text(item))}"
                    for key, item in entries
                )
            elif explode:
                pairs.extend(f"{_quote(key)}={_quote(scalar_text(item))}" for key, item in entries)
            else:
                flat = ",".join(
                    f"{_quote(key)},{_quote(scalar_text(item))}" for key, item in entries
                )
                pairs.append(f"{_quote(name)}={flat}")
        elif isinstance(value, (list, tuple)):
            items = [scalar_text(item) for item in value if not is_absent(item)]
            if style == "form" and explode:
                pairs.extend(f"{_quote(name)}={_quote(item)}" for item in items)
            else:
                separator = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(style, ",")
                pairs.append(f"{_quote(name)}={separator.join(_quote(item) for item in items)}")
        else:
            pairs.append(f"{_quote(name)}={_quote(scalar_text(value))}")
    return "&".join(pairs)


def header_text(value: Any) -> str:
    """A header parameter's value (OpenAPI ``simple`` style: lists joined with commas)."""
    if isinstance(value, (list, tuple)):
        return ",".join(scalar_text(item) for item in value if not is_absent(item))
    return scalar_text(value)


def check_header(operation_id: str, name: str, value: str) -> None:
    """Refuses a header whose name or value could start another header, or cannot be sent.

    The message names the header but never quotes the value: it may be a credential.

    Raises:
        ApiValueError: CR, LF or NUL in the name or value, a name that is not a token, or a
            value outside Latin-1.
    """
    if any(character in name or character in value for character in "\r\n\0"):
        raise ApiValueError(operation_id, f"header {json.dumps(name)} contains CR, LF or NUL")
    if (
        not name
        or any(character in name for character in ' \t:()<>@,;\\"/[]?={}')
        or not name.isascii()
    ):
        raise ApiValueError(
            operation_id, f"header name {json.dumps(name)} is not a valid HTTP header name"
        )
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        raise ApiValueError(
            operation_id, f"header {json.dumps(name)} has characters outside Latin-1"
        ) from None


def cookie_pair(operation_id: str, name: str, value: Any) -> str:
    """``name=value`` for the ``Cookie`` header, the value percent-encoded.

    Raises:
        ApiValueError: the name holds ``;``, ``,``, ``=``, whitespace or NUL.
    """
    if not name or any(character in name for character in ";,= \t\r\n\0"):
        raise ApiValueError(operation_id, f"cookie name {json.dumps(name)} is not valid")
    return f"{name}={_quote(scalar_text(value))}"
