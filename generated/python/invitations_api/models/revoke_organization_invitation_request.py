# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``RevokeOrganizationInvitationRequest`` model (schema
``RevokeOrganizationInvitationRequest``).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, Optional, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
    decode_str,
    encode,
    expect_object,
    extra_fields,
    nullable,
    optional,
)

_WIRE_NAMES: FrozenSet[str] = frozenset({"requesting_user_id"})


@dataclasses.dataclass
class RevokeOrganizationInvitationRequest(Model):
    """The RevokeOrganizationInvitationRequest schema.

    Attributes:
        requesting_user_id: The ID of the user that revokes the invitation. Must be an administrator
            in the organization.
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    requesting_user_id: Union[Optional[str], Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> RevokeOrganizationInvitationRequest:
        data = expect_object(value, path)
        return cls(
            requesting_user_id=optional(data, "requesting_user_id", path, nullable(decode_str)),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        if not isinstance(self.requesting_user_id, Unset):
            result["requesting_user_id"] = encode(self.requesting_user_id)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
