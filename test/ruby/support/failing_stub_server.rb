# frozen_string_literal: true

require 'json'
require 'net/http'
require 'tempfile'
require_relative 'paths'

# The failing-server suite's stub server (test/failing-server/stub-server.mjs, see its README),
# started as a child process with a pipe on its stdin: it exits when the pipe closes, so it never
# outlives this process. FailingStubServer.instance starts one for the whole run and stops it after
# the run (Minitest.after_run) and at exit.
class FailingStubServer
  SCRIPT = File.join(Paths::ROOT, 'test', 'failing-server', 'stub-server.mjs')
  READY_TIMEOUT = 30
  STOP_TIMEOUT = 5

  LOCK = Mutex.new

  # @return [String] e.g. "http://127.0.0.1:40123"
  attr_reader :url

  def self.instance
    LOCK.synchronize do
      @instance ||= begin
        server = new
        Minitest.after_run { server.stop } if defined?(Minitest.after_run)
        at_exit { server.stop }
        server
      end
    end
  end

  def initialize
    @log = Tempfile.new(['failing-stub', '.log'])
    stdin_read, @stdin = IO.pipe
    stdout, stdout_write = IO.pipe
    @pid = Process.spawn(ENV.fetch('NODE', 'node'), SCRIPT, in: stdin_read, out: stdout_write, err: @log.path, chdir: Paths::ROOT)
    stdin_read.close
    stdout_write.close
    @url = JSON.parse(first_line(stdout)).fetch('url')
    stdout.close
  rescue StandardError
    stop
    raise
  end

  # A new script (one step per API request); clears the recorded requests.
  def script(steps)
    control(Net::HTTP::Post, '/__stub/script', { 'steps' => steps })
  end

  # @return [Array<Hash>] the API requests recorded since the last script: method, target (raw),
  #   headers ([name, value] pairs as received), body
  def requests
    control(Net::HTTP::Get, '/__stub/requests').fetch('requests')
  end

  # @return [String] a loopback URL where connecting is refused
  def refused_url
    control(Net::HTTP::Get, '/__stub/refused-url').fetch('url')
  end

  # Closes the stub's stdin (it exits), then TERM and KILL if it lingers. Safe to call twice.
  def stop
    return if @pid.nil?

    pid = @pid
    @pid = nil
    @stdin.close unless @stdin.closed?
    deadline = monotonic + STOP_TIMEOUT
    until Process.waitpid(pid, Process::WNOHANG)
      if monotonic > deadline
        Process.kill('KILL', pid)
        Process.waitpid(pid)
        break
      end
      sleep 0.02
    end
  rescue Errno::ECHILD, Errno::ESRCH
    nil
  ensure
    @log&.close!
    @log = nil
  end

  private

  def control(request_class, path, payload = nil)
    uri = URI("#{url}#{path}")
    request = request_class.new(uri)
    if payload
      request['Content-Type'] = 'application/json'
      request.body = JSON.generate(payload)
    end
    response = Net::HTTP.start(uri.host, uri.port, open_timeout: 5, read_timeout: 10) { |http| http.request(request) }
    raise "stub server: #{request_class::METHOD} #{path} answered #{response.code}: #{response.body}" unless response.code == '200'

    JSON.parse(response.body)
  end

  def first_line(stdout)
    unless IO.select([stdout], nil, nil, READY_TIMEOUT)
      raise "the stub server printed nothing within #{READY_TIMEOUT} s:\n#{File.read(@log.path)}"
    end

    line = stdout.gets
    raise "the stub server exited before it was ready:\n#{File.read(@log.path)}" if line.nil?

    line
  end

  def monotonic
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end
end
