# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``OrganizationInvitationStatus`` model (schema ``OrganizationInvitationStatus``)."""

from ..serialization import OpenStrEnum


class OrganizationInvitationStatus(OpenStrEnum):
    """The status of an organization invitation.

    Values the API adds later are accepted too, as members whose ``is_known`` is false.
    """

    PENDING = "pending"
    ACCEPTED = "accepted"
    REVOKED = "revoked"
    EXPIRED = "expired"
