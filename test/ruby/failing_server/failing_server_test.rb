# frozen_string_literal: true

require 'minitest/autorun'
require 'json'
require 'net/http'
require_relative '../support/paths'
require_relative '../support/fixture_gem'
require_relative '../support/failing_stub_server'
require_relative '../support/prism'

# The failing-server suite (test/failing-server/README.md) for the Ruby client: the fixture's gem,
# generated with the real CLI, against the stub server, one test per scenario that applies to Ruby,
# each asserting the outcome (the runtime's typed error class), status, attempts, the raw request
# targets byte for byte, headers, bodies, messages and timings the scenario expects; and Prism
# routing a path parameter that holds / ? # as one segment.
class FailingServerTest < Minitest::Test
  SPEC = File.join(Paths::ROOT, 'test', 'fixtures', 'failing-server', 'api.yaml')
  SUITE = JSON.parse(File.read(File.join(Paths::ROOT, 'test', 'failing-server', 'scenarios.json')))
  FLAVOR = 'ruby'
  SCENARIOS = SUITE.fetch('scenarios').select { |scenario| scenario.fetch('flavors', [FLAVOR]).include?(FLAVOR) }.freeze
  TEST_PREFIX = 'test_scenario: '

  # Per-scenario options (milliseconds) => Configuration settings (seconds where it takes seconds).
  SETTINGS = {
    'timeoutMs' => [:timeout=, 1000.0], 'maxRetries' => [:max_retries=, nil], 'initialDelayMs' => [:retry_initial_delay=, 1000.0],
    'maxDelayMs' => [:retry_max_delay=, 1000.0], 'maxRetryTimeMs' => [:max_retry_time=, 1000.0],
    'maxResponseBytes' => [:max_response_bytes=, nil]
  }.freeze
  # Handled per call rather than by the Configuration.
  CALL_OPTIONS = %w[idempotencyKey abortAfterMs].freeze

  SCENARIOS.each do |scenario|
    define_method("#{TEST_PREFIX}#{scenario.fetch('name')}") { run_scenario(scenario) }
  end

  def test_every_scenario_that_applies_to_ruby_has_its_test_and_no_other
    names = SCENARIOS.map { |scenario| scenario.fetch('name') }
    assert_equal names.uniq, names, 'scenario names must be unique'
    applicable = SUITE.fetch('scenarios').reject { |scenario| scenario.key?('flavors') && !scenario['flavors'].include?(FLAVOR) }
    assert_equal applicable.map { |scenario| scenario['name'] }.sort, names.sort
    tests = self.class.public_instance_methods(true).map(&:to_s).select { |name| name.start_with?(TEST_PREFIX) }
    assert_equal names.sort, tests.map { |name| name.delete_prefix(TEST_PREFIX) }.sort
    assert_operator names.length, :>=, 50, 'the suite should hold the scenarios its README describes'
  end

  def test_prism_routes_a_path_parameter_holding_slash_question_mark_and_hash_as_one_segment
    PrismServer.open(SPEC) do |prism|
      data, status, = api(prism.url, SUITE.fetch('credentials')).get_item_with_http_info('a/b?c#d')
      assert_equal 200, status
      assert_equal({ 'id' => 'it_1', 'name' => 'lamp' }, data.to_hash, "Prism's example of get_item")
      # The same value sent raw would be another path, which the spec does not have.
      uri = URI("#{prism.url}/items/a/b")
      raw = Net::HTTP.get_response(uri, { 'X-Api-Key' => SUITE.fetch('credentials').fetch('ApiKey') })
      assert_equal '404', raw.code, 'Prism should not route /items/a/b to get_item'
    end
  end

  private

  def gem
    FixtureGem.for(SPEC)
  end

  def stub
    FailingStubServer.instance
  end

  def api(url, credentials, options = {})
    mod = gem.module
    config = mod::Configuration.new
    config.base_url = url
    options.each do |name, value|
      next if CALL_OPTIONS.include?(name)

      setter, per_unit = SETTINGS.fetch(name) { flunk "unknown option #{name.inspect} in scenarios.json" }
      config.public_send(setter, per_unit ? value / per_unit : value)
    end
    credentials.each do |scheme, value|
      assert_equal :api_key, mod::API_DESCRIPTION.security_schemes.fetch(scheme).type, "credential for #{scheme}"
      config.api_key[scheme] = value
    end
    mod::ItemsApi.new(mod::ApiClient.new(config))
  end

  def run_scenario(scenario)
    expect = scenario.fetch('expect').merge(scenario.dig('expectOverrides', FLAVOR) || {})
    options = SUITE.fetch('defaults').merge(scenario.fetch('options', {}))
    credentials = scenario.fetch('credentials', SUITE.fetch('credentials'))
    stub.script(scenario.fetch('steps'))
    url = scenario.fetch('baseUrl', 'stub') == 'refused' ? stub.refused_url : stub.url
    client = api(url, credentials, options)
    api_class, method_name, operation = gem.find_operation(scenario.fetch('operationId'))
    assert_instance_of api_class, client
    positional, opts = arguments(operation, scenario.fetch('args', {}))
    opts[:_idempotency_key] = options['idempotencyKey'] if options.key?('idempotencyKey')
    opts[:_cancel] = gem.module::CancellationToken.new if options.key?('abortAfterMs')

    started = monotonic
    # abortAfterMs: another thread cancels the call's token that long after the call starts.
    canceller = opts[:_cancel] && Thread.new(opts[:_cancel]) do |token|
      sleep(options['abortAfterMs'] / 1000.0)
      token.cancel(:scenario)
    end
    begin
      data, status, = client.public_send(:"#{method_name}_with_http_info", *positional, opts)
    rescue StandardError => e
      error = e
    end
    elapsed_ms = (monotonic - started) * 1000
    canceller&.join
    recorded = stub.requests

    check_outcome(expect, error, data, status)
    check_requests(expect, recorded)
    check_messages(expect, error, credentials)
    assert_operator elapsed_ms, :>=, expect['minElapsedMs'], 'the call returned too soon' if expect.key?('minElapsedMs')
    assert_operator elapsed_ms, :<=, expect['maxElapsedMs'], 'the call took too long' if expect.key?('maxElapsedMs')
  end

  # The method's positional arguments and opts, from the scenario's wire-named args.
  def arguments(operation, args)
    unknown = args.keys - %w[path query header body]
    assert_empty unknown, 'args sections'
    args.each do |location, values|
      next if location == 'body'

      names = operation.parameters.select { |parameter| parameter.location.to_s == location }.map(&:wire_name)
      assert_empty values.keys - names, "#{location} parameters of #{operation.operation_id}"
    end
    positional = []
    opts = {}
    operation.parameters.each do |parameter|
      section = parameter.location == :body ? args.slice('body') : args.fetch(parameter.location.to_s, {})
      key = parameter.location == :body ? 'body' : parameter.wire_name
      given = section.key?(key)
      value = section[key]
      value = gem.module::ApiModel.decode(parameter.type, value) if parameter.location == :body && value.is_a?(Hash)
      if parameter.required
        flunk "#{operation.operation_id}: the required #{parameter.wire_name} is left out (Ruby cannot leave out a positional argument)" unless given
        positional << value
      elsif given
        opts[parameter.name] = value
      end
    end
    [positional, opts]
  end

  def check_outcome(expect, error, data, status)
    mod = gem.module
    expected = expect.fetch('outcome')
    actual = outcome_of(error)
    assert_equal expected, actual, -> { error ? "#{error.class}: #{error.message}\n#{error.backtrace&.first(5)&.join("\n")}" : "returned #{data.inspect}" }
    case expected
    when 'success'
      assert_equal expect['status'], status, 'status' if expect.key?('status')
      if expect.key?('data')
        expect['data'].nil? ? assert_nil(data, 'no data') : assert_equal(expect['data'], plain(data), 'data')
      end
    when 'api_error'
      assert_instance_of mod::ApiError.class_for_status(error.code), error
    when 'timeout' then assert_instance_of mod::ApiTimeoutError, error
    when 'connection_error' then assert_instance_of mod::ApiConnectionError, error
    when 'invalid_response' then assert_instance_of mod::InvalidResponseError, error
    when 'response_too_large' then assert_instance_of mod::ResponseTooLargeError, error
    when 'refused_before_sending' then assert_instance_of mod::InvalidRequestError, error
    when 'aborted'
      assert_instance_of mod::RequestAbortedError, error
      assert_equal :scenario, error.reason, 'the reason given to CancellationToken#cancel'
    end
    return if error.nil?

    assert_equal expect['status'], error.respond_to?(:code) ? error.code : nil, 'status' if expect.key?('status')
    assert error.content_type.to_s.start_with?(expect['contentType']), "content type #{error.content_type.inspect}" if expect.key?('contentType')
  end

  def outcome_of(error)
    mod = gem.module
    case error
    when nil then 'success'
    when mod::InvalidRequestError then 'refused_before_sending'
    when mod::RequestAbortedError then 'aborted'
    when mod::InvalidResponseError then 'invalid_response'
    when mod::ResponseTooLargeError then 'response_too_large'
    when mod::ApiTimeoutError then 'timeout'
    when mod::ApiConnectionError then 'connection_error'
    when mod::ApiError then error.code ? 'api_error' : 'an ApiError without a status'
    else "an unexpected #{error.class}"
    end
  end

  def check_requests(expect, recorded)
    assert_equal expect['attempts'], recorded.length, 'attempts' if expect.key?('attempts')
    assert_equal expect['targets'], recorded.map { |request| request.fetch('target') }, 'raw request targets' if expect.key?('targets')
    expect.fetch('headers', {}).each do |name, value|
      recorded.each_with_index do |request, index|
        assert_equal [value], header_values(request, name), "#{name} of attempt #{index + 1}"
      end
    end
    expect.fetch('absentHeaders', []).each do |name|
      recorded.each_with_index { |request, index| assert_empty header_values(request, name), "#{name} of attempt #{index + 1}" }
    end
    expect.fetch('sameHeaders', []).each do |name|
      values = recorded.map { |request| header_values(request, name) }
      assert values.all? { |list| list.length == 1 }, "every attempt carries #{name} once: #{values.inspect}"
      assert_equal 1, values.flatten.uniq.length, "every attempt carries the same #{name}: #{values.inspect}"
    end
    assert_equal expect['bodies'], recorded.map { |request| JSON.parse(request.fetch('body')) }, 'request bodies' if expect.key?('bodies')
  end

  def header_values(request, name)
    request.fetch('headers').select { |(header, _value)| header.casecmp?(name) }.map(&:last)
  end

  # Message checks on every string form of the error; no credential in use in any of them.
  def check_messages(expect, error, credentials)
    includes = expect.fetch('messageIncludes', [])
    excludes = expect.fetch('messageExcludes', [])
    if error.nil?
      assert_empty includes + excludes, 'message checks need an error'
      return
    end

    forms = { 'message' => error.message, 'to_s' => error.to_s, 'inspect' => error.inspect, 'full_message' => error.full_message(highlight: false) }
    includes.each { |text| assert_includes error.message, text, 'the message' }
    (excludes + credentials.values).each do |text|
      forms.each { |form, string| refute_includes string, text, "the error's #{form}" }
    end
  end

  # A decoded value as JSON data: models as their Hash, nil for no data.
  def plain(value)
    case value
    when gem.module::ApiModel then plain(value.to_hash)
    when Hash then value.to_h { |key, item| [key.to_s, plain(item)] }
    when Array then value.map { |item| plain(item) }
    else value
    end
  end

  def monotonic
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end
end
