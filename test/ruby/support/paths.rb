# frozen_string_literal: true

# Where the Ruby tests find the project's files, wherever they are run from.
module Paths
  ROOT = File.expand_path('../../..', __dir__)
  RUNTIME = File.join(ROOT, 'templates', 'ruby', 'runtime')
  GENERATED = File.join(ROOT, 'generated')
  GEM = File.join(GENERATED, 'ruby')
  GEM_LIB = File.join(GEM, 'lib')
  DOCS = File.join(GENERATED, 'docs', 'ruby')
  SCENARIOS = File.join(ROOT, 'test', 'contract', 'scenarios.json')
end
