// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
//
// The operations of tag Organization Invitations as standalone functions: import only what you call and
// bundlers drop the rest. `OrganizationInvitationsApi` wraps them as methods.
import type { operations } from "../schema.js";
import { paginate, send, serializeQuery, type ApiResponse, type RequestOptions, type ResolvedClientConfig } from "../runtime/index.js";

/** Arguments of `listInstanceOrganizationInvitations`. */
export interface ListInstanceOrganizationInvitationsParams {
  /**
   * Allows to return organization invitations in a particular order.
   * At the moment, you can order the returned organization invitations either by their `created_at` or `email_address`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  orderBy?: NonNullable<operations["list_instance_organization_invitations"]["parameters"]["query"]>["order_by"];
  /**
   * Filter organization invitations based on their status. Repeat the parameter to match several
   * statuses, e.g. `status=pending&status=expired`.
   */
  status?: NonNullable<operations["list_instance_organization_invitations"]["parameters"]["query"]>["status"];
  /** Filter organization invitations based on their `email_address` */
  query?: NonNullable<operations["list_instance_organization_invitations"]["parameters"]["query"]>["query"];
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: NonNullable<operations["list_instance_organization_invitations"]["parameters"]["query"]>["limit"];
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: NonNullable<operations["list_instance_organization_invitations"]["parameters"]["query"]>["offset"];
}

/** What `listInstanceOrganizationInvitations` resolves to. */
export type ListInstanceOrganizationInvitationsResult =
  | operations["list_instance_organization_invitations"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `listInstanceOrganizationInvitations` (`ApiError.body`). */
export type ListInstanceOrganizationInvitationsErrorBody =
  | operations["list_instance_organization_invitations"]["responses"][400]["content"]["application/json"]
  | operations["list_instance_organization_invitations"]["responses"][404]["content"]["application/json"]
  | operations["list_instance_organization_invitations"]["responses"][422]["content"]["application/json"]
  | operations["list_instance_organization_invitations"]["responses"][500]["content"]["application/json"];

/**
 * Get a list of organization invitations for the current instance
 *
 * This request returns the list of organization invitations for the instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * You can filter them by providing the 'status' query parameter, that accepts multiple values.
 * You can change the order by providing the 'order' query parameter, that accepts multiple values.
 * You can filter by the invited user email address providing the `query` query parameter.
 * The organization invitations are ordered by descending creation date by default.
 *
 * `GET /v1/organization_invitations`
 * @throws `ApiError` with the parsed error body (`ListInstanceOrganizationInvitationsErrorBody`) for HTTP 400, 404, 422, 500.
 */
export async function listInstanceOrganizationInvitationsWithHttpInfo(
  config: ResolvedClientConfig,
  params: ListInstanceOrganizationInvitationsParams = {},
  options?: RequestOptions,
): Promise<ApiResponse<ListInstanceOrganizationInvitationsResult>> {
  return send<ListInstanceOrganizationInvitationsResult>(
    config,
    {
      operationId: "list_instance_organization_invitations",
      method: "GET",
      path: "/v1/organization_invitations",
      serverUrl: "https://api.clerk.com",
      query: serializeQuery({
        order_by: params.orderBy,
        status: params.status,
        query: params.query,
        limit: params.limit,
        offset: params.offset,
      }),
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Get a list of organization invitations for the current instance
 *
 * This request returns the list of organization invitations for the instance.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * You can filter them by providing the 'status' query parameter, that accepts multiple values.
 * You can change the order by providing the 'order' query parameter, that accepts multiple values.
 * You can filter by the invited user email address providing the `query` query parameter.
 * The organization invitations are ordered by descending creation date by default.
 *
 * `GET /v1/organization_invitations`
 * @throws `ApiError` with the parsed error body (`ListInstanceOrganizationInvitationsErrorBody`) for HTTP 400, 404, 422, 500.
 */
export async function listInstanceOrganizationInvitations(
  config: ResolvedClientConfig,
  params: ListInstanceOrganizationInvitationsParams = {},
  options?: RequestOptions,
): Promise<ListInstanceOrganizationInvitationsResult> {
  return (await listInstanceOrganizationInvitationsWithHttpInfo(config, params, options)).data;
}

/** One item of `ListInstanceOrganizationInvitationsResult`'s page. */
export type ListInstanceOrganizationInvitationsItem = NonNullable<ListInstanceOrganizationInvitationsResult>["data"][number];

/**
 * Every item of `listInstanceOrganizationInvitations`, page after page, fetched lazily as you iterate.
 * Pages are requested with `limit` items each (default 100), starting at `offset`.
 */
export function paginateListInstanceOrganizationInvitations(
  config: ResolvedClientConfig,
  params: ListInstanceOrganizationInvitationsParams = {},
  options?: RequestOptions,
): AsyncIterableIterator<ListInstanceOrganizationInvitationsItem> {
  return paginate<ListInstanceOrganizationInvitationsItem>(
    async ({ offset, limit }) => {
      const page = await listInstanceOrganizationInvitations(config, { ...params, offset: offset, limit: limit }, options);
      return { items: page["data"], total: page["total_count"] };
    },
    { offset: params.offset ?? 0, limit: params.limit ?? 100 },
  );
}

/** Arguments of `listOrganizationInvitations`. */
export interface ListOrganizationInvitationsParams {
  /** The organization ID. */
  organizationId: NonNullable<operations["list_organization_invitations"]["parameters"]["path"]>["organization_id"];
  /**
   * Filter organization invitations based on their status. Repeat the parameter to match several
   * statuses, e.g. `status=pending&status=expired`.
   */
  status?: NonNullable<operations["list_organization_invitations"]["parameters"]["query"]>["status"];
  /** Returns organization invitations inviting the specified email address. */
  emailAddress?: NonNullable<operations["list_organization_invitations"]["parameters"]["query"]>["email_address"];
  /**
   * Allows to return organization invitations in a particular order.
   * You can order the returned organization invitations either by their `created_at` or `email_address`.
   * In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
   * For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
   * If you don't use `+` or `-`, then `+` is implied.
   * Defaults to `-created_at`.
   */
  orderBy?: NonNullable<operations["list_organization_invitations"]["parameters"]["query"]>["order_by"];
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: NonNullable<operations["list_organization_invitations"]["parameters"]["query"]>["limit"];
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: NonNullable<operations["list_organization_invitations"]["parameters"]["query"]>["offset"];
}

/** What `listOrganizationInvitations` resolves to. */
export type ListOrganizationInvitationsResult =
  | operations["list_organization_invitations"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `listOrganizationInvitations` (`ApiError.body`). */
export type ListOrganizationInvitationsErrorBody =
  | operations["list_organization_invitations"]["responses"][400]["content"]["application/json"]
  | operations["list_organization_invitations"]["responses"][404]["content"]["application/json"]
  | operations["list_organization_invitations"]["responses"][422]["content"]["application/json"];

/**
 * Get a list of organization invitations
 *
 * This request returns the list of organization invitations.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * You can filter them by providing the 'status' query parameter, that accepts multiple values.
 * The organization invitations are ordered by descending creation date.
 * Most recent invitations will be returned first.
 * Any invitations created as a result of an Organization Domain are not included in the results.
 *
 * `GET /v1/organizations/{organization_id}/invitations`
 * @throws `ApiError` with the parsed error body (`ListOrganizationInvitationsErrorBody`) for HTTP 400, 404, 422.
 */
export async function listOrganizationInvitationsWithHttpInfo(
  config: ResolvedClientConfig,
  params: ListOrganizationInvitationsParams,
  options?: RequestOptions,
): Promise<ApiResponse<ListOrganizationInvitationsResult>> {
  return send<ListOrganizationInvitationsResult>(
    config,
    {
      operationId: "list_organization_invitations",
      method: "GET",
      path: "/v1/organizations/{organization_id}/invitations",
      serverUrl: "https://api.clerk.com",
      pathParams: {
        organization_id: params.organizationId,
      },
      query: serializeQuery({
        status: params.status,
        email_address: params.emailAddress,
        order_by: params.orderBy,
        limit: params.limit,
        offset: params.offset,
      }),
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Get a list of organization invitations
 *
 * This request returns the list of organization invitations.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * You can filter them by providing the 'status' query parameter, that accepts multiple values.
 * The organization invitations are ordered by descending creation date.
 * Most recent invitations will be returned first.
 * Any invitations created as a result of an Organization Domain are not included in the results.
 *
 * `GET /v1/organizations/{organization_id}/invitations`
 * @throws `ApiError` with the parsed error body (`ListOrganizationInvitationsErrorBody`) for HTTP 400, 404, 422.
 */
export async function listOrganizationInvitations(
  config: ResolvedClientConfig,
  params: ListOrganizationInvitationsParams,
  options?: RequestOptions,
): Promise<ListOrganizationInvitationsResult> {
  return (await listOrganizationInvitationsWithHttpInfo(config, params, options)).data;
}

/** One item of `ListOrganizationInvitationsResult`'s page. */
export type ListOrganizationInvitationsItem = NonNullable<ListOrganizationInvitationsResult>["data"][number];

/**
 * Every item of `listOrganizationInvitations`, page after page, fetched lazily as you iterate.
 * Pages are requested with `limit` items each (default 100), starting at `offset`.
 */
export function paginateListOrganizationInvitations(
  config: ResolvedClientConfig,
  params: ListOrganizationInvitationsParams,
  options?: RequestOptions,
): AsyncIterableIterator<ListOrganizationInvitationsItem> {
  return paginate<ListOrganizationInvitationsItem>(
    async ({ offset, limit }) => {
      const page = await listOrganizationInvitations(config, { ...params, offset: offset, limit: limit }, options);
      return { items: page["data"], total: page["total_count"] };
    },
    { offset: params.offset ?? 0, limit: params.limit ?? 100 },
  );
}

/** Arguments of `createOrganizationInvitation`. */
export interface CreateOrganizationInvitationParams {
  /** The organization ID. */
  organizationId: NonNullable<operations["create_organization_invitation"]["parameters"]["path"]>["organization_id"];
  createOrganizationInvitationRequest: NonNullable<operations["create_organization_invitation"]["requestBody"]>["content"]["application/json"];
}

/** What `createOrganizationInvitation` resolves to. */
export type CreateOrganizationInvitationResult =
  | operations["create_organization_invitation"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `createOrganizationInvitation` (`ApiError.body`). */
export type CreateOrganizationInvitationErrorBody =
  | operations["create_organization_invitation"]["responses"][400]["content"]["application/json"]
  | operations["create_organization_invitation"]["responses"][402]["content"]["application/json"]
  | operations["create_organization_invitation"]["responses"][403]["content"]["application/json"]
  | operations["create_organization_invitation"]["responses"][404]["content"]["application/json"]
  | operations["create_organization_invitation"]["responses"][422]["content"]["application/json"];

/**
 * Create and send an organization invitation
 *
 * Creates a new organization invitation and sends an email to the provided `email_address` with a link to accept the invitation and join the organization.
 * You can specify the `role` for the invited organization member.
 *
 * New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
 *
 * The request body supports passing an optional `redirect_url` parameter.
 * When the invited user clicks the link to accept the invitation, they will be redirected to the URL provided.
 * Use this parameter to implement a custom invitation acceptance flow.
 *
 * You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter.
 * That user must be a member with administrator privileges in the organization.
 * Only "admin" members can create organization invitations.
 *
 * You can optionally provide public and private metadata for the organization invitation.
 * The public metadata are visible by both the Frontend and the Backend whereas the private ones only by the Backend.
 * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
 *
 * `POST /v1/organizations/{organization_id}/invitations`
 * @throws `ApiError` with the parsed error body (`CreateOrganizationInvitationErrorBody`) for HTTP 400, 402, 403, 404, 422.
 */
export function createOrganizationInvitationWithHttpInfo(
  config: ResolvedClientConfig,
  params: CreateOrganizationInvitationParams,
  options?: RequestOptions,
): Promise<ApiResponse<CreateOrganizationInvitationResult>> {
  return send<CreateOrganizationInvitationResult>(
    config,
    {
      operationId: "create_organization_invitation",
      method: "POST",
      path: "/v1/organizations/{organization_id}/invitations",
      serverUrl: "https://api.clerk.com",
      pathParams: {
        organization_id: params.organizationId,
      },
      body: params.createOrganizationInvitationRequest,
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Create and send an organization invitation
 *
 * Creates a new organization invitation and sends an email to the provided `email_address` with a link to accept the invitation and join the organization.
 * You can specify the `role` for the invited organization member.
 *
 * New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
 *
 * The request body supports passing an optional `redirect_url` parameter.
 * When the invited user clicks the link to accept the invitation, they will be redirected to the URL provided.
 * Use this parameter to implement a custom invitation acceptance flow.
 *
 * You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter.
 * That user must be a member with administrator privileges in the organization.
 * Only "admin" members can create organization invitations.
 *
 * You can optionally provide public and private metadata for the organization invitation.
 * The public metadata are visible by both the Frontend and the Backend whereas the private ones only by the Backend.
 * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
 *
 * `POST /v1/organizations/{organization_id}/invitations`
 * @throws `ApiError` with the parsed error body (`CreateOrganizationInvitationErrorBody`) for HTTP 400, 402, 403, 404, 422.
 */
export async function createOrganizationInvitation(
  config: ResolvedClientConfig,
  params: CreateOrganizationInvitationParams,
  options?: RequestOptions,
): Promise<CreateOrganizationInvitationResult> {
  return (await createOrganizationInvitationWithHttpInfo(config, params, options)).data;
}

/** Arguments of `createOrganizationInvitationBulk`. */
export interface CreateOrganizationInvitationBulkParams {
  /** The organization ID. */
  organizationId: NonNullable<operations["create_organization_invitation_bulk"]["parameters"]["path"]>["organization_id"];
  createOrganizationInvitationBulkRequest: NonNullable<operations["create_organization_invitation_bulk"]["requestBody"]>["content"]["application/json"];
}

/** What `createOrganizationInvitationBulk` resolves to. */
export type CreateOrganizationInvitationBulkResult =
  | operations["create_organization_invitation_bulk"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `createOrganizationInvitationBulk` (`ApiError.body`). */
export type CreateOrganizationInvitationBulkErrorBody =
  | operations["create_organization_invitation_bulk"]["responses"][400]["content"]["application/json"]
  | operations["create_organization_invitation_bulk"]["responses"][403]["content"]["application/json"]
  | operations["create_organization_invitation_bulk"]["responses"][404]["content"]["application/json"]
  | operations["create_organization_invitation_bulk"]["responses"][422]["content"]["application/json"];

/**
 * Bulk create and send organization invitations
 *
 * Creates new organization invitations in bulk and sends out emails to the provided email addresses with a link to accept the invitation and join the organization.
 *
 * This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
 *
 * You can specify a different `role` for each invited organization member.
 * New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
 * The request body supports passing an optional `redirect_url` parameter for each invitation.
 * When the invited user clicks the link to accept the invitation, they will be redirected to the provided URL.
 * Use this parameter to implement a custom invitation acceptance flow.
 * You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter. Each invitation
 * can have a different inviter user.
 * Inviter users must be members with administrator privileges in the organization.
 * Only "admin" members can create organization invitations.
 * You can optionally provide public and private metadata for each organization invitation. The public metadata are visible
 * by both the Frontend and the Backend, whereas the private metadata are only visible by the Backend.
 * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
 *
 * `POST /v1/organizations/{organization_id}/invitations/bulk`
 * @throws `ApiError` with the parsed error body (`CreateOrganizationInvitationBulkErrorBody`) for HTTP 400, 403, 404, 422.
 */
export function createOrganizationInvitationBulkWithHttpInfo(
  config: ResolvedClientConfig,
  params: CreateOrganizationInvitationBulkParams,
  options?: RequestOptions,
): Promise<ApiResponse<CreateOrganizationInvitationBulkResult>> {
  return send<CreateOrganizationInvitationBulkResult>(
    config,
    {
      operationId: "create_organization_invitation_bulk",
      method: "POST",
      path: "/v1/organizations/{organization_id}/invitations/bulk",
      serverUrl: "https://api.clerk.com",
      pathParams: {
        organization_id: params.organizationId,
      },
      body: params.createOrganizationInvitationBulkRequest,
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Bulk create and send organization invitations
 *
 * Creates new organization invitations in bulk and sends out emails to the provided email addresses with a link to accept the invitation and join the organization.
 *
 * This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
 *
 * You can specify a different `role` for each invited organization member.
 * New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
 * The request body supports passing an optional `redirect_url` parameter for each invitation.
 * When the invited user clicks the link to accept the invitation, they will be redirected to the provided URL.
 * Use this parameter to implement a custom invitation acceptance flow.
 * You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter. Each invitation
 * can have a different inviter user.
 * Inviter users must be members with administrator privileges in the organization.
 * Only "admin" members can create organization invitations.
 * You can optionally provide public and private metadata for each organization invitation. The public metadata are visible
 * by both the Frontend and the Backend, whereas the private metadata are only visible by the Backend.
 * When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
 *
 * `POST /v1/organizations/{organization_id}/invitations/bulk`
 * @throws `ApiError` with the parsed error body (`CreateOrganizationInvitationBulkErrorBody`) for HTTP 400, 403, 404, 422.
 */
export async function createOrganizationInvitationBulk(
  config: ResolvedClientConfig,
  params: CreateOrganizationInvitationBulkParams,
  options?: RequestOptions,
): Promise<CreateOrganizationInvitationBulkResult> {
  return (await createOrganizationInvitationBulkWithHttpInfo(config, params, options)).data;
}

/** Arguments of `listPendingOrganizationInvitations`. */
export interface ListPendingOrganizationInvitationsParams {
  /** The organization ID. */
  organizationId: NonNullable<operations["list_pending_organization_invitations"]["parameters"]["path"]>["organization_id"];
  /**
   * Applies a limit to the number of results returned.
   * Can be used for paginating the results together with `offset`.
   */
  limit?: NonNullable<operations["list_pending_organization_invitations"]["parameters"]["query"]>["limit"];
  /**
   * Skip the first `offset` results when paginating.
   * Needs to be an integer greater or equal to zero.
   * To be used in conjunction with `limit`.
   */
  offset?: NonNullable<operations["list_pending_organization_invitations"]["parameters"]["query"]>["offset"];
}

/** What `listPendingOrganizationInvitations` resolves to. */
export type ListPendingOrganizationInvitationsResult =
  | operations["list_pending_organization_invitations"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `listPendingOrganizationInvitations` (`ApiError.body`). */
export type ListPendingOrganizationInvitationsErrorBody =
  | operations["list_pending_organization_invitations"]["responses"][400]["content"]["application/json"]
  | operations["list_pending_organization_invitations"]["responses"][404]["content"]["application/json"];

/**
 * Get a list of pending organization invitations
 *
 * This request returns the list of organization invitations with "pending" status.
 * These are the organization invitations that can still be used to join the organization, but have not been accepted by the invited user yet.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The organization invitations are ordered by descending creation date.
 * Most recent invitations will be returned first.
 * Any invitations created as a result of an Organization Domain are not included in the results.
 *
 * Deprecated by the vendor: use `list_organization_invitations` with `status=pending`.
 *
 * `GET /v1/organizations/{organization_id}/invitations/pending`
 * @throws `ApiError` with the parsed error body (`ListPendingOrganizationInvitationsErrorBody`) for HTTP 400, 404.
 * @deprecated The API marks this operation as deprecated.
 */
export async function listPendingOrganizationInvitationsWithHttpInfo(
  config: ResolvedClientConfig,
  params: ListPendingOrganizationInvitationsParams,
  options?: RequestOptions,
): Promise<ApiResponse<ListPendingOrganizationInvitationsResult>> {
  return send<ListPendingOrganizationInvitationsResult>(
    config,
    {
      operationId: "list_pending_organization_invitations",
      method: "GET",
      path: "/v1/organizations/{organization_id}/invitations/pending",
      serverUrl: "https://api.clerk.com",
      pathParams: {
        organization_id: params.organizationId,
      },
      query: serializeQuery({
        limit: params.limit,
        offset: params.offset,
      }),
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Get a list of pending organization invitations
 *
 * This request returns the list of organization invitations with "pending" status.
 * These are the organization invitations that can still be used to join the organization, but have not been accepted by the invited user yet.
 * Results can be paginated using the optional `limit` and `offset` query parameters.
 * The organization invitations are ordered by descending creation date.
 * Most recent invitations will be returned first.
 * Any invitations created as a result of an Organization Domain are not included in the results.
 *
 * Deprecated by the vendor: use `list_organization_invitations` with `status=pending`.
 *
 * `GET /v1/organizations/{organization_id}/invitations/pending`
 * @throws `ApiError` with the parsed error body (`ListPendingOrganizationInvitationsErrorBody`) for HTTP 400, 404.
 * @deprecated The API marks this operation as deprecated.
 */
export async function listPendingOrganizationInvitations(
  config: ResolvedClientConfig,
  params: ListPendingOrganizationInvitationsParams,
  options?: RequestOptions,
): Promise<ListPendingOrganizationInvitationsResult> {
  return (await listPendingOrganizationInvitationsWithHttpInfo(config, params, options)).data;
}

/** One item of `ListPendingOrganizationInvitationsResult`'s page. */
export type ListPendingOrganizationInvitationsItem = NonNullable<ListPendingOrganizationInvitationsResult>["data"][number];

/**
 * Every item of `listPendingOrganizationInvitations`, page after page, fetched lazily as you iterate.
 * Pages are requested with `limit` items each (default 100), starting at `offset`.
 * @deprecated The API marks this operation as deprecated.
 */
export function paginateListPendingOrganizationInvitations(
  config: ResolvedClientConfig,
  params: ListPendingOrganizationInvitationsParams,
  options?: RequestOptions,
): AsyncIterableIterator<ListPendingOrganizationInvitationsItem> {
  return paginate<ListPendingOrganizationInvitationsItem>(
    async ({ offset, limit }) => {
      const page = await listPendingOrganizationInvitations(config, { ...params, offset: offset, limit: limit }, options);
      return { items: page["data"], total: page["total_count"] };
    },
    { offset: params.offset ?? 0, limit: params.limit ?? 100 },
  );
}

/** Arguments of `getOrganizationInvitation`. */
export interface GetOrganizationInvitationParams {
  /** The organization ID. */
  organizationId: NonNullable<operations["get_organization_invitation"]["parameters"]["path"]>["organization_id"];
  /** The organization invitation ID. */
  invitationId: NonNullable<operations["get_organization_invitation"]["parameters"]["path"]>["invitation_id"];
}

/** What `getOrganizationInvitation` resolves to. */
export type GetOrganizationInvitationResult =
  | operations["get_organization_invitation"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `getOrganizationInvitation` (`ApiError.body`). */
export type GetOrganizationInvitationErrorBody =
  | operations["get_organization_invitation"]["responses"][400]["content"]["application/json"]
  | operations["get_organization_invitation"]["responses"][403]["content"]["application/json"]
  | operations["get_organization_invitation"]["responses"][404]["content"]["application/json"];

/**
 * Retrieve an organization invitation by ID
 *
 * Use this request to get an existing organization invitation by ID.
 *
 * `GET /v1/organizations/{organization_id}/invitations/{invitation_id}`
 * @throws `ApiError` with the parsed error body (`GetOrganizationInvitationErrorBody`) for HTTP 400, 403, 404.
 */
export function getOrganizationInvitationWithHttpInfo(
  config: ResolvedClientConfig,
  params: GetOrganizationInvitationParams,
  options?: RequestOptions,
): Promise<ApiResponse<GetOrganizationInvitationResult>> {
  return send<GetOrganizationInvitationResult>(
    config,
    {
      operationId: "get_organization_invitation",
      method: "GET",
      path: "/v1/organizations/{organization_id}/invitations/{invitation_id}",
      serverUrl: "https://api.clerk.com",
      pathParams: {
        organization_id: params.organizationId,
        invitation_id: params.invitationId,
      },
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Retrieve an organization invitation by ID
 *
 * Use this request to get an existing organization invitation by ID.
 *
 * `GET /v1/organizations/{organization_id}/invitations/{invitation_id}`
 * @throws `ApiError` with the parsed error body (`GetOrganizationInvitationErrorBody`) for HTTP 400, 403, 404.
 */
export async function getOrganizationInvitation(
  config: ResolvedClientConfig,
  params: GetOrganizationInvitationParams,
  options?: RequestOptions,
): Promise<GetOrganizationInvitationResult> {
  return (await getOrganizationInvitationWithHttpInfo(config, params, options)).data;
}

/** Arguments of `revokeOrganizationInvitation`. */
export interface RevokeOrganizationInvitationParams {
  /** The organization ID. */
  organizationId: NonNullable<operations["revoke_organization_invitation"]["parameters"]["path"]>["organization_id"];
  /** The organization invitation ID. */
  invitationId: NonNullable<operations["revoke_organization_invitation"]["parameters"]["path"]>["invitation_id"];
  revokeOrganizationInvitationRequest?: NonNullable<operations["revoke_organization_invitation"]["requestBody"]>["content"]["application/json"];
}

/** What `revokeOrganizationInvitation` resolves to. */
export type RevokeOrganizationInvitationResult =
  | operations["revoke_organization_invitation"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `revokeOrganizationInvitation` (`ApiError.body`). */
export type RevokeOrganizationInvitationErrorBody =
  | operations["revoke_organization_invitation"]["responses"][400]["content"]["application/json"]
  | operations["revoke_organization_invitation"]["responses"][403]["content"]["application/json"]
  | operations["revoke_organization_invitation"]["responses"][404]["content"]["application/json"];

/**
 * Revoke a pending organization invitation
 *
 * Use this request to revoke a previously issued organization invitation.
 * Revoking an organization invitation makes it invalid; the invited user will no longer be able to join the organization with the revoked invitation.
 * Only organization invitations with "pending" status can be revoked.
 * The request accepts the `requesting_user_id` parameter to specify the user which revokes the invitation.
 * Only users with "admin" role can revoke invitations.
 *
 * `POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke`
 * @throws `ApiError` with the parsed error body (`RevokeOrganizationInvitationErrorBody`) for HTTP 400, 403, 404.
 */
export function revokeOrganizationInvitationWithHttpInfo(
  config: ResolvedClientConfig,
  params: RevokeOrganizationInvitationParams,
  options?: RequestOptions,
): Promise<ApiResponse<RevokeOrganizationInvitationResult>> {
  return send<RevokeOrganizationInvitationResult>(
    config,
    {
      operationId: "revoke_organization_invitation",
      method: "POST",
      path: "/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke",
      serverUrl: "https://api.clerk.com",
      pathParams: {
        organization_id: params.organizationId,
        invitation_id: params.invitationId,
      },
      body: params.revokeOrganizationInvitationRequest,
      security: [{ bearerAuth: [] }],
    },
    options,
  );
}

/**
 * Revoke a pending organization invitation
 *
 * Use this request to revoke a previously issued organization invitation.
 * Revoking an organization invitation makes it invalid; the invited user will no longer be able to join the organization with the revoked invitation.
 * Only organization invitations with "pending" status can be revoked.
 * The request accepts the `requesting_user_id` parameter to specify the user which revokes the invitation.
 * Only users with "admin" role can revoke invitations.
 *
 * `POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke`
 * @throws `ApiError` with the parsed error body (`RevokeOrganizationInvitationErrorBody`) for HTTP 400, 403, 404.
 */
export async function revokeOrganizationInvitation(
  config: ResolvedClientConfig,
  params: RevokeOrganizationInvitationParams,
  options?: RequestOptions,
): Promise<RevokeOrganizationInvitationResult> {
  return (await revokeOrganizationInvitationWithHttpInfo(config, params, options)).data;
}
