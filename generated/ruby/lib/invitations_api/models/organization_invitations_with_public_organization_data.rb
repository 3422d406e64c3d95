# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The OrganizationInvitationsWithPublicOrganizationData schema of the API description.
  class OrganizationInvitationsWithPublicOrganizationData < ApiModel
    # @return [Array<OrganizationInvitationWithPublicOrganizationData>]
    attribute :data, 'Array<OrganizationInvitationWithPublicOrganizationData>', required: true

    # Total number of organization invitations
    # @return [Integer]
    attribute :total_count, 'Integer', required: true
  end
end
