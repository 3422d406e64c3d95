# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``ClerkErrors`` model (schema ``ClerkErrors``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, List, Union

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
    list_of,
    optional,
    required,
)

if TYPE_CHECKING:
    from .clerk_error import ClerkError

_WIRE_NAMES: FrozenSet[str] = frozenset({"errors", "meta", "clerk_trace_id"})


@dataclasses.dataclass
class ClerkErrors(Model):
    """The ClerkErrors schema.

    Attributes:
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    errors: List[ClerkError]
    meta: Union[Dict[str, Any], Unset] = UNSET
    clerk_trace_id: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> ClerkErrors:
        from .clerk_error import ClerkError

        data = expect_object(value, path)
        return cls(
            errors=required(data, "errors", path, list_of(ClerkError._decode)),
            meta=optional(data, "meta", path, dict_of(decode_any)),
            clerk_trace_id=optional(data, "clerk_trace_id", path, decode_str),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["errors"] = encode(self.errors)
        if not isinstance(self.meta, Unset):
            result["meta"] = encode(self.meta)
        if not isinstance(self.clerk_trace_id, Unset):
            result["clerk_trace_id"] = encode(self.clerk_trace_id)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
