# frozen_string_literal: true

require 'json'
require_relative 'paths'

$LOAD_PATH.unshift(Paths::GEM_LIB) unless $LOAD_PATH.include?(Paths::GEM_LIB)

# What the tests of the generated gem need to know about it: its names come from the gemspec and
# the main file, not from this test.
module GeneratedGem
  GEM_NAME = File.basename(Dir[File.join(Paths::GEM, '*.gemspec')].first || raise("no gemspec in #{Paths::GEM}"), '.gemspec')
  require GEM_NAME
  MODULE = Object.const_get(File.read(File.join(Paths::GEM_LIB, "#{GEM_NAME}.rb"))[/^module (\w+)/, 1])

  # Every generated API class (the classes with an OPERATIONS table).
  def self.api_classes
    MODULE.constants.map { |name| MODULE.const_get(name) }.select { |value| value.is_a?(Class) && value.const_defined?(:OPERATIONS, false) }
  end

  # [api class, method name, ApiOperation] for an operationId.
  def self.find_operation(operation_id)
    api_classes.each do |api_class|
      api_class::OPERATIONS.each do |method_name, operation|
        return [api_class, method_name, operation] if operation.operation_id == operation_id
      end
    end
    raise KeyError, "no generated method for operationId #{operation_id.inspect}"
  end

  # The spec's first server: the mock's address in the docs' examples.
  def self.default_server_url
    MODULE::API_DESCRIPTION.server_url
  end
end
