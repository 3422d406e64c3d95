# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The OrganizationInvitationPublicOrganizationData schema of the API description.
  class OrganizationInvitationPublicOrganizationData < ApiModel
    # @return [String]
    attribute :id, 'String', required: true

    # @return [String]
    attribute :name, 'String', required: true

    # @return [String]
    attribute :slug, 'String', required: true

    # @return [String]
    attribute :image_url, 'String'

    # @return [Boolean]
    attribute :has_image, 'Boolean', required: true
  end
end
