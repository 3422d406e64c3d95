# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The ClerkError schema of the API description.
  class ClerkError < ApiModel
    # @return [String]
    attribute :message, 'String', required: true

    # @return [String]
    attribute :long_message, 'String', required: true

    # @return [String]
    attribute :code, 'String', required: true

    # @return [Hash<String, Object>]
    attribute :meta, 'Hash<String, Object>'
  end
end
