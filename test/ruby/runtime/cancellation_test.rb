# frozen_string_literal: true

require 'minitest/autorun'
require 'socket'
require_relative '../support/runtime_helpers'

# Cancellation: CancellationToken on its own, then calls cancelled before sending, while a request
# hangs, while connecting and while waiting for a long Retry-After, each proving that nothing
# further is sent and that no thread or socket is left behind.
class CancellationTest < Minitest::Test
  include RuntimeHelpers

  # Generous on a shared machine, and still far below every wait the tests set up (30 s).
  PROMPT = 2.0

  def test_a_token_is_cancelled_once_and_keeps_its_reason
    token = R::CancellationToken.new
    refute token.cancelled?
    assert_nil token.reason
    assert token.cancel(:shutdown)
    refute token.cancel(:again), 'a second cancel has no effect'
    assert token.cancelled?
    assert_equal :shutdown, token.reason
    assert_equal '#<RuntimeUnderTest::CancellationToken cancelled>', token.inspect
  end

  def test_wait_runs_its_course_when_nobody_cancels
    token = R::CancellationToken.new
    elapsed = timed { refute token.wait(0.05) }
    assert_operator elapsed, :>=, 0.05
  end

  def test_wait_ends_at_once_when_another_thread_cancels
    token = R::CancellationToken.new
    canceller = Thread.new { sleep 0.1; token.cancel }
    elapsed = timed { assert token.wait(30) }
    canceller.join
    assert_operator elapsed, :<, PROMPT
    assert token.wait(30), 'a cancelled token does not wait'
  end

  def test_callbacks_run_once_on_cancel_or_at_once_when_already_cancelled
    token = R::CancellationToken.new
    calls = []
    token.on_cancel { calls << :first }
    removed = token.on_cancel { calls << :removed }
    token.remove_callback(removed)
    token.cancel
    token.cancel
    assert_equal [:first], calls
    assert_nil token.on_cancel { calls << :late }
    assert_equal %i[first late], calls
  end

  def test_any_follows_every_token_while_its_block_runs_and_then_lets_go
    first = R::CancellationToken.new
    second = R::CancellationToken.new
    R::CancellationToken.any([first, nil]) { |token| assert_same first, token }
    R::CancellationToken.any([nil]) { |token| assert_nil token }
    kept = nil
    R::CancellationToken.any([first, second]) do |token|
      kept = token
      second.cancel(:second)
      assert token.cancelled?
      assert_equal :second, token.reason
    end
    R::CancellationToken.any([first, R::CancellationToken.new]) { |token| kept = token }
    first.cancel
    refute kept.cancelled?, 'the link to first ended with the block'
  end

  def test_a_call_cancelled_before_it_starts_sends_nothing
    RecordingServer.open do |server|
      token = R::CancellationToken.new
      token.cancel(:user_left)
      error = assert_raises(R::RequestAbortedError) { client_for(server).call_api(operation, {}, { _cancel: token }) }
      assert_equal "test_op: aborted by the caller's cancellation token", error.message
      assert_equal :user_left, error.reason
      assert_equal 'test_op', error.operation_id
      assert_nil error.code
      assert_empty server.requests
    end
  end

  def test_a_token_that_is_not_cancelled_changes_nothing
    RecordingServer.open do |server|
      server.reply(status: 503, headers: { 'Content-Type' => 'application/json', 'Retry-After' => '0' }, body: '{}')
      server.reply(status: 200, body: '{"ok":true}')
      token = R::CancellationToken.new
      data, status, = client_for(server).call_api(operation, {}, { _cancel: token })
      assert_equal [{ 'ok' => true }, 200], [data, status]
      assert_equal 2, server.requests.length
      assert_empty @sleeps, 'a call with a token waits on the token, not on the sleeper'
      refute token.cancelled?
    end
  end

  def test_cancelling_a_hung_request_stops_it_at_once_and_sends_nothing_more
    threads, sockets = resources
    RecordingServer.open do |server|
      server.reply(status: 200, body: '{}', delay: 30)
      client = client_for(server, timeout: 30, max_retries: 3)
      error, elapsed = cancel_after(0.2) { |token| client.call_api(operation, {}, { _cancel: token }) }
      assert_instance_of R::RequestAbortedError, error
      assert_operator elapsed, :<, PROMPT
      assert_operator elapsed, :>=, 0.2
      assert_kind_of StandardError, error.cause, 'what the shut-down connection ended with'
      sleep 0.2
      assert_equal 1, server.requests.length, 'no retry after a cancel'
      assert_empty @sleeps
    end
    assert_equal [threads, sockets], resources, 'threads and sockets left behind'
  end

  def test_cancelling_while_the_body_streams_in_stops_the_read
    threads, sockets = resources
    RecordingServer.open do |server|
      server.reply(status: 200, headers: { 'Content-Type' => 'application/json', 'Content-Length' => '61' },
                   chunks: ['[', *Array.new(29, '1,'), '1]'], chunk_delay: 1)
      client = client_for(server, timeout: 60, max_retries: 3)
      error, elapsed = cancel_after(0.3) { |token| client.call_api(operation, {}, { _cancel: token }) }
      assert_instance_of R::RequestAbortedError, error
      assert_operator elapsed, :<, PROMPT
      # Net::HTTP takes the shut-down socket for the end of the body, which BodyReader finds short.
      assert_instance_of R::ApiConnectionError, error.cause, 'what the read ended with'
      assert_equal 1, server.requests.length
    end
    assert_equal [threads, sockets], resources, 'threads and sockets left behind'
  end

  def test_cancelling_a_long_retry_after_wait_ends_it_at_once_with_no_further_attempt
    threads, sockets = resources
    RecordingServer.open do |server|
      server.reply(status: 503, headers: { 'Content-Type' => 'application/json', 'Retry-After' => '30' }, body: '{"message":"busy"}')
      server.reply(status: 200)
      client = client_for(server, max_retries: 1, retry_max_delay: 60, max_retry_time: 120)
      error, elapsed = cancel_after(0.3) { |token| client.call_api(operation, {}, { _cancel: token }) }
      assert_instance_of R::RequestAbortedError, error
      assert_operator elapsed, :<, PROMPT
      assert_instance_of R::InternalServerError, error.cause, 'the error it was waiting to retry'
      sleep 0.2
      assert_equal 1, server.requests.length
    end
    assert_equal [threads, sockets], resources, 'threads and sockets left behind'
  end

  def test_cancelling_while_connecting_stops_the_connect
    threads, sockets = resources
    with_full_backlog do |url|
      client = client_for(url, timeout: 30, max_retries: 0)
      error, elapsed = cancel_after(0.2) { |token| client.call_api(operation, {}, { _cancel: token }) }
      assert_instance_of R::RequestAbortedError, error
      assert_operator elapsed, :<, PROMPT
      assert_instance_of R::NetHttpTransport::Attempt::ConnectCancelled, error.cause, 'the connect was interrupted'
    end
    assert_equal [threads, sockets], resources, 'threads and sockets left behind'
  end

  def test_cancelling_during_the_tls_handshake_stops_it
    threads, sockets = resources
    # A server that accepts and never answers: the client waits for the TLS handshake's reply.
    server = TCPServer.new('127.0.0.1', 0)
    accepted = Queue.new
    acceptor = Thread.new { accepted << server.accept }
    client = client_for("https://127.0.0.1:#{server.addr[1]}", timeout: 30, max_retries: 0)
    error, elapsed = cancel_after(0.2) { |token| client.call_api(operation, {}, { _cancel: token }) }
    assert_instance_of R::RequestAbortedError, error
    assert_operator elapsed, :<, PROMPT
    assert_instance_of R::NetHttpTransport::Attempt::ConnectCancelled, error.cause
    acceptor.join
    connection = accepted.pop
    assert_equal 0x16, connection.readpartial(65_536).getbyte(0), 'the client began a TLS handshake'
    assert connection.wait_readable(5)
    assert_nil connection.read_nonblock(65_536, exception: false), 'the client closed the connection'
    connection.close
    server.close
    assert_equal [threads, sockets], resources, 'threads and sockets left behind'
  end

  def test_the_configuration_token_cancels_every_call_of_the_client
    RecordingServer.open do |server|
      server.reply(status: 200, body: '{}', delay: 30)
      client = client_for(server, timeout: 30)
      client.config.cancel_token = R::CancellationToken.new
      own = R::CancellationToken.new
      canceller = Thread.new { sleep 0.2; client.config.cancel_token.cancel(:shutdown) }
      error = nil
      elapsed = timed { error = assert_raises(R::RequestAbortedError) { client.call_api(operation, {}, { _cancel: own }) } }
      canceller.join
      assert_operator elapsed, :<, PROMPT
      assert_equal :shutdown, error.reason
      refute own.cancelled?, "the call's own token is left alone"
      assert_raises(R::RequestAbortedError) { client.call_api(operation, {}, {}) }
      assert_equal 1, server.requests.length
    end
  end

  def test_cancel_must_be_a_token
    error = assert_raises(R::InvalidRequestError) { client_for('http://127.0.0.1:9').call_api(operation, {}, { _cancel: true }) }
    assert_equal 'test_op: _cancel must be a CancellationToken, got TrueClass', error.message
    assert_raises(ArgumentError) { R::Configuration.new.cancel_token = :yes }
  end

  def test_an_aborted_call_is_never_retried
    policy = R::RetryPolicy.new(R::Configuration.new)
    refute policy.retryable_error?(R::RequestAbortedError.new(operation_id: 'test_op'))
  end

  private

  # Runs the block with a token that another thread cancels after +seconds+; returns the error the
  # block raised and how long it took.
  def cancel_after(seconds)
    token = R::CancellationToken.new
    canceller = Thread.new { sleep seconds; token.cancel }
    error = nil
    elapsed = timed do
      yield token
    rescue StandardError => e
      error = e
    end
    canceller.join
    [error, elapsed]
  end

  def timed
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    yield
    Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
  end

  # The threads of this process, and its open sockets (Linux: /proc/self/fd).
  def resources
    assert File.directory?('/proc/self/fd'), 'counting sockets needs /proc'
    sockets = Dir.children('/proc/self/fd').count do |fd|
      File.readlink("/proc/self/fd/#{fd}").start_with?('socket:')
    rescue SystemCallError
      false
    end
    [Thread.list.length, sockets]
  end

  # A listener whose accept queue is full, so that connecting to it hangs (Linux drops the SYN).
  def with_full_backlog
    listener = Socket.new(:INET, :STREAM)
    listener.bind(Addrinfo.tcp('127.0.0.1', 0))
    listener.listen(0)
    address = Addrinfo.tcp('127.0.0.1', listener.local_address.ip_port)
    fillers = Array.new(4) do
      socket = Socket.new(:INET, :STREAM)
      socket.connect_nonblock(address, exception: false)
      socket
    end
    yield "http://127.0.0.1:#{address.ip_port}"
  ensure
    fillers&.each(&:close)
    listener&.close
  end
end
