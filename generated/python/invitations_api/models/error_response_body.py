# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``ErrorResponseBody`` model (schema ``ErrorResponseBody``)."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet

from ..serialization import Model, decode_str, encode, expect_object, extra_fields, required

_WIRE_NAMES: FrozenSet[str] = frozenset({"message"})


@dataclasses.dataclass
class ErrorResponseBody(Model):
    """The ErrorResponseBody schema.

    Attributes:
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    message: str
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> ErrorResponseBody:
        data = expect_object(value, path)
        return cls(
            message=required(data, "message", path, decode_str),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["message"] = encode(self.message)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
