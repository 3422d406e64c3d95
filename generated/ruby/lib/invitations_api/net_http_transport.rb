# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Sends one HTTP request with Net::HTTP: one attempt, one fresh connection, within a deadline.
# Every failure comes out as an ApiError subclass; Net::*, Errno::*, SocketError and OpenSSL
# errors never escape (the original is the new error's #cause).
class NetHttpTransport
  # What ApiClient asks a transport to send. +headers+ is a Hash of String names to String values,
  # already checked for CR, LF and NUL; +body+ is a String or nil.
  Request = Struct.new(:http_method, :uri, :headers, :body, keyword_init: true)

  # What a transport returns for any status. +headers+ has lower-case names; +body+ is a String
  # (binary, as received after decompression), "" when there is none.
  Response = Struct.new(:status, :headers, :body, keyword_init: true)

  # Errors meaning "no usable response": connection refused or reset, TLS, a broken response.
  CONNECTION_ERRORS = [
    SystemCallError, IOError, EOFError, OpenSSL::SSL::SSLError, Net::ProtocolError,
    Net::HTTPBadResponse, Net::HTTPHeaderSyntaxError, Zlib::Error
  ].freeze

  # Methods whose requests may carry a body.
  BODY_METHODS = %i[post put patch delete].freeze

  # Sends +request+ and reads the whole response.
  #
  # @param timeout [Numeric] seconds for the whole attempt: connect, send, headers and body
  # @param max_response_bytes [Integer] reading stops with ResponseTooLargeError past this
  # @param operation_id [String] for error messages
  # @return [Response]
  # @raise [ApiTimeoutError, ApiDnsError, ApiConnectionError, ResponseTooLargeError]
  def call(request, timeout:, max_response_bytes:, operation_id:)
    deadline = monotonic + timeout
    received = nil
    connection(request.uri, timeout).start do |session|
      session.read_timeout = remaining(deadline, timeout, operation_id)
      session.request(net_request(request)) do |response|
        body = read_body(session, response, deadline, timeout, max_response_bytes, operation_id)
        received = Response.new(status: response.code.to_i, headers: response.each_header.to_h, body: body)
      end
    end
    received
  rescue Net::OpenTimeout, Net::ReadTimeout, Net::WriteTimeout
    raise ApiTimeoutError.new(timeout: timeout, operation_id: operation_id)
  rescue SocketError => e
    raise ApiDnsError.new("DNS lookup failed (#{e.class}: #{e.message})", operation_id: operation_id)
  rescue *CONNECTION_ERRORS => e
    raise ApiConnectionError.new("connection failed (#{e.class}: #{e.message})", operation_id: operation_id)
  end

  private

  def connection(uri, timeout)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = uri.scheme == 'https'
    http.open_timeout = timeout
    http.read_timeout = timeout
    http.write_timeout = timeout
    # Net::HTTP would otherwise repeat an idempotent request once on its own, behind our retries.
    http.max_retries = 0
    http
  end

  def net_request(request)
    # Declared without a body when there is none: Net::HTTP would otherwise send an empty one
    # with a made-up Content-Type.
    net_request = Net::HTTPGenericRequest.new(
      request.http_method.to_s.upcase, !request.body.nil?, request.http_method != :head, request.uri.request_uri, request.headers
    )
    if request.body
      net_request.body = request.body
    elsif BODY_METHODS.include?(request.http_method) && request.http_method != :delete
      net_request['Content-Length'] = '0'
    end
    net_request
  end

  def read_body(session, response, deadline, timeout, max_bytes, operation_id)
    body = +''
    response.read_body do |chunk|
      body << chunk
      if body.bytesize > max_bytes
        raise ResponseTooLargeError.new(
          "HTTP #{response.code} body exceeds #{max_bytes} bytes", code: response.code.to_i, operation_id: operation_id
        )
      end

      session.read_timeout = remaining(deadline, timeout, operation_id)
    end
    body.b
  end

  def remaining(deadline, timeout, operation_id)
    left = deadline - monotonic
    raise ApiTimeoutError.new(timeout: timeout, operation_id: operation_id) unless left.positive?

    left
  end

  def monotonic
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end
end
