# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``InvitationData`` model (schema ``InvitationData``)."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, List, Optional, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
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

_WIRE_NAMES: FrozenSet[str] = frozenset({"app_url", "email", "redirect_uri", "scopes", "user_role"})


@dataclasses.dataclass
class InvitationData(Model):
    """JSON request payload to send an invitation.

    Attributes:
        app_url: The url of the app that the user will be directed to in order to set their
            password. Usually admin.trieve.ai, but may differ for local dev or self-hosted setups.
        email: The email of the user to invite. Must be a valid email as they will be sent an email
            to register.
        redirect_uri: The url that the user will be redirected to after setting their password.
        user_role: The role the user will have in the organization. 0 = User, 1 = Admin, 2 = Owner.
        scopes: The api route scopes the user will have in the organization.
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    app_url: str
    email: str
    redirect_uri: str
    user_role: int
    scopes: Union[Optional[List[str]], Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> InvitationData:
        data = expect_object(value, path)
        return cls(
            app_url=required(data, "app_url", path, decode_str),
            email=required(data, "email", path, decode_str),
            redirect_uri=required(data, "redirect_uri", path, decode_str),
            user_role=required(data, "user_role", path, decode_int),
            scopes=optional(data, "scopes", path, nullable(list_of(decode_str))),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["app_url"] = encode(self.app_url)
        result["email"] = encode(self.email)
        result["redirect_uri"] = encode(self.redirect_uri)
        result["user_role"] = encode(self.user_role)
        if not isinstance(self.scopes, Unset):
            result["scopes"] = encode(self.scopes)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
