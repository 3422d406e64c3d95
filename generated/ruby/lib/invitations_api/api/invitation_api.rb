# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # Trieve invitations. Invite users to join a Trieve organization with a role and API scopes.
  class InvitationApi
    # @return [ApiClient] sends the calls; its Configuration holds the server, the credentials,
    #   timeouts and retries
    attr_accessor :api_client

    # @param api_client [ApiClient] defaults to ApiClient.default, whose configuration is the one
    #   InvitationsApi.configure sets
    def initialize(api_client = ApiClient.default)
      @api_client = api_client
    end

    # Send Invitation
    #
    # Invitations act as a way to invite users to join an organization. After a user is invited,
    # they will automatically be added to the organization with the role specified in the invitation
    # once they set their. Auth'ed user or api key must have an admin or owner role for the
    # specified dataset's organization.
    #
    # POST /api/invitation
    #
    # @param tr_organization [String] The organization id to use for the request
    # @param invitation_data [InvitationData] JSON request payload to send an invitation
    # @param opts [Hash] the call options of ApiClient::CALL_OPTIONS (+:_headers+, +:_timeout+,
    #   +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @return [nil]
    # @raise [BadRequestError] HTTP 400: Invalid email or some other error
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def post_invitation(tr_organization, invitation_data, opts = {})
      post_invitation_with_http_info(tr_organization, invitation_data, opts).first
    end

    # Like #post_invitation, but also returns the status code and the headers.
    #
    # @param (see #post_invitation)
    # @return [Array(nil, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #post_invitation)
    def post_invitation_with_http_info(tr_organization, invitation_data, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:post_invitation),
        { tr_organization: tr_organization, invitation_data: invitation_data },
        opts
      )
    end

    # Delete Invitation
    #
    # Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the
    # specified dataset's organization.
    #
    # DELETE /api/invitation/{invitation_id}
    #
    # @param tr_organization [String] The organization id to use for the request
    # @param invitation_id [String] The id of the invitation to delete
    # @param opts [Hash] the call options of ApiClient::CALL_OPTIONS (+:_headers+, +:_timeout+,
    #   +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @return [nil]
    # @raise [BadRequestError] HTTP 400: Service error relating to deleting invitation
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def delete_invitation(tr_organization, invitation_id, opts = {})
      delete_invitation_with_http_info(tr_organization, invitation_id, opts).first
    end

    # Like #delete_invitation, but also returns the status code and the headers.
    #
    # @param (see #delete_invitation)
    # @return [Array(nil, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #delete_invitation)
    def delete_invitation_with_http_info(tr_organization, invitation_id, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:delete_invitation),
        { tr_organization: tr_organization, invitation_id: invitation_id },
        opts
      )
    end

    # Get Invitations
    #
    # Get all invitations for the organization. Auth'ed user or api key must have an admin or owner
    # role for the specified dataset's organization.
    #
    # GET /api/invitations/{organization_id}
    #
    # @param tr_organization [String] The organization id to use for the request
    # @param organization_id [String] The organization id to get invitations for
    # @param opts [Hash] the call options of ApiClient::CALL_OPTIONS (+:_headers+, +:_timeout+,
    #   +:_max_retries+, +:_idempotency_key+, +:_cancel+)
    # @return [Array<Invitation>]
    # @raise [BadRequestError] HTTP 400: Service error relating to getting invitations for the
    #   dataset
    # @raise [ApiError] for any other status, or ApiConnectionError / ApiTimeoutError when no
    #   response arrived
    # @raise [RequestAbortedError] when +opts[:_cancel]+ (or Configuration#cancel_token) is cancelled
    #   before the call ends
    # @raise [InvalidRequestError] when the arguments are refused before anything is sent
    def get_invitations(tr_organization, organization_id, opts = {})
      get_invitations_with_http_info(tr_organization, organization_id, opts).first
    end

    # Like #get_invitations, but also returns the status code and the headers.
    #
    # @param (see #get_invitations)
    # @return [Array(Array<Invitation>, Integer, Hash{String => String})]
    #   the data, the HTTP status code and the response headers (lower-case names)
    # @raise (see #get_invitations)
    def get_invitations_with_http_info(tr_organization, organization_id, opts = {})
      @api_client.call_api(
        OPERATIONS.fetch(:get_invitations),
        { tr_organization: tr_organization, organization_id: organization_id },
        opts
      )
    end

    # How each operation goes over the wire, from the API description; ApiClient#call_api reads
    # it. Keys are the method names.
    OPERATIONS = {
      post_invitation: ApiOperation.new(
        operation_id: 'post_invitation',
        http_method: :post,
        path: '/api/invitation',
        server_url: 'https://api.trieve.ai',
        parameters: [
          ApiParameter.new(:tr_organization, 'TR-Organization', :header, required: true),
          ApiParameter.new(:invitation_data, 'InvitationData', :body, required: true, type: 'InvitationData')
        ],
        request_media_type: 'application/json',
        security: [['ApiKey']],
        return_type: nil
      ),
      delete_invitation: ApiOperation.new(
        operation_id: 'delete_invitation',
        http_method: :delete,
        path: '/api/invitation/{invitation_id}',
        server_url: 'https://api.trieve.ai',
        parameters: [
          ApiParameter.new(:tr_organization, 'TR-Organization', :header, required: true),
          ApiParameter.new(:invitation_id, 'invitation_id', :path, required: true)
        ],
        security: [['ApiKey']],
        return_type: nil
      ),
      get_invitations: ApiOperation.new(
        operation_id: 'get_invitations',
        http_method: :get,
        path: '/api/invitations/{organization_id}',
        server_url: 'https://api.trieve.ai',
        parameters: [
          ApiParameter.new(:tr_organization, 'TR-Organization', :header, required: true),
          ApiParameter.new(:organization_id, 'organization_id', :path, required: true)
        ],
        security: [['ApiKey']],
        return_type: 'Array<Invitation>'
      )
    }.freeze
  end
end
