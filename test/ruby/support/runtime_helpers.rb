# frozen_string_literal: true

require_relative 'runtime_under_test'
require_relative 'recording_server'

# Builds clients and operations of the runtime under test, with waits recorded instead of slept.
module RuntimeHelpers
  R = RuntimeUnderTest

  def setup
    super
    @sleeps = []
  end

  # A client for +server+ (a RecordingServer or a URL): no real sleeping, jitter fixed at 0.5.
  def client_for(server, **settings)
    config = R::Configuration.new
    config.base_url = server.respond_to?(:url) ? server.url : server
    config.sleeper = ->(seconds) { @sleeps << seconds }
    config.random = -> { 0.5 }
    settings.each { |name, value| config.public_send("#{name}=", value) }
    R::ApiClient.new(config)
  end

  def operation(**fields)
    R::ApiOperation.new(operation_id: 'test_op', http_method: :get, path: '/items', parameters: [], security: [], return_type: 'Object', **fields)
  end

  def parameter(name, wire_name, location, **options)
    R::ApiParameter.new(name, wire_name, location, **options)
  end
end
