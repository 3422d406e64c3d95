# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The RevokeOrganizationInvitationRequest schema of the API description.
  class RevokeOrganizationInvitationRequest < ApiModel
    # The ID of the user that revokes the invitation. Must be an administrator in the organization.
    # @return [String, nil]
    attribute :requesting_user_id, 'String', nullable: true
  end
end
