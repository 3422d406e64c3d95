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

  # The content codings BodyReader decodes.
  ACCEPT_ENCODING = 'gzip, deflate'

  # Reads one response body as it streams in: decodes gzip and deflate, stops past the size cap
  # (counted after decoding, so a small compressed body cannot expand without bound), and refuses
  # a body cut short (fewer bytes than its Content-Length, or a compressed stream that does not
  # end), which Net::HTTP would take for a complete, shorter one.
  class BodyReader
    # @return [Hash{String => String}] the response headers (lower-case names); Content-Encoding
    #   is dropped once the body is decoded
    attr_reader :headers

    def initialize(response, max_bytes, operation_id)
      @response = response
      @max_bytes = max_bytes
      @operation_id = operation_id
      @headers = response.each_header.to_h
      coding = @headers['content-encoding'].to_s.strip.downcase
      # 32 + MAX_WBITS: a zlib or a gzip header, whichever the stream has (as Net::HTTP reads both).
      @inflater = %w[gzip x-gzip deflate].include?(coding) ? Zlib::Inflate.new(32 + Zlib::MAX_WBITS) : nil
      @headers.delete('content-encoding') if @inflater
      @received = 0
      @body = String.new(encoding: Encoding::BINARY)
    end

    # Adds the next chunk as received.
    def <<(chunk)
      @received += chunk.bytesize
      # Inflated piece by piece, so that the size cap holds within one chunk too.
      @inflater ? @inflater.inflate(chunk) { |piece| append(piece) } : append(chunk)
      self
    end

    # @return [String] the whole body (binary, decoded)
    # @raise [ApiConnectionError] when the body was cut short
    def finish
      declared = @headers['content-length'].to_s
      if @response.body.nil?
        nil # no body to read (HEAD, 204, 304)
      elsif !@response.chunked? && declared.match?(/\A\d+\z/) && @received < declared.to_i
        cut_short("after #{@received} of #{declared} body bytes")
      elsif @inflater && @received.positive? && !@inflater.finished?
        cut_short("before the end of its #{@response['content-encoding']} body")
      end
      @body
    end

    # Frees the decompressor (a stream left unfinished is reset first: closing it would warn).
    def close
      return if @inflater.nil? || @inflater.closed?

      @inflater.reset unless @inflater.finished?
      @inflater.close
    end

    private

    def append(bytes)
      @body << bytes
      return if @body.bytesize <= @max_bytes

      raise ResponseTooLargeError.new(
        "HTTP #{@response.code} body exceeds #{@max_bytes} bytes", code: @response.code.to_i, operation_id: @operation_id
      )
    end

    def cut_short(where)
      raise ApiConnectionError.new("connection closed #{where} (HTTP #{@response.code})", operation_id: @operation_id)
    end
  end

  # Lets a CancellationToken stop one attempt from another thread. Once the connection is open,
  # cancelling shuts its socket down (Socket#shutdown), which ends the blocking read or write at
  # once; the attempt's own thread still closes it. While connecting (DNS, TCP, TLS) there is no
  # socket to shut down yet: cancelling raises ConnectCancelled in the attempt's thread, as
  # Timeout does, and only then (everywhere else that exception is held back). A DNS lookup in
  # progress may only stop once it returns.
  class Attempt
    # Interrupts a connect in progress. A StandardError, so that Net::HTTP closes the socket it
    # was opening; NetHttpTransport#call turns it into RequestAbortedError.
    class ConnectCancelled < StandardError; end

    def initialize(cancel)
      @cancel = cancel
      @thread = Thread.current
      @mutex = Mutex.new
      @state = :idle
      @io = nil
    end

    # Runs the attempt with the token watched; ConnectCancelled can only arrive inside #connecting
    # (or, cancelled as the connect ended, as the block returns).
    def watch
      handle = @cancel.on_cancel { interrupt }
      Thread.handle_interrupt(ConnectCancelled => :never) { yield }
    ensure
      @cancel.remove_callback(handle)
      @mutex.synchronize { @state = :done }
    end

    # Runs Net::HTTP's connect, interruptible.
    def connecting(&block)
      @mutex.synchronize do
        raise ConnectCancelled, 'cancelled before connecting' if @cancel.cancelled?

        @state = :connecting
      end
      Thread.handle_interrupt(ConnectCancelled => :immediate, &block)
    ensure
      @mutex.synchronize { @state = :idle if @state == :connecting }
    end

    # The connection is open: from now on cancelling shuts +io+ down.
    def connected(io)
      @mutex.synchronize do
        @io = io
        @state = :connected
      end
    end

    private

    # On the cancelling thread.
    def interrupt
      @mutex.synchronize do
        case @state
        when :connecting then @thread.raise(ConnectCancelled, 'cancelled while connecting')
        when :connected then shutdown(@io)
        end
      end
    end

    def shutdown(io)
      # An SSLSocket's #to_io is its TCP socket.
      io.to_io.shutdown(Socket::SHUT_RDWR)
    rescue IOError, SystemCallError
      nil # already closed, or never connected
    end
  end

  # A Net::HTTP whose connecting and open connection an Attempt watches (set #attempt before
  # starting it: Net::HTTP.new takes no further arguments).
  class CancellableHttp < Net::HTTP
    # @return [Attempt]
    attr_writer :attempt

    private

    def connect
      @attempt.connecting { super }
    end

    # Net::HTTP's hook for subclasses, called once the connection (its Net::BufferedIO @socket,
    # TLS included) is open.
    def on_connect
      super
      @attempt.connected(@socket.io)
    end
  end

  # Sends +request+ and reads the whole response.
  #
  # @param timeout [Numeric] seconds for the whole attempt: connect, send, headers and body
  # @param max_response_bytes [Integer] reading stops with ResponseTooLargeError past this
  # @param operation_id [String] for error messages
  # @param cancel [CancellationToken, nil] cancelling it stops the attempt at once (see Attempt)
  # @return [Response]
  # @raise [ApiTimeoutError, ApiDnsError, ApiConnectionError, ResponseTooLargeError]
  # @raise [RequestAbortedError] when +cancel+ is cancelled before the response is read; nothing
  #   is sent when it already was
  def call(request, timeout:, max_response_bytes:, operation_id:, cancel: nil)
    return exchange(request, timeout, max_response_bytes, operation_id, nil) if cancel.nil?

    attempt = Attempt.new(cancel)
    attempt.watch { exchange(request, timeout, max_response_bytes, operation_id, attempt) }
  rescue StandardError
    raise unless cancel&.cancelled?

    # Whatever the shut-down connection ended with (IOError, EOFError, …) is the #cause.
    raise RequestAbortedError.new(reason: cancel.reason, operation_id: operation_id)
  end

  private

  def exchange(request, timeout, max_response_bytes, operation_id, attempt)
    deadline = monotonic + timeout
    received = nil
    connection(request.uri, timeout, attempt).start do |session|
      session.read_timeout = remaining(deadline, timeout, operation_id)
      session.request(net_request(request)) do |response|
        reader = BodyReader.new(response, max_response_bytes, operation_id)
        begin
          response.read_body do |chunk|
            reader << chunk
            session.read_timeout = remaining(deadline, timeout, operation_id)
          end
          received = Response.new(status: response.code.to_i, headers: reader.headers, body: reader.finish)
        ensure
          reader.close
        end
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

  def connection(uri, timeout, attempt)
    http = attempt ? CancellableHttp.new(uri.host, uri.port) : Net::HTTP.new(uri.host, uri.port)
    http.attempt = attempt if attempt
    http.use_ssl = uri.scheme == 'https'
    http.open_timeout = timeout
    http.read_timeout = timeout
    http.write_timeout = timeout
    # Net::HTTP would otherwise repeat an idempotent request once on its own, behind our retries.
    http.max_retries = 0
    http
  end

  def net_request(request)
    headers = request.headers
    # Named here, Net::HTTP leaves the body as it came: BodyReader decompresses it and can then
    # tell a body cut short.
    headers = headers.merge('Accept-Encoding' => ACCEPT_ENCODING) unless headers.keys.any? { |name| name.casecmp?('accept-encoding') }
    # Declared without a body when there is none: Net::HTTP would otherwise send an empty one
    # with a made-up Content-Type.
    net_request = Net::HTTPGenericRequest.new(
      request.http_method.to_s.upcase, !request.body.nil?, request.http_method != :head, request.uri.request_uri, headers
    )
    if request.body
      net_request.body = request.body
    elsif BODY_METHODS.include?(request.http_method) && request.http_method != :delete
      net_request['Content-Length'] = '0'
    end
    net_request
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
