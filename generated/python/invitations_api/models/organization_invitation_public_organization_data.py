# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``OrganizationInvitationPublicOrganizationData`` model (schema
``OrganizationInvitationPublicOrganizationData``).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, FrozenSet, Union

from ..serialization import (
    UNSET,
    Model,
    Unset,
    decode_bool,
    decode_str,
    encode,
    expect_object,
    extra_fields,
    optional,
    required,
)

_WIRE_NAMES: FrozenSet[str] = frozenset({"id", "name", "slug", "image_url", "has_image"})


@dataclasses.dataclass
class OrganizationInvitationPublicOrganizationData(Model):
    """The OrganizationInvitationPublicOrganizationData schema.

    Attributes:
        additional_properties: Fields the schema does not declare, kept as received and sent back.
    """

    id: str
    name: str
    slug: str
    has_image: bool
    image_url: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def _decode(cls, value: Any, path: str) -> OrganizationInvitationPublicOrganizationData:
        data = expect_object(value, path)
        return cls(
            id=required(data, "id", path, decode_str),
            name=required(data, "name", path, decode_str),
            slug=required(data, "slug", path, decode_str),
            has_image=required(data, "has_image", path, decode_bool),
            image_url=optional(data, "image_url", path, decode_str),
            additional_properties=extra_fields(data, _WIRE_NAMES),
        )

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {}
        result["id"] = encode(self.id)
        result["name"] = encode(self.name)
        result["slug"] = encode(self.slug)
        result["has_image"] = encode(self.has_image)
        if not isinstance(self.image_url, Unset):
            result["image_url"] = encode(self.image_url)
        for name, value in self.additional_properties.items():
            result.setdefault(name, encode(value))
        return result
