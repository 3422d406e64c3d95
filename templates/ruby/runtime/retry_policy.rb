# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Which failed attempts are retried, and how long to wait before the next one.
class RetryPolicy
  # Methods that mean the same thing when repeated (RFC 9110 §9.2.2).
  IDEMPOTENT_METHODS = %i[get head options put delete trace].freeze

  # Statuses that say the request itself is wrong: sending it again cannot help.
  NEVER_RETRIED_STATUSES = [400, 401, 403, 404, 422].freeze

  # @param config [Configuration]
  def initialize(config)
    @config = config
  end

  # Whether a call may be retried at all: idempotent methods, or any method given an idempotency
  # key (the server can then recognise a repeat).
  def retryable_call?(http_method, idempotency_key)
    !idempotency_key.nil? || IDEMPOTENT_METHODS.include?(http_method)
  end

  # Whether a failed attempt may be retried: a retryable status, or (when enabled) no response.
  # @param error [ApiError]
  def retryable_error?(error)
    return false if error.is_a?(RequestAbortedError)
    return @config.retry_connection_errors if error.is_a?(ApiConnectionError)
    return false if error.code.nil? || error.is_a?(InvalidResponseError) || error.is_a?(ResponseTooLargeError)

    retryable_status?(error.code)
  end

  # Whether +status+ is in Configuration#retry_status_codes and not in NEVER_RETRIED_STATUSES.
  def retryable_status?(status)
    return false if NEVER_RETRIED_STATUSES.include?(status)

    status_class = "#{status / 100}XX"
    @config.retry_status_codes.any? { |code| code == status || code.to_s.upcase == status_class }
  end

  # Seconds to wait before retry number +retry_index+ (0 for the first retry).
  #
  # A server's retry-after-ms (milliseconds) or Retry-After (seconds or an HTTP date) is obeyed
  # without jitter. Otherwise the wait is retry_initial_delay * retry_exponent ** retry_index with
  # "equal jitter" (a random point in [0.5, 1) of it). Either way it is capped at retry_max_delay.
  #
  # @param response_headers [Hash{String => String}] lower-case names
  # @return [Float]
  def delay(retry_index, response_headers = {}, now = Time.now)
    requested = requested_delay(response_headers || {}, now)
    return [requested, @config.retry_max_delay].min.to_f unless requested.nil?

    backoff = [@config.retry_initial_delay * (@config.retry_exponent**retry_index), @config.retry_max_delay].min
    backoff * (0.5 + (@config.random.call / 2.0))
  end

  private

  def requested_delay(headers, now)
    milliseconds = headers['retry-after-ms'].to_s.strip
    return milliseconds.to_f / 1000 if milliseconds.match?(/\A\d+(\.\d+)?\z/)

    retry_after = headers['retry-after'].to_s.strip
    return nil if retry_after.empty?
    return retry_after.to_f if retry_after.match?(/\A\d+(\.\d+)?\z/)

    [Time.httpdate(retry_after) - now, 0].max.to_f
  rescue ArgumentError
    nil
  end
end
