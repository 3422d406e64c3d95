# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# A file to send as one part of a multipart/form-data body, with the name and media type the
# server sees. Any IO (File, StringIO, …) or binary String works as a part too; FilePart is for
# when the filename or content type should be something else.
#
#   api.upload_document({ 'file' => FilePart.new(File.binread('q3.pdf'), filename: 'q3.pdf',
#                                                content_type: 'application/pdf'), 'title' => 'Q3' })
class FilePart
  DEFAULT_CONTENT_TYPE = 'application/octet-stream'

  # @return [String, #read] the bytes, or an IO to read them from
  attr_reader :content
  # @return [String] sent as the part's filename
  attr_reader :filename
  # @return [String] sent as the part's Content-Type
  attr_reader :content_type

  # @param content [String, #read]
  # @param filename [String, nil] defaults to the IO's file name, else "blob"
  # @param content_type [String, nil] defaults to application/octet-stream
  def initialize(content, filename: nil, content_type: nil)
    @content = content
    @filename = (filename || FormBody.default_filename(content)).to_s
    @content_type = (content_type || DEFAULT_CONTENT_TYPE).to_s
    freeze
  end

  # @return [String] the bytes (binary)
  def bytes
    (content.respond_to?(:read) ? content.read : content).to_s.b
  end
end

# Request bodies of the form media types, written as the TypeScript sdk writes them:
#
# - application/x-www-form-urlencoded: the query string's rules: nil skipped, arrays repeat the
#   name (+tag=a&tag=b+), hashes are deepObject (+meta[author]=Ada+), Time and Date ISO 8601;
#   names and values percent-encoded as UTF-8 (everything but RFC 3986's unreserved characters).
# - multipart/form-data: one part per field, in order: a FilePart, an IO or a binary String is a
#   file part (filename and Content-Type); an array gives one part per item; a Hash or model is a
#   JSON part (Content-Type: application/json, the default encoding of an object property);
#   anything else a text part (Time and Date ISO 8601). nil is skipped.
module FormBody
  # RFC 3986 unreserved characters: everything else is percent-encoded.
  RESERVED_BYTES = /[^A-Za-z0-9\-._~]/n.freeze
  # In a part's name and filename, as browsers write them (WHATWG HTML's multipart encoding).
  DISPOSITION_ESCAPES = { "\r" => '%0D', "\n" => '%0A', '"' => '%22' }.freeze
  # CR and LF would start a new part header; NUL is never valid.
  UNSAFE_HEADER_CHARACTERS = /[\r\n\0]/.freeze

  module_function

  # @param text [#to_s]
  # @return [String] UTF-8 bytes, percent-encoded but for A-Z a-z 0-9 - . _ ~
  def percent_encode(text)
    text.to_s.encode(Encoding::UTF_8).b.gsub(RESERVED_BYTES) { |byte| format('%%%02X', byte.ord) }
  end

  # An application/x-www-form-urlencoded body.
  #
  # @param fields [Hash, ApiModel] wire names (String or Symbol) to values
  # @return [String]
  def urlencoded(fields)
    pairs = []
    ApiModel.encode(fields).each { |name, value| add_pairs(pairs, percent_encode(name), value) }
    pairs.join('&')
  end

  # A multipart/form-data body and its Content-Type (with the boundary).
  #
  # @param fields [Hash, ApiModel] wire names (String or Symbol) to values
  # @param operation_id [String] for error messages
  # @param media_type [String] e.g. "multipart/form-data"
  # @return [Array(String, String)] the body (binary) and the Content-Type header value
  # @raise [InvalidRequestError] for a file part's content type with CR, LF or NUL
  def multipart(fields, operation_id:, media_type: 'multipart/form-data')
    parts = []
    ApiModel.encode(fields).each { |name, value| add_parts(parts, name.to_s, value, operation_id) }
    boundary = new_boundary
    boundary = new_boundary while parts.any? { |part| part.include?(boundary) }
    body = String.new(encoding: Encoding::BINARY)
    parts.each { |part| body << "--#{boundary}\r\n" << part << "\r\n" }
    body << "--#{boundary}--\r\n"
    [body, "#{media_type}; boundary=#{boundary}"]
  end

  # The filename of a part read from +content+: the IO's file name, else "blob" (as a browser
  # names a Blob).
  def default_filename(content)
    path = content.respond_to?(:path) ? content.path : nil
    path.is_a?(String) && !path.empty? ? File.basename(path) : 'blob'
  end

  # @!visibility private
  def add_pairs(pairs, name, value)
    case value
    when nil then nil
    when Array then value.each { |item| add_pairs(pairs, name, item) }
    when Hash then value.each { |key, item| add_pairs(pairs, "#{name}[#{percent_encode(key)}]", item) }
    else pairs << "#{name}=#{percent_encode(value)}"
    end
  end

  # @!visibility private
  def add_parts(parts, name, value, operation_id)
    if value.is_a?(Array)
      value.each { |item| add_parts(parts, name, item, operation_id) }
    elsif file?(value)
      parts << file_part(name, value.is_a?(FilePart) ? value : FilePart.new(value), operation_id)
    elsif value.is_a?(Hash)
      parts << part(name, nil, 'application/json', JSON.generate(value))
    elsif !value.nil?
      parts << part(name, nil, nil, value.to_s)
    end
  end

  # @!visibility private
  def file?(value)
    value.is_a?(FilePart) || value.respond_to?(:read) || (value.is_a?(String) && value.encoding == Encoding::BINARY)
  end

  # @!visibility private
  def file_part(name, file, operation_id)
    if file.content_type.match?(UNSAFE_HEADER_CHARACTERS)
      raise InvalidRequestError, "#{operation_id}: the content type of file part #{name.inspect} contains CR, LF or NUL"
    end

    part(name, file.filename, file.content_type, file.bytes)
  end

  # @!visibility private
  def part(name, filename, content_type, content)
    head = +"Content-Disposition: form-data; name=\"#{disposition_text(name)}\""
    head << "; filename=\"#{disposition_text(filename)}\"" if filename
    head << "\r\nContent-Type: #{content_type}" if content_type
    "#{head}\r\n\r\n".b << content.b
  end

  # @!visibility private
  def disposition_text(text)
    text = text.encode(Encoding::UTF_8) unless text.encoding == Encoding::BINARY
    text.b.gsub(/[\r\n"]/n, DISPOSITION_ESCAPES)
  end

  # @!visibility private
  def new_boundary
    "----FormBoundary#{Random.urandom(16).unpack1('H*')}"
  end
end
