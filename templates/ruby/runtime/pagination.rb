# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# Iteration over every item of a paginated list operation.
module Pagination
  # Page size when the caller does not give one.
  DEFAULT_PAGE_SIZE = 100

  # An Enumerator over every item of an offset/limit paginated list. Pages are fetched only as
  # the items are consumed: nothing is sent before the first item is asked for, and
  # +first(3)+ fetches one page.
  #
  # The offset advances by the number of items received. Iteration stops after an empty page;
  # when the page reports a total, once the offset reaches it; otherwise after a page shorter than
  # the limit. (With a total, a short page does not stop it: servers often cap the limit silently.)
  #
  # @param fetch_page [#call] the list method: called with +arguments+ and the options of one
  #   page, returns the decoded page
  # @param arguments [Array] the list method's positional arguments
  # @param opts [Hash] the caller's options; +limit+ and +offset+ (when given) set the page size
  #   and the first offset
  # @param limit [Symbol] the option naming the page size
  # @param offset [Symbol] the option naming the offset
  # @param items [Symbol] the page attribute holding the items
  # @param total [Symbol, nil] the page attribute holding the total number of items, if any
  # @yieldparam item [Object] when a block is given, each item, and the method returns nil
  # @return [Enumerator, nil]
  # @raise [InvalidRequestError] when the page size is not a positive Integer or the offset is negative
  def self.offset(fetch_page, arguments, opts, limit:, offset:, items:, total: nil, &block)
    page_size = opts[limit] || DEFAULT_PAGE_SIZE
    unless page_size.is_a?(Integer) && page_size.positive?
      raise InvalidRequestError, "#{limit} must be a positive Integer, got #{page_size.inspect}"
    end

    start = opts[offset] || 0
    unless start.is_a?(Integer) && start >= 0
      raise InvalidRequestError, "#{offset} must be an Integer >= 0, got #{start.inspect}"
    end

    enumerator = Enumerator.new do |yielder|
      position = start
      loop do
        page = fetch_page.call(*arguments, opts.merge(limit => page_size, offset => position))
        received = Array(page_value(page, items))
        received.each { |item| yielder << item }
        position += received.length
        known_total = total && page_value(page, total)
        break if received.empty? || (known_total.nil? ? received.length < page_size : position >= known_total)
      end
    end
    return enumerator unless block

    enumerator.each(&block)
    nil
  end

  # @!visibility private
  def self.page_value(page, attribute)
    page.respond_to?(attribute) ? page.public_send(attribute) : nil
  end
end
