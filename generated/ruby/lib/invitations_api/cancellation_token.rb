# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Cancels calls from another thread. Create one, pass it to calls (+opts[:_cancel]+) or to a
# Configuration (+cancel_token+, every call made with it), and call #cancel from any thread:
#
#   token = CancellationToken.new
#   worker = Thread.new { api.get_status(_cancel: token) }
#   token.cancel           # the call raises RequestAbortedError
#
# A call whose token is cancelled before it starts sends nothing; one waiting before a retry stops
# waiting at once and makes no further attempt; one with a request in flight has its connection
# shut down by #cancel, so the blocking read or write ends at once. Either way the call raises
# RequestAbortedError. A token stays cancelled: use a new one for new calls.
#
# Thread-safe. #cancel takes a Mutex, so it cannot be called from a signal trap handler; call it
# from a thread the handler wakes instead.
class CancellationToken
  # @return [Object, nil] what #cancel was given, e.g. a Symbol saying why; nil until cancelled
  attr_reader :reason

  def initialize
    @mutex = Mutex.new
    @cancelled_condition = ConditionVariable.new
    @cancelled = false
    @reason = nil
    @callbacks = {}
  end

  # Cancels every call using this token. Only the first call has an effect.
  #
  # @param reason [Object, nil] kept as #reason (and RequestAbortedError#reason); never part of an
  #   error message
  # @return [Boolean] true when this call cancelled the token, false when it already was
  def cancel(reason = nil)
    callbacks = @mutex.synchronize do
      return false if @cancelled

      @cancelled = true
      @reason = reason
      @cancelled_condition.broadcast
      pending = @callbacks.values
      @callbacks.clear
      pending
    end
    # Outside the lock: a callback may take locks of its own (see #on_cancel).
    callbacks.each(&:call)
    true
  end

  # @return [Boolean] whether #cancel has been called
  def cancelled?
    @mutex.synchronize { @cancelled }
  end

  # Waits +seconds+, or less when the token is cancelled meanwhile (ConditionVariable#wait: the
  # wait ends as soon as #cancel is called, from any thread).
  #
  # @param seconds [Numeric]
  # @return [Boolean] true when the token is cancelled (the wait was cut short, or it already was)
  def wait(seconds)
    deadline = monotonic + seconds
    @mutex.synchronize do
      until @cancelled
        left = deadline - monotonic
        break unless left.positive?

        @cancelled_condition.wait(@mutex, left)
      end
      @cancelled
    end
  end

  # Calls the block once, on the thread that cancels the token (at once, on this thread, when it
  # already is). The runtime uses it to shut down a connection in flight; a block should be quick
  # and not raise.
  #
  # @return [Object, nil] a handle for #remove_callback; nil when the block already ran
  def on_cancel(&block)
    raise ArgumentError, 'on_cancel needs a block' unless block

    handle = @mutex.synchronize do
      next nil if @cancelled

      key = Object.new
      @callbacks[key] = block
      key
    end
    block.call if handle.nil?
    handle
  end

  # Forgets a block given to #on_cancel (so that a long-lived token does not keep one per call).
  #
  # @param handle [Object, nil] what #on_cancel returned
  # @return [void]
  def remove_callback(handle)
    @mutex.synchronize { @callbacks.delete(handle) } unless handle.nil?
    nil
  end

  # @return [String] whether the token is cancelled; never the reason
  def inspect
    "#<#{self.class.name} #{cancelled? ? 'cancelled' : 'active'}>"
  end

  # The tokens as one: the result is cancelled as soon as one of them is (with its reason). Yields
  # it, and forgets the links when the block ends, so that long-lived tokens keep nothing.
  #
  # @param tokens [Array<CancellationToken>] nils are ignored
  # @yieldparam token [CancellationToken, nil] nil when no token is given; the token itself when one
  # @return the block's value
  def self.any(tokens)
    tokens = tokens.compact.uniq
    return yield(tokens.first) if tokens.length <= 1

    combined = new
    links = tokens.map { |token| [token, token.on_cancel { combined.cancel(token.reason) }] }
    yield combined
  ensure
    links&.each { |token, handle| token.remove_callback(handle) }
  end

  private

  def monotonic
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end
end
