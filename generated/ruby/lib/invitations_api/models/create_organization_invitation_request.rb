# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # One organization invitation to create and send.
  class CreateOrganizationInvitationRequest < ApiModel
    # The email address of the new member that is going to be invited to the organization
    # @return [String]
    attribute :email_address, 'String', required: true

    # The ID of the user that invites the new member to the organization. Must be an administrator
    # in the organization.
    # @return [String, nil]
    attribute :inviter_user_id, 'String', nullable: true

    # The role of the new member in the organization
    # @return [String]
    attribute :role, 'String', required: true

    # Metadata saved on the organization invitation, read-only from the Frontend API and fully
    # accessible (read/write) from the Backend API. When the organization invitation is accepted,
    # the metadata will be transferred to the newly created organization membership.
    # @return [Hash<String, Object>, nil]
    attribute :public_metadata, 'Hash<String, Object>', nullable: true

    # Metadata saved on the organization invitation, fully accessible (read/write) from the Backend
    # API but not visible from the Frontend API. When the organization invitation is accepted, the
    # metadata will be transferred to the newly created organization membership.
    # @return [Hash<String, Object>, nil]
    attribute :private_metadata, 'Hash<String, Object>', nullable: true

    # Optional URL that the invitee will be redirected to once they accept the invitation by
    # clicking the join link in the invitation email.
    # @return [String, nil]
    attribute :redirect_url, 'String', nullable: true

    # The number of days the invitation will be valid for. By default, the invitation has a 30 days
    # expire.
    # @return [Integer, nil]
    attribute :expires_in_days, 'Integer', nullable: true

    # Optional flag which denotes whether an email invitation should be sent to the given email
    # address. Defaults to `true`.
    # @return [Boolean, nil]
    attribute :notify, 'Boolean', nullable: true
  end
end
