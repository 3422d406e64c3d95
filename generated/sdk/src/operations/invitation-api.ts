// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
//
// The operations of tag Invitation as standalone functions: import only what you call and
// bundlers drop the rest. `InvitationApi` wraps them as methods.
import type { operations } from "../schema.js";
import { send, type ApiResponse, type RequestOptions, type ResolvedClientConfig } from "../runtime/index.js";

/** Arguments of `postInvitation`. */
export interface PostInvitationParams {
  /** The organization id to use for the request */
  trOrganization: NonNullable<operations["post_invitation"]["parameters"]["header"]>["TR-Organization"];
  /** JSON request payload to send an invitation */
  invitationData: NonNullable<operations["post_invitation"]["requestBody"]>["content"]["application/json"];
}

/** What `postInvitation` resolves to. */
export type PostInvitationResult = undefined;

/** The parsed body of an error response of `postInvitation` (`ApiError.body`). */
export type PostInvitationErrorBody = operations["post_invitation"]["responses"][400]["content"]["application/json"];

/**
 * Send Invitation
 *
 * Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `POST /api/invitation`
 * @throws `ApiError` with the parsed error body (`PostInvitationErrorBody`) for HTTP 400.
 */
export function postInvitationWithHttpInfo(
  config: ResolvedClientConfig,
  params: PostInvitationParams,
  options?: RequestOptions,
): Promise<ApiResponse<PostInvitationResult>> {
  return send<PostInvitationResult>(
    config,
    {
      operationId: "post_invitation",
      method: "POST",
      path: "/api/invitation",
      serverUrl: "https://api.trieve.ai",
      headers: {
        "TR-Organization": params.trOrganization,
      },
      body: params.invitationData,
      security: [{ ApiKey: ["admin"] }],
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Send Invitation
 *
 * Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `POST /api/invitation`
 * @throws `ApiError` with the parsed error body (`PostInvitationErrorBody`) for HTTP 400.
 */
export async function postInvitation(
  config: ResolvedClientConfig,
  params: PostInvitationParams,
  options?: RequestOptions,
): Promise<PostInvitationResult> {
  return (await postInvitationWithHttpInfo(config, params, options)).data;
}

/** Arguments of `deleteInvitation`. */
export interface DeleteInvitationParams {
  /** The organization id to use for the request */
  trOrganization: NonNullable<operations["delete_invitation"]["parameters"]["header"]>["TR-Organization"];
  /** The id of the invitation to delete */
  invitationId: NonNullable<operations["delete_invitation"]["parameters"]["path"]>["invitation_id"];
}

/** What `deleteInvitation` resolves to. */
export type DeleteInvitationResult = undefined;

/** The parsed body of an error response of `deleteInvitation` (`ApiError.body`). */
export type DeleteInvitationErrorBody = operations["delete_invitation"]["responses"][400]["content"]["application/json"];

/**
 * Delete Invitation
 *
 * Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `DELETE /api/invitation/{invitation_id}`
 * @throws `ApiError` with the parsed error body (`DeleteInvitationErrorBody`) for HTTP 400.
 */
export function deleteInvitationWithHttpInfo(
  config: ResolvedClientConfig,
  params: DeleteInvitationParams,
  options?: RequestOptions,
): Promise<ApiResponse<DeleteInvitationResult>> {
  return send<DeleteInvitationResult>(
    config,
    {
      operationId: "delete_invitation",
      method: "DELETE",
      path: "/api/invitation/{invitation_id}",
      serverUrl: "https://api.trieve.ai",
      pathParams: {
        invitation_id: params.invitationId,
      },
      headers: {
        "TR-Organization": params.trOrganization,
      },
      security: [{ ApiKey: ["admin"] }],
      responseKind: "empty",
    },
    options,
  );
}

/**
 * Delete Invitation
 *
 * Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `DELETE /api/invitation/{invitation_id}`
 * @throws `ApiError` with the parsed error body (`DeleteInvitationErrorBody`) for HTTP 400.
 */
export async function deleteInvitation(
  config: ResolvedClientConfig,
  params: DeleteInvitationParams,
  options?: RequestOptions,
): Promise<DeleteInvitationResult> {
  return (await deleteInvitationWithHttpInfo(config, params, options)).data;
}

/** Arguments of `getInvitations`. */
export interface GetInvitationsParams {
  /** The organization id to use for the request */
  trOrganization: NonNullable<operations["get_invitations"]["parameters"]["header"]>["TR-Organization"];
  /** The organization id to get invitations for */
  organizationId: NonNullable<operations["get_invitations"]["parameters"]["path"]>["organization_id"];
}

/** What `getInvitations` resolves to. */
export type GetInvitationsResult = operations["get_invitations"]["responses"][200]["content"]["application/json"];

/** The parsed body of an error response of `getInvitations` (`ApiError.body`). */
export type GetInvitationsErrorBody = operations["get_invitations"]["responses"][400]["content"]["application/json"];

/**
 * Get Invitations
 *
 * Get all invitations for the organization. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `GET /api/invitations/{organization_id}`
 * @throws `ApiError` with the parsed error body (`GetInvitationsErrorBody`) for HTTP 400.
 */
export function getInvitationsWithHttpInfo(
  config: ResolvedClientConfig,
  params: GetInvitationsParams,
  options?: RequestOptions,
): Promise<ApiResponse<GetInvitationsResult>> {
  return send<GetInvitationsResult>(
    config,
    {
      operationId: "get_invitations",
      method: "GET",
      path: "/api/invitations/{organization_id}",
      serverUrl: "https://api.trieve.ai",
      pathParams: {
        organization_id: params.organizationId,
      },
      headers: {
        "TR-Organization": params.trOrganization,
      },
      security: [{ ApiKey: ["readonly"] }],
    },
    options,
  );
}

/**
 * Get Invitations
 *
 * Get all invitations for the organization. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
 *
 * `GET /api/invitations/{organization_id}`
 * @throws `ApiError` with the parsed error body (`GetInvitationsErrorBody`) for HTTP 400.
 */
export async function getInvitations(
  config: ResolvedClientConfig,
  params: GetInvitationsParams,
  options?: RequestOptions,
): Promise<GetInvitationsResult> {
  return (await getInvitationsWithHttpInfo(config, params, options)).data;
}
