# frozen_string_literal: true

require 'minitest/autorun'
require 'open3'
require_relative '../support/paths'
require_relative '../support/generated_gem'
require_relative '../support/prism'

# The Ruby code in generated/docs/ruby, run as a reader would run it: every method's examples
# against Prism (its server URL swapped for the test's port, credentials from the contract
# scenarios in the environment), every model's example, and the README's getting-started code.
# Every other Ruby block must at least compile.
class DocsExamplesTest < Minitest::Test
  parallelize_me!

  FENCE = /^(?<fence>`{3,})ruby\n(?<code>.*?)\n\k<fence>$/m.freeze
  CREDENTIALS = JSON.parse(File.read(Paths::SCENARIOS)).fetch('credentials')

  # The environment variable an example reads a scheme's credential from: ApiKey -> API_KEY.
  def self.environment_variable(scheme_name)
    scheme_name.gsub(/([a-z\d])([A-Z])/, '\1_\2').gsub(/[^A-Za-z0-9]+/, '_').upcase
  end

  def self.blocks(text)
    text.to_enum(:scan, FENCE).map { Regexp.last_match[:code] }
  end

  # [name, code, needs the mock] for every runnable example.
  def self.runnable
    examples = []
    Dir[File.join(Paths::DOCS, '*Api.md')].sort.each do |page|
      File.read(page).split(/^## /).drop(1).each do |section|
        code = blocks(section)
        examples << ["#{File.basename(page)} #{section[/\A\w+/]}", code.join("\n\n"), true] unless code.empty?
      end
    end
    Dir[File.join(Paths::DOCS, 'models', '*.md')].sort.each do |page|
      code = blocks(File.read(page).split(/^## Example$/)[1].to_s)
      examples << ["models/#{File.basename(page)}", code.join("\n\n"), false] unless code.empty?
    end
    getting_started = File.read(File.join(Paths::DOCS, 'README.md'))[/^## Getting Started$(.*?)^## /m, 1].to_s
    examples << ['README.md Getting Started', blocks(getting_started).join("\n\n"), true]
  end

  def test_the_docs_have_examples
    pages = Dir[File.join(Paths::DOCS, '**', '*.md')]
    refute_empty pages, 'run `npm run generate -- --flavor ruby` first'
    assert_operator self.class.runnable.count { |_name, _code, mock| mock }, :>=, GeneratedGem.api_classes.sum { |api| api::OPERATIONS.size }
  end

  runnable.each do |name, code, needs_mock|
    define_method("test_example #{name}") do
      env = CREDENTIALS.to_h { |scheme, credential| [self.class.environment_variable(scheme), credential] }
      if needs_mock
        server = "'#{GeneratedGem.default_server_url}'"
        assert_includes code, server, 'the example points at the default server, which the test swaps for its mock'
        code = code.gsub(server, "'#{PrismServer.instance.url}'")
      end
      stdout, stderr, status = Open3.capture3(env, RbConfig.ruby, '-w', '-I', Paths::GEM_LIB, '-e', code)
      assert status.success?, "#{name} failed:\n#{stderr}\n#{stdout}"
      assert_empty stderr, "#{name} printed warnings or errors"
      refute_match(/Error when calling/, stdout)
    end
  end

  def test_every_other_ruby_block_compiles
    Dir[File.join(Paths::DOCS, '**', '*.md')].sort.each do |page|
      self.class.blocks(File.read(page)).each do |code|
        _stdout, stderr, status = Open3.capture3(RbConfig.ruby, '-wc', '-e', code)
        assert status.success?, "#{page}: #{stderr}"
        assert_empty stderr, "#{page}: #{stderr}"
      end
    end
  end
end
