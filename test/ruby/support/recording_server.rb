# frozen_string_literal: true

require 'socket'

# An HTTP/1.1 server on 127.0.0.1 (a free port) that records every request and answers each with
# the next scripted response. Built on TCPServer (WEBrick is not in Ruby 3's standard library).
# Always closed: use RecordingServer.open { |server| … }.
class RecordingServer
  # One request as it arrived: method, raw target (path and query, still encoded), header names in
  # lower case, body.
  Request = Struct.new(:method, :target, :headers, :body, keyword_init: true) do
    def path
      target.split('?', 2).first
    end

    def query
      target.split('?', 2)[1]
    end
  end

  # A scripted answer. +delay+ waits before the status line; +chunks+ sends the body in pieces,
  # +chunk_delay+ apart; +reset+ closes the connection without answering.
  Reply = Struct.new(:status, :headers, :body, :delay, :chunks, :chunk_delay, :reset, keyword_init: true)

  attr_reader :requests

  def self.open
    server = new
    yield server
  ensure
    server&.close
  end

  def initialize
    @server = TCPServer.new('127.0.0.1', 0)
    @replies = Queue.new
    @requests = []
    @lock = Mutex.new
    @connections = []
    @acceptor = Thread.new { accept_loop }
  end

  def port
    @server.addr[1]
  end

  def url
    "http://127.0.0.1:#{port}"
  end

  # Scripts the next answer; answers not scripted are 200 with "{}".
  def reply(status: 200, headers: { 'Content-Type' => 'application/json' }, body: '{}', delay: 0, chunks: nil, chunk_delay: 0, reset: false)
    @replies << Reply.new(status: status, headers: headers, body: body, delay: delay, chunks: chunks, chunk_delay: chunk_delay, reset: reset)
    self
  end

  def close
    @server.close unless @server.closed?
    @acceptor.join(1)
    @lock.synchronize { @connections.dup }.each do |thread|
      thread.kill
      thread.join(1)
    end
  end

  private

  def accept_loop
    loop do
      socket = @server.accept
      thread = Thread.new(socket) { |client| serve(client) }
      @lock.synchronize { @connections << thread }
    end
  rescue IOError, SystemCallError
    nil # closed
  end

  def serve(socket)
    request = read_request(socket)
    return if request.nil?

    @lock.synchronize { @requests << request }
    answer(socket, @replies.empty? ? Reply.new(status: 200, headers: { 'Content-Type' => 'application/json' }, body: '{}', delay: 0) : @replies.pop)
  rescue IOError, SystemCallError
    nil # the client went away (e.g. after its timeout)
  ensure
    socket.close unless socket.closed?
  end

  def read_request(socket)
    line = socket.gets("\r\n")
    return nil if line.nil?

    method, target = line.split(' ', 3)
    headers = {}
    while (header = socket.gets("\r\n")) && header != "\r\n"
      name, value = header.chomp("\r\n").split(':', 2)
      headers[name.downcase] = value.to_s.strip
    end
    body = headers['content-length'] ? socket.read(headers['content-length'].to_i) : ''
    Request.new(method: method, target: target, headers: headers, body: body)
  end

  def answer(socket, reply)
    sleep(reply.delay) if reply.delay.positive?
    return if reply.reset

    body = reply.chunks ? reply.chunks.join : reply.body.to_s
    head = ["HTTP/1.1 #{reply.status} #{reason(reply.status)}"]
    reply.headers.each { |name, value| head << "#{name}: #{value}" }
    head << "Content-Length: #{body.bytesize}" unless reply.headers.keys.any? { |name| name.casecmp?('content-length') }
    head << 'Connection: close'
    socket.write("#{head.join("\r\n")}\r\n\r\n")
    if reply.chunks
      reply.chunks.each do |chunk|
        socket.write(chunk)
        socket.flush
        sleep(reply.chunk_delay)
      end
    else
      socket.write(body)
    end
  end

  def reason(status)
    { 200 => 'OK', 204 => 'No Content', 400 => 'Bad Request', 404 => 'Not Found', 429 => 'Too Many Requests', 500 => 'Internal Server Error',
      503 => 'Service Unavailable' }.fetch(status, 'Status')
  end
end
