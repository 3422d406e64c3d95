# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # An organization invitation with public organization data populated
  class OrganizationInvitationWithPublicOrganizationData < ApiModel
    # String representing the object's type. Objects of the same type share the same value.
    # @return [String]
    attribute :object, 'String', required: true

    # @return [String]
    attribute :id, 'String', required: true

    # @return [String]
    attribute :email_address, 'String', required: true

    # @return [String]
    attribute :role, 'String', required: true

    # @return [String]
    attribute :role_name, 'String', required: true

    # @return [String]
    attribute :organization_id, 'String'

    # @return [String, nil]
    attribute :inviter_id, 'String', required: true, nullable: true

    # @return [OrganizationInvitationPublicUserData, nil]
    attribute :public_inviter_data, 'OrganizationInvitationPublicUserData', required: true, nullable: true

    # One of `pending`, `accepted`, `revoked` or `expired`; kept open as the vendor declares it.
    # @return [String]
    attribute :status, 'String'

    # @return [OrganizationInvitationPublicOrganizationData]
    attribute :public_organization_data, 'OrganizationInvitationPublicOrganizationData'

    # @return [Hash<String, Object>]
    attribute :public_metadata, 'Hash<String, Object>', required: true

    # @return [Hash<String, Object>]
    attribute :private_metadata, 'Hash<String, Object>'

    # @return [String, nil]
    attribute :url, 'String', required: true, nullable: true

    # Unix timestamp of expiration.
    # @return [Integer, nil]
    attribute :expires_at, 'Integer', required: true, nullable: true

    # Unix timestamp of creation.
    # @return [Integer]
    attribute :created_at, 'Integer', required: true

    # Unix timestamp of last update.
    # @return [Integer]
    attribute :updated_at, 'Integer', required: true
  end
end
