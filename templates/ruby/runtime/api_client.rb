# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Sends the calls of the generated API classes: builds each request from the operation's
# description, applies credentials, sends it with a timeout per attempt, retries what may be
# retried, and decodes the answer.
class ApiClient
  # Per-call options every operation method accepts in +opts+, besides its optional parameters:
  #
  # - +_headers+: Hash of extra headers for this call (they override default and parameter headers)
  # - +_timeout+: seconds per attempt, instead of Configuration#timeout
  # - +_max_retries+: instead of Configuration#max_retries
  # - +_idempotency_key+: sent as Idempotency-Key on every attempt; also makes POST and PATCH
  #   calls retryable, since the server can then recognise a repeat
  # - +_cancel+: a CancellationToken; cancelling it (from any thread) stops the call, which raises
  #   RequestAbortedError (Configuration#cancel_token cancels every call of a client)
  CALL_OPTIONS = %i[_headers _timeout _max_retries _idempotency_key _cancel].freeze

  # CR and LF would start a new header (header injection); NUL is never valid.
  UNSAFE_HEADER_CHARACTERS = /[\r\n\0]/.freeze
  # A cookie value must not end its own pair either.
  UNSAFE_COOKIE_CHARACTERS = /[;\r\n\0]/.freeze

  # @return [Configuration]
  attr_reader :config

  # The ApiClient that API classes use when given none; it reads Configuration.default.
  # @return [ApiClient]
  def self.default
    @default ||= new
  end

  # @param config [Configuration]
  def initialize(config = Configuration.default)
    @config = config
  end

  # Sends one call of +operation+.
  #
  # @param operation [ApiOperation]
  # @param arguments [Hash{Symbol => Object}] the required parameters, by Ruby name
  # @param opts [Hash{Symbol => Object}] optional parameters by Ruby name, and CALL_OPTIONS
  # @return [Array(Object, Integer, Hash{String => String})] the decoded body (nil when there is
  #   none), the status code and the response headers (lower-case names)
  # @raise [ApiError] (a subclass) when the answer is not a 2xx or no answer arrived
  # @raise [RequestAbortedError] when the call's CancellationToken (or the configuration's) was
  #   cancelled before the call ended
  # @raise [InvalidRequestError] when nothing was sent because the arguments are not acceptable
  def call_api(operation, arguments, opts = {})
    opts = checked_options(operation, opts)
    request = build_request(operation, parameter_values(operation, arguments, opts), opts)
    policy = RetryPolicy.new(config)
    retryable = policy.retryable_call?(operation.http_method, opts[:_idempotency_key])
    max_retries = retryable ? opts.fetch(:_max_retries, config.max_retries) : 0
    CancellationToken.any([opts[:_cancel], config.cancel_token]) do |cancel|
      send_with_retries(operation, request, policy, opts.fetch(:_timeout, config.timeout), max_retries, cancel)
    end
  end

  private

  def send_with_retries(operation, request, policy, timeout, max_retries, cancel)
    started = config.clock.call
    attempt_timeout = timeout
    retry_index = 0
    begin
      raise aborted(operation, cancel) if cancel&.cancelled?

      read_response(operation, send_attempt(operation, request, attempt_timeout, cancel))
    rescue ApiError => e
      raise if e.is_a?(RequestAbortedError)
      # However the attempt ended (a transport's error once its connection was shut down), a
      # cancelled call ends here, and the error it ended with is the #cause.
      raise aborted(operation, cancel) if cancel&.cancelled?
      raise unless retry_index < max_retries && policy.retryable_error?(e)

      wait = policy.delay(retry_index, e.response_headers)
      raise if config.clock.call - started + wait >= config.max_retry_time

      retry_wait(operation, wait, cancel)
      attempt_timeout = [timeout, config.max_retry_time - (config.clock.call - started)].min
      raise unless attempt_timeout.positive?

      retry_index += 1
      retry
    end
  end

  # One attempt through the transport; +cancel:+ is passed only when there is a token, so that
  # transports written before cancellation keep working.
  def send_attempt(operation, request, timeout, cancel)
    options = { timeout: timeout, max_response_bytes: config.max_response_bytes, operation_id: operation.operation_id }
    options[:cancel] = cancel if cancel
    config.transport.call(request, **options)
  end

  # Waits before a retry: on the token when there is one, so that cancelling it ends the wait at
  # once (and no further attempt is made).
  def retry_wait(operation, seconds, cancel)
    return config.sleeper.call(seconds) if cancel.nil?

    raise aborted(operation, cancel) if cancel.wait(seconds)
  end

  def aborted(operation, cancel)
    RequestAbortedError.new(reason: cancel.reason, operation_id: operation.operation_id)
  end

  # Decodes a 2xx; raises the ApiError subclass for its status otherwise.
  def read_response(operation, response)
    status = response.status
    headers = response.headers
    content_type = headers['content-type']
    text = response.body.to_s.dup.force_encoding(Encoding::UTF_8)
    unless (200..299).cover?(status)
      raise ApiError.class_for_status(status).new(
        code: status, response_headers: headers, response_body: error_body(text, content_type),
        content_type: content_type, operation_id: operation.operation_id
      )
    end
    return [nil, status, headers] if no_content?(operation, status, text)
    return [text, status, headers] if operation.response_format == :text

    [ApiModel.decode(operation.return_type, parse_json(operation, status, content_type, text)), status, headers]
  end

  def no_content?(operation, status, text)
    operation.return_type.nil? || text.empty? || [204, 205].include?(status) || operation.http_method == :head
  end

  def parse_json(operation, status, content_type, text)
    JSON.parse(text)
  rescue JSON::ParserError, EncodingError
    body = ApiError.truncate(text.scrub)
    excerpt = body[0, ApiError::MAX_EXCERPT_CHARS]
    raise InvalidResponseError.new(
      "HTTP #{status} body is not valid JSON (content-type: #{content_type || 'none'}): #{excerpt}",
      code: status, response_headers: {}, response_body: body, content_type: content_type,
      operation_id: operation.operation_id
    )
  end

  def error_body(text, content_type)
    return nil if text.empty?

    if content_type.to_s.match?(/json/i)
      begin
        return JSON.parse(text)
      rescue JSON::ParserError, EncodingError
        # A proxy's error page often claims to be JSON: keep the text.
      end
    end
    ApiError.truncate(text.scrub)
  end

  def checked_options(operation, opts)
    unless opts.is_a?(Hash)
      raise InvalidRequestError, "#{operation.operation_id}: opts must be a Hash, got #{opts.class}"
    end

    opts = opts.transform_keys(&:to_sym)
    known = operation.optional_parameters.map(&:name) + CALL_OPTIONS
    unknown = opts.keys - known
    unless unknown.empty?
      raise InvalidRequestError, "#{operation.operation_id}: unknown option(s) #{unknown.map(&:inspect).join(', ')} " \
                                 "(known: #{known.map(&:inspect).join(', ')})"
    end

    check_call_options(operation, opts)
    opts
  end

  def check_call_options(operation, opts)
    headers, timeout, max_retries, idempotency_key, cancel = opts.values_at(*CALL_OPTIONS)
    problem =
      if opts.key?(:_headers) && !headers.is_a?(Hash)
        '_headers must be a Hash'
      elsif opts.key?(:_timeout) && !(timeout.is_a?(Numeric) && timeout.positive?)
        '_timeout must be a positive number'
      elsif opts.key?(:_max_retries) && !(max_retries.is_a?(Integer) && max_retries >= 0)
        '_max_retries must be an Integer >= 0'
      elsif opts.key?(:_idempotency_key) && idempotency_key.to_s.empty?
        '_idempotency_key must be a non-empty String'
      elsif opts.key?(:_cancel) && !(cancel.nil? || cancel.is_a?(CancellationToken))
        "_cancel must be a CancellationToken, got #{cancel.class}"
      end
    raise InvalidRequestError, "#{operation.operation_id}: #{problem}" if problem
  end

  # Ruby name => value of every parameter that is sent.
  def parameter_values(operation, arguments, opts)
    values = {}
    operation.parameters.each do |parameter|
      value = parameter.required ? arguments[parameter.name] : opts[parameter.name]
      if value.nil?
        if parameter.required
          raise InvalidRequestError, "#{operation.operation_id}: missing the required parameter #{parameter.name}"
        end

        next
      end
      values[parameter.name] = value
    end
    values
  end

  def build_request(operation, values, opts)
    headers = {}
    query = []
    cookies = []
    body = nil
    set_header(operation, headers, 'Accept', operation.response_format == :text ? '*/*' : 'application/json')
    set_header(operation, headers, 'User-Agent', config.api_description.user_agent) if config.api_description.user_agent
    config.default_headers.each { |name, value| set_header(operation, headers, name, value) }
    operation.parameters.each do |parameter|
      next unless values.key?(parameter.name)

      value = values[parameter.name]
      case parameter.location
      when :query then add_query(query, parameter, value)
      when :header then set_header(operation, headers, parameter.wire_name, simple_value(value))
      when :cookie then cookies << cookie_pair(operation, parameter.wire_name, simple_value(value))
      when :body then body = encode_body(operation, headers, value)
      end
    end
    opts.fetch(:_headers, {}).each { |name, value| set_header(operation, headers, name.to_s, value) }
    set_header(operation, headers, 'Idempotency-Key', opts[:_idempotency_key].to_s) if opts.key?(:_idempotency_key)
    apply_security(operation, headers, query, cookies)
    set_header(operation, headers, 'Cookie', cookies.join('; ')) unless cookies.empty?

    url = config.server_url(operation.server_url) + expand_path(operation, values)
    url += "?#{query.join('&')}" unless query.empty?
    NetHttpTransport::Request.new(
      http_method: operation.http_method, uri: parse_uri(operation, url), headers: headers.values.to_h, body: body
    )
  end

  def parse_uri(operation, url)
    uri = URI.parse(url)
    raise URI::InvalidURIError, 'not an http(s) URL' unless uri.is_a?(URI::HTTP) && uri.host

    uri
  rescue URI::InvalidURIError => e
    raise InvalidRequestError, "#{operation.operation_id}: the server URL is not a valid http(s) URL (#{e.message.split(':').first})"
  end

  # Each path parameter becomes exactly one segment: percent-encoded, so '/', '?', '#' and '%'
  # cannot leave it, and the values that would still move the path ('', '.', '..') are refused.
  def expand_path(operation, values)
    operation.path.gsub(/\{([^{}]+)\}/) do
      wire_name = Regexp.last_match(1)
      parameter = operation.parameters.find { |candidate| candidate.location == :path && candidate.wire_name == wire_name }
      segment = parameter && values.key?(parameter.name) ? simple_value(values[parameter.name]) : ''
      if ['', '.', '..'].include?(segment)
        raise InvalidRequestError, "#{operation.operation_id}: path parameter #{wire_name} must not be #{segment.inspect}"
      end

      encode_component(segment)
    end
  end

  # Query parameters in order: arrays repeat the name (explode) or join with commas; Hashes are
  # deepObject (name[key]=value) or form (key=value); nil is skipped, and so are nil items. An empty
  # array or Hash sends nothing when exploded (or deepObject), and "name=" otherwise.
  def add_query(query, parameter, value)
    name = encode_component(parameter.wire_name)
    value = ApiModel.encode(value) if value.is_a?(ApiModel)
    case value
    when Array
      items = value.compact.map { |item| encode_component(simple_value(item)) }
      parameter.explode ? items.each { |item| query << "#{name}=#{item}" } : query << "#{name}=#{items.join(',')}"
    when Hash
      add_query_object(query, parameter, name, value)
    else
      query << "#{name}=#{encode_component(simple_value(value))}"
    end
  end

  def add_query_object(query, parameter, name, value)
    pairs = value.reject { |_key, item| item.nil? }
                 .map { |key, item| [encode_component(key.to_s), encode_component(simple_value(item))] }
    if parameter.deep_object
      pairs.each { |key, item| query << "#{name}[#{key}]=#{item}" }
    elsif parameter.explode
      pairs.each { |key, item| query << "#{key}=#{item}" }
    else
      query << "#{name}=#{pairs.flatten.join(',')}"
    end
  end

  def simple_value(value)
    case value
    when Time then value.iso8601
    when Date then value.iso8601
    when Array then value.map { |item| simple_value(item) }.join(',')
    else value.to_s
    end
  end

  def encode_component(text)
    FormBody.percent_encode(text)
  end

  # The body for the operation's media type (see FormBody for the form types); sets Content-Type.
  # A String or IO is sent as it is, except as JSON.
  def encode_body(operation, headers, value)
    media_type = operation.request_media_type || 'application/json'
    fields = value.is_a?(Hash) || value.is_a?(ApiModel)
    if media_type.match?(%r{\Amultipart/form-data\b}i)
      multipart_body(operation, headers, media_type, value, fields)
    elsif media_type.match?(/json/i)
      set_header(operation, headers, 'Content-Type', media_type)
      json_body(operation, value)
    else
      set_header(operation, headers, 'Content-Type', media_type)
      return FormBody.urlencoded(value) if fields && media_type.match?(%r{\Aapplication/x-www-form-urlencoded\b}i)

      value.respond_to?(:read) ? value.read : value.to_s
    end
  end

  def multipart_body(operation, headers, media_type, value, fields)
    unless fields
      raise InvalidRequestError, "#{operation.operation_id}: a #{media_type} body must be a Hash or a model, got #{value.class}"
    end

    body, content_type = FormBody.multipart(value, operation_id: operation.operation_id, media_type: media_type)
    set_header(operation, headers, 'Content-Type', content_type)
    body
  rescue JSON::GeneratorError => e
    raise InvalidRequestError, "#{operation.operation_id}: a part of the body cannot be sent as JSON (#{e.class})"
  end

  def json_body(operation, value)
    JSON.generate(ApiModel.encode(value))
  rescue JSON::GeneratorError => e
    raise InvalidRequestError, "#{operation.operation_id}: the body cannot be sent as JSON (#{e.class})"
  end

  # Applies the first security alternative whose schemes all have a credential. When none can be
  # met, nothing is applied and the request goes out unauthenticated: the server's 401 is the
  # clearest answer, and credentials set through default_headers keep working.
  def apply_security(operation, headers, query, cookies)
    operation.security.each do |alternative|
      next if alternative.empty?

      credentials = alternative.map { |scheme_name| [scheme_name, credential(scheme_name)] }
      next if credentials.any? { |_scheme_name, value| value.nil? }

      credentials.each { |scheme_name, value| apply_credential(operation, scheme_name, value, headers, query, cookies) }
      return
    end
  end

  # The credential configured for a scheme, or nil when it is missing.
  def credential(scheme_name)
    scheme = config.api_description.security_schemes[scheme_name]
    value =
      case scheme&.type
      when :api_key then api_key_with_prefix(scheme_name)
      when :http then scheme.scheme == 'basic' ? basic_credential : resolve(config.access_token)
      when :oauth2, :open_id_connect then resolve(config.access_token)
      end
    value.nil? || value.to_s.empty? ? nil : value.to_s
  end

  def api_key_with_prefix(scheme_name)
    key = resolve(config.api_key[scheme_name] || config.api_key[scheme_name.to_sym])
    return nil if key.nil? || key.to_s.empty?

    prefix = config.api_key_prefix[scheme_name] || config.api_key_prefix[scheme_name.to_sym]
    prefix ? "#{prefix} #{key}" : key.to_s
  end

  def basic_credential
    return nil if config.username.nil? && config.password.nil?

    ["#{config.username}:#{config.password}"].pack('m0')
  end

  def resolve(value)
    value.respond_to?(:call) ? value.call : value
  end

  def apply_credential(operation, scheme_name, value, headers, query, cookies)
    scheme = config.api_description.security_schemes[scheme_name]
    if scheme.type == :api_key && scheme.location == :query
      query << "#{encode_component(scheme.parameter_name)}=#{encode_component(value)}"
    elsif scheme.type == :api_key && scheme.location == :cookie
      cookies << cookie_pair(operation, scheme.parameter_name, value)
    elsif scheme.type == :api_key
      set_header(operation, headers, scheme.parameter_name, value)
    else
      kind = scheme.type == :http && scheme.scheme == 'basic' ? 'Basic' : 'Bearer'
      set_header(operation, headers, 'Authorization', "#{kind} #{value}")
    end
  end

  def cookie_pair(operation, name, value)
    if name.match?(UNSAFE_COOKIE_CHARACTERS) || value.match?(UNSAFE_COOKIE_CHARACTERS)
      raise InvalidRequestError, "#{operation.operation_id}: cookie #{name.inspect} contains ;, CR, LF or NUL"
    end

    "#{name}=#{value}"
  end

  # Sets a header, replacing one of the same name in any letter case. The message names the header
  # but never quotes the value, which may be a credential.
  def set_header(operation, headers, name, value)
    value = value.to_s
    if name.match?(UNSAFE_HEADER_CHARACTERS) || value.match?(UNSAFE_HEADER_CHARACTERS)
      raise InvalidRequestError, "#{operation.operation_id}: header #{name.inspect} contains CR, LF or NUL"
    end

    headers[name.downcase] = [name, value]
  end
end
