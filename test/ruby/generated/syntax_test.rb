# frozen_string_literal: true

require 'minitest/autorun'
require 'open3'
require 'tmpdir'
require 'fileutils'
require_relative '../support/paths'

# Every generated Ruby file compiles with warnings on and prints none; the gem loads without
# warnings and builds.
class GeneratedSyntaxTest < Minitest::Test
  FILES = Dir[File.join(Paths::GEM, '**', '*.{rb,gemspec}')].sort

  def test_the_gem_was_generated
    refute_empty FILES, 'run `npm run generate -- --flavor ruby` first'
    assert_operator FILES.length, :>=, 10
  end

  FILES.each do |file|
    define_method("test_ruby_-wc #{file.delete_prefix("#{Paths::ROOT}/")}") do
      stdout, stderr, status = Open3.capture3(RbConfig.ruby, '-wc', file)
      assert status.success?, stderr
      assert_equal "Syntax OK\n", stdout
      assert_empty stderr, 'ruby -wc printed warnings'
    end
  end

  def test_every_file_starts_with_the_frozen_string_literal_comment
    FILES.each { |file| assert File.read(file).start_with?("# frozen_string_literal: true\n"), file }
  end

  def test_loading_the_gem_prints_no_warnings
    gem_name = File.basename(Dir[File.join(Paths::GEM, '*.gemspec')].first, '.gemspec')
    script = "require '#{gem_name}'; #{gem_name.split('_').map(&:capitalize).join}::Configuration.new"
    _stdout, stderr, status = Open3.capture3(RbConfig.ruby, '-w', '-I', Paths::GEM_LIB, '-e', script)
    assert status.success?, stderr
    assert_empty stderr
  end

  def test_the_gem_builds
    skip 'the gem command is not installed' unless system('gem', '--version', out: File::NULL, err: File::NULL)
    Dir.mktmpdir do |dir|
      FileUtils.cp_r(Dir[File.join(Paths::GEM, '*')], dir)
      gemspec = Dir[File.join(dir, '*.gemspec')].first
      stdout, stderr, status = Open3.capture3('gem', 'build', File.basename(gemspec), chdir: dir)
      assert status.success?, "#{stdout}\n#{stderr}"
      refute_empty Dir[File.join(dir, '*.gem')]
    end
  end
end
