# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``OrganizationInvitationPublicUserData`` model (schema
``OrganizationInvitationPublicUserData``).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, Optional

from ..serialization import (
    Model,
    decode_bool,
    decode_str,
    encode,
    expect_object,
    extra_fields,
    nullable,
    required,
)

_WIRE_NAMES: FrozenSet[str] = frozenset(
    {"user_id", "first_name", "last_name", "image_url", "has_image", "identifier"}
)


@dataclasses.dataclass
class OrganizationInvitationPublicUserData(Model):
    """An organization inviter's public user data.

    Attributes:
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    user_id: str
    first_name: Optional[str]
    last_name: Optional[str]
    image_url: str
    has_image: bool
    identifier: str
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> OrganizationInvitationPublicUserData:
        data = expect_object(value, path)
        return cls(
            user_id=required(data, "user_id", path, decode_str),
            first_name=required(data, "first_name", path, nullable(decode_str)),
            last_name=required(data, "last_name", path, nullable(decode_str)),
            image_url=required(data, "image_url", path, decode_str),
            has_image=required(data, "has_image", path, decode_bool),
            identifier=required(data, "identifier", path, decode_str),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["user_id"] = encode(self.user_id)
        result["first_name"] = encode(self.first_name)
        result["last_name"] = encode(self.last_name)
        result["image_url"] = encode(self.image_url)
        result["has_image"] = encode(self.has_image)
        result["identifier"] = encode(self.identifier)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
