# frozen_string_literal: true

require 'minitest/autorun'
require 'open3'
require 'stringio'
require 'tempfile'
require_relative '../support/runtime_helpers'

# Form bodies (FormBody, FilePart) on their own and through ApiClient on the wire: the bytes the
# TypeScript sdk would send for the same values, and a check with Node's own multipart parser.
class FormBodyTest < Minitest::Test
  include RuntimeHelpers

  BOUNDARY = %r{\Amultipart/form-data; boundary=(----FormBoundary[0-9a-f]{32})\z}.freeze

  def upload_operation(media_type = 'multipart/form-data')
    operation(
      operation_id: 'upload_document', http_method: :post, path: '/documents',
      parameters: [parameter(:body, 'UploadDocument', :body, required: true, type: 'Object')],
      request_media_type: media_type
    )
  end

  # The body with its boundary replaced by "B", split at CRLF (a bare LF would stay in a line).
  def lines_of(body, content_type)
    boundary = content_type[BOUNDARY, 1]
    refute_nil boundary, "unexpected Content-Type #{content_type.inspect}"
    body.gsub(boundary, 'B').split("\r\n", -1)
  end

  def test_urlencoded_follows_the_query_string_rules
    fields = {
      'grant_type' => 'client_credentials', client_id: 'app & co', scope: %w[read write], ttl: 60, offline: true,
      skipped: nil, empty: [], name: "caf\u00e9/+;=", meta: { 'a b' => [1, nil, 2], 'deep' => { 'x' => 'y' } },
      at: Time.utc(2026, 1, 2, 3, 4, 5), day: Date.new(2026, 1, 2), model: R::Owner.new(id: 7)
    }
    assert_equal 'grant_type=client_credentials&client_id=app%20%26%20co&scope=read&scope=write&ttl=60&offline=true' \
                 '&name=caf%C3%A9%2F%2B%3B%3D&meta[a%20b]=1&meta[a%20b]=2&meta[deep][x]=y&at=2026-01-02T03%3A04%3A05Z' \
                 '&day=2026-01-02&model[id]=7',
                 R::FormBody.urlencoded(fields)
  end

  def test_urlencoded_reads_a_model_by_its_wire_names
    pet = R::Pet.new(name: 'Rex', birth_time: Time.utc(2026, 1, 2), tags: %w[a b])
    assert_equal 'name=Rex&birthTime=2026-01-02T00%3A00%3A00Z&tags=a&tags=b', R::FormBody.urlencoded(pet)
  end

  def test_multipart_writes_one_part_per_field_byte_for_byte
    file = R::FilePart.new("%PDF-1.7 \x00\xFF".b, filename: 'q3.pdf', content_type: 'application/pdf')
    body, content_type = R::FormBody.multipart(
      { file: file, title: "Q3 caf\u00e9", pages: 2, ratio: 0.5, ok: false, tags: ['a', nil, 'b'], meta: { author: 'Ada' },
        list: [{ 'k' => 1 }], at: Time.utc(2026, 1, 2), skipped: nil },
      operation_id: 'upload_document'
    )
    assert_equal Encoding::BINARY, body.encoding
    assert_equal [
      '--B', 'Content-Disposition: form-data; name="file"; filename="q3.pdf"', 'Content-Type: application/pdf', '',
      "%PDF-1.7 \x00\xFF".b,
      '--B', 'Content-Disposition: form-data; name="title"', '', "Q3 caf\u00e9".b,
      '--B', 'Content-Disposition: form-data; name="pages"', '', '2',
      '--B', 'Content-Disposition: form-data; name="ratio"', '', '0.5',
      '--B', 'Content-Disposition: form-data; name="ok"', '', 'false',
      '--B', 'Content-Disposition: form-data; name="tags"', '', 'a',
      '--B', 'Content-Disposition: form-data; name="tags"', '', 'b',
      '--B', 'Content-Disposition: form-data; name="meta"', 'Content-Type: application/json', '', '{"author":"Ada"}',
      '--B', 'Content-Disposition: form-data; name="list"', 'Content-Type: application/json', '', '{"k":1}',
      '--B', 'Content-Disposition: form-data; name="at"', '', '2026-01-02T00:00:00Z',
      '--B--', ''
    ], lines_of(body, content_type)
  end

  def test_files_ios_and_binary_strings_are_file_parts
    Tempfile.create(['report', '.csv']) do |tempfile|
      tempfile.write("a,b\n1,2\n")
      tempfile.rewind
      body, content_type = R::FormBody.multipart(
        { 'disk' => tempfile, 'memory' => StringIO.new('in memory'), 'bytes' => "\x01\x02".b, 'text' => 'plain' },
        operation_id: 'upload_document'
      )
      assert_equal [
        '--B', %(Content-Disposition: form-data; name="disk"; filename="#{File.basename(tempfile.path)}"),
        'Content-Type: application/octet-stream', '', "a,b\n1,2\n",
        '--B', 'Content-Disposition: form-data; name="memory"; filename="blob"', 'Content-Type: application/octet-stream', '',
        'in memory',
        '--B', 'Content-Disposition: form-data; name="bytes"; filename="blob"', 'Content-Type: application/octet-stream', '',
        "\x01\x02",
        '--B', 'Content-Disposition: form-data; name="text"', '', 'plain',
        '--B--', ''
      ], lines_of(body, content_type)
    end
  end

  def test_names_and_filenames_cannot_break_out_of_their_header
    file = R::FilePart.new('x', filename: "evil\"\r\nContent-Type: text/html\r\n\r\n.txt")
    body, content_type = R::FormBody.multipart({ "na\"me\r\nX: y" => file }, operation_id: 'upload_document')
    assert_equal [
      '--B', 'Content-Disposition: form-data; name="na%22me%0D%0AX: y"; filename="evil%22%0D%0AContent-Type: text/html%0D%0A%0D%0A.txt"',
      'Content-Type: application/octet-stream', '', 'x', '--B--', ''
    ], lines_of(body, content_type)
  end

  def test_a_file_content_type_with_a_line_break_is_refused
    file = R::FilePart.new('x', content_type: "text/plain\r\nX-Injected: 1")
    error = assert_raises(R::InvalidRequestError) { R::FormBody.multipart({ doc: file }, operation_id: 'upload_document') }
    assert_equal 'upload_document: the content type of file part "doc" contains CR, LF or NUL', error.message
  end

  def test_the_boundary_is_fresh_and_never_inside_a_part
    boundaries = Array.new(3) { R::FormBody.multipart({ a: '1' }, operation_id: 'op').last[BOUNDARY, 1] }
    assert_equal 3, boundaries.uniq.length

    taken = "----FormBoundary#{'0' * 32}"
    free = "----FormBoundary#{'1' * 32}"
    candidates = [taken, free]
    R::FormBody.stub(:new_boundary, -> { candidates.shift }) do
      body, content_type = R::FormBody.multipart({ a: "text with #{taken} inside" }, operation_id: 'op')
      assert_equal "multipart/form-data; boundary=#{free}", content_type
      assert_equal 2, body.scan(/^--#{free}/).length
    end
  end

  def test_the_client_sends_multipart_with_its_boundary_and_the_server_reads_the_fields
    RecordingServer.open do |server|
      file = R::FilePart.new('%PDF-1.7 bytes', filename: 'q3.pdf', content_type: 'application/pdf')
      client_for(server).call_api(
        upload_operation, { body: { file: file, title: 'Q3 report', pages: 2, tags: %w[a b], meta: { author: 'Ada' } } }, {}
      )
      request = server.requests.fetch(0)
      content_type = request.headers.fetch('content-type')
      assert_match BOUNDARY, content_type
      assert_equal request.body.bytesize.to_s, request.headers.fetch('content-length')
      assert_equal 'file,q3.pdf,application/pdf,%PDF-1.7 bytes|title,Q3 report|pages,2|tags,a|tags,b|meta,{"author":"Ada"}',
                   parsed_by_node(content_type, request.body)
    end
  end

  def test_the_client_sends_a_model_form_encoded
    RecordingServer.open do |server|
      client_for(server).call_api(
        upload_operation('application/x-www-form-urlencoded'), { body: R::Pet.new(name: 'A & B', owner: R::Owner.new(id: 7)) }, {}
      )
      request = server.requests.fetch(0)
      assert_equal 'application/x-www-form-urlencoded', request.headers.fetch('content-type')
      assert_equal 'name=A%20%26%20B&owner[id]=7', request.body
    end
  end

  def test_a_form_string_body_is_sent_as_it_is
    RecordingServer.open do |server|
      client_for(server).call_api(upload_operation('application/x-www-form-urlencoded'), { body: 'a=1&b=%20' }, {})
      assert_equal 'a=1&b=%20', server.requests.fetch(0).body
    end
  end

  def test_a_multipart_body_that_is_not_fields_is_refused_before_sending
    RecordingServer.open do |server|
      error = assert_raises(R::InvalidRequestError) { client_for(server).call_api(upload_operation, { body: 'raw' }, {}) }
      assert_equal 'upload_document: a multipart/form-data body must be a Hash or a model, got String', error.message
      assert_empty server.requests
    end
  end

  def test_a_json_part_that_cannot_be_json_is_refused_before_sending
    RecordingServer.open do |server|
      error = assert_raises(R::InvalidRequestError) do
        client_for(server).call_api(upload_operation, { body: { meta: { ratio: Float::NAN } } }, {})
      end
      assert_equal 'upload_document: a part of the body cannot be sent as JSON (JSON::GeneratorError)', error.message
      assert_empty server.requests
    end
  end

  private

  # The fields as Node's own multipart parser (undici's Response#formData) reads them:
  # "name,value" for text and "name,filename,type,content" for files, joined by "|".
  def parsed_by_node(content_type, body)
    script = <<~JS
      const chunks = [];
      process.stdin.on("data", (chunk) => chunks.push(chunk));
      process.stdin.on("end", async () => {
        const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": process.argv[1] } }).formData();
        const fields = [];
        for (const [name, value] of form) {
          fields.push(typeof value === "string" ? [name, value] : [name, value.name, value.type, await value.text()]);
        }
        process.stdout.write(fields.map((field) => field.join(",")).join("|"));
      });
    JS
    stdout, stderr, status = Open3.capture3(ENV.fetch('NODE', 'node'), '-e', script, content_type, stdin_data: body, binmode: true)
    assert status.success?, "node could not parse the body: #{stderr}"
    stdout
  end
end
