# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``OrganizationInvitationsApi`` API class."""

from typing import Any, Dict, Iterator, Mapping, Optional, Sequence, Union

from ..api_client import ApiClient, Operation, RequestOptions
from ..api_response import ApiResponse
from ..cancellation import CancellationToken
from ..configuration import Configuration
from ..models.clerk_errors import ClerkErrors
from ..models.create_organization_invitation_request import CreateOrganizationInvitationRequest
from ..models.organization_invitation import OrganizationInvitation
from ..models.organization_invitation_status import OrganizationInvitationStatus
from ..models.organization_invitation_with_public_organization_data import (
    OrganizationInvitationWithPublicOrganizationData,
)
from ..models.organization_invitations import OrganizationInvitations
from ..models.organization_invitations_with_public_organization_data import (
    OrganizationInvitationsWithPublicOrganizationData,
)
from ..models.revoke_organization_invitation_request import RevokeOrganizationInvitationRequest
from ..pagination import Page, iterate_offset_pages, page_of

_LIST_INSTANCE_ORGANIZATION_INVITATIONS = Operation(
    operation_id="list_instance_organization_invitations",
    method="GET",
    path="/v1/organization_invitations",
    responses={"200": OrganizationInvitationsWithPublicOrganizationData._decode},
    errors={
        "400": ClerkErrors._decode,
        "404": ClerkErrors._decode,
        "422": ClerkErrors._decode,
        "500": ClerkErrors._decode,
    },
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)

_LIST_ORGANIZATION_INVITATIONS = Operation(
    operation_id="list_organization_invitations",
    method="GET",
    path="/v1/organizations/{organization_id}/invitations",
    responses={"200": OrganizationInvitations._decode},
    errors={"400": ClerkErrors._decode, "404": ClerkErrors._decode, "422": ClerkErrors._decode},
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)

_CREATE_ORGANIZATION_INVITATION = Operation(
    operation_id="create_organization_invitation",
    method="POST",
    path="/v1/organizations/{organization_id}/invitations",
    responses={"200": OrganizationInvitation._decode},
    errors={
        "400": ClerkErrors._decode,
        "402": ClerkErrors._decode,
        "403": ClerkErrors._decode,
        "404": ClerkErrors._decode,
        "422": ClerkErrors._decode,
    },
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)

_CREATE_ORGANIZATION_INVITATION_BULK = Operation(
    operation_id="create_organization_invitation_bulk",
    method="POST",
    path="/v1/organizations/{organization_id}/invitations/bulk",
    responses={"200": OrganizationInvitations._decode},
    errors={
        "400": ClerkErrors._decode,
        "403": ClerkErrors._decode,
        "404": ClerkErrors._decode,
        "422": ClerkErrors._decode,
    },
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)

_LIST_PENDING_ORGANIZATION_INVITATIONS = Operation(
    operation_id="list_pending_organization_invitations",
    method="GET",
    path="/v1/organizations/{organization_id}/invitations/pending",
    responses={"200": OrganizationInvitations._decode},
    errors={"400": ClerkErrors._decode, "404": ClerkErrors._decode},
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)

_GET_ORGANIZATION_INVITATION = Operation(
    operation_id="get_organization_invitation",
    method="GET",
    path="/v1/organizations/{organization_id}/invitations/{invitation_id}",
    responses={"200": OrganizationInvitation._decode},
    errors={"400": ClerkErrors._decode, "403": ClerkErrors._decode, "404": ClerkErrors._decode},
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)

_REVOKE_ORGANIZATION_INVITATION = Operation(
    operation_id="revoke_organization_invitation",
    method="POST",
    path="/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke",
    responses={"200": OrganizationInvitation._decode},
    errors={"400": ClerkErrors._decode, "403": ClerkErrors._decode, "404": ClerkErrors._decode},
    server_url="https://api.clerk.com",
    security=(("bearerAuth",),),
)


class OrganizationInvitationsApi:
    """The operations tagged Organization Invitations.

    Clerk organization invitations. Invite users to a Clerk organization with a role.
    """

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient(Configuration())

    def list_instance_organization_invitations(
        self,
        *,
        order_by: Optional[str] = None,
        status: Optional[Sequence[Union[OrganizationInvitationStatus, str]]] = None,
        query: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitationsWithPublicOrganizationData:
        """Get a list of organization invitations for the current instance.

        This request returns the list of organization invitations for the instance.
        Results can be paginated using the optional `limit` and `offset` query parameters.
        You can filter them by providing the 'status' query parameter, that accepts multiple values.
        You can change the order by providing the 'order' query parameter, that accepts multiple
        values.
        You can filter by the invited user email address providing the `query` query parameter.
        The organization invitations are ordered by descending creation date by default.

        Args:
            order_by: Allows to return organization invitations in a particular order. At the
                moment, you can order the returned organization invitations either by their
                `created_at` or `email_address`. In order to specify the direction, you can use the
                `+/-` symbols prepended in the property to order by. For example, if you want
                organization invitations to be returned in descending order according to their
                `created_at` property, you can use `-created_at`. If you don't use `+` or `-`, then
                `+` is implied. Defaults to `-created_at`.
            status: Filter organization invitations based on their status. Repeat the parameter to
                match several statuses, e.g. `status=pending&status=expired`.
            query: Filter organization invitations based on their `email_address`
            limit: Applies a limit to the number of results returned. Can be used for paginating the
                results together with `offset`.
            offset: Skip the first `offset` results when paginating. Needs to be an integer greater
                or equal to zero. To be used in conjunction with `limit`.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitationsWithPublicOrganizationData: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            NotFoundException: Resource not found (HTTP 404).
            UnprocessableEntityException: Request was not successful (HTTP 422).
            ServiceException: Request was not successful (HTTP 500).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.list_instance_organization_invitations_with_http_info(
            order_by=order_by,
            status=status,
            query=query,
            limit=limit,
            offset=offset,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def list_instance_organization_invitations_with_http_info(
        self,
        *,
        order_by: Optional[str] = None,
        status: Optional[Sequence[Union[OrganizationInvitationStatus, str]]] = None,
        query: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitationsWithPublicOrganizationData]:
        """Like ``list_instance_organization_invitations``, with the response's status code and
        headers.

        Takes the same arguments as ``list_instance_organization_invitations``.

        Returns:
            ApiResponse[OrganizationInvitationsWithPublicOrganizationData]: ``status_code``,
                ``headers`` and the decoded ``data``.
        """
        return self.api_client.call_api(
            _LIST_INSTANCE_ORGANIZATION_INVITATIONS,
            query={
                "order_by": order_by,
                "status": status,
                "query": query,
                "limit": limit,
                "offset": offset,
            },
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def list_instance_organization_invitations_iter(
        self,
        *,
        order_by: Optional[str] = None,
        status: Optional[Sequence[Union[OrganizationInvitationStatus, str]]] = None,
        query: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> Iterator[OrganizationInvitationWithPublicOrganizationData]:
        """Every item of ``list_instance_organization_invitations``, page after page.

        Takes the same arguments as ``list_instance_organization_invitations``; ``limit`` is the
        page size (default 10) and ``offset`` where to start (default 0). Each page is fetched when
        the iteration reaches it; iteration stops at the reported total, after an empty page, or
        (without a total) after a short page.

        Yields:
            OrganizationInvitationWithPublicOrganizationData: Each item, in the order the API
                returns them.
        """

        def _fetch_page(
            _offset: int, _limit: int
        ) -> Page[OrganizationInvitationWithPublicOrganizationData]:
            _response = self.list_instance_organization_invitations(
                order_by=order_by,
                status=status,
                query=query,
                limit=_limit,
                offset=_offset,
                _headers=_headers,
                _request_timeout=_request_timeout,
                _idempotency_key=_idempotency_key,
                _max_retries=_max_retries,
                _cancel=_cancel,
            )
            return page_of(_response.data, _response.total_count)

        return iterate_offset_pages(
            _fetch_page,
            limit=10 if limit is None else limit,
            offset=0 if offset is None else offset,
        )

    def list_organization_invitations(
        self,
        organization_id: str,
        *,
        status: Optional[Sequence[Union[OrganizationInvitationStatus, str]]] = None,
        email_address: Optional[str] = None,
        order_by: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitations:
        """Get a list of organization invitations.

        This request returns the list of organization invitations.
        Results can be paginated using the optional `limit` and `offset` query parameters.
        You can filter them by providing the 'status' query parameter, that accepts multiple values.
        The organization invitations are ordered by descending creation date.
        Most recent invitations will be returned first.
        Any invitations created as a result of an Organization Domain are not included in the
        results.

        Args:
            organization_id: The organization ID.
            status: Filter organization invitations based on their status. Repeat the parameter to
                match several statuses, e.g. `status=pending&status=expired`.
            email_address: Returns organization invitations inviting the specified email address.
            order_by: Allows to return organization invitations in a particular order. You can order
                the returned organization invitations either by their `created_at` or
                `email_address`. In order to specify the direction, you can use the `+/-` symbols
                prepended in the property to order by. For example, if you want organization
                invitations to be returned in descending order according to their `created_at`
                property, you can use `-created_at`. If you don't use `+` or `-`, then `+` is
                implied. Defaults to `-created_at`.
            limit: Applies a limit to the number of results returned. Can be used for paginating the
                results together with `offset`.
            offset: Skip the first `offset` results when paginating. Needs to be an integer greater
                or equal to zero. To be used in conjunction with `limit`.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitations: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            NotFoundException: Resource not found (HTTP 404).
            UnprocessableEntityException: Invalid request parameters (HTTP 422).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.list_organization_invitations_with_http_info(
            organization_id,
            status=status,
            email_address=email_address,
            order_by=order_by,
            limit=limit,
            offset=offset,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def list_organization_invitations_with_http_info(
        self,
        organization_id: str,
        *,
        status: Optional[Sequence[Union[OrganizationInvitationStatus, str]]] = None,
        email_address: Optional[str] = None,
        order_by: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitations]:
        """Like ``list_organization_invitations``, with the response's status code and headers.

        Takes the same arguments as ``list_organization_invitations``.

        Returns:
            ApiResponse[OrganizationInvitations]: ``status_code``, ``headers`` and the decoded
                ``data``.
        """
        return self.api_client.call_api(
            _LIST_ORGANIZATION_INVITATIONS,
            path={"organization_id": organization_id},
            query={
                "status": status,
                "email_address": email_address,
                "order_by": order_by,
                "limit": limit,
                "offset": offset,
            },
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def list_organization_invitations_iter(
        self,
        organization_id: str,
        *,
        status: Optional[Sequence[Union[OrganizationInvitationStatus, str]]] = None,
        email_address: Optional[str] = None,
        order_by: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> Iterator[OrganizationInvitation]:
        """Every item of ``list_organization_invitations``, page after page.

        Takes the same arguments as ``list_organization_invitations``; ``limit`` is the page size
        (default 10) and ``offset`` where to start (default 0). Each page is fetched when the
        iteration reaches it; iteration stops at the reported total, after an empty page, or
        (without a total) after a short page.

        Yields:
            OrganizationInvitation: Each item, in the order the API returns them.
        """

        def _fetch_page(_offset: int, _limit: int) -> Page[OrganizationInvitation]:
            _response = self.list_organization_invitations(
                organization_id=organization_id,
                status=status,
                email_address=email_address,
                order_by=order_by,
                limit=_limit,
                offset=_offset,
                _headers=_headers,
                _request_timeout=_request_timeout,
                _idempotency_key=_idempotency_key,
                _max_retries=_max_retries,
                _cancel=_cancel,
            )
            return page_of(_response.data, _response.total_count)

        return iterate_offset_pages(
            _fetch_page,
            limit=10 if limit is None else limit,
            offset=0 if offset is None else offset,
        )

    def create_organization_invitation(
        self,
        organization_id: str,
        create_organization_invitation_request: Union[
            CreateOrganizationInvitationRequest, Dict[str, Any]
        ],
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitation:
        """Create and send an organization invitation.

        Creates a new organization invitation and sends an email to the provided `email_address`
        with a link to accept the invitation and join the organization.
        You can specify the `role` for the invited organization member.

        New organization invitations get a "pending" status until they are revoked by an
        organization administrator or accepted by the invitee.

        The request body supports passing an optional `redirect_url` parameter.
        When the invited user clicks the link to accept the invitation, they will be redirected to
        the URL provided.
        Use this parameter to implement a custom invitation acceptance flow.

        You can specify the ID of the user that will send the invitation with the `inviter_user_id`
        parameter.
        That user must be a member with administrator privileges in the organization.
        Only "admin" members can create organization invitations.

        You can optionally provide public and private metadata for the organization invitation.
        The public metadata are visible by both the Frontend and the Backend whereas the private
        ones only by the Backend.
        When the organization invitation is accepted, the metadata will be transferred to the newly
        created organization membership.

        Args:
            organization_id: The organization ID.
            create_organization_invitation_request: The request body.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitation: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            PaymentRequiredException: Payment required (HTTP 402).
            ForbiddenException: Authorization invalid (HTTP 403).
            NotFoundException: Resource not found (HTTP 404).
            UnprocessableEntityException: Invalid request parameters (HTTP 422).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.create_organization_invitation_with_http_info(
            organization_id,
            create_organization_invitation_request,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def create_organization_invitation_with_http_info(
        self,
        organization_id: str,
        create_organization_invitation_request: Union[
            CreateOrganizationInvitationRequest, Dict[str, Any]
        ],
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitation]:
        """Like ``create_organization_invitation``, with the response's status code and headers.

        Takes the same arguments as ``create_organization_invitation``.

        Returns:
            ApiResponse[OrganizationInvitation]: ``status_code``, ``headers`` and the decoded
                ``data``.
        """
        return self.api_client.call_api(
            _CREATE_ORGANIZATION_INVITATION,
            path={"organization_id": organization_id},
            body=create_organization_invitation_request,
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def create_organization_invitation_bulk(
        self,
        organization_id: str,
        create_organization_invitation_bulk_request: Sequence[
            Union[CreateOrganizationInvitationRequest, Dict[str, Any]]
        ],
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitations:
        """Bulk create and send organization invitations.

        Creates new organization invitations in bulk and sends out emails to the provided email
        addresses with a link to accept the invitation and join the organization.

        This endpoint is limited to a maximum of 10 invitations per API call. If you need to send
        more invitations, please make multiple requests.

        You can specify a different `role` for each invited organization member.
        New organization invitations get a "pending" status until they are revoked by an
        organization administrator or accepted by the invitee.
        The request body supports passing an optional `redirect_url` parameter for each invitation.
        When the invited user clicks the link to accept the invitation, they will be redirected to
        the provided URL.
        Use this parameter to implement a custom invitation acceptance flow.
        You can specify the ID of the user that will send the invitation with the `inviter_user_id`
        parameter. Each invitation
        can have a different inviter user.
        Inviter users must be members with administrator privileges in the organization.
        Only "admin" members can create organization invitations.
        You can optionally provide public and private metadata for each organization invitation. The
        public metadata are visible
        by both the Frontend and the Backend, whereas the private metadata are only visible by the
        Backend.
        When the organization invitation is accepted, the metadata will be transferred to the newly
        created organization membership.

        Args:
            organization_id: The organization ID.
            create_organization_invitation_bulk_request: The request body.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitations: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            ForbiddenException: Authorization invalid (HTTP 403).
            NotFoundException: Resource not found (HTTP 404).
            UnprocessableEntityException: Invalid request parameters (HTTP 422).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.create_organization_invitation_bulk_with_http_info(
            organization_id,
            create_organization_invitation_bulk_request,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def create_organization_invitation_bulk_with_http_info(
        self,
        organization_id: str,
        create_organization_invitation_bulk_request: Sequence[
            Union[CreateOrganizationInvitationRequest, Dict[str, Any]]
        ],
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitations]:
        """Like ``create_organization_invitation_bulk``, with the response's status code and
        headers.

        Takes the same arguments as ``create_organization_invitation_bulk``.

        Returns:
            ApiResponse[OrganizationInvitations]: ``status_code``, ``headers`` and the decoded
                ``data``.
        """
        return self.api_client.call_api(
            _CREATE_ORGANIZATION_INVITATION_BULK,
            path={"organization_id": organization_id},
            body=create_organization_invitation_bulk_request,
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def list_pending_organization_invitations(
        self,
        organization_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitations:
        """Get a list of pending organization invitations.

        .. deprecated::
            The API marks this operation as deprecated.

        This request returns the list of organization invitations with "pending" status.
        These are the organization invitations that can still be used to join the organization, but
        have not been accepted by the invited user yet.
        Results can be paginated using the optional `limit` and `offset` query parameters.
        The organization invitations are ordered by descending creation date.
        Most recent invitations will be returned first.
        Any invitations created as a result of an Organization Domain are not included in the
        results.

        Deprecated by the vendor: use `list_organization_invitations` with `status=pending`.

        Args:
            organization_id: The organization ID.
            limit: Applies a limit to the number of results returned. Can be used for paginating the
                results together with `offset`.
            offset: Skip the first `offset` results when paginating. Needs to be an integer greater
                or equal to zero. To be used in conjunction with `limit`.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitations: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            NotFoundException: Resource not found (HTTP 404).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.list_pending_organization_invitations_with_http_info(
            organization_id,
            limit=limit,
            offset=offset,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def list_pending_organization_invitations_with_http_info(
        self,
        organization_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitations]:
        """Like ``list_pending_organization_invitations``, with the response's status code and
        headers.

        Takes the same arguments as ``list_pending_organization_invitations``.

        Returns:
            ApiResponse[OrganizationInvitations]: ``status_code``, ``headers`` and the decoded
                ``data``.
        """
        return self.api_client.call_api(
            _LIST_PENDING_ORGANIZATION_INVITATIONS,
            path={"organization_id": organization_id},
            query={"limit": limit, "offset": offset},
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def list_pending_organization_invitations_iter(
        self,
        organization_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> Iterator[OrganizationInvitation]:
        """Every item of ``list_pending_organization_invitations``, page after page.

        Takes the same arguments as ``list_pending_organization_invitations``; ``limit`` is the page
        size (default 10) and ``offset`` where to start (default 0). Each page is fetched when the
        iteration reaches it; iteration stops at the reported total, after an empty page, or
        (without a total) after a short page.

        Yields:
            OrganizationInvitation: Each item, in the order the API returns them.
        """

        def _fetch_page(_offset: int, _limit: int) -> Page[OrganizationInvitation]:
            _response = self.list_pending_organization_invitations(
                organization_id=organization_id,
                limit=_limit,
                offset=_offset,
                _headers=_headers,
                _request_timeout=_request_timeout,
                _idempotency_key=_idempotency_key,
                _max_retries=_max_retries,
                _cancel=_cancel,
            )
            return page_of(_response.data, _response.total_count)

        return iterate_offset_pages(
            _fetch_page,
            limit=10 if limit is None else limit,
            offset=0 if offset is None else offset,
        )

    def get_organization_invitation(
        self,
        organization_id: str,
        invitation_id: str,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitation:
        """Retrieve an organization invitation by ID.

        Use this request to get an existing organization invitation by ID.

        Args:
            organization_id: The organization ID.
            invitation_id: The organization invitation ID.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitation: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            ForbiddenException: Authorization invalid (HTTP 403).
            NotFoundException: Resource not found (HTTP 404).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.get_organization_invitation_with_http_info(
            organization_id,
            invitation_id,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def get_organization_invitation_with_http_info(
        self,
        organization_id: str,
        invitation_id: str,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitation]:
        """Like ``get_organization_invitation``, with the response's status code and headers.

        Takes the same arguments as ``get_organization_invitation``.

        Returns:
            ApiResponse[OrganizationInvitation]: ``status_code``, ``headers`` and the decoded
                ``data``.
        """
        return self.api_client.call_api(
            _GET_ORGANIZATION_INVITATION,
            path={"organization_id": organization_id, "invitation_id": invitation_id},
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )

    def revoke_organization_invitation(
        self,
        organization_id: str,
        invitation_id: str,
        revoke_organization_invitation_request: Optional[
            Union[RevokeOrganizationInvitationRequest, Dict[str, Any]]
        ] = None,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> OrganizationInvitation:
        """Revoke a pending organization invitation.

        Use this request to revoke a previously issued organization invitation.
        Revoking an organization invitation makes it invalid; the invited user will no longer be
        able to join the organization with the revoked invitation.
        Only organization invitations with "pending" status can be revoked.
        The request accepts the `requesting_user_id` parameter to specify the user which revokes the
        invitation.
        Only users with "admin" role can revoke invitations.

        Args:
            organization_id: The organization ID.
            invitation_id: The organization invitation ID.
            revoke_organization_invitation_request: The request body.
            _headers: Extra headers for this call; they override default and parameter headers.
            _request_timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
            _idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt; makes the call
                retryable.
            _max_retries: Retries for this call, instead of ``Configuration.max_retries``.
            _cancel: Cancels the call from any thread: nothing more is sent, a request in flight or
                a retry wait stops at once, and ``RequestAbortedError`` is raised.

        Returns:
            OrganizationInvitation: the decoded response body.

        Raises:
            BadRequestException: Request was not successful (HTTP 400).
            ForbiddenException: Authorization invalid (HTTP 403).
            NotFoundException: Resource not found (HTTP 404).
            ApiException: Any other status outside 2xx.
            ApiConnectionError: No response arrived (``ApiTimeoutError``: not in time).
            ApiValueError: An argument cannot be sent; nothing was sent.
        """
        return self.revoke_organization_invitation_with_http_info(
            organization_id,
            invitation_id,
            revoke_organization_invitation_request,
            _headers=_headers,
            _request_timeout=_request_timeout,
            _idempotency_key=_idempotency_key,
            _max_retries=_max_retries,
            _cancel=_cancel,
        ).data

    def revoke_organization_invitation_with_http_info(
        self,
        organization_id: str,
        invitation_id: str,
        revoke_organization_invitation_request: Optional[
            Union[RevokeOrganizationInvitationRequest, Dict[str, Any]]
        ] = None,
        *,
        _headers: Optional[Mapping[str, str]] = None,
        _request_timeout: Optional[float] = None,
        _idempotency_key: Optional[str] = None,
        _max_retries: Optional[int] = None,
        _cancel: Optional[CancellationToken] = None,
    ) -> ApiResponse[OrganizationInvitation]:
        """Like ``revoke_organization_invitation``, with the response's status code and headers.

        Takes the same arguments as ``revoke_organization_invitation``.

        Returns:
            ApiResponse[OrganizationInvitation]: ``status_code``, ``headers`` and the decoded
                ``data``.
        """
        return self.api_client.call_api(
            _REVOKE_ORGANIZATION_INVITATION,
            path={"organization_id": organization_id, "invitation_id": invitation_id},
            body=revoke_organization_invitation_request,
            options=RequestOptions(
                headers=_headers,
                timeout=_request_timeout,
                idempotency_key=_idempotency_key,
                max_retries=_max_retries,
                cancel=_cancel,
            ),
        )
