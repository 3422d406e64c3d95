# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

module InvitationsApi
  # Version of this gem.
  VERSION = '1.0.0'

  # Version of the API description the gem was generated from.
  API_VERSION = '1.0.0'
end
