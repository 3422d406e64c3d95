# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``CreateOrganizationInvitationRequest`` model (schema
``CreateOrganizationInvitationRequest``).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, Optional, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
    decode_any,
    decode_bool,
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

_WIRE_NAMES: FrozenSet[str] = frozenset(
    {
        "email_address",
        "inviter_user_id",
        "role",
        "public_metadata",
        "private_metadata",
        "redirect_url",
        "expires_in_days",
        "notify",
    }
)


@dataclasses.dataclass
class CreateOrganizationInvitationRequest(Model):
    """One organization invitation to create and send.

    Attributes:
        email_address: The email address of the new member that is going to be invited to the
            organization
        role: The role of the new member in the organization
        inviter_user_id: The ID of the user that invites the new member to the organization. Must be
            an administrator in the organization.
        public_metadata: Metadata saved on the organization invitation, read-only from the Frontend
            API and fully accessible (read/write) from the Backend API. When the organization
            invitation is accepted, the metadata will be transferred to the newly created
            organization membership.
        private_metadata: Metadata saved on the organization invitation, fully accessible
            (read/write) from the Backend API but not visible from the Frontend API. When the
            organization invitation is accepted, the metadata will be transferred to the newly
            created organization membership.
        redirect_url: Optional URL that the invitee will be redirected to once they accept the
            invitation by clicking the join link in the invitation email.
        expires_in_days: The number of days the invitation will be valid for. By default, the
            invitation has a 30 days expire.
        notify: Optional flag which denotes whether an email invitation should be sent to the given
            email address. Defaults to `true`.
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    email_address: str
    role: str
    inviter_user_id: Union[Optional[str], Unset] = UNSET
    public_metadata: Union[Optional[Dict[str, Any]], Unset] = UNSET
    private_metadata: Union[Optional[Dict[str, Any]], Unset] = UNSET
    redirect_url: Union[Optional[str], Unset] = UNSET
    expires_in_days: Union[Optional[int], Unset] = UNSET
    notify: Union[Optional[bool], Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> CreateOrganizationInvitationRequest:
        data = expect_object(value, path)
        return cls(
            email_address=required(data, "email_address", path, decode_str),
            role=required(data, "role", path, decode_str),
            inviter_user_id=optional(data, "inviter_user_id", path, nullable(decode_str)),
            public_metadata=optional(data, "public_metadata", path, nullable(dict_of(decode_any))),
            private_metadata=optional(
                data, "private_metadata", path, nullable(dict_of(decode_any))
            ),
            redirect_url=optional(data, "redirect_url", path, nullable(decode_str)),
            expires_in_days=optional(data, "expires_in_days", path, nullable(decode_int)),
            notify=optional(data, "notify", path, nullable(decode_bool)),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["email_address"] = encode(self.email_address)
        result["role"] = encode(self.role)
        if not isinstance(self.inviter_user_id, Unset):
            result["inviter_user_id"] = encode(self.inviter_user_id)
        if not isinstance(self.public_metadata, Unset):
            result["public_metadata"] = encode(self.public_metadata)
        if not isinstance(self.private_metadata, Unset):
            result["private_metadata"] = encode(self.private_metadata)
        if not isinstance(self.redirect_url, Unset):
            result["redirect_url"] = encode(self.redirect_url)
        if not isinstance(self.expires_in_days, Unset):
            result["expires_in_days"] = encode(self.expires_in_days)
        if not isinstance(self.notify, Unset):
            result["notify"] = encode(self.notify)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
