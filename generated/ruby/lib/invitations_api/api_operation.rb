# frozen_string_literal: true

# Runtime of the generated client: hand-written, tested on its own, copied verbatim into every
# generated gem. The gem's main file loads it into the gem's module; do not require it directly.

# One parameter of an operation, as the generated API classes describe it: its Ruby name, its
# name on the wire, where it goes and how it is serialised.
class ApiParameter
  LOCATIONS = %i[path query header cookie body].freeze

  # @return [Symbol] the Ruby argument name, e.g. :tr_organization
  attr_reader :name
  # @return [String] the name in the API description, e.g. 'TR-Organization'
  attr_reader :wire_name
  # @return [Symbol] :path, :query, :header, :cookie or :body
  attr_reader :location
  # @return [Boolean] required parameters are positional arguments, the others keys of +opts+
  attr_reader :required
  # @return [Boolean] for arrays: repeat the name (true) or join with commas (false)
  attr_reader :explode
  # @return [Boolean] for query hashes: name[key]=value
  attr_reader :deep_object
  # @return [String, nil] the type, as in ApiModel types ('Array<String>', 'InvitationData')
  attr_reader :type

  def initialize(name, wire_name, location, required: false, explode: true, deep_object: false, type: nil)
    raise ArgumentError, "unknown parameter location #{location.inspect}" unless LOCATIONS.include?(location)

    @name = name
    @wire_name = wire_name
    @location = location
    @required = required
    @explode = explode
    @deep_object = deep_object
    @type = type
    freeze
  end
end

# One operation of the API description, as the generated API classes describe it.
class ApiOperation
  # @return [String] e.g. 'list_organization_invitations'
  attr_reader :operation_id
  # @return [Symbol] :get, :post, …
  attr_reader :http_method
  # @return [String] the path template, e.g. '/v1/organizations/{organization_id}/invitations'
  attr_reader :path
  # @return [String, nil] the operation's own server from the API description
  attr_reader :server_url
  # @return [Array<ApiParameter>] in the order of the method's arguments
  attr_reader :parameters
  # @return [String, nil] media type of the request body
  attr_reader :request_media_type
  # @return [Array<Array<String>>] security alternatives: each a list of scheme names that apply
  #   together; [] means no authentication
  attr_reader :security
  # @return [String, nil] type of the 2xx body (see ApiModel); nil when there is none
  attr_reader :return_type
  # @return [Symbol] :json (decoded into return_type) or :text (the body String as received)
  attr_reader :response_format

  def initialize(operation_id:, http_method:, path:, parameters:, security:,
                 server_url: nil, request_media_type: nil, return_type: nil, response_format: :json)
    @operation_id = operation_id
    @http_method = http_method
    @path = path
    @server_url = server_url
    @parameters = parameters.freeze
    @request_media_type = request_media_type
    @security = security.freeze
    @return_type = return_type
    @response_format = response_format
    freeze
  end

  # @return [Array<ApiParameter>] the positional arguments, in order
  def required_parameters
    parameters.select(&:required)
  end

  # @return [Array<ApiParameter>] the parameters passed as keys of +opts+
  def optional_parameters
    parameters.reject(&:required)
  end

  # @return [ApiParameter, nil]
  def body_parameter
    parameters.find { |parameter| parameter.location == :body }
  end
end
