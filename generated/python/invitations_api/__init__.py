# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""Python client for Invitations API 1.0.0.

One canonical contract for two real invitation APIs, wire-faithful to what each vendor publishes:

- **Trieve** (`/api/invitation…`, tag `Invitation`): API key in the `Authorization` header and the
  organization in the required `TR-Organization` header. Production base URL
  `https://api.trieve.ai`.
- **Clerk** organization invitations (`/v1/organizations/{organization_id}/invitations…`, tag
  `Organization Invitations`): a secret key as a bearer token. Production base URL
  `https://api.clerk.com` (Clerk's own spec puts `/v1` in its server URL; ours keeps it in the path
  so that one mock server can serve both APIs).

Where a vendor's published spec contradicts itself, this one follows the wire and says so in a
`Deviation from the vendor spec` note on the schema or parameter concerned.

Documentation: docs/python/README.md in the repository that generated this package.
"""

from .api.invitation_api import InvitationApi
from .api.organization_invitations_api import OrganizationInvitationsApi
from .api_client import ApiClient, Operation, RequestOptions
from .api_response import ApiResponse, Headers
from .base_configuration import RetryPolicy, SecurityScheme
from .cancellation import CancellationToken
from .configuration import Configuration
from .exceptions import (
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    ApiValueError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    InvalidResponseError,
    NotFoundException,
    OpenApiException,
    PaymentRequiredException,
    RateLimitException,
    RequestAbortedError,
    ResponseTooLargeError,
    ServiceException,
    UnauthorizedException,
    UnprocessableEntityException,
)
from .models.clerk_error import ClerkError
from .models.clerk_errors import ClerkErrors
from .models.create_organization_invitation_request import CreateOrganizationInvitationRequest
from .models.error_response_body import ErrorResponseBody
from .models.invitation import Invitation
from .models.invitation_data import InvitationData
from .models.organization_invitation import OrganizationInvitation
from .models.organization_invitation_public_organization_data import (
    OrganizationInvitationPublicOrganizationData,
)
from .models.organization_invitation_public_user_data import OrganizationInvitationPublicUserData
from .models.organization_invitation_status import OrganizationInvitationStatus
from .models.organization_invitation_with_public_organization_data import (
    OrganizationInvitationWithPublicOrganizationData,
)
from .models.organization_invitations import OrganizationInvitations
from .models.organization_invitations_with_public_organization_data import (
    OrganizationInvitationsWithPublicOrganizationData,
)
from .models.revoke_organization_invitation_request import RevokeOrganizationInvitationRequest
from .pagination import Page
from .request import FileUpload
from .serialization import UNSET, DecodeError, Unset

__version__ = "1.0.0"

__all__ = [
    "__version__",
    "ApiClient",
    "ApiConnectionError",
    "ApiException",
    "ApiResponse",
    "ApiTimeoutError",
    "ApiValueError",
    "BadRequestException",
    "CancellationToken",
    "ClerkError",
    "ClerkErrors",
    "Configuration",
    "ConflictException",
    "CreateOrganizationInvitationRequest",
    "DecodeError",
    "ErrorResponseBody",
    "FileUpload",
    "ForbiddenException",
    "Headers",
    "InvalidResponseError",
    "Invitation",
    "InvitationApi",
    "InvitationData",
    "NotFoundException",
    "OpenApiException",
    "Operation",
    "OrganizationInvitation",
    "OrganizationInvitationPublicOrganizationData",
    "OrganizationInvitationPublicUserData",
    "OrganizationInvitationStatus",
    "OrganizationInvitationWithPublicOrganizationData",
    "OrganizationInvitations",
    "OrganizationInvitationsApi",
    "OrganizationInvitationsWithPublicOrganizationData",
    "Page",
    "PaymentRequiredException",
    "RateLimitException",
    "RequestAbortedError",
    "RequestOptions",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RevokeOrganizationInvitationRequest",
    "SecurityScheme",
    "ServiceException",
    "UNSET",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "Unset",
]
