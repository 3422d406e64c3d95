# frozen_string_literal: true

require 'json'
require 'net/http'
require 'socket'
require 'tempfile'
require_relative 'paths'

# Prism serving the bundled spec (generated/openapi.yaml) on a free port of 127.0.0.1, started
# once for the tests that need it and always stopped: its whole process group is killed after the
# run (Minitest.after_run), at exit, and when starting fails. PrismServer.open serves another spec
# for the length of a block.
class PrismServer
  READY_TIMEOUT = 60
  STOP_TIMEOUT = 5

  attr_reader :url

  LOCK = Mutex.new

  # The shared server, started on first use (also from parallel tests).
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

  # Prism serving +spec+ while the block runs; stopped afterwards, whatever happens.
  def self.open(spec)
    server = new(spec)
    yield server
  ensure
    server&.stop
  end

  # @param spec [String] path of the spec Prism serves
  def initialize(spec = File.join(Paths::GENERATED, 'openapi.yaml'))
    @log = Tempfile.new(['prism', '.log'])
    port = free_port
    @url = "http://127.0.0.1:#{port}"
    @pid = Process.spawn(
      ENV.fetch('NODE', 'node'), entry_point, 'mock', spec, '-h', '127.0.0.1', '-p', port.to_s,
      chdir: Paths::ROOT, pgroup: true, in: File::NULL, out: @log.path, err: @log.path
    )
    wait_until_ready
  rescue StandardError
    stop
    raise
  end

  # Stops Prism and everything it started (TERM to the process group, KILL after 5 s). Safe to call twice.
  def stop
    return if @pid.nil?

    pid = @pid
    @pid = nil
    signal_group('TERM', pid)
    deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + STOP_TIMEOUT
    until Process.waitpid(pid, Process::WNOHANG)
      if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline
        signal_group('KILL', pid)
        Process.waitpid(pid)
        break
      end
      sleep 0.05
    end
  rescue Errno::ECHILD
    nil
  ensure
    @log&.close!
    @log = nil
  end

  private

  # Prism's CLI, from the installed @stoplight/prism-cli package (its `bin`).
  def entry_point
    manifest_path = File.join(Paths::ROOT, 'node_modules', '@stoplight', 'prism-cli', 'package.json')
    raise "Prism is not installed (#{manifest_path} is missing): run npm install" unless File.exist?(manifest_path)

    manifest = JSON.parse(File.read(manifest_path))
    bin = manifest['bin'].is_a?(Hash) ? manifest['bin']['prism'] : manifest['bin']
    File.expand_path(bin, File.dirname(manifest_path))
  end

  def free_port
    probe = TCPServer.new('127.0.0.1', 0)
    probe.addr[1]
  ensure
    probe&.close
  end

  def wait_until_ready
    deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + READY_TIMEOUT
    loop do
      raise "Prism exited before it was ready:\n#{log_tail}" if Process.waitpid(@pid, Process::WNOHANG)
      return if File.read(@log.path).include?('Prism is listening on') && answers?
      raise "Prism did not answer within #{READY_TIMEOUT} s:\n#{log_tail}" if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline

      sleep 0.2
    end
  end

  def answers?
    uri = URI(@url)
    Net::HTTP.start(uri.host, uri.port, open_timeout: 1, read_timeout: 2) { |http| http.options('/') }
    true
  rescue StandardError
    false
  end

  def log_tail
    File.read(@log.path).lines.last(20).join
  end

  def signal_group(signal, pid)
    Process.kill(signal, -pid)
  rescue Errno::ESRCH, Errno::EPERM
    nil
  end
end
