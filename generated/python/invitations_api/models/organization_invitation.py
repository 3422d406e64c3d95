# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``OrganizationInvitation`` model (schema ``OrganizationInvitation``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Optional, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
    decode_any,
    decode_int,
    decode_str,
    dict_of,
    encode,
    expect_object,
    extra_fields,
    nullable,
    optional,
    required,
)

if TYPE_CHECKING:
    from .organization_invitation_public_user_data import OrganizationInvitationPublicUserData

_WIRE_NAMES: FrozenSet[str] = frozenset(
    {
        "object",
        "id",
        "email_address",
        "role",
        "role_name",
        "organization_id",
        "inviter_id",
        "public_inviter_data",
        "status",
        "public_metadata",
        "private_metadata",
        "url",
        "expires_at",
        "created_at",
        "updated_at",
    }
)


@dataclasses.dataclass
class OrganizationInvitation(Model):
    """An organization invitation.

    Attributes:
        object: String representing the object's type. Objects of the same type share the same
            value.
        expires_at: Unix timestamp of expiration.
        created_at: Unix timestamp of creation.
        updated_at: Unix timestamp of last update.
        status: One of `pending`, `accepted`, `revoked` or `expired`; kept open as the vendor
            declares it.
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    object: str
    id: str
    email_address: str
    role: str
    role_name: str
    inviter_id: Optional[str]
    public_inviter_data: Optional[OrganizationInvitationPublicUserData]
    public_metadata: Dict[str, Any]
    url: Optional[str]
    expires_at: Optional[int]
    created_at: int
    updated_at: int
    organization_id: Union[str, Unset] = UNSET
    status: Union[str, Unset] = UNSET
    private_metadata: Union[Dict[str, Any], Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> OrganizationInvitation:
        from .organization_invitation_public_user_data import OrganizationInvitationPublicUserData

        data = expect_object(value, path)
        return cls(
            object=required(data, "object", path, decode_str),
            id=required(data, "id", path, decode_str),
            email_address=required(data, "email_address", path, decode_str),
            role=required(data, "role", path, decode_str),
            role_name=required(data, "role_name", path, decode_str),
            inviter_id=required(data, "inviter_id", path, nullable(decode_str)),
            public_inviter_data=required(
                data,
                "public_inviter_data",
                path,
                nullable(OrganizationInvitationPublicUserData._decode),
            ),
            public_metadata=required(data, "public_metadata", path, dict_of(decode_any)),
            url=required(data, "url", path, nullable(decode_str)),
            expires_at=required(data, "expires_at", path, nullable(decode_int)),
            created_at=required(data, "created_at", path, decode_int),
            updated_at=required(data, "updated_at", path, decode_int),
            organization_id=optional(data, "organization_id", path, decode_str),
            status=optional(data, "status", path, decode_str),
            private_metadata=optional(data, "private_metadata", path, dict_of(decode_any)),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["object"] = encode(self.object)
        result["id"] = encode(self.id)
        result["email_address"] = encode(self.email_address)
        result["role"] = encode(self.role)
        result["role_name"] = encode(self.role_name)
        result["inviter_id"] = encode(self.inviter_id)
        result["public_inviter_data"] = encode(self.public_inviter_data)
        result["public_metadata"] = encode(self.public_metadata)
        result["url"] = encode(self.url)
        result["expires_at"] = encode(self.expires_at)
        result["created_at"] = encode(self.created_at)
        result["updated_at"] = encode(self.updated_at)
        if not isinstance(self.organization_id, Unset):
            result["organization_id"] = encode(self.organization_id)
        if not isinstance(self.status, Unset):
            result["status"] = encode(self.status)
        if not isinstance(self.private_metadata, Unset):
            result["private_metadata"] = encode(self.private_metadata)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
