# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The status of an organization invitation.
  #
  # An open enum: values the API adds later arrive unchanged, so compare with these constants
  # rather than rejecting what you do not know.
  module OrganizationInvitationStatus
    PENDING = 'pending'
    ACCEPTED = 'accepted'
    REVOKED = 'revoked'
    EXPIRED = 'expired'

    # Every value this version of the client knows.
    ALL = [PENDING, ACCEPTED, REVOKED, EXPIRED].freeze

    # @return [Object] +value+ unchanged, also when it is not one of ALL
    def self.build_from_hash(value)
      value
    end

    # @return [Boolean] whether +value+ is one of ALL
    def self.known?(value)
      ALL.include?(value)
    end
  end
end
