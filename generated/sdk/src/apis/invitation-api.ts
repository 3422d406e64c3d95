// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
import { createConfig, type ClientConfigOptions } from "../config.js";
import type { ApiResponse, RequestOptions, ResolvedClientConfig } from "../runtime/index.js";
import * as operations from "../operations/invitation-api.js";

/**
 * Trieve invitations. Invite users to join a Trieve organization with a role and API scopes.
 */
export class InvitationApi {
  readonly config: ResolvedClientConfig;

  /** @param config - from {@link createConfig}, or the options to create one from. */
  constructor(config: ResolvedClientConfig | ClientConfigOptions = {}) {
    // A resolved config always carries its `sleep` hook; plain options never do.
    this.config = "sleep" in config ? config : createConfig(config);
  }

/**
 * Send Invitation
 *
 * Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `POST /api/invitation`
 * @throws {@link ApiError} with the parsed error body ({@link PostInvitationErrorBody}) for HTTP 400.
 */
  postInvitation(params: operations.PostInvitationParams, options?: RequestOptions): Promise<operations.PostInvitationResult> {
    return operations.postInvitation(this.config, params, options);
  }

  /** {@link InvitationApi.postInvitation}, resolving to the status, headers and data. */
  postInvitationWithHttpInfo(params: operations.PostInvitationParams, options?: RequestOptions): Promise<ApiResponse<operations.PostInvitationResult>> {
    return operations.postInvitationWithHttpInfo(this.config, params, options);
  }

/**
 * Delete Invitation
 *
 * Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `DELETE /api/invitation/{invitation_id}`
 * @throws {@link ApiError} with the parsed error body ({@link DeleteInvitationErrorBody}) for HTTP 400.
 */
  deleteInvitation(params: operations.DeleteInvitationParams, options?: RequestOptions): Promise<operations.DeleteInvitationResult> {
    return operations.deleteInvitation(this.config, params, options);
  }

  /** {@link InvitationApi.deleteInvitation}, resolving to the status, headers and data. */
  deleteInvitationWithHttpInfo(params: operations.DeleteInvitationParams, options?: RequestOptions): Promise<ApiResponse<operations.DeleteInvitationResult>> {
    return operations.deleteInvitationWithHttpInfo(this.config, params, options);
  }

/**
 * Get Invitations
 *
 * Get all invitations for the organization. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `GET /api/invitations/{organization_id}`
 * @throws {@link ApiError} with the parsed error body ({@link GetInvitationsErrorBody}) for HTTP 400.
 */
  getInvitations(params: operations.GetInvitationsParams, options?: RequestOptions): Promise<operations.GetInvitationsResult> {
    return operations.getInvitations(this.config, params, options);
  }

  /** {@link InvitationApi.getInvitations}, resolving to the status, headers and data. */
  getInvitationsWithHttpInfo(params: operations.GetInvitationsParams, options?: RequestOptions): Promise<ApiResponse<operations.GetInvitationsResult>> {
    return operations.getInvitationsWithHttpInfo(this.config, params, options);
  }
}
