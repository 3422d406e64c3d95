# frozen_string_literal: true

require 'json'
require 'net/http'
require 'openssl'
require 'time'
require 'uri'
require 'zlib'
require_relative 'paths'

# The runtime (templates/ruby/runtime), loaded the way a generated gem loads it: into a module of
# its own, with an API description and a few models written here.
module RuntimeUnderTest
  Dir[File.join(Paths::RUNTIME, '*.rb')].sort.each { |file| load(file, self) }

  API_DESCRIPTION = ApiDescription.new(
    server_url: 'http://127.0.0.1:9',
    security_schemes: {
      'ApiKey' => SecurityScheme.new(type: :api_key, location: :header, parameter_name: 'Authorization'),
      'QueryKey' => SecurityScheme.new(type: :api_key, location: :query, parameter_name: 'api key'),
      'CookieKey' => SecurityScheme.new(type: :api_key, location: :cookie, parameter_name: 'session'),
      'bearerAuth' => SecurityScheme.new(type: :http, scheme: 'bearer'),
      'basicAuth' => SecurityScheme.new(type: :http, scheme: 'basic')
    }.freeze,
    retry_defaults: {}.freeze,
    user_agent: 'runtime-under-test/0.0.0'
  ).freeze

  # An open enum.
  module Status
    ACTIVE = 'active'
    ALL = [ACTIVE].freeze

    def self.build_from_hash(value)
      value
    end
  end

  # A model with every kind of attribute.
  class Pet < ApiModel
    attribute :name, 'String', required: true
    attribute :birth_time, 'Time', wire: 'birthTime'
    attribute :birthday, 'Date'
    attribute :tags, 'Array<String>', nullable: true
    attribute :owner, 'Owner', nullable: true
    attribute :status, 'Status'
    attribute :labels, 'Hash<String, Object>'
  end

  # Referenced by Pet before it is defined: type names are resolved when used.
  class Owner < ApiModel
    attribute :id, 'Integer', required: true
  end

  # A recursive model.
  class TreeNode < ApiModel
    attribute :value, 'String'
    attribute :children, 'Array<TreeNode>'
    attribute :parent, 'TreeNode', nullable: true
  end

  # A page of a paginated list.
  class PetPage < ApiModel
    attribute :data, 'Array<Pet>', required: true
    attribute :total_count, 'Integer'
  end
end
