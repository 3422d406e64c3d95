# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

require 'json'
require 'net/http'
require 'openssl'
require 'time'
require 'uri'
require 'zlib'

require_relative 'invitations_api/version'

# Ruby client for Invitations API.
#
# One canonical contract for two real invitation APIs, wire-faithful to what each vendor publishes:
#
# - **Trieve** (`/api/invitation…`, tag `Invitation`): API key in the `Authorization` header and the
#   organization in the required `TR-Organization` header. Production base URL
#   `https://api.trieve.ai`.
# - **Clerk** organization invitations (`/v1/organizations/{organization_id}/invitations…`, tag
#   `Organization Invitations`): a secret key as a bearer token. Production base URL
#   `https://api.clerk.com` (Clerk's own spec puts `/v1` in its server URL; ours keeps it in the
#   path so that one mock server can serve both APIs).
#
# Where a vendor's published spec contradicts itself, this one follows the wire and says so in a
# `Deviation from the vendor spec` note on the schema or parameter concerned.
#
# Set credentials and the server with InvitationsApi.configure, then call the API classes.
module InvitationsApi
  # The runtime: hand-written code shared by every generated client (lib/invitations_api/*.rb).
  # Kernel#load with a module defines its classes inside that module, so they become
  # InvitationsApi::ApiClient, InvitationsApi::ApiError and so on, private to this gem.
  RUNTIME_FILES = %w[
    api_client api_error api_model api_operation cancellation_token configuration form_body
    net_http_transport pagination retry_policy
  ].freeze
  RUNTIME_FILES.each { |file| load(File.expand_path("invitations_api/#{file}.rb", __dir__), self) }
  private_constant :RUNTIME_FILES

  # What the API description says about servers, authentication and retries; every
  # Configuration starts from it.
  API_DESCRIPTION = ApiDescription.new(
    server_url: 'http://127.0.0.1:4010',
    security_schemes: {
      'ApiKey' => SecurityScheme.new(type: :api_key, location: :header, parameter_name: 'Authorization'),
      'bearerAuth' => SecurityScheme.new(type: :http, scheme: 'bearer')
    }.freeze,
    retry_defaults: {}.freeze,
    user_agent: "invitations_api-ruby/#{VERSION} (Ruby #{RUBY_VERSION})"
  ).freeze

  class << self
    # Yields the default configuration: the one API classes use when created without an
    # ApiClient.
    #
    #   InvitationsApi.configure do |config|
    #     config.base_url = 'http://127.0.0.1:4010'
    #     config.timeout = 10
    #   end
    #
    # @yieldparam config [Configuration]
    # @return [Configuration]
    def configure
      yield Configuration.default if block_given?
      Configuration.default
    end
  end
end

require_relative 'invitations_api/models/invitation_data'
require_relative 'invitations_api/models/error_response_body'
require_relative 'invitations_api/models/invitation'
require_relative 'invitations_api/models/organization_invitation_public_user_data'
require_relative 'invitations_api/models/organization_invitation_public_organization_data'
require_relative 'invitations_api/models/organization_invitation_with_public_organization_data'
require_relative 'invitations_api/models/organization_invitations_with_public_organization_data'
require_relative 'invitations_api/models/clerk_error'
require_relative 'invitations_api/models/clerk_errors'
require_relative 'invitations_api/models/organization_invitation'
require_relative 'invitations_api/models/organization_invitations'
require_relative 'invitations_api/models/create_organization_invitation_request'
require_relative 'invitations_api/models/revoke_organization_invitation_request'
require_relative 'invitations_api/models/organization_invitation_status'
require_relative 'invitations_api/api/invitation_api'
require_relative 'invitations_api/api/organization_invitations_api'
