# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../support/runtime_helpers'

# ApiClient against a recording server: exactly what goes over the wire, and what comes back.
class ApiClientTest < Minitest::Test
  include RuntimeHelpers

  def create_pet_operation
    operation(
      operation_id: 'create_pet', http_method: :post, path: '/owners/{owner_id}/pets/{pet name}',
      parameters: [
        parameter(:owner_id, 'owner_id', :path, required: true),
        parameter(:pet_name, 'pet name', :path, required: true),
        parameter(:tr_organization, 'TR-Organization', :header, required: true),
        parameter(:status, 'status', :query),
        parameter(:ids, 'ids', :query, explode: false),
        parameter(:filter, 'filter', :query, deep_object: true),
        parameter(:since, 'since', :query),
        parameter(:verbose, 'verbose', :query),
        parameter(:session_hint, 'hint', :cookie),
        parameter(:pet, 'Pet', :body, required: true, type: 'Pet')
      ],
      request_media_type: 'application/json', return_type: 'Pet'
    )
  end

  def test_sends_exactly_the_request_described
    RecordingServer.open do |server|
      server.reply(status: 201, body: '{"name":"Rex","birthTime":"2026-11-02T09:15:00Z"}')
      pet = R::Pet.new(name: 'Rex', tags: ['good boy'], owner: R::Owner.new(id: 7))
      data, status, headers = client_for(server).call_api(
        create_pet_operation,
        { owner_id: 'a b/c?#%é', pet_name: '..x', tr_organization: 'org-1', pet: pet },
        {
          status: %w[pending expired], ids: [1, 2, 3], filter: { 'role' => 'admin', 'skip' => nil }, since: Time.utc(2026, 1, 2, 3, 4, 5),
          verbose: true, session_hint: 'h1', _headers: { 'Prefer' => 'code=404', 'accept' => 'application/json' }
        }
      )

      request = server.requests.fetch(0)
      assert_equal 'POST', request.method
      assert_equal '/owners/a%20b%2Fc%3F%23%25%C3%A9/pets/..x', request.path
      assert_equal 'status=pending&status=expired&ids=1,2,3&filter[role]=admin&since=2026-01-02T03%3A04%3A05Z&verbose=true', request.query
      assert_equal 'org-1', request.headers['tr-organization']
      assert_equal 'code=404', request.headers['prefer']
      assert_equal 'application/json', request.headers['accept']
      assert_equal 'application/json', request.headers['content-type']
      assert_equal 'runtime-under-test/0.0.0', request.headers['user-agent']
      assert_equal 'hint=h1', request.headers['cookie']
      assert_equal({ 'name' => 'Rex', 'tags' => ['good boy'], 'owner' => { 'id' => 7 } }, JSON.parse(request.body))
      assert_equal 201, status
      assert_equal 'application/json', headers['content-type']
      assert_instance_of R::Pet, data
      assert_equal Time.utc(2026, 11, 2, 9, 15), data.birth_time
    end
  end

  def test_post_without_body_sends_content_length_zero_and_returns_nil_for_204
    RecordingServer.open do |server|
      server.reply(status: 204, headers: {}, body: '')
      data, status, = client_for(server).call_api(operation(http_method: :post, return_type: nil), {}, {})
      assert_nil data
      assert_equal 204, status
      assert_equal '0', server.requests.fetch(0).headers['content-length']
    end
  end

  def test_empty_2xx_body_is_nil
    RecordingServer.open do |server|
      server.reply(status: 200, body: '')
      assert_nil client_for(server).call_api(operation, {}, {}).first
    end
  end

  def test_text_responses_come_back_as_received
    RecordingServer.open do |server|
      server.reply(status: 200, headers: { 'Content-Type' => 'text/csv' }, body: "a,b\n1,2\n")
      data, = client_for(server).call_api(operation(return_type: 'String', response_format: :text), {}, {})
      assert_equal "a,b\n1,2\n", data
      assert_equal '*/*', server.requests.fetch(0).headers['accept']
    end
  end

  SECURITY_CASES = [
    ['api key in a header, with prefix', [['ApiKey']], ->(c) { c.api_key['ApiKey'] = 'tr-1'; c.api_key_prefix['ApiKey'] = 'Key' }, { 'authorization' => 'Key tr-1' }, nil],
    ['api key in the query, encoded', [['QueryKey']], ->(c) { c.api_key['QueryKey'] = 'a&b c' }, {}, 'api%20key=a%26b%20c'],
    ['api key in a cookie', [['CookieKey']], ->(c) { c.api_key[:CookieKey] = 's1' }, { 'cookie' => 'session=s1' }, nil],
    ['bearer token from a callable', [['bearerAuth']], ->(c) { c.access_token = -> { 'sk_test' } }, { 'authorization' => 'Bearer sk_test' }, nil],
    ['basic credentials', [['basicAuth']], ->(c) { c.username = 'ada'; c.password = 'pw' }, { 'authorization' => 'Basic YWRhOnB3' }, nil],
    ['first alternative that can be met', [['ApiKey'], ['bearerAuth']], ->(c) { c.access_token = 'sk_2' }, { 'authorization' => 'Bearer sk_2' }, nil],
    ['nothing when no alternative can be met', [['ApiKey', 'bearerAuth']], ->(c) { c.api_key['ApiKey'] = 'k' }, { 'authorization' => nil }, nil]
  ].freeze

  SECURITY_CASES.each do |name, security, configure, want_headers, want_query|
    define_method("test_security: #{name}") do
      RecordingServer.open do |server|
        client = client_for(server)
        configure.call(client.config)
        client.call_api(operation(security: security), {}, {})
        request = server.requests.fetch(0)
        want_headers.each { |header, value| value.nil? ? assert_nil(request.headers[header]) : assert_equal(value, request.headers[header]) }
        want_query.nil? ? assert_nil(request.query) : assert_equal(want_query, request.query)
      end
    end
  end

  REFUSED_CASES = [
    ['an empty path parameter', { id: '' }, {}, /path parameter id must not be ""/],
    ['a "." path parameter', { id: '.' }, {}, /must not be "\."/],
    ['a ".." path parameter', { id: '..' }, {}, /must not be "\.\."/],
    ['a missing required parameter', { id: nil }, {}, /missing the required parameter id/],
    ['CR/LF in a header parameter', { id: '1', trace: "x\r\nInjected: yes" }, {}, /header "X-Trace" contains CR, LF or NUL/],
    ['NUL in a per-call header', { id: '1', trace: 't' }, { _headers: { 'X-Other' => "secret\0" } }, /header "X-Other"/],
    ['an unknown option', { id: '1', trace: 't' }, { limit: 3 }, /unknown option\(s\) :limit/],
    ['a bad call option', { id: '1', trace: 't' }, { _timeout: 0 }, /_timeout must be a positive number/]
  ].freeze

  REFUSED_CASES.each do |name, arguments, opts, message|
    define_method("test_refuses_before_sending: #{name}") do
      RecordingServer.open do |server|
        op = operation(path: '/items/{id}', parameters: [parameter(:id, 'id', :path, required: true), parameter(:trace, 'X-Trace', :header, required: true)])
        error = assert_raises(R::InvalidRequestError) { client_for(server).call_api(op, { trace: 't' }.merge(arguments), opts) }
        assert_match message, error.message
        refute_includes error.message, 'secret'
        assert_kind_of ArgumentError, error
        assert_empty server.requests
      end
    end
  end

  def test_credentials_with_line_breaks_are_refused_without_quoting_them
    RecordingServer.open do |server|
      client = client_for(server)
      client.config.api_key['ApiKey'] = "tr-secret\r\nX: 1"
      error = assert_raises(R::InvalidRequestError) { client.call_api(operation(security: [['ApiKey']]), {}, {}) }
      refute_includes error.message, 'tr-secret'
      assert_empty server.requests
    end
  end

  STATUS_CASES = [
    [400, R::BadRequestError], [401, R::AuthenticationError], [402, R::PaymentRequiredError], [403, R::PermissionDeniedError],
    [404, R::NotFoundError], [409, R::ConflictError], [418, R::ApiError], [422, R::UnprocessableEntityError],
    [429, R::RateLimitError], [500, R::InternalServerError], [503, R::InternalServerError]
  ].freeze

  STATUS_CASES.each do |status, error_class|
    define_method("test_http_#{status}_raises_#{error_class.name.split('::').last}") do
      RecordingServer.open do |server|
        server.reply(status: status, headers: { 'Content-Type' => 'application/json', 'X-Request-Id' => 'req_1' }, body: '{"errors":[{"code":"nope"}]}')
        client = client_for(server, max_retries: 0)
        client.config.api_key['ApiKey'] = 'tr-very-secret'
        error = assert_raises(error_class) { client.call_api(operation(security: [['ApiKey']]), {}, {}) }
        assert_instance_of error_class, error
        assert_equal status, error.code
        assert_equal({ 'errors' => [{ 'code' => 'nope' }] }, error.response_body)
        assert_equal 'req_1', error.response_headers['x-request-id']
        assert_equal 'test_op', error.operation_id
        assert_match(/\Atest_op: HTTP #{status}: \{"errors"/, error.message)
        refute_includes error.message, 'tr-very-secret'
      end
    end
  end

  def test_error_bodies_that_are_not_json_are_kept_as_truncated_text
    RecordingServer.open do |server|
      server.reply(status: 502, headers: { 'Content-Type' => 'text/html' }, body: "<h1>Bad gateway</h1>#{'x' * 2000}")
      error = assert_raises(R::InternalServerError) { client_for(server, max_retries: 0).call_api(operation, {}, {}) }
      assert error.response_body.start_with?('<h1>Bad gateway</h1>')
      assert_equal 1001, error.response_body.length
      assert_equal 'text/html', error.content_type
    end
  end

  def test_a_2xx_that_is_not_the_json_promised_raises_invalid_response_error
    RecordingServer.open do |server|
      server.reply(status: 200, headers: { 'Content-Type' => 'text/html' }, body: "<html>#{'y' * 3000}</html>")
      error = assert_raises(R::InvalidResponseError) { client_for(server).call_api(operation, {}, {}) }
      assert_equal 200, error.code
      assert_equal 'text/html', error.content_type
      assert_equal 1001, error.response_body.length
      assert_match(/HTTP 200 body is not valid JSON \(content-type: text\/html\): <html>y/, error.message)
      assert_equal 1, server.requests.length, 'an invalid body is not retried'
    end
  end

  def test_a_body_over_max_response_bytes_raises_response_too_large_error
    RecordingServer.open do |server|
      server.reply(status: 200, body: "[#{'1,' * 5000}1]")
      error = assert_raises(R::ResponseTooLargeError) { client_for(server, max_response_bytes: 1000).call_api(operation, {}, {}) }
      assert_equal 200, error.code
      assert_match(/exceeds 1000 bytes/, error.message)
    end
  end

  def test_connection_refused_is_an_api_connection_error
    port = TCPServer.open('127.0.0.1', 0) { |probe| probe.addr[1] }
    error = assert_raises(R::ApiConnectionError) { client_for("http://127.0.0.1:#{port}", max_retries: 0).call_api(operation, {}, {}) }
    refute_kind_of R::ApiTimeoutError, error
    assert_kind_of SystemCallError, error.cause
    assert_nil error.code
    assert_kind_of R::ApiError, error
  end

  def test_dns_failure_is_an_api_dns_error
    error = assert_raises(R::ApiDnsError) { client_for('http://does-not-exist.invalid', max_retries: 0).call_api(operation, {}, {}) }
    assert_kind_of R::ApiConnectionError, error
    assert_kind_of SocketError, error.cause
  end

  def test_a_connection_closed_without_an_answer_is_an_api_connection_error
    RecordingServer.open do |server|
      server.reply(reset: true)
      error = assert_raises(R::ApiConnectionError) { client_for(server, max_retries: 0).call_api(operation, {}, {}) }
      refute_kind_of R::ApiTimeoutError, error
    end
  end

  def test_a_body_cut_short_of_its_content_length_is_an_api_connection_error
    RecordingServer.open do |server|
      server.reply(headers: { 'Content-Type' => 'application/json', 'Content-Length' => '1000' }, body: '{"name":')
      error = assert_raises(R::ApiConnectionError) { client_for(server, max_retries: 0).call_api(operation, {}, {}) }
      refute_kind_of R::ApiTimeoutError, error
      assert_equal 'test_op: connection closed after 8 of 1000 body bytes (HTTP 200)', error.message
    end
  end

  def test_gzip_and_deflate_bodies_are_decoded
    RecordingServer.open do |server|
      json = '{"name":"Rex"}'
      server.reply(headers: { 'Content-Type' => 'application/json', 'Content-Encoding' => 'gzip' }, body: Zlib.gzip(json))
      server.reply(headers: { 'Content-Type' => 'application/json', 'Content-Encoding' => 'deflate' }, body: Zlib::Deflate.deflate(json))
      server.reply(headers: { 'Content-Type' => 'application/json', 'Content-Encoding' => 'gzip' }, body: Zlib.gzip(json))
      client = client_for(server, max_retries: 0)
      2.times do
        data, _status, headers = client.call_api(operation, {}, {})
        assert_equal({ 'name' => 'Rex' }, data)
        refute headers.key?('content-encoding'), 'the body is no longer encoded'
      end
      client.call_api(operation, {}, { _headers: { 'accept-encoding' => 'gzip' } })
      assert_equal ['gzip, deflate', 'gzip, deflate', 'gzip'], server.requests.map { |request| request.headers['accept-encoding'] }
    end
  end

  def test_a_compressed_body_cut_short_is_an_api_connection_error
    compressed = Zlib.gzip(JSON.generate('name' => 'x' * 5000))
    half = compressed[0, compressed.bytesize / 2]
    RecordingServer.open do |server|
      # Cut short of its Content-Length, then with a Content-Length that matches what was sent.
      server.reply(headers: { 'Content-Encoding' => 'gzip', 'Content-Length' => compressed.bytesize.to_s }, body: half)
      server.reply(headers: { 'Content-Encoding' => 'gzip' }, body: half)
      client = client_for(server, max_retries: 0)
      error = assert_raises(R::ApiConnectionError) { client.call_api(operation, {}, {}) }
      assert_equal "test_op: connection closed after #{half.bytesize} of #{compressed.bytesize} body bytes (HTTP 200)", error.message
      error = assert_raises(R::ApiConnectionError) { client.call_api(operation, {}, {}) }
      assert_equal 'test_op: connection closed before the end of its gzip body (HTTP 200)', error.message
    end
  end

  def test_the_size_cap_counts_decompressed_bytes
    RecordingServer.open do |server|
      bomb = Zlib.gzip("\0" * (8 * 1024 * 1024))
      assert_operator bomb.bytesize, :<, 64 * 1024
      server.reply(headers: { 'Content-Encoding' => 'gzip' }, body: bomb)
      error = assert_raises(R::ResponseTooLargeError) { client_for(server, max_retries: 0, max_response_bytes: 64 * 1024).call_api(operation, {}, {}) }
      assert_equal 'test_op: HTTP 200 body exceeds 65536 bytes', error.message
    end
  end

  def test_head_and_204_answers_declare_a_length_without_a_body
    RecordingServer.open do |server|
      server.reply(status: 200, headers: { 'Content-Length' => '10' }, body: '')
      server.reply(status: 204, headers: { 'Content-Length' => '0' }, body: '')
      client = client_for(server, max_retries: 0)
      assert_equal [nil, 200], client.call_api(operation(http_method: :head), {}, {}).first(2)
      assert_equal [nil, 204], client.call_api(operation, {}, {}).first(2)
    end
  end

  def test_empty_arrays_and_hashes_are_left_out_of_the_query_unless_not_exploded
    RecordingServer.open do |server|
      query = operation(
        parameters: [
          parameter(:tags, 'tags', :query), parameter(:ids, 'ids', :query, explode: false),
          parameter(:filter, 'filter', :query, deep_object: true), parameter(:point, 'point', :query),
          parameter(:pair, 'pair', :query, explode: false), parameter(:cursor, 'cursor', :query)
        ]
      )
      client = client_for(server)
      client.call_api(query, {}, { tags: [nil], filter: {}, point: { 'x' => nil }, cursor: '' })
      client.call_api(query, {}, { ids: [nil], pair: {} })
      client.call_api(query, {}, { tags: [nil, 'a'], ids: ['only'], pair: { 'k' => 'v', 'n' => nil } })
      assert_equal ['/items?cursor=', '/items?ids=&pair=', '/items?tags=a&ids=only&pair=k,v'], server.requests.map(&:target)
    end
  end

  def test_a_slow_answer_times_out
    RecordingServer.open do |server|
      server.reply(delay: 2)
      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      error = assert_raises(R::ApiTimeoutError) { client_for(server, max_retries: 0, timeout: 0.3).call_api(operation, {}, {}) }
      assert_operator Process.clock_gettime(Process::CLOCK_MONOTONIC) - started, :<, 1.5
      assert_equal 0.3, error.timeout
      assert_match(/timed out after 0.3 s/, error.message)
    end
  end

  def test_the_timeout_covers_the_body_too
    RecordingServer.open do |server|
      server.reply(chunks: ['[1', ',2', ',3', ',4', ']'], chunk_delay: 0.2)
      started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      assert_raises(R::ApiTimeoutError) { client_for(server, max_retries: 0, timeout: 0.5).call_api(operation, {}, {}) }
      assert_operator Process.clock_gettime(Process::CLOCK_MONOTONIC) - started, :<, 0.9
    end
  end

  def test_per_call_timeout_overrides_the_configuration
    RecordingServer.open do |server|
      server.reply(delay: 1)
      assert_raises(R::ApiTimeoutError) { client_for(server, max_retries: 0, timeout: 30).call_api(operation, {}, { _timeout: 0.2 }) }
    end
  end
end
