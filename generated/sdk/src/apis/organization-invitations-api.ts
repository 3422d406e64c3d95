// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
import { createConfig } from "../config.js";
import { apiClass } from "../runtime/index.js";
import * as operations from "../operations/organization-invitations-api.js";

/**
 * Clerk organization invitations. Invite users to a Clerk organization with a role.
 *
 * Its methods are the functions of `operations/organization-invitations-api.ts` called on this instance's
 * config, each documented there (your editor shows it on the method):
 * - `listInstanceOrganizationInvitations`: `GET /v1/organization_invitations` (paginated: `paginateListInstanceOrganizationInvitations`)
 * - `listOrganizationInvitations`: `GET /v1/organizations/{organization_id}/invitations` (paginated: `paginateListOrganizationInvitations`)
 * - `createOrganizationInvitation`: `POST /v1/organizations/{organization_id}/invitations`
 * - `createOrganizationInvitationBulk`: `POST /v1/organizations/{organization_id}/invitations/bulk`
 * - `listPendingOrganizationInvitations`: `GET /v1/organizations/{organization_id}/invitations/pending` (paginated: `paginateListPendingOrganizationInvitations`)
 * - `getOrganizationInvitation`: `GET /v1/organizations/{organization_id}/invitations/{invitation_id}`
 * - `revokeOrganizationInvitation`: `POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke`
 *
 * Each one also has a `…WithHttpInfo` variant that resolves to the status, headers and data.
 *
 * `new OrganizationInvitationsApi(config)` takes a config from `createConfig`, or the options to create one from.
 */
export class OrganizationInvitationsApi extends /* @__PURE__ */ apiClass(operations, createConfig) {}
