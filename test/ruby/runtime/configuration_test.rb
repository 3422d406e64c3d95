# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../support/runtime_helpers'

# Configuration: servers, defaults, validation.
class ConfigurationTest < Minitest::Test
  R = RuntimeUnderTest

  def test_defaults
    config = R::Configuration.new
    assert_equal 60, config.timeout
    assert_equal 2, config.max_retries
    assert_equal [408, 409, 429, '5XX'], config.retry_status_codes
    assert_nil config.base_url
  end

  def test_servers_base_url_wins_then_the_operations_then_the_apis
    config = R::Configuration.new
    assert_equal 'http://127.0.0.1:9', config.server_url
    assert_equal 'https://api.example.com/v1', config.server_url('https://api.example.com/v1/')
    config.base_url = 'http://localhost:4010/prefix/'
    assert_equal 'http', config.scheme
    assert_equal 'localhost:4010', config.host
    assert_equal '/prefix', config.base_path
    assert_equal 'http://localhost:4010/prefix', config.server_url('https://api.example.com')
    config.base_url = nil
    config.host = 'api.example.org'
    assert_equal 'https://api.example.org', config.base_url
  end

  def test_retry_defaults_come_from_the_api_description
    description = R::API_DESCRIPTION.dup
    description.retry_defaults = { retry_initial_delay: 1.5, retry_status_codes: [503] }
    config = R::Configuration.new(description)
    assert_equal 1.5, config.retry_initial_delay
    assert_equal [503], config.retry_status_codes
  end

  INVALID = [
    [:timeout=, 0], [:timeout=, -1], [:timeout=, '5'], [:max_retries=, -1], [:max_retries=, 1.5], [:max_retry_time=, 0],
    [:retry_initial_delay=, -0.1], [:max_response_bytes=, 0], [:base_url=, 'ftp://example.com'], [:base_url=, 'not a url']
  ].freeze

  INVALID.each do |setter, value|
    define_method("test_refuses #{setter} #{value.inspect}") do
      assert_raises(ArgumentError, URI::InvalidURIError) { R::Configuration.new.public_send(setter, value) }
    end
  end

  def test_configure_yields_itself
    config = R::Configuration.new
    assert_same config, config.configure { |c| c.timeout = 5 }
    assert_equal 5, config.timeout
  end
end
