# frozen_string_literal: true

# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.

require_relative 'lib/invitations_api/version'

Gem::Specification.new do |spec|
  spec.name = 'invitations_api'
  spec.version = InvitationsApi::VERSION
  spec.authors = ['Invitations API client pipeline']
  spec.summary = 'Ruby client for the Invitations API'
  spec.files = Dir['lib/**/*.rb']
  spec.require_paths = ['lib']
  spec.required_ruby_version = '>= 3.1'
  spec.metadata['rubygems_mfa_required'] = 'true'
end
