#!/bin/sh
# Entry point of the Ruby tests for `npm test`: says loudly what to install when Ruby is missing,
# then runs test/ruby/run.rb (minitest; exits non-zero on failure).
if ! command -v ruby >/dev/null 2>&1; then
  echo "" >&2
  echo "  Ruby is not installed, so the Ruby client cannot be tested." >&2
  echo "  Install it (Ruby 3.1 or later, minitest included):  apt-get install -y ruby" >&2
  echo "" >&2
  exit 1
fi
exec ruby -w "$(dirname "$0")/run.rb" "$@"
