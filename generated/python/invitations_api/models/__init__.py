# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The models of Invitations API, one per schema."""

from .clerk_error import ClerkError
from .clerk_errors import ClerkErrors
from .create_organization_invitation_request import CreateOrganizationInvitationRequest
from .error_response_body import ErrorResponseBody
from .invitation import Invitation
from .invitation_data import InvitationData
from .organization_invitation import OrganizationInvitation
from .organization_invitation_public_organization_data import (
    OrganizationInvitationPublicOrganizationData,
)
from .organization_invitation_public_user_data import OrganizationInvitationPublicUserData
from .organization_invitation_status import OrganizationInvitationStatus
from .organization_invitation_with_public_organization_data import (
    OrganizationInvitationWithPublicOrganizationData,
)
from .organization_invitations import OrganizationInvitations
from .organization_invitations_with_public_organization_data import (
    OrganizationInvitationsWithPublicOrganizationData,
)
from .revoke_organization_invitation_request import RevokeOrganizationInvitationRequest

__all__ = [
    "ClerkError",
    "ClerkErrors",
    "CreateOrganizationInvitationRequest",
    "ErrorResponseBody",
    "Invitation",
    "InvitationData",
    "OrganizationInvitation",
    "OrganizationInvitationPublicOrganizationData",
    "OrganizationInvitationPublicUserData",
    "OrganizationInvitationStatus",
    "OrganizationInvitationWithPublicOrganizationData",
    "OrganizationInvitations",
    "OrganizationInvitationsWithPublicOrganizationData",
    "RevokeOrganizationInvitationRequest",
]
