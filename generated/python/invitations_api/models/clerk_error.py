# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``ClerkError`` model (schema ``ClerkError``)."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
    decode_any,
    decode_str,
    dict_of,
    encode,
    expect_object,
    extra_fields,
    optional,
    required,
)

_WIRE_NAMES: FrozenSet[str] = frozenset({"message", "long_message", "code", "meta"})


@dataclasses.dataclass
class ClerkError(Model):
    """The ClerkError schema.

    Attributes:
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    message: str
    long_message: str
    code: str
    meta: Union[Dict[str, Any], Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> ClerkError:
        data = expect_object(value, path)
        return cls(
            message=required(data, "message", path, decode_str),
            long_message=required(data, "long_message", path, decode_str),
            code=required(data, "code", path, decode_str),
            meta=optional(data, "meta", path, dict_of(decode_any)),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["message"] = encode(self.message)
        result["long_message"] = encode(self.long_message)
        result["code"] = encode(self.code)
        if not isinstance(self.meta, Unset):
            result["meta"] = encode(self.meta)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
