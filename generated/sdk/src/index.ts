// Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
// Do not edit: change the spec or templates/ and run `npm run generate`.
export * from "./runtime/index.js";
export type { components, operations, paths } from "./schema.js";
export { API_DEFAULTS, createConfig, type ClientConfigOptions, type SecuritySchemeName } from "./config.js";
export { InvitationsApiClient } from "./client.js";
export { InvitationApi } from "./apis/invitation-api.js";
export * from "./operations/invitation-api.js";
export { OrganizationInvitationsApi } from "./apis/organization-invitations-api.js";
export * from "./operations/organization-invitations-api.js";
