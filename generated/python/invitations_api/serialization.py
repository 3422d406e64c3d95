"""Conversion between JSON values and the generated models.

Decoding is strict about types (a string where the API promised an integer is an error naming
the field) and lenient about the rest: fields the API adds later are kept in
``additional_properties``, and enum values it adds later are kept as unknown members.
"""

import datetime
import enum
import json
from typing import (
    Any,
    Callable,
    Dict,
    FrozenSet,
    List,
    Mapping,
    Optional,
    Type,
    TypeVar,
    Union,
)

T = TypeVar("T")
M = TypeVar("M", bound="Model")
S = TypeVar("S", bound="OpenStrEnum")
N = TypeVar("N", bound="OpenIntEnum")

#: Turns a JSON value into ``T``; the second argument is where the value sits, for messages.
Decoder = Callable[[Any, str], T]


class Unset:
    """The type of :data:`UNSET`, the value of a field the JSON object does not contain.

    ``UNSET`` (absent) and ``None`` (JSON ``null``) are different things: a field set to
    ``None`` is sent as ``null``, a field left ``UNSET`` is not sent at all. ``UNSET`` is falsy.
    """

    _instance: Optional["Unset"] = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"


#: The value of every optional model field that is absent from the JSON object.
UNSET = Unset()


class DecodeError(ValueError):
    """A JSON value does not have the shape the API description promises.

    Attributes:
        path: Where the value sits, e.g. ``OrganizationInvitations.data[0].created_at``.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _expected(path: str, what: str, value: Any) -> DecodeError:
    return DecodeError(path, f"expected {what}, got {_kind(value)}")


def decode_str(value: Any, path: str) -> str:
    """A JSON string."""
    if not isinstance(value, str):
        raise _expected(path, "a string", value)
    return value


def decode_int(value: Any, path: str) -> int:
    """A JSON integer (``2.0`` counts; booleans do not)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _expected(path, "an integer", value)
    if isinstance(value, float):
        if not value.is_integer():
            raise DecodeError(path, f"expected an integer, got {value!r}")
        return int(value)
    return value


def decode_float(value: Any, path: str) -> float:
    """A JSON number; an integer stays an ``int`` so that it is sent back unchanged."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _expected(path, "a number", value)
    return value


def decode_bool(value: Any, path: str) -> bool:
    """A JSON boolean."""
    if not isinstance(value, bool):
        raise _expected(path, "a boolean", value)
    return value


def decode_any(value: Any, path: str) -> Any:
    """Any JSON value, as parsed."""
    return value


def decode_none(value: Any, path: str) -> None:
    """The decoder of responses without a body."""
    return None


def decode_bytes(value: Any, path: str) -> bytes:
    """A binary response body, as received."""
    if not isinstance(value, bytes):
        raise _expected(path, "bytes", value)
    return value


def decode_object(value: Any, path: str) -> Dict[str, Any]:
    """A JSON object the API describes without a named schema, as a ``dict``."""
    if not isinstance(value, dict):
        raise _expected(path, "an object", value)
    return value


def list_of(item: Decoder[T]) -> Decoder[List[T]]:
    """A decoder of JSON arrays whose items ``item`` decodes."""

    def decode(value: Any, path: str) -> List[T]:
        if not isinstance(value, list):
            raise _expected(path, "an array", value)
        return [item(entry, f"{path}[{index}]") for index, entry in enumerate(value)]

    return decode


def dict_of(item: Decoder[T]) -> Decoder[Dict[str, T]]:
    """A decoder of JSON objects used as maps, whose values ``item`` decodes."""

    def decode(value: Any, path: str) -> Dict[str, T]:
        if not isinstance(value, dict):
            raise _expected(path, "an object", value)
        return {key: item(entry, field_path(path, key)) for key, entry in value.items()}

    return decode


def nullable(inner: Decoder[T]) -> Decoder[Optional[T]]:
    """A decoder that also accepts JSON ``null`` (as ``None``)."""

    def decode(value: Any, path: str) -> Optional[T]:
        return None if value is None else inner(value, path)

    return decode


def union_of(*variants: Decoder[Any]) -> Decoder[Any]:
    """A decoder trying each variant in turn; the first that accepts the value wins."""

    def decode(value: Any, path: str) -> Any:
        problems: List[str] = []
        for variant in variants:
            try:
                return variant(value, path)
            except DecodeError as error:
                problems.append(error.problem)
        raise DecodeError(path, f"matches no variant ({'; '.join(problems)})")

    return decode


def field_path(path: str, name: str) -> str:
    """``path.name``, or ``path["name"]`` when the name is not an identifier."""
    return f"{path}.{name}" if name.isidentifier() else f"{path}[{json.dumps(name)}]"


def expect_object(value: Any, path: str) -> Mapping[str, Any]:
    """``value`` when it is a JSON object; otherwise a :class:`DecodeError`."""
    if not isinstance(value, Mapping):
        raise _expected(path, "an object", value)
    return value


def required(data: Mapping[str, Any], name: str, path: str, decoder: Decoder[T]) -> T:
    """The required field ``name`` of ``data``, decoded."""
    if name not in data:
        raise DecodeError(path, f"required field {json.dumps(name)} is missing")
    return decoder(data[name], field_path(path, name))


def optional(data: Mapping[str, Any], name: str, path: str, decoder: Decoder[T]) -> Union[T, Unset]:
    """The optional field ``name`` of ``data``, decoded; :data:`UNSET` when absent."""
    if name not in data:
        return UNSET
    return decoder(data[name], field_path(path, name))


def extra_fields(data: Mapping[str, Any], known: FrozenSet[str]) -> Dict[str, Any]:
    """The fields of ``data`` a model does not declare, kept so that they are sent back."""
    return {name: value for name, value in data.items() if name not in known}


def encode(value: Any) -> Any:
    """A model, enum, list, dict or scalar as a JSON-ready value (``UNSET`` entries dropped)."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {
            str(key): encode(item) for key, item in value.items() if not isinstance(item, Unset)
        }
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


class Model:
    """Base class of the generated models, which are dataclasses.

    Every model converts from and to JSON: :meth:`from_dict`, :meth:`to_dict`,
    :meth:`from_json`, :meth:`to_json`. Fields the model does not declare are kept in its
    ``additional_properties`` and sent back by :meth:`to_dict`.
    """

    @classmethod
    def _decode(cls: Type[M], value: Any, path: str) -> M:
        raise NotImplementedError

    def to_dict(self) -> Dict[str, Any]:
        """The model as a JSON-ready ``dict``; ``UNSET`` fields are left out."""
        raise NotImplementedError

    @classmethod
    def from_dict(cls: Type[M], data: Mapping[str, Any]) -> M:
        """Builds the model from a parsed JSON object.

        Raises:
            DecodeError: a field is missing or has the wrong type; the message names it.
        """
        return cls._decode(data, cls.__name__)

    @classmethod
    def from_json(cls: Type[M], text: Union[str, bytes]) -> M:
        """Builds the model from JSON text.

        Raises:
            DecodeError: the text is not a JSON object of this model's shape.
        """
        try:
            value = json.loads(text)
        except ValueError as error:
            raise DecodeError(cls.__name__, f"not JSON ({error})") from None
        return cls._decode(value, cls.__name__)

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """The model as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


class OpenStrEnum(str, enum.Enum):
    """A string enum that also accepts values the API adds later.

    ``Status("paused")`` for a value the enum does not list gives an *unknown* member whose
    ``value`` is ``"paused"`` and whose :attr:`is_known` is ``False``; it is sent back as is.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    @property
    def is_known(self) -> bool:
        """Whether the API description lists this value."""
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _decode(cls: Type[S], value: Any, path: str) -> S:
        if not isinstance(value, str):
            raise _expected(path, "a string", value)
        return cls(value)

    def __str__(self) -> str:
        return str(self._value_)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that also accepts values the API adds later (see :class:`OpenStrEnum`)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    @property
    def is_known(self) -> bool:
        """Whether the API description lists this value."""
        return type(self).__members__.get(self._name_) is self

    @classmethod
    def _decode(cls: Type[N], value: Any, path: str) -> N:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _expected(path, "an integer", value)
        return cls(value)

    def __str__(self) -> str:
        return str(self._value_)
