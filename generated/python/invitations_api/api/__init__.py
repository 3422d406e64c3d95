# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The API classes of Invitations API, one per tag."""

from .invitation_api import InvitationApi
from .organization_invitations_api import OrganizationInvitationsApi

__all__ = ["InvitationApi", "OrganizationInvitationsApi"]
