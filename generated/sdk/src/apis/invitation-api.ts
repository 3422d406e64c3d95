// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
import { createConfig } from "../config.js";
import { apiClass } from "../runtime/index.js";
import * as operations from "../operations/invitation-api.js";

/**
 * Trieve invitations. Invite users to join a Trieve organization with a role and API scopes.
 *
 * Its methods are the functions of `operations/invitation-api.ts` called on this instance's
 * config, each documented there (your editor shows it on the method):
 * - `postInvitation`: `POST /api/invitation`
 * - `deleteInvitation`: `DELETE /api/invitation/{invitation_id}`
 * - `getInvitations`: `GET /api/invitations/{organization_id}`
 *
 * Each one also has a `…WithHttpInfo` variant that resolves to the status, headers and data.
 *
 * `new InvitationApi(config)` takes a config from `createConfig`, or the options to create one from.
 */
export class InvitationApi extends /* @__PURE__ */ apiClass(operations, createConfig) {}
