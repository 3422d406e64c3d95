"""Building the parts of a request: path, query string, header values, request bodies."""

import dataclasses
import datetime
import enum
import io
import json
import secrets
from typing import Any, Iterable, List, Mapping, Optional, Tuple
from urllib.parse import quote

from .exceptions import ApiValueError
from .serialization import Model, Unset, encode


@dataclasses.dataclass(frozen=True)
class FileUpload:
    """A file part of a ``multipart/form-data`` body, with its file name and media type.

    Plain ``bytes`` are sent as a file too, named ``blob`` (as browsers name a nameless file), as
    ``application/octet-stream``; an open binary file (``open(path, "rb")``) is read and named
    after its path. Use ``FileUpload`` to choose the name and media type::

        api.upload_document({"file": FileUpload(data, "q3.pdf", "application/pdf"), "title": "Q3"})

    Attributes:
        content: The file's bytes.
        filename: The name the server is told (``filename=`` of the part).
        content_type: The part's ``Content-Type``.
    """

    content: bytes
    filename: str
    content_type: str = "application/octet-stream"


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
    ``name[key]=value``. An empty array or object sends nothing when exploded (or
    ``deepObject``), and the empty value ``name=`` otherwise.
    """
    pairs: List[str] = []
    for name, value in params:
        if is_absent(value):
            continue
        style, explode = (styles or {}).get(name, ("form", True))
        spread = explode or style == "deepObject"
        if isinstance(value, Mapping):
            entries = [(str(key), item) for key, item in value.items() if not is_absent(item)]
            if not entries and spread:
                continue
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
            if not items and spread:
                continue
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


def media_type_of(content_type: str) -> str:
    """The media type of a ``Content-Type`` value, without parameters, in lower case."""
    return content_type.split(";")[0].strip().lower()


def _form_pairs(pairs: List[str], encoded_name: str, value: Any) -> None:
    if is_absent(value):
        return
    if isinstance(value, (bytes, bytearray, memoryview, FileUpload)):
        raise ValueError("binary values cannot be form-encoded")
    if isinstance(value, (list, tuple)):
        for item in value:
            _form_pairs(pairs, encoded_name, item)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _form_pairs(pairs, f"{encoded_name}[{_quote(str(key))}]", item)
    else:
        pairs.append(f"{encoded_name}={_quote(scalar_text(value))}")


def form_urlencoded(fields: Mapping[str, Any]) -> str:
    """An ``application/x-www-form-urlencoded`` body, fields in the order given.

    Encoded as the query string is: arrays repeat the name (``scope=read&scope=write``), booleans
    are ``true``/``false``, ``None``/``UNSET`` fields are left out, every value is
    percent-encoded (a space as ``%20``); a nested object sends ``name[key]=value``.
    """
    pairs: List[str] = []
    for name, value in fields.items():
        _form_pairs(pairs, _quote(str(name)), value)
    return "&".join(pairs)


def _disposition_text(text: str) -> str:
    """A field or file name inside the quotes of ``Content-Disposition`` (as browsers write it)."""
    return text.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


#: The file name of a file part given without one (bytes, an in-memory file), as browsers send it.
_NAMELESS_FILE = "blob"


def _file_part(value: Any) -> Optional[FileUpload]:
    """``value`` as a file, when it is one: ``FileUpload``, bytes, or an open binary file."""
    if isinstance(value, FileUpload):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return FileUpload(bytes(value), _NAMELESS_FILE)
    if isinstance(value, io.IOBase):
        content = value.read()
        if not isinstance(content, bytes):
            raise ValueError("a file must be opened in binary mode")
        path = getattr(value, "name", None)
        # The last part of the path, whichever separator it uses.
        base = path.replace("\\", "/").rsplit("/", 1)[-1] if isinstance(path, str) else ""
        filename = base or _NAMELESS_FILE
        return FileUpload(content, filename)
    return None


def multipart_form_data(
    operation_id: str, fields: Mapping[str, Any], boundary: Optional[str] = None
) -> Tuple[bytes, str]:
    """A ``multipart/form-data`` body and its ``Content-Type`` (with the boundary).

    One part per field, in the order given: a file (:class:`FileUpload`, bytes, an open binary
    file) is a file part with a file name and media type; an array gives one part per item; an
    object (or model) is a JSON part (``Content-Type: application/json``, the OpenAPI default for
    objects); anything else is a text part (booleans ``true``/``false``, dates in ISO 8601).
    ``None`` and ``UNSET`` fields are left out.

    Raises:
        ApiValueError: a file part's media type holds CR, LF or NUL.
    """
    parts: List[Tuple[str, Optional[str], Optional[str], bytes]] = []

    def add(name: str, value: Any) -> None:
        if is_absent(value):
            return
        upload = _file_part(value)
        if upload is not None:
            if any(character in upload.content_type for character in "\r\n\0"):
                raise ApiValueError(
                    operation_id, f"the media type of file part {json.dumps(name)} is not valid"
                )
            parts.append((name, upload.filename, upload.content_type, upload.content))
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(name, item)
        elif isinstance(value, (Mapping, Model)):
            text = json.dumps(
                encode(value), ensure_ascii=False, allow_nan=False, separators=(",", ":")
            )
            parts.append((name, None, "application/json", text.encode("utf-8")))
        else:
            parts.append((name, None, None, scalar_text(value).encode("utf-8")))

    for name, value in fields.items():
        add(str(name), value)
    chosen = boundary or f"----PythonClientBoundary{secrets.token_hex(16)}"
    while boundary is None and any(chosen.encode("ascii") in part[3] for part in parts):
        chosen = f"----PythonClientBoundary{secrets.token_hex(16)}"
    delimiter = f"--{chosen}".encode("ascii")
    chunks: List[bytes] = []
    for name, filename, content_type, content in parts:
        disposition = f'form-data; name="{_disposition_text(name)}"'
        if filename is not None:
            disposition += f'; filename="{_disposition_text(filename)}"'
        head = f"Content-Disposition: {disposition}\r\n"
        if content_type is not None:
            head += f"Content-Type: {content_type}\r\n"
        chunks.extend([delimiter, b"\r\n", head.encode("utf-8"), b"\r\n", content, b"\r\n"])
    chunks.extend([delimiter, b"--\r\n"])
    return b"".join(chunks), f"multipart/form-data; boundary={chosen}"


def encode_body(operation_id: str, media_type: str, body: Any) -> Tuple[bytes, str]:
    """The request body's bytes and its ``Content-Type``, per the operation's media type.

    JSON media types (``…json``) are JSON-encoded (models through ``to_dict``);
    ``application/x-www-form-urlencoded`` objects are form-encoded (:func:`form_urlencoded`);
    ``multipart/form-data`` objects become parts (:func:`multipart_form_data`); bytes are sent as
    they are, text as UTF-8.

    Raises:
        ApiValueError: the body does not fit the media type.
        TypeError, ValueError: a value cannot be encoded.
    """
    kind = media_type_of(media_type)
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body), media_type
    if isinstance(body, str) and "json" not in kind:
        return body.encode("utf-8"), media_type
    if kind == "application/x-www-form-urlencoded" or kind == "multipart/form-data":
        fields = encode(body)
        if not isinstance(fields, Mapping):
            raise ApiValueError(operation_id, f"a {kind} body must be an object")
        if kind == "multipart/form-data":
            return multipart_form_data(operation_id, fields)
        return form_urlencoded(fields).encode("ascii"), media_type
    if "json" not in kind:
        raise ApiValueError(operation_id, f"pass a {media_type} body as bytes")
    text = json.dumps(encode(body), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8"), media_type
