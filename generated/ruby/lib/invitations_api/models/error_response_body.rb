# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # The ErrorResponseBody schema of the API description.
  class ErrorResponseBody < ApiModel
    # @return [String]
    attribute :message, 'String', required: true
  end
end
