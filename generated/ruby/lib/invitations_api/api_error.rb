# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Raised for every call that did not get a usable answer: the server answered with a status
# outside 2xx (#code is set), or no answer arrived at all (see ApiConnectionError).
#
# Messages and fields never hold credentials, request headers or the request URL: only the
# operation, the response (status, headers, body) and the underlying cause (#cause).
class ApiError < StandardError
  # How much of a body that is not JSON an error keeps.
  MAX_BODY_CHARS = 1000
  # How much of a body the message quotes.
  MAX_EXCERPT_CHARS = 200

  # @return [Integer, nil] the HTTP status code; nil when no response arrived
  attr_reader :code
  # @return [Hash{String => String}] response headers, names in lower case; {} when no response arrived
  attr_reader :response_headers
  # @return [Object, nil] the parsed JSON body when the response is JSON, else the body text (cut
  #   to 1000 characters); nil when the body is empty or no response arrived
  attr_reader :response_body
  # @return [String, nil] the response's Content-Type
  attr_reader :content_type
  # @return [String, nil] the operationId of the failed call, e.g. 'post_invitation'
  attr_reader :operation_id

  # @param message [String, nil] defaults to one built from the status and the body
  def initialize(message = nil, code: nil, response_headers: {}, response_body: nil, content_type: nil, operation_id: nil)
    @code = code
    @response_headers = response_headers
    @response_body = response_body
    @content_type = content_type
    @operation_id = operation_id
    super(ApiError.prefixed(operation_id, message || ApiError.describe(code, response_body)))
  end

  # The error class for an HTTP status: a subclass for the common ones, else ApiError.
  #
  # @param status [Integer]
  # @return [Class]
  def self.class_for_status(status)
    STATUS_CLASSES.fetch(status) { status >= 500 ? InternalServerError : ApiError }
  end

  # @!visibility private
  def self.prefixed(operation_id, message)
    operation_id ? "#{operation_id}: #{message}" : message
  end

  # @!visibility private
  def self.describe(code, body)
    status = code ? "HTTP #{code}" : 'request failed'
    return status if body.nil? || body == ''

    text = body.is_a?(String) ? body : JSON.generate(body)
    "#{status}: #{text.length > MAX_EXCERPT_CHARS ? "#{text[0, MAX_EXCERPT_CHARS]}…" : text}"
  end

  # @!visibility private
  def self.truncate(text)
    text.length > MAX_BODY_CHARS ? "#{text[0, MAX_BODY_CHARS]}…" : text
  end
end

# HTTP 400: the server rejected the request as malformed. Never retried.
class BadRequestError < ApiError; end
# HTTP 401: missing or invalid credentials. Never retried.
class AuthenticationError < ApiError; end
# HTTP 402: payment required.
class PaymentRequiredError < ApiError; end
# HTTP 403: the credentials are valid but not allowed to do this. Never retried.
class PermissionDeniedError < ApiError; end
# HTTP 404: the resource does not exist (or is hidden from you). Never retried.
class NotFoundError < ApiError; end
# HTTP 409: conflicts with the resource's current state. Retried by default.
class ConflictError < ApiError; end
# HTTP 422: well-formed but semantically invalid. Never retried.
class UnprocessableEntityError < ApiError; end
# HTTP 429: too many requests. Retried by default, honouring Retry-After.
class RateLimitError < ApiError; end
# HTTP 500 or above: the server failed. Retried by default.
class InternalServerError < ApiError; end

class ApiError
  # @!visibility private
  STATUS_CLASSES = {
    400 => BadRequestError,
    401 => AuthenticationError,
    402 => PaymentRequiredError,
    403 => PermissionDeniedError,
    404 => NotFoundError,
    409 => ConflictError,
    422 => UnprocessableEntityError,
    429 => RateLimitError
  }.freeze
end

# No response arrived: connection refused or reset, TLS failure, a broken response. #cause holds
# the original exception (an Errno::*, IOError, OpenSSL or Net::* error). Retried by default.
class ApiConnectionError < ApiError; end

# The host name could not be resolved (#cause is the SocketError). Retried like a connection error.
class ApiDnsError < ApiConnectionError; end

# One attempt took longer than its timeout (connect, send, headers and body together). Retried
# like a connection error.
class ApiTimeoutError < ApiConnectionError
  # @return [Numeric] the timeout that elapsed, in seconds
  attr_reader :timeout

  def initialize(message = nil, timeout: nil, **details)
    @timeout = timeout
    super(message || "timed out after #{timeout} s", **details)
  end
end

# The call was cancelled through its CancellationToken (+opts[:_cancel]+ or
# Configuration#cancel_token): before it started, while a request was in flight, or while it
# waited to retry. Nothing further is sent. Never retried.
class RequestAbortedError < ApiError
  # @return [Object, nil] the reason given to CancellationToken#cancel (not part of the message)
  attr_reader :reason

  def initialize(message = nil, reason: nil, **details)
    @reason = reason
    super(message || "aborted by the caller's cancellation token", **details)
  end
end

# A 2xx response whose body is not the JSON the operation promised. #code, #content_type and
# #response_body (the text, cut to 1000 characters) describe it. Never retried.
class InvalidResponseError < ApiError; end

# The response body grew past Configuration#max_response_bytes; reading stopped there. Never retried.
class ResponseTooLargeError < ApiError; end

# The call was refused before anything was sent: a missing required argument, an unknown option,
# a path parameter that is empty, '.' or '..', or a header value holding CR, LF or NUL.
class InvalidRequestError < ArgumentError; end
