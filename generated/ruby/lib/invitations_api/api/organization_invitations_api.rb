# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # Clerk organization invitations. Invite users to a Clerk organization with a role.
  class OrganizationInvitationsApi
    # @return [ApiClient] sends the calls; its Configuration holds the server, the credentials,
    #   timeouts and retries
    attr_accessor :api_client

    # @param api_client [ApiClient] defaults to ApiClient.default, whose configuration is the one
    #   InvitationsApi.configure sets
    def initialize(api_client = ApiClient.default)
      @api_client = api_client
    end

    # Get a list of organization invitations for the current instance
    #
    # This request returns the list of organization invitations for the instance. Results can be
    # paginated using the optional `limit` and `offset` query parameters. You can filter them by
    # providing the 'status' query parameter, that accepts multiple values. You can change the order
    # by providing the 'order' query parameter, that accepts multiple values. You can filter by the
    # invited user email address providing the `query` query parameter. The organization invitations
    # are ordered by descending creation date by default.
    #
    # GET /v1/organization_invitations
    #
    # @param opts [Hash] the optional parameters, and the call options of ApiClient::CALL_OPTIONS
    #   (+:_headers+, +:_timeout+, +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @option opts [String] :order_by Allows to return organization invitations in a particular
    #   order. At the moment, you can order the returned organization invitations either by their
    #   `created_at` or `email_address`. In order to specify the direction, you can use the `+/-`
    #   symbols prepended in the property to order by. For example, if you want organization
    #   invitations to be returned in descending order according to their `created_at` property, you
    #   can use `-created_at`. If you don't use `+` or `-`, then `+` is implied. Defaults to
    #   `-created_at`.
    # @option opts [Array<OrganizationInvitationStatus>] :status Filter organization invitations
    #   based on their status. Repeat the parameter to match several statuses, e.g.
    #   `status=pending&status=expired`.
    # @option opts [String] :query Filter organization invitations based on their `email_address`
    # @option opts [Integer] :limit Applies a limit to the number of results returned. Can be used
    #   for paginating the results together with `offset`.
    # @option opts [Integer] :offset Skip the first `offset` results when paginating. Needs to be an
    #   integer greater or equal to zero. To be used in conjunction with `limit`.
    # @return [OrganizationInvitationsWithPublicOrganizationData]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [UnprocessableEntityError] HTTP 422: Request was not successful
    # @raise [InternalServerError] HTTP 500: Request was not successful
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def list_instance_organization_invitations(opts = {})
      list_instance_organization_invitations_with_http_info(opts).first
    end

    # Like #list_instance_organization_invitations, but also returns the status code and the headers.
    #
    # @param (see #list_instance_organization_invitations)
    # @return [Array(OrganizationInvitationsWithPublicOrganizationData, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #list_instance_organization_invitations)
    def list_instance_organization_invitations_with_http_info(opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:list_instance_organization_invitations),
        {},
        opts
      )
    end

    # Every item of #list_instance_organization_invitations, page after page.
    #
    # Returns an Enumerator that requests each page when the previous one is used up:
    # +opts[:limit]+ sets the page size (default 100) and +opts[:offset]+ the first item.
    # Given a block, yields each item instead and returns nil.
    #
    # @param (see #list_instance_organization_invitations)
    # @return [Enumerator<OrganizationInvitationWithPublicOrganizationData>, nil]
    # @raise (see #list_instance_organization_invitations)
    def paginate_list_instance_organization_invitations(opts = {}, &block)
      Pagination.offset(
        method(:list_instance_organization_invitations), [], opts,
        limit: :limit, offset: :offset, items: :data, total: :total_count, &block
      )
    end

    # Get a list of organization invitations
    #
    # This request returns the list of organization invitations. Results can be paginated using the
    # optional `limit` and `offset` query parameters. You can filter them by providing the 'status'
    # query parameter, that accepts multiple values. The organization invitations are ordered by
    # descending creation date. Most recent invitations will be returned first. Any invitations
    # created as a result of an Organization Domain are not included in the results.
    #
    # GET /v1/organizations/{organization_id}/invitations
    #
    # @param organization_id [String] The organization ID.
    # @param opts [Hash] the optional parameters, and the call options of ApiClient::CALL_OPTIONS
    #   (+:_headers+, +:_timeout+, +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @option opts [Array<OrganizationInvitationStatus>] :status Filter organization invitations
    #   based on their status. Repeat the parameter to match several statuses, e.g.
    #   `status=pending&status=expired`.
    # @option opts [String] :email_address Returns organization invitations inviting the specified
    #   email address.
    # @option opts [String] :order_by Allows to return organization invitations in a particular
    #   order. You can order the returned organization invitations either by their `created_at` or
    #   `email_address`. In order to specify the direction, you can use the `+/-` symbols prepended
    #   in the property to order by. For example, if you want organization invitations to be
    #   returned in descending order according to their `created_at` property, you can use
    #   `-created_at`. If you don't use `+` or `-`, then `+` is implied. Defaults to `-created_at`.
    # @option opts [Integer] :limit Applies a limit to the number of results returned. Can be used
    #   for paginating the results together with `offset`.
    # @option opts [Integer] :offset Skip the first `offset` results when paginating. Needs to be an
    #   integer greater or equal to zero. To be used in conjunction with `limit`.
    # @return [OrganizationInvitations]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [UnprocessableEntityError] HTTP 422: Invalid request parameters
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def list_organization_invitations(organization_id, opts = {})
      list_organization_invitations_with_http_info(organization_id, opts).first
    end

    # Like #list_organization_invitations, but also returns the status code and the headers.
    #
    # @param (see #list_organization_invitations)
    # @return [Array(OrganizationInvitations, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #list_organization_invitations)
    def list_organization_invitations_with_http_info(organization_id, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:list_organization_invitations),
        { organization_id: organization_id },
        opts
      )
    end

    # Every item of #list_organization_invitations, page after page.
    #
    # Returns an Enumerator that requests each page when the previous one is used up:
    # +opts[:limit]+ sets the page size (default 100) and +opts[:offset]+ the first item.
    # Given a block, yields each item instead and returns nil.
    #
    # @param (see #list_organization_invitations)
    # @return [Enumerator<OrganizationInvitation>, nil]
    # @raise (see #list_organization_invitations)
    def paginate_list_organization_invitations(organization_id, opts = {}, &block)
      Pagination.offset(
        method(:list_organization_invitations), [organization_id], opts,
        limit: :limit, offset: :offset, items: :data, total: :total_count, &block
      )
    end

    # Create and send an organization invitation
    #
    # Creates a new organization invitation and sends an email to the provided `email_address` with
    # a link to accept the invitation and join the organization. You can specify the `role` for the
    # invited organization member.
    #
    # New organization invitations get a "pending" status until they are revoked by an organization
    # administrator or accepted by the invitee.
    #
    # The request body supports passing an optional `redirect_url` parameter. When the invited user
    # clicks the link to accept the invitation, they will be redirected to the URL provided. Use
    # this parameter to implement a custom invitation acceptance flow.
    #
    # You can specify the ID of the user that will send the invitation with the `inviter_user_id`
    # parameter. That user must be a member with administrator privileges in the organization. Only
    # "admin" members can create organization invitations.
    #
    # You can optionally provide public and private metadata for the organization invitation. The
    # public metadata are visible by both the Frontend and the Backend whereas the private ones only
    # by the Backend. When the organization invitation is accepted, the metadata will be transferred
    # to the newly created organization membership.
    #
    # POST /v1/organizations/{organization_id}/invitations
    #
    # @param organization_id [String] The organization ID.
    # @param create_organization_invitation_request [CreateOrganizationInvitationRequest]
    # @param opts [Hash] the call options of ApiClient::CALL_OPTIONS (+:_headers+, +:_timeout+,
    #   +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @return [OrganizationInvitation]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [PaymentRequiredError] HTTP 402: Payment required
    # @raise [PermissionDeniedError] HTTP 403: Authorization invalid
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [UnprocessableEntityError] HTTP 422: Invalid request parameters
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def create_organization_invitation(organization_id, create_organization_invitation_request, opts = {})
      create_organization_invitation_with_http_info(organization_id, create_organization_invitation_request, opts).first
    end

    # Like #create_organization_invitation, but also returns the status code and the headers.
    #
    # @param (see #create_organization_invitation)
    # @return [Array(OrganizationInvitation, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #create_organization_invitation)
    def create_organization_invitation_with_http_info(organization_id, create_organization_invitation_request, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:create_organization_invitation),
        {
          organization_id: organization_id,
          create_organization_invitation_request: create_organization_invitation_request
        },
        opts
      )
    end

    # Bulk create and send organization invitations
    #
    # Creates new organization invitations in bulk and sends out emails to the provided email
    # addresses with a link to accept the invitation and join the organization.
    #
    # This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more
    # invitations, please make multiple requests.
    #
    # You can specify a different `role` for each invited organization member. New organization
    # invitations get a "pending" status until they are revoked by an organization administrator or
    # accepted by the invitee. The request body supports passing an optional `redirect_url`
    # parameter for each invitation. When the invited user clicks the link to accept the invitation,
    # they will be redirected to the provided URL. Use this parameter to implement a custom
    # invitation acceptance flow. You can specify the ID of the user that will send the invitation
    # with the `inviter_user_id` parameter. Each invitation can have a different inviter user.
    # Inviter users must be members with administrator privileges in the organization. Only "admin"
    # members can create organization invitations. You can optionally provide public and private
    # metadata for each organization invitation. The public metadata are visible by both the
    # Frontend and the Backend, whereas the private metadata are only visible by the Backend. When
    # the organization invitation is accepted, the metadata will be transferred to the newly created
    # organization membership.
    #
    # POST /v1/organizations/{organization_id}/invitations/bulk
    #
    # @param organization_id [String] The organization ID.
    # @param create_organization_invitation_bulk_request [Array<CreateOrganizationInvitationRequest>]
    # @param opts [Hash] the call options of ApiClient::CALL_OPTIONS (+:_headers+, +:_timeout+,
    #   +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @return [OrganizationInvitations]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [PermissionDeniedError] HTTP 403: Authorization invalid
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [UnprocessableEntityError] HTTP 422: Invalid request parameters
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def create_organization_invitation_bulk(organization_id, create_organization_invitation_bulk_request, opts = {})
      create_organization_invitation_bulk_with_http_info(organization_id, create_organization_invitation_bulk_request, opts).first
    end

    # Like #create_organization_invitation_bulk, but also returns the status code and the headers.
    #
    # @param (see #create_organization_invitation_bulk)
    # @return [Array(OrganizationInvitations, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #create_organization_invitation_bulk)
    def create_organization_invitation_bulk_with_http_info(organization_id, create_organization_invitation_bulk_request, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:create_organization_invitation_bulk),
        {
          organization_id: organization_id,
          create_organization_invitation_bulk_request: create_organization_invitation_bulk_request
        },
        opts
      )
    end

    # Get a list of pending organization invitations
    #
    # This request returns the list of organization invitations with "pending" status. These are the
    # organization invitations that can still be used to join the organization, but have not been
    # accepted by the invited user yet. Results can be paginated using the optional `limit` and
    # `offset` query parameters. The organization invitations are ordered by descending creation
    # date. Most recent invitations will be returned first. Any invitations created as a result of
    # an Organization Domain are not included in the results.
    #
    # Deprecated by the vendor: use `list_organization_invitations` with `status=pending`.
    #
    # GET /v1/organizations/{organization_id}/invitations/pending
    #
    # @deprecated The API marks this operation as deprecated.
    #
    # @param organization_id [String] The organization ID.
    # @param opts [Hash] the optional parameters, and the call options of ApiClient::CALL_OPTIONS
    #   (+:_headers+, +:_timeout+, +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @option opts [Integer] :limit Applies a limit to the number of results returned. Can be used
    #   for paginating the results together with `offset`.
    # @option opts [Integer] :offset Skip the first `offset` results when paginating. Needs to be an
    #   integer greater or equal to zero. To be used in conjunction with `limit`.
    # @return [OrganizationInvitations]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def list_pending_organization_invitations(organization_id, opts = {})
      list_pending_organization_invitations_with_http_info(organization_id, opts).first
    end

    # Like #list_pending_organization_invitations, but also returns the status code and the headers.
    #
    # @param (see #list_pending_organization_invitations)
    # @return [Array(OrganizationInvitations, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #list_pending_organization_invitations)
    def list_pending_organization_invitations_with_http_info(organization_id, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:list_pending_organization_invitations),
        { organization_id: organization_id },
        opts
      )
    end

    # Every item of #list_pending_organization_invitations, page after page.
    #
    # Returns an Enumerator that requests each page when the previous one is used up:
    # +opts[:limit]+ sets the page size (default 100) and +opts[:offset]+ the first item.
    # Given a block, yields each item instead and returns nil.
    #
    # @param (see #list_pending_organization_invitations)
    # @return [Enumerator<OrganizationInvitation>, nil]
    # @raise (see #list_pending_organization_invitations)
    def paginate_list_pending_organization_invitations(organization_id, opts = {}, &block)
      Pagination.offset(
        method(:list_pending_organization_invitations), [organization_id], opts,
        limit: :limit, offset: :offset, items: :data, total: :total_count, &block
      )
    end

    # Retrieve an organization invitation by ID
    #
    # Use this request to get an existing organization invitation by ID.
    #
    # GET /v1/organizations/{organization_id}/invitations/{invitation_id}
    #
    # @param organization_id [String] The organization ID.
    # @param invitation_id [String] The organization invitation ID.
    # @param opts [Hash] the call options of ApiClient::CALL_OPTIONS (+:_headers+, +:_timeout+,
    #   +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @return [OrganizationInvitation]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [PermissionDeniedError] HTTP 403: Authorization invalid
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def get_organization_invitation(organization_id, invitation_id, opts = {})
      get_organization_invitation_with_http_info(organization_id, invitation_id, opts).first
    end

    # Like #get_organization_invitation, but also returns the status code and the headers.
    #
    # @param (see #get_organization_invitation)
    # @return [Array(OrganizationInvitation, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #get_organization_invitation)
    def get_organization_invitation_with_http_info(organization_id, invitation_id, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:get_organization_invitation),
        { organization_id: organization_id, invitation_id: invitation_id },
        opts
      )
    end

    # Revoke a pending organization invitation
    #
    # Use this request to revoke a previously issued organization invitation. Revoking an
    # organization invitation makes it invalid; the invited user will no longer be able to join the
    # organization with the revoked invitation. Only organization invitations with "pending" status
    # can be revoked. The request accepts the `requesting_user_id` parameter to specify the user
    # which revokes the invitation. Only users with "admin" role can revoke invitations.
    #
    # POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke
    #
    # @param organization_id [String] The organization ID.
    # @param invitation_id [String] The organization invitation ID.
    # @param opts [Hash] the optional parameters, and the call options of ApiClient::CALL_OPTIONS
    #   (+:_headers+, +:_timeout+, +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @option opts [RevokeOrganizationInvitationRequest] :revoke_organization_invitation_request
    # @return [OrganizationInvitation]
    # @raise [BadRequestError] HTTP 400: Request was not successful
    # @raise [PermissionDeniedError] HTTP 403: Authorization invalid
    # @raise [NotFoundError] HTTP 404: Resource not found
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def revoke_organization_invitation(organization_id, invitation_id, opts = {})
      revoke_organization_invitation_with_http_info(organization_id, invitation_id, opts).first
    end

    # Like #revoke_organization_invitation, but also returns the status code and the headers.
    #
    # @param (see #revoke_organization_invitation)
    # @return [Array(OrganizationInvitation, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #revoke_organization_invitation)
    def revoke_organization_invitation_with_http_info(organization_id, invitation_id, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:revoke_organization_invitation),
        { organization_id: organization_id, invitation_id: invitation_id },
        opts
      )
    end

    # How each operation goes over the wire, from the API description; ApiClient#call_api reads
    # it. Keys are the method names.
    OPERATIONS = {
      list_instance_organization_invitations: ApiOperation.new(
        operation_id: 'list_instance_organization_invitations',
        http_method: :get,
        path: '/v1/organization_invitations',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:order_by, 'order_by', :query),
          ApiParameter.new(:status, 'status', :query),
          ApiParameter.new(:query, 'query', :query),
          ApiParameter.new(:limit, 'limit', :query),
          ApiParameter.new(:offset, 'offset', :query)
        ],
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitationsWithPublicOrganizationData'
      ),
      list_organization_invitations: ApiOperation.new(
        operation_id: 'list_organization_invitations',
        http_method: :get,
        path: '/v1/organizations/{organization_id}/invitations',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true),
          ApiParameter.new(:status, 'status', :query),
          ApiParameter.new(:email_address, 'email_address', :query),
          ApiParameter.new(:order_by, 'order_by', :query),
          ApiParameter.new(:limit, 'limit', :query),
          ApiParameter.new(:offset, 'offset', :query)
        ],
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitations'
      ),
      create_organization_invitation: ApiOperation.new(
        operation_id: 'create_organization_invitation',
        http_method: :post,
        path: '/v1/organizations/{organization_id}/invitations',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true),
          ApiParameter.new(:create_organization_invitation_request, 'CreateOrganizationInvitationRequest', :body, required: true, type: 'CreateOrganizationInvitationRequest')
        ],
        request_media_type: 'application/json',
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitation'
      ),
      create_organization_invitation_bulk: ApiOperation.new(
        operation_id: 'create_organization_invitation_bulk',
        http_method: :post,
        path: '/v1/organizations/{organization_id}/invitations/bulk',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true),
          ApiParameter.new(:create_organization_invitation_bulk_request, 'create_organization_invitation_bulk_request', :body, required: true, type: 'Array<CreateOrganizationInvitationRequest>')
        ],
        request_media_type: 'application/json',
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitations'
      ),
      list_pending_organization_invitations: ApiOperation.new(
        operation_id: 'list_pending_organization_invitations',
        http_method: :get,
        path: '/v1/organizations/{organization_id}/invitations/pending',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true),
          ApiParameter.new(:limit, 'limit', :query),
          ApiParameter.new(:offset, 'offset', :query)
        ],
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitations'
      ),
      get_organization_invitation: ApiOperation.new(
        operation_id: 'get_organization_invitation',
        http_method: :get,
        path: '/v1/organizations/{organization_id}/invitations/{invitation_id}',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true),
          ApiParameter.new(:invitation_id, 'invitation_id', :path, required: true)
        ],
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitation'
      ),
      revoke_organization_invitation: ApiOperation.new(
        operation_id: 'revoke_organization_invitation',
        http_method: :post,
        path: '/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke',
        server_url: 'https://api.clerk.com',
        parameters: [
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true),
          ApiParameter.new(:invitation_id, 'invitation_id', :path, required: true),
          ApiParameter.new(:revoke_organization_invitation_request, 'RevokeOrganizationInvitationRequest', :body, type: 'RevokeOrganizationInvitationRequest')
        ],
        request_media_type: 'application/json',
        security: [['bearerAuth']],
        return_type: 'OrganizationInvitation'
      )
    }.freeze
  end
end
