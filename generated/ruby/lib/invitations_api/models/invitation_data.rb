# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # JSON request payload to send an invitation
  class InvitationData < ApiModel
    # The url of the app that the user will be directed to in order to set their password. Usually
    # admin.trieve.ai, but may differ for local dev or self-hosted setups.
    # @return [String]
    attribute :app_url, 'String', required: true

    # The email of the user to invite. Must be a valid email as they will be sent an email to
    # register.
    # @return [String]
    attribute :email, 'String', required: true

    # The url that the user will be redirected to after setting their password.
    # @return [String]
    attribute :redirect_uri, 'String', required: true

    # The api route scopes the user will have in the organization.
    # @return [Array<String>, nil]
    attribute :scopes, 'Array<String>', nullable: true

    # The role the user will have in the organization. 0 = User, 1 = Admin, 2 = Owner.
    # @return [Integer]
    attribute :user_role, 'Integer', required: true
  end
end
