# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../support/runtime_helpers'

# Offset pagination: lazily, page by page, stopping where the pages say.
class PaginationTest < Minitest::Test
  include RuntimeHelpers

  Page = Struct.new(:data, :total_count)

  # A fake list method over +items+ that records the options of each call.
  def lister(items, total: true, cap: nil)
    calls = []
    fetch = lambda do |owner, opts|
      calls << [owner, opts.dup]
      limit = [opts[:limit], cap].compact.min
      Page.new(items[opts[:offset], limit] || [], total ? items.length : nil)
    end
    [fetch, calls]
  end

  def paginate(fetch, opts = {}, &block)
    R::Pagination.offset(fetch, ['owner-1'], opts, limit: :limit, offset: :offset, items: :data, total: :total_count, &block)
  end

  def test_nothing_is_fetched_before_the_first_item_and_pages_follow_demand
    fetch, calls = lister((1..25).to_a)
    enumerator = paginate(fetch, limit: 10, status: 'pending')
    assert_empty calls
    assert_equal [1, 2, 3], enumerator.first(3)
    assert_equal 1, calls.length
    assert_equal (1..25).to_a, enumerator.to_a
    assert_equal [['owner-1', { limit: 10, status: 'pending', offset: 0 }], ['owner-1', { limit: 10, status: 'pending', offset: 10 }],
                  ['owner-1', { limit: 10, status: 'pending', offset: 20 }]], calls.drop(1)
  end

  def test_a_short_page_does_not_stop_it_when_the_total_is_known
    fetch, calls = lister((1..7).to_a, cap: 3)
    assert_equal (1..7).to_a, paginate(fetch, limit: 5).to_a
    assert_equal [0, 3, 6], calls.map { |_owner, opts| opts[:offset] }
  end

  def test_without_a_total_a_short_page_is_the_last
    fetch, calls = lister((1..7).to_a, total: false)
    assert_equal (1..7).to_a, paginate(fetch, limit: 5).to_a
    assert_equal 2, calls.length
  end

  def test_an_empty_page_stops_it_and_the_start_offset_is_honoured
    fetch, calls = lister((1..4).to_a, total: false)
    assert_equal [3, 4], paginate(fetch, limit: 2, offset: 2).to_a
    assert_equal [2, 4], calls.map { |_owner, opts| opts[:offset] }
  end

  def test_a_block_receives_every_item
    fetch, = lister((1..5).to_a)
    seen = []
    assert_nil(paginate(fetch, limit: 2) { |item| seen << item })
    assert_equal (1..5).to_a, seen
  end

  def test_default_page_size
    fetch, calls = lister([1])
    paginate(fetch).to_a
    assert_equal 100, calls.first[1][:limit]
  end

  def test_invalid_page_size_or_offset_is_refused_at_once
    fetch, = lister([])
    assert_raises(R::InvalidRequestError) { paginate(fetch, limit: 0) }
    assert_raises(R::InvalidRequestError) { paginate(fetch, limit: 2.5) }
    assert_raises(R::InvalidRequestError) { paginate(fetch, offset: -1) }
  end

  def test_through_the_client_against_a_server
    RecordingServer.open do |server|
      server.reply(body: '{"data":[{"name":"a"},{"name":"b"}],"total_count":3}')
      server.reply(body: '{"data":[{"name":"c"}],"total_count":3}')
      client = client_for(server)
      list = operation(path: '/pets', parameters: [parameter(:limit, 'limit', :query), parameter(:offset, 'offset', :query)], return_type: 'PetPage')
      fetch = ->(opts) { client.call_api(list, {}, opts).first }
      names = R::Pagination.offset(fetch, [], { limit: 2 }, limit: :limit, offset: :offset, items: :data, total: :total_count).map(&:name)
      assert_equal %w[a b c], names
      assert_equal ['limit=2&offset=0', 'limit=2&offset=2'], server.requests.map(&:query)
    end
  end
end
