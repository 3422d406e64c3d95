# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``OrganizationInvitations`` model (schema ``OrganizationInvitations``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, List

from ..serialization import (
    Model,
    decode_int,
    encode,
    expect_object,
    extra_fields,
    list_of,
    required,
)

if TYPE_CHECKING:
    from .organization_invitation import OrganizationInvitation

_WIRE_NAMES: FrozenSet[str] = frozenset({"data", "total_count"})


@dataclasses.dataclass
class OrganizationInvitations(Model):
    """The OrganizationInvitations schema.

    Attributes:
        total_count: Total number of organization invitations
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    data: List[OrganizationInvitation]
    total_count: int
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> OrganizationInvitations:
        from .organization_invitation import OrganizationInvitation

        data = expect_object(value, path)
        return cls(
            data=required(data, "data", path, list_of(OrganizationInvitation._decode)),
            total_count=required(data, "total_count", path, decode_int),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["data"] = encode(self.data)
        result["total_count"] = encode(self.total_count)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
