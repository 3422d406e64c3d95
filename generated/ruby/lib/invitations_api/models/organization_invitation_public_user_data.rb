# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # An organization inviter's public user data
  class OrganizationInvitationPublicUserData < ApiModel
    # @return [String]
    attribute :user_id, 'String', required: true

    # @return [String, nil]
    attribute :first_name, 'String', required: true, nullable: true

    # @return [String, nil]
    attribute :last_name, 'String', required: true, nullable: true

    # @return [String]
    attribute :image_url, 'String', required: true

    # @return [Boolean]
    attribute :has_image, 'Boolean', required: true

    # @return [String]
    attribute :identifier, 'String', required: true
  end
end
