# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../support/runtime_helpers'

# Retries: which failures, how many, how long to wait, and which error surfaces.
class RetryTest < Minitest::Test
  include RuntimeHelpers

  def unavailable(server, count, **headers)
    count.times { server.reply(status: 503, headers: { 'Content-Type' => 'application/json' }.merge(headers), body: '{"message":"busy"}') }
  end

  def test_an_idempotent_call_is_retried_with_backoff_and_jitter
    RecordingServer.open do |server|
      unavailable(server, 1)
      server.reply(status: 200, body: '{"ok":true}')
      data, status, = client_for(server).call_api(operation, {}, {})
      assert_equal({ 'ok' => true }, data)
      assert_equal 200, status
      assert_equal 2, server.requests.length
      assert_equal [0.375], @sleeps, '0.5 s initial delay, equal jitter at random = 0.5'
    end
  end

  def test_backoff_grows_exponentially_and_is_capped
    RecordingServer.open do |server|
      unavailable(server, 5)
      client = client_for(server, max_retries: 4, retry_max_delay: 1.5)
      client.config.random = -> { 0.0 }
      assert_raises(R::InternalServerError) { client.call_api(operation, {}, {}) }
      assert_equal [0.25, 0.5, 0.75, 0.75], @sleeps
      assert_equal 5, server.requests.length
    end
  end

  RETRY_AFTER_CASES = [
    ['Retry-After in seconds', { 'Retry-After' => '3' }, 3.0],
    ['retry-after-ms first', { 'Retry-After' => '3', 'retry-after-ms' => '1500' }, 1.5],
    ['a long Retry-After, capped at retry_max_delay', { 'Retry-After' => '120' }, 8.0],
    ['Retry-After as an HTTP date in the past', { 'Retry-After' => 'Wed, 21 Oct 2015 07:28:00 GMT' }, 0.0],
    ['an unreadable Retry-After falls back to backoff', { 'Retry-After' => 'soon' }, 0.375]
  ].freeze

  RETRY_AFTER_CASES.each do |name, headers, want|
    define_method("test_honours #{name}") do
      RecordingServer.open do |server|
        server.reply(status: 429, headers: headers, body: '')
        server.reply(status: 200)
        client_for(server).call_api(operation, {}, {})
        assert_equal [want], @sleeps
      end
    end
  end

  def test_retry_after_as_a_future_http_date
    RecordingServer.open do |server|
      server.reply(status: 503, headers: { 'Retry-After' => (Time.now + 5).httpdate }, body: '')
      server.reply(status: 200)
      client_for(server).call_api(operation, {}, {})
      assert_in_delta 5, @sleeps.fetch(0), 1.1
    end
  end

  def test_post_is_not_retried_without_an_idempotency_key
    RecordingServer.open do |server|
      unavailable(server, 2)
      assert_raises(R::InternalServerError) { client_for(server).call_api(operation(http_method: :post), {}, {}) }
      assert_equal 1, server.requests.length
      assert_empty @sleeps
    end
  end

  def test_post_with_an_idempotency_key_is_retried_with_the_same_key
    RecordingServer.open do |server|
      unavailable(server, 1)
      server.reply(status: 200)
      client_for(server).call_api(operation(http_method: :post), {}, { _idempotency_key: 'idem-42' })
      assert_equal %w[idem-42 idem-42], server.requests.map { |request| request.headers['idempotency-key'] }
    end
  end

  [400, 401, 403, 404, 422].each do |status|
    define_method("test_never_retries_#{status}") do
      RecordingServer.open do |server|
        server.reply(status: status, body: '{}')
        server.reply(status: 200)
        client = client_for(server, retry_status_codes: [status, '4XX'])
        assert_raises(R::ApiError) { client.call_api(operation, {}, {}) }
        assert_equal 1, server.requests.length
      end
    end
  end

  [408, 409, 429, 500, 502].each do |status|
    define_method("test_retries_#{status}_by_default") do
      RecordingServer.open do |server|
        server.reply(status: status, body: '')
        server.reply(status: 200)
        client_for(server).call_api(operation, {}, {})
        assert_equal 2, server.requests.length
      end
    end
  end

  def test_the_last_error_surfaces
    RecordingServer.open do |server|
      server.reply(status: 503, body: '{"attempt":1}')
      server.reply(status: 429, body: '{"attempt":2}')
      server.reply(status: 500, body: '{"attempt":3}')
      error = assert_raises(R::InternalServerError) { client_for(server).call_api(operation, {}, {}) }
      assert_equal 500, error.code
      assert_equal({ 'attempt' => 3 }, error.response_body)
      assert_equal 3, server.requests.length
    end
  end

  def test_connection_errors_and_timeouts_are_retried
    RecordingServer.open do |server|
      server.reply(reset: true)
      server.reply(delay: 1)
      server.reply(status: 200, body: '{"third":true}')
      data, = client_for(server, timeout: 0.3).call_api(operation, {}, {})
      assert_equal({ 'third' => true }, data)
      assert_equal 2, @sleeps.length
    end
  end

  def test_connection_errors_are_not_retried_when_switched_off
    RecordingServer.open do |server|
      server.reply(reset: true)
      assert_raises(R::ApiConnectionError) { client_for(server, retry_connection_errors: false).call_api(operation, {}, {}) }
      assert_equal 1, server.requests.length
    end
  end

  def test_per_call_max_retries
    RecordingServer.open do |server|
      unavailable(server, 3)
      assert_raises(R::InternalServerError) { client_for(server, max_retries: 5).call_api(operation, {}, { _max_retries: 1 }) }
      assert_equal 2, server.requests.length
    end
  end

  def test_the_retry_time_budget_stops_retrying
    RecordingServer.open do |server|
      unavailable(server, 5)
      now = 0.0
      client = client_for(server, max_retries: 10, max_retry_time: 2, retry_max_delay: 10)
      client.config.clock = -> { now }
      client.config.sleeper = ->(seconds) { @sleeps << seconds; now += seconds }
      assert_raises(R::InternalServerError) { client.call_api(operation, {}, {}) }
      assert_equal [0.375, 0.75], @sleeps, 'the third wait (1.5 s) would end after the 2 s budget'
      assert_equal 3, server.requests.length
    end
  end

  def test_retry_policy_statuses
    policy = R::RetryPolicy.new(client_for('http://127.0.0.1:9').config)
    assert policy.retryable_status?(503)
    assert policy.retryable_status?(409)
    refute policy.retryable_status?(404)
    refute policy.retryable_status?(501 - 100)
    assert policy.retryable_call?(:get, nil)
    assert policy.retryable_call?(:put, nil)
    refute policy.retryable_call?(:patch, nil)
    assert policy.retryable_call?(:patch, 'key')
  end
end
