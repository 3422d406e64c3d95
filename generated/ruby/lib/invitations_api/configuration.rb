# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# What a generated gem knows about its API, from the API description: the default server, the
# security schemes by name, retry defaults (Configuration attribute => value) and the User-Agent.
ApiDescription = Struct.new(:server_url, :security_schemes, :retry_defaults, :user_agent, keyword_init: true)

# One security scheme of the API description.
#
# - +type+: :api_key, :http, :oauth2, :open_id_connect or :mutual_tls
# - +location+ and +parameter_name+ (:api_key): where the key goes (:header, :query or :cookie) and
#   under which name
# - +scheme+ (:http): 'bearer' or 'basic'
SecurityScheme = Struct.new(:type, :location, :parameter_name, :scheme, keyword_init: true)

# Settings of a client: where it sends requests, the credentials, timeouts and retries.
#
#   config = Configuration.new
#   config.api_key['ApiKey'] = ENV['API_KEY']
#   config.timeout = 10
#
# One Configuration may serve many threads once set up; do not change it while calls are running.
class Configuration
  # Defaults of the numeric and retry settings (seconds for durations).
  DEFAULTS = {
    timeout: 60,
    max_retries: 2,
    max_retry_time: 120,
    retry_initial_delay: 0.5,
    retry_max_delay: 8,
    retry_exponent: 2,
    retry_status_codes: [408, 409, 429, '5XX'].freeze,
    retry_connection_errors: true,
    max_response_bytes: 50 * 1024 * 1024
  }.freeze

  # API keys by security scheme name, e.g. config.api_key['ApiKey'] = 'tr-…'. A value may also be
  # a callable returning the key, called once per request.
  # @return [Hash{String => String, #call}]
  attr_reader :api_key

  # Prefixes of API keys by security scheme name, e.g. config.api_key_prefix['ApiKey'] = 'Bearer'
  # sends "Bearer <key>". Defaults to none.
  # @return [Hash{String => String}]
  attr_reader :api_key_prefix

  # Token for HTTP bearer (and OAuth 2 / OpenID Connect) schemes, sent as "Authorization: Bearer
  # <token>"; a String or a callable returning one, called once per request.
  # @return [String, #call, nil]
  attr_accessor :access_token

  # User name and password for HTTP basic schemes.
  # @return [String, nil]
  attr_accessor :username, :password

  # URL scheme of the server ('https' unless you set base_url or this).
  # @return [String]
  attr_accessor :scheme

  # Host (with ":port" when not the default) of the server. nil (the default) sends each
  # operation to the server the API description gives it.
  # @return [String, nil]
  attr_accessor :host

  # Path prefix on the server, e.g. '/v1'; no trailing slash.
  # @return [String]
  attr_accessor :base_path

  # Timeout of each attempt in seconds: connecting, sending, and reading the headers and the body
  # together. @return [Numeric] (default 60)
  attr_reader :timeout

  # Retries after the first attempt. Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE,
  # TRACE), or calls given an idempotency key, are retried. @return [Integer] (default 2)
  attr_reader :max_retries

  # Time budget of one call across attempts and waits, in seconds. @return [Numeric] (default 120)
  attr_reader :max_retry_time

  # Backoff before the first retry, in seconds; each further retry waits retry_exponent times
  # longer, with jitter. @return [Numeric] (default 0.5)
  attr_reader :retry_initial_delay

  # Upper bound of any single wait, including one a Retry-After header asks for, in seconds.
  # @return [Numeric] (default 8)
  attr_reader :retry_max_delay

  # Backoff growth per retry. @return [Numeric] (default 2)
  attr_reader :retry_exponent

  # Statuses that are retried: Integers and '4XX' / '5XX'. 400, 401, 403, 404 and 422 are never
  # retried. @return [Array<Integer, String>] (default [408, 409, 429, '5XX'])
  attr_accessor :retry_status_codes

  # Whether connection errors, DNS failures and timeouts are retried. @return [Boolean] (default true)
  attr_accessor :retry_connection_errors

  # Largest response body read, in bytes (after decompression). @return [Integer] (default 50 MiB)
  attr_reader :max_response_bytes

  # Headers sent with every request; operation parameters and per-call headers override them.
  # @return [Hash{String => String}]
  attr_accessor :default_headers

  # A CancellationToken that cancels every call made with this configuration (besides a call's
  # own +opts[:_cancel]+): e.g. one per worker, cancelled when the worker shuts down. A call
  # cancelled by either raises RequestAbortedError. @return [CancellationToken, nil] (default nil)
  attr_reader :cancel_token

  # Sends one HTTP request: an object whose +call(request, timeout:, max_response_bytes:,
  # operation_id:)+ returns a NetHttpTransport::Response (see NetHttpTransport, the default). When
  # the call has a CancellationToken it is also given +cancel: token+, and should stop the request
  # when the token is cancelled.
  attr_accessor :transport

  # Waits between attempts: a callable taking seconds. Replace it in tests. A call that has a
  # CancellationToken waits on the token instead (CancellationToken#wait), so that cancelling it
  # ends the wait at once.
  attr_accessor :sleeper

  # Source of jitter: a callable returning a Float in [0, 1). Replace it in tests.
  attr_accessor :random

  # Monotonic clock in seconds, for the retry budget. Replace it in tests.
  attr_accessor :clock

  # @return [ApiDescription] what the gem knows about its API
  attr_reader :api_description

  # The Configuration that API classes use when given no ApiClient.
  # @return [Configuration]
  def self.default
    @default ||= new
  end

  # @param api_description [ApiDescription] the gem's API_DESCRIPTION unless given
  def initialize(api_description = API_DESCRIPTION)
    @api_description = api_description
    @api_key = {}
    @api_key_prefix = {}
    @scheme = 'https'
    @host = nil
    @base_path = ''
    @default_headers = {}
    @cancel_token = nil
    @transport = NetHttpTransport.new
    @sleeper = ->(seconds) { sleep(seconds) }
    @random = -> { rand }
    @clock = -> { Process.clock_gettime(Process::CLOCK_MONOTONIC) }
    DEFAULTS.merge(api_description.retry_defaults || {}).each { |name, value| public_send("#{name}=", value) }
    yield self if block_given?
  end

  # Yields this configuration, for setting several attributes in a block.
  # @return [Configuration] self
  def configure
    yield self
    self
  end

  # The server every operation is sent to, or nil when each operation goes to the server the API
  # description gives it (the default).
  # @return [String, nil]
  def base_url
    return nil if host.nil? || host.empty?

    "#{scheme}://#{host}#{base_path.to_s.chomp('/')}"
  end

  # Sends every operation to +url+ (e.g. 'http://127.0.0.1:4010' for the mock server); sets
  # scheme, host and base_path. nil restores the servers of the API description.
  # @param url [String, nil]
  def base_url=(url)
    if url.nil?
      @scheme = 'https'
      @host = nil
      @base_path = ''
      return
    end
    uri = URI.parse(url.to_s)
    unless uri.is_a?(URI::HTTP) && uri.host
      raise ArgumentError, "base_url must be an http or https URL, got #{url.inspect}"
    end

    @scheme = uri.scheme
    @host = uri.port == uri.default_port ? uri.host : "#{uri.host}:#{uri.port}"
    @base_path = uri.path.chomp('/')
  end

  # The server for an operation: base_url when set, else the operation's own server from the API
  # description, else the API's default server.
  # @param operation_server_url [String, nil]
  # @return [String] without a trailing slash
  def server_url(operation_server_url = nil)
    (base_url || operation_server_url || api_description.server_url).chomp('/')
  end

  def timeout=(seconds)
    @timeout = positive(:timeout, seconds)
  end

  def max_retries=(count)
    unless count.is_a?(Integer) && count >= 0
      raise ArgumentError, "max_retries must be an Integer >= 0, got #{count.inspect}"
    end

    @max_retries = count
  end

  def max_retry_time=(seconds)
    @max_retry_time = positive(:max_retry_time, seconds)
  end

  def retry_initial_delay=(seconds)
    @retry_initial_delay = non_negative(:retry_initial_delay, seconds)
  end

  def retry_max_delay=(seconds)
    @retry_max_delay = non_negative(:retry_max_delay, seconds)
  end

  def retry_exponent=(factor)
    @retry_exponent = non_negative(:retry_exponent, factor)
  end

  def cancel_token=(token)
    unless token.nil? || token.is_a?(CancellationToken)
      raise ArgumentError, "cancel_token must be a CancellationToken or nil, got #{token.class}"
    end

    @cancel_token = token
  end

  def max_response_bytes=(bytes)
    unless bytes.is_a?(Integer) && bytes.positive?
      raise ArgumentError, "max_response_bytes must be a positive Integer, got #{bytes.inspect}"
    end

    @max_response_bytes = bytes
  end

  private

  def positive(name, value)
    unless value.is_a?(Numeric) && value.positive?
      raise ArgumentError, "#{name} must be a positive number, got #{value.inspect}"
    end

    value
  end

  def non_negative(name, value)
    raise ArgumentError, "#{name} must be a number >= 0, got #{value.inspect}" unless value.is_a?(Numeric) && value >= 0

    value
  end
end
