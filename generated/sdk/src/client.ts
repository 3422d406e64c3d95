// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
import { createConfig, type ClientConfigOptions } from "./config.js";
import type { ResolvedClientConfig } from "./runtime/index.js";
import { InvitationApi } from "./apis/invitation-api.js";
import { OrganizationInvitationsApi } from "./apis/organization-invitations-api.js";

/**
 * One client for the whole API (Invitations API): one property per API, all sharing one configuration.
 *
 * @example
 * ```ts
 * const client = new InvitationsApiClient({
 *   credentials: {
 *     ApiKey: process.env.API_KEY,
 *     bearerAuth: process.env.BEARER_AUTH,
 *   },
 * });
 * ```
 */
export class InvitationsApiClient {
  readonly config: ResolvedClientConfig;
  readonly invitation: InvitationApi;
  readonly organizationInvitations: OrganizationInvitationsApi;

  constructor(options: ClientConfigOptions = {}) {
    this.config = createConfig(options);
    this.invitation = new InvitationApi(this.config);
    this.organizationInvitations = new OrganizationInvitationsApi(this.config);
  }
}
