# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The ClerkErrors schema of the API description.
  class ClerkErrors < ApiModel
    # @return [Array<ClerkError>]
    attribute :errors, 'Array<ClerkError>', required: true

    # @return [Hash<String, Object>]
    attribute :meta, 'Hash<String, Object>'

    # @return [String]
    attribute :clerk_trace_id, 'String'
  end
end
