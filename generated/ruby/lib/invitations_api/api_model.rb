# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Base class of the generated models. A model declares its attributes with ApiModel.attribute
# and gets:
#
# - +new(attributes)+ with Ruby attribute names (an unknown name raises ArgumentError);
# - +build_from_hash(json)+ from a parsed JSON object (wire names), decoding nested models,
#   arrays, maps and date-times, and keeping fields it does not know in #additional_properties;
# - #to_hash (wire names as String keys, only attributes that were set, +nil+ included when set
#   to nil) and #to_json, so build_from_hash(json).to_hash == json.
#
# Types are Strings: 'String', 'Integer', 'Float', 'Boolean', 'Time' (date-time), 'Date',
# 'Object' (any JSON), 'Array<T>', 'Hash<String, T>' and model names. Decoding is lenient: a value
# that does not fit its type is kept as it arrived rather than lost.
class ApiModel
  # One declared attribute.
  Attribute = Struct.new(:name, :wire_name, :type, :required, :nullable, keyword_init: true)

  # The module the generated models live in (the gem's module, into which the runtime is
  # loaded): type names are looked up there.
  NAMESPACE = Module.nesting.last

  TYPE_PATTERN = /\A(?:Array<(?<items>.+)>|Hash<String, ?(?<values>.+)>)\z/.freeze
  private_constant :TYPE_PATTERN

  class << self
    # Declares an attribute: a reader, a writer, and how it maps to JSON.
    #
    # @!macro [attach] attribute
    #   @!attribute [rw] $1
    # @param name [Symbol] the Ruby name
    # @param type [String] see the class documentation
    # @param wire [String] the name in JSON (defaults to +name+)
    # @param required [Boolean] documentation only: the client does not refuse a model without it
    # @param nullable [Boolean] whether JSON null is a valid value
    def attribute(name, type, wire: name.to_s, required: false, nullable: false)
      own_attributes[name] = Attribute.new(name: name, wire_name: wire, type: type, required: required, nullable: nullable)
                                      .freeze
      define_method(name) { @values[name] }
      define_method(:"#{name}=") { |value| @values[name] = value }
    end

    # @return [Hash{Symbol => Attribute}] every attribute, inherited ones first
    def attributes
      superclass.respond_to?(:attributes) ? superclass.attributes.merge(own_attributes) : own_attributes
    end

    # Decodes a parsed JSON object (String or Symbol keys, wire names).
    #
    # @param hash [Hash, nil]
    # @return [ApiModel, nil] nil for nil; anything that is not a Hash comes back unchanged
    def build_from_hash(hash)
      return hash unless hash.is_a?(Hash)

      model = new
      remaining = hash.transform_keys(&:to_s)
      attributes.each_value do |attribute|
        next unless remaining.key?(attribute.wire_name)

        model.public_send(:"#{attribute.name}=", ApiModel.decode(attribute.type, remaining.delete(attribute.wire_name)))
      end
      model.additional_properties.merge!(remaining)
      model
    end

    # @!visibility private
    def check_attribute_names(names)
      unknown = names - attributes.keys
      return if unknown.empty?

      raise ArgumentError,
            "unknown attribute(s) #{unknown.map(&:inspect).join(', ')} for #{name} (known: #{attributes.keys.join(', ')})"
    end

    private

    def own_attributes
      @own_attributes ||= {}
    end
  end

  # Fields of the JSON object that this version of the client does not know, by wire name;
  # #to_hash sends them back.
  # @return [Hash{String => Object}]
  attr_reader :additional_properties

  # @param attributes [Hash{Symbol, String => Object}] Ruby attribute names and values
  def initialize(attributes = {})
    @values = {}
    @additional_properties = {}
    raise ArgumentError, "expected a Hash of attributes, got #{attributes.class}" unless attributes.is_a?(Hash)

    names = attributes.keys.map(&:to_sym)
    self.class.check_attribute_names(names)
    attributes.each { |key, value| public_send(:"#{key}=", value) }
  end

  # @return [Hash{String => Object}] the JSON object: wire names, attributes that were set, then
  #   the additional properties
  def to_hash
    json = {}
    self.class.attributes.each_value do |attribute|
      json[attribute.wire_name] = ApiModel.encode(@values[attribute.name]) if @values.key?(attribute.name)
    end
    @additional_properties.each { |wire_name, value| json[wire_name] = ApiModel.encode(value) unless json.key?(wire_name) }
    json
  end
  alias to_h to_hash

  # @return [String] the JSON text
  def to_json(*args)
    to_hash.to_json(*args)
  end

  # Models are equal when they are of the same class and their JSON is equal.
  def ==(other)
    other.instance_of?(self.class) && other.to_hash == to_hash
  end
  alias eql? ==

  def hash
    [self.class, to_hash].hash
  end

  def inspect
    fields = @values.map { |name, value| "#{name}=#{value.inspect}" }
    fields << "additional_properties=#{@additional_properties.inspect}" unless @additional_properties.empty?
    "#<#{self.class.name}#{fields.empty? ? '' : " #{fields.join(', ')}"}>"
  end
  alias to_s inspect

  # Decodes a parsed JSON value into +type+ (see the class documentation).
  #
  # @param type [String, nil]
  # @return [Object]
  def self.decode(type, value)
    return value if value.nil? || type.nil?

    match = TYPE_PATTERN.match(type)
    if match && match[:items]
      value.is_a?(Array) ? value.map { |item| decode(match[:items], item) } : value
    elsif match
      value.is_a?(Hash) ? value.to_h { |key, item| [key.to_s, decode(match[:values], item)] } : value
    else
      decode_scalar(type, value)
    end
  end

  # Encodes a value for JSON: models become Hashes, Time and Date ISO 8601 strings.
  def self.encode(value)
    case value
    when ApiModel then value.to_hash
    when Array then value.map { |item| encode(item) }
    when Hash then value.to_h { |key, item| [key.to_s, encode(item)] }
    when Time then value.iso8601(fraction_digits(value))
    when Date then value.iso8601
    else value
    end
  end

  # @!visibility private
  def self.decode_scalar(type, value)
    case type
    when 'String', 'Integer', 'Float', 'Boolean', 'Object' then value
    when 'Time' then value.is_a?(String) ? parse_or_keep { Time.iso8601(value) } || value : value
    when 'Date' then value.is_a?(String) ? parse_or_keep { Date.iso8601(value) } || value : value
    else
      target = NAMESPACE.const_defined?(type) ? NAMESPACE.const_get(type) : nil
      target.respond_to?(:build_from_hash) ? target.build_from_hash(value) : value
    end
  end

  # @!visibility private
  def self.parse_or_keep
    yield
  rescue ArgumentError
    nil
  end

  # @!visibility private
  def self.fraction_digits(time)
    return 0 if time.nsec.zero?
    return 3 if (time.nsec % 1_000_000).zero?

    (time.nsec % 1000).zero? ? 6 : 9
  end
end
