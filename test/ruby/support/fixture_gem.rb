# frozen_string_literal: true

require 'fileutils'
require 'open3'
require 'tmpdir'
require_relative 'paths'

# The Ruby client of a fixture spec (test/fixtures/…), generated with the real CLI into a temporary
# folder once per process (removed at exit) and loaded: its module, and its API classes.
class FixtureGem
  LOCK = Mutex.new
  # spec path => FixtureGem, filled under LOCK
  GENERATED = {}

  # @return [String] the gem's lib folder
  attr_reader :lib
  # @return [String] e.g. 'failing_server'
  attr_reader :gem_name
  # @return [Module] e.g. FailingServer
  attr_reader :module

  # The fixture's gem, generated and required on first use.
  #
  # @param spec [String] path of the spec, relative to the project or absolute
  def self.for(spec)
    LOCK.synchronize { GENERATED[spec] ||= new(File.expand_path(spec, Paths::ROOT)) }
  end

  def initialize(spec)
    dir = Dir.mktmpdir('fixture-gem-')
    at_exit { FileUtils.remove_entry(dir, true) }
    command = [ENV.fetch('NPX', 'npx'), 'tsx', 'scripts/cli.ts', '--spec', spec, '--out', dir, '--flavor', 'ruby', '--no-lint', '--quiet']
    stdout, stderr, status = Open3.capture3(*command, chdir: Paths::ROOT)
    raise "generating the Ruby client of #{spec} failed (#{command.join(' ')}):\n#{stdout}#{stderr}" unless status.success?

    @lib = File.join(dir, 'ruby', 'lib')
    gemspec = Dir[File.join(dir, 'ruby', '*.gemspec')].first || raise("no gemspec generated for #{spec}")
    @gem_name = File.basename(gemspec, '.gemspec')
    $LOAD_PATH.unshift(@lib)
    require @gem_name
    @module = Object.const_get(File.read(File.join(@lib, "#{@gem_name}.rb"))[/^module (\w+)/, 1])
  end

  # [API class, method name, ApiOperation] of an operationId.
  def find_operation(operation_id)
    api_classes.each do |api_class|
      api_class::OPERATIONS.each do |method_name, operation|
        return [api_class, method_name, operation] if operation.operation_id == operation_id
      end
    end
    raise KeyError, "#{gem_name} has no operation #{operation_id.inspect}"
  end

  # Every API class (the classes with an OPERATIONS table).
  def api_classes
    @module.constants.map { |name| @module.const_get(name) }.select { |value| value.is_a?(Class) && value.const_defined?(:OPERATIONS, false) }
  end
end
