# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The Invitation schema of the API description.
  class Invitation < ApiModel
    # @return [Time]
    attribute :created_at, 'Time', required: true

    # @return [String]
    attribute :email, 'String', required: true

    # @return [String]
    attribute :id, 'String', required: true

    # @return [String]
    attribute :organization_id, 'String', required: true

    # @return [Integer]
    attribute :role, 'Integer', required: true

    # @return [Array<String>, nil]
    attribute :scopes, 'Array<String>', nullable: true

    # @return [Time]
    attribute :updated_at, 'Time', required: true

    # @return [Boolean]
    attribute :used, 'Boolean', required: true
  end
end
