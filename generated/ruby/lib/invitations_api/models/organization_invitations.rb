# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The OrganizationInvitations schema of the API description.
  class OrganizationInvitations < ApiModel
    # @return [Array<OrganizationInvitation>]
    attribute :data, 'Array<OrganizationInvitation>', required: true

    # Total number of organization invitations
    # @return [Integer]
    attribute :total_count, 'Integer', required: true
  end
end
