# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../support/paths'
require_relative '../support/generated_gem'
require_relative '../support/prism'

# The shared contract scenarios (test/contract/scenarios.json) through the generated gem against
# Prism. Scenario arguments are in wire terms; the gem's OPERATIONS tables map them to the Ruby
# arguments the generator named, so no operation is described twice.
class ContractTest < Minitest::Test
  M = GeneratedGem::MODULE
  DATA = JSON.parse(File.read(Paths::SCENARIOS))

  # Records what the real transport received, so a decoded result can be compared with the body.
  class RecordingTransport
    attr_reader :last

    def initialize(inner)
      @inner = inner
    end

    def call(request, **options)
      @last = @inner.call(request, **options)
    end
  end

  def client(auth)
    config = M::Configuration.new
    config.base_url = PrismServer.instance.url
    config.sleeper = ->(_seconds) {}
    config.transport = RecordingTransport.new(config.transport)
    if auth
      DATA.fetch('credentials').each do |scheme_name, credential|
        scheme = M::API_DESCRIPTION.security_schemes.fetch(scheme_name)
        scheme.type == :api_key ? config.api_key[scheme_name] = credential : config.access_token = credential
      end
    end
    M::ApiClient.new(config)
  end

  # Positional arguments and opts for a call, from wire-named scenario arguments.
  def arguments(operation, args, prefer)
    value = lambda do |parameter|
      next M::ApiModel.decode(parameter.type, args['body']) if parameter.location == :body

      args.fetch(parameter.location.to_s, {})[parameter.wire_name]
    end
    unknown = args.flat_map { |location, values| location == 'body' ? [] : values.keys.map { |name| [location, name] } } -
              operation.parameters.map { |parameter| [parameter.location.to_s, parameter.wire_name] }
    assert_empty unknown, 'scenario arguments the operation does not have'
    opts = operation.optional_parameters.to_h { |parameter| [parameter.name, value.call(parameter)] }.compact
    opts[:_headers] = { 'Prefer' => prefer } if prefer
    [operation.required_parameters.map(&value), opts]
  end

  def assert_round_trips(data, body)
    json = JSON.parse(body)
    case data
    when Array then data.each { |item| assert_kind_of M::ApiModel, item }
    else assert_kind_of M::ApiModel, data
    end
    assert_equal json, M::ApiModel.encode(data), 'to_hash gives back the JSON received'
  end

  DATA.fetch('scenarios').each do |scenario|
    define_method("test_#{scenario['name']}") do
      api_class, method_name, operation = GeneratedGem.find_operation(scenario.fetch('operationId'))
      api_client = client(scenario['auth'])
      positional, opts = arguments(operation, scenario.fetch('args'), scenario['prefer'])
      expect = scenario.fetch('expect')
      case expect.fetch('outcome')
      when 'success'
        data, status, = api_class.new(api_client).public_send(:"#{method_name}_with_http_info", *positional, opts)
        assert_equal expect.fetch('status'), status
        operation.return_type ? assert_round_trips(data, api_client.config.transport.last.body) : assert_nil(data)
      when 'api_error'
        error = assert_raises(M::ApiError) { api_class.new(api_client).public_send(method_name, *positional, opts) }
        assert_equal expect.fetch('status'), error.code, error.message
        assert_instance_of M::ApiError.class_for_status(error.code), error
        assert_kind_of Hash, error.response_body, 'the vendor error body, parsed'
        assert_equal JSON.parse(api_client.config.transport.last.body), error.response_body
      when 'rejected'
        error = assert_raises(M::ApiError) { api_class.new(api_client).public_send(method_name, *positional, opts) }
        assert_includes 400..499, error.code, error.message
      else
        flunk "unknown outcome #{expect['outcome'].inspect}"
      end
    end
  end
end
