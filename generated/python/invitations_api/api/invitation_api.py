# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``InvitationApi`` API class."""

from typing import Any, Dict, List, Mapping, Optional, Union

from ..api_client import ApiClient, Operation, RequestOptions
from ..api_response import ApiResponse
from ..cancellation import CancellationToken
from ..configuration import Configuration
from ..models.error_response_body import ErrorResponseBody
from ..models.invitation import Invitation
from ..models.invitation_data import InvitationData
from ..serialization import decode_none, list_of

_POST_INVITATION = Operation(
    operation_id="post_invitation",
    method="POST",
    path="/api/invitation",
    responses={"204": decode_none},
    errors={"400": ErrorResponseBody._decode},
    server_url="https://api.trieve.ai",
    security=(("ApiKey",),),
    response_kind="empty",
)

_DELETE_INVITATION = Operation(
    operation_id="delete_invitation",
    method="DELETE",
    path="/api/invitation/{invitation_id}",
    responses={"204": decode_none},
    errors={"400": ErrorResponseBody._decode},
    server_url="https://api.trieve.ai",
    security=(("ApiKey",),),
    response_kind="empty",
)

_GET_INVITATIONS = Operation(
    operation_id="get_invitations",
    method="GET",
    path="/api/invitations/{organization_id}",
    responses={"200": list_of(Invitation._decode)},
    errors={"400": ErrorResponseBody._decode},
    server_url="https://api.trieve.ai",
    security=(("ApiKey",),),
)


class InvitationApi:
    """The operations tagged Invitation.

    Trieve invitations. Invite users to join a Trieve organization with a role and API scopes.
    """

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient(Configuration())

    def post_invitation(
        self,
        tr_organization: str,
        invitation_data: Union[InvitationData, Dict[str, Any]],
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> None:
        """Send Invitation.

        Invitations act as a way to invite users to join an organization. After a user is invited,
        they will automatically be added to the organization with the role specified in the
        invitation once they set their. Auth'ed user or api key must have an admin or owner role for
        the specified dataset's organization.

        Args:
            tr_organization: The organization id to use for the request
            invitation_data: JSON request payload to send an invitation
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            None: the response has no body.

        Raises:
            BadRequestException: Invalid email or some other error (HTTP 400).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.post_invitation_with_http_info(
            tr_organization,
            invitation_data,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def post_invitation_with_http_info(
        self,
        tr_organization: str,
        invitation_data: Union[InvitationData, Dict[str, Any]],
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[None]:
        """Like ``post_invitation``, with the response's status code and headers.

        Takes the same arguments as ``post_invitation``.

        Returns:
            ApiResponse[None]: ``status_code``, ``headers`` and the decoded ``data``.
        """
        return self.api_client.call_api(
            _POST_INVITATION,
            headers={"TR-Organization": tr_organization},
            body=invitation_data,
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def delete_invitation(
        self,
        tr_organization: str,
        invitation_id: str,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> None:
        """Delete Invitation.

        Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the
        specified dataset's organization.

        Args:
            tr_organization: The organization id to use for the request
            invitation_id: The id of the invitation to delete
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            None: the response has no body.

        Raises:
            BadRequestException: Service error relating to deleting invitation (HTTP 400).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.delete_invitation_with_http_info(
            tr_organization,
            invitation_id,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def delete_invitation_with_http_info(
        self,
        tr_organization: str,
        invitation_id: str,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[None]:
        """Like ``delete_invitation``, with the response's status code and headers.

        Takes the same arguments as ``delete_invitation``.

        Returns:
            ApiResponse[None]: ``status_code``, ``headers`` and the decoded ``data``.
        """
        return self.api_client.call_api(
            _DELETE_INVITATION,
            path={"invitation_id": invitation_id},
            headers={"TR-Organization": tr_organization},
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def get_invitations(
        self,
        tr_organization: str,
        organization_id: str,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> List[Invitation]:
        """Get Invitations.

        Get all invitations for the organization. Auth'ed user or api key must have an admin or
        owner role for the specified dataset's organization.

        Args:
            tr_organization: The organization id to use for the request
            organization_id: The organization id to get invitations for
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            List[Invitation]: the decoded response body.

        Raises:
            BadRequestException: Service error relating to getting invitations for the dataset (HTTP
                400).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.get_invitations_with_http_info(
            tr_organization,
            organization_id,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def get_invitations_with_http_info(
        self,
        tr_organization: str,
        organization_id: str,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[List[Invitation]]:
        """Like ``get_invitations``, with the response's status code and headers.

        Takes the same arguments as ``get_invitations``.

        Returns:
            ApiResponse[List[Invitation]]: ``status_code``, ``headers`` and the decoded ``data``.
        """
        return self.api_client.call_api(
            _GET_INVITATIONS,
            path={"organization_id": organization_id},
            headers={"TR-Organization": tr_organization},
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )
