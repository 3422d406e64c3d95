# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``Invitation`` model (schema ``Invitation``)."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, List, Optional, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
    decode_bool,
    decode_int,
    decode_str,
    encode,
    expect_object,
    extra_fields,
    list_of,
    nullable,
    optional,
    required,
)

_WIRE_NAMES: FrozenSet[str] = frozenset(
    {"created_at", "email", "id", "organization_id", "role", "scopes", "updated_at", "used"}
)


@dataclasses.dataclass
class Invitation(Model):
    """The Invitation schema.

    Attributes:
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    created_at: str
    email: str
    id: str
    organization_id: str
    role: int
    updated_at: str
    used: bool
    scopes: Union[Optional[List[Optional[str]]], Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> Invitation:
        data = expect_object(value, path)
        return cls(
            created_at=required(data, "created_at", path, decode_str),
            email=required(data, "email", path, decode_str),
            id=required(data, "id", path, decode_str),
            organization_id=required(data, "organization_id", path, decode_str),
            role=required(data, "role", path, decode_int),
            updated_at=required(data, "updated_at", path, decode_str),
            used=required(data, "used", path, decode_bool),
            scopes=optional(data, "scopes", path, nullable(list_of(nullable(decode_str)))),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["created_at"] = encode(self.created_at)
        result["email"] = encode(self.email)
        result["id"] = encode(self.id)
        result["organization_id"] = encode(self.organization_id)
        result["role"] = encode(self.role)
        result["updated_at"] = encode(self.updated_at)
        result["used"] = encode(self.used)
        if not isinstance(self.scopes, Unset):
            result["scopes"] = encode(self.scopes)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
