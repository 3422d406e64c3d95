// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
import { createConfig, type ClientConfigOptions } from "../config.js";
import type { ApiResponse, RequestOptions, ResolvedClientConfig } from "../runtime/index.js";
import * as operations from "../operations/organization-invitations-api.js";

/**
 * Clerk organization invitations. Invite users to a Clerk organization with a role.
 */
export class OrganizationInvitationsApi {
  readonly config: ResolvedClientConfig;

  /** @param config - from {@link createConfig}, or the options to create one from. */
  constructor(config: ResolvedClientConfig | ClientConfigOptions = {}) {
    // A resolved config always carries its `sleep` hook; plain options never do.
    this.config = "sleep" in config ? config : createConfig(config);
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
 * @throws {@link ApiError} with the parsed error body ({@link ListInstanceOrganizationInvitationsErrorBody}) for HTTP 400, 404, 422, 500.
 */
  listInstanceOrganizationInvitations(params?: operations.ListInstanceOrganizationInvitationsParams, options?: RequestOptions): Promise<operations.ListInstanceOrganizationInvitationsResult> {
    return operations.listInstanceOrganizationInvitations(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.listInstanceOrganizationInvitations}, resolving to the status, headers and data. */
  listInstanceOrganizationInvitationsWithHttpInfo(params?: operations.ListInstanceOrganizationInvitationsParams, options?: RequestOptions): Promise<ApiResponse<operations.ListInstanceOrganizationInvitationsResult>> {
    return operations.listInstanceOrganizationInvitationsWithHttpInfo(this.config, params, options);
  }

  /** Every item of {@link OrganizationInvitationsApi.listInstanceOrganizationInvitations} across pages, fetched lazily. */
  paginateListInstanceOrganizationInvitations(params?: operations.ListInstanceOrganizationInvitationsParams, options?: RequestOptions): AsyncIterableIterator<operations.ListInstanceOrganizationInvitationsItem> {
    return operations.paginateListInstanceOrganizationInvitations(this.config, params, options);
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
 * @throws {@link ApiError} with the parsed error body ({@link ListOrganizationInvitationsErrorBody}) for HTTP 400, 404, 422.
 */
  listOrganizationInvitations(params: operations.ListOrganizationInvitationsParams, options?: RequestOptions): Promise<operations.ListOrganizationInvitationsResult> {
    return operations.listOrganizationInvitations(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.listOrganizationInvitations}, resolving to the status, headers and data. */
  listOrganizationInvitationsWithHttpInfo(params: operations.ListOrganizationInvitationsParams, options?: RequestOptions): Promise<ApiResponse<operations.ListOrganizationInvitationsResult>> {
    return operations.listOrganizationInvitationsWithHttpInfo(this.config, params, options);
  }

  /** Every item of {@link OrganizationInvitationsApi.listOrganizationInvitations} across pages, fetched lazily. */
  paginateListOrganizationInvitations(params: operations.ListOrganizationInvitationsParams, options?: RequestOptions): AsyncIterableIterator<operations.ListOrganizationInvitationsItem> {
    return operations.paginateListOrganizationInvitations(this.config, params, options);
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
 * @throws {@link ApiError} with the parsed error body ({@link CreateOrganizationInvitationErrorBody}) for HTTP 400, 402, 403, 404, 422.
 */
  createOrganizationInvitation(params: operations.CreateOrganizationInvitationParams, options?: RequestOptions): Promise<operations.CreateOrganizationInvitationResult> {
    return operations.createOrganizationInvitation(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.createOrganizationInvitation}, resolving to the status, headers and data. */
  createOrganizationInvitationWithHttpInfo(params: operations.CreateOrganizationInvitationParams, options?: RequestOptions): Promise<ApiResponse<operations.CreateOrganizationInvitationResult>> {
    return operations.createOrganizationInvitationWithHttpInfo(this.config, params, options);
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
 * @throws {@link ApiError} with the parsed error body ({@link CreateOrganizationInvitationBulkErrorBody}) for HTTP 400, 403, 404, 422.
 */
  createOrganizationInvitationBulk(params: operations.CreateOrganizationInvitationBulkParams, options?: RequestOptions): Promise<operations.CreateOrganizationInvitationBulkResult> {
    return operations.createOrganizationInvitationBulk(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.createOrganizationInvitationBulk}, resolving to the status, headers and data. */
  createOrganizationInvitationBulkWithHttpInfo(params: operations.CreateOrganizationInvitationBulkParams, options?: RequestOptions): Promise<ApiResponse<operations.CreateOrganizationInvitationBulkResult>> {
    return operations.createOrganizationInvitationBulkWithHttpInfo(this.config, params, options);
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
 * @throws {@link ApiError} with the parsed error body ({@link ListPendingOrganizationInvitationsErrorBody}) for HTTP 400, 404.
 * @deprecated The API marks this operation as deprecated.
 */
  listPendingOrganizationInvitations(params: operations.ListPendingOrganizationInvitationsParams, options?: RequestOptions): Promise<operations.ListPendingOrganizationInvitationsResult> {
    return operations.listPendingOrganizationInvitations(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.listPendingOrganizationInvitations}, resolving to the status, headers and data. */
  listPendingOrganizationInvitationsWithHttpInfo(params: operations.ListPendingOrganizationInvitationsParams, options?: RequestOptions): Promise<ApiResponse<operations.ListPendingOrganizationInvitationsResult>> {
    return operations.listPendingOrganizationInvitationsWithHttpInfo(this.config, params, options);
  }

  /** Every item of {@link OrganizationInvitationsApi.listPendingOrganizationInvitations} across pages, fetched lazily. */
  paginateListPendingOrganizationInvitations(params: operations.ListPendingOrganizationInvitationsParams, options?: RequestOptions): AsyncIterableIterator<operations.ListPendingOrganizationInvitationsItem> {
    return operations.paginateListPendingOrganizationInvitations(this.config, params, options);
  }

/**
 * Retrieve an organization invitation by ID
 *
 * Use this request to get an existing organization invitation by ID.
 *
 * `GET /v1/organizations/{organization_id}/invitations/{invitation_id}`
 * @throws {@link ApiError} with the parsed error body ({@link GetOrganizationInvitationErrorBody}) for HTTP 400, 403, 404.
 */
  getOrganizationInvitation(params: operations.GetOrganizationInvitationParams, options?: RequestOptions): Promise<operations.GetOrganizationInvitationResult> {
    return operations.getOrganizationInvitation(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.getOrganizationInvitation}, resolving to the status, headers and data. */
  getOrganizationInvitationWithHttpInfo(params: operations.GetOrganizationInvitationParams, options?: RequestOptions): Promise<ApiResponse<operations.GetOrganizationInvitationResult>> {
    return operations.getOrganizationInvitationWithHttpInfo(this.config, params, options);
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
 * @throws {@link ApiError} with the parsed error body ({@link RevokeOrganizationInvitationErrorBody}) for HTTP 400, 403, 404.
 */
  revokeOrganizationInvitation(params: operations.RevokeOrganizationInvitationParams, options?: RequestOptions): Promise<operations.RevokeOrganizationInvitationResult> {
    return operations.revokeOrganizationInvitation(this.config, params, options);
  }

  /** {@link OrganizationInvitationsApi.revokeOrganizationInvitation}, resolving to the status, headers and data. */
  revokeOrganizationInvitationWithHttpInfo(params: operations.RevokeOrganizationInvitationParams, options?: RequestOptions): Promise<ApiResponse<operations.RevokeOrganizationInvitationResult>> {
    return operations.revokeOrganizationInvitationWithHttpInfo(this.config, params, options);
  }
}
