# frozen_string_literal: true

# Runs every Ruby test (test/ruby/**/*_test.rb) with minitest and exits non-zero on failure:
#
#   ruby test/ruby/run.rb            # from anywhere; the tests find the project themselves
#   ruby test/ruby/run.rb -n /retry/ # minitest's options pass through
#
# The runtime tests need only Ruby; the tests of the generated gem need `npm run generate` and
# Node (they start Prism from node_modules).

if RUBY_VERSION < '3.1'
  warn "The Ruby tests need Ruby 3.1 or later (found #{RUBY_VERSION}): apt-get install -y ruby"
  exit 2
end

begin
  require 'minitest/autorun'
rescue LoadError
  warn 'minitest is missing (it ships with Ruby as a bundled gem): apt-get install -y ruby, or gem install minitest'
  exit 2
end

Dir[File.join(__dir__, '**', '*_test.rb')].sort.each { |file| require file }
