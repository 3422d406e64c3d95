export interface paths {
    "/api/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Invitation
         * @description Invitations act as a way to invite users to join an organization. After a user is invited, they will automatically be added to the organization with the role specified in the invitation once they set their. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
         */
        post: operations["post_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitation/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Invitation
         * @description Delete an invitation by id. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
         */
        delete: operations["delete_invitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{organization_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Invitations
         * @description Get all invitations for the organization. Auth'ed user or api key must have an admin or owner role for the specified dataset's organization.
         */
        get: operations["get_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organization_invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of organization invitations for the current instance
         * @description This request returns the list of organization invitations for the instance.
         *     Results can be paginated using the optional `limit` and `offset` query parameters.
         *     You can filter them by providing the 'status' query parameter, that accepts multiple values.
         *     You can change the order by providing the 'order' query parameter, that accepts multiple values.
         *     You can filter by the invited user email address providing the `query` query parameter.
         *     The organization invitations are ordered by descending creation date by default.
         */
        get: operations["list_instance_organization_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organization_id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get a list of organization invitations
         * @description This request returns the list of organization invitations.
         *     Results can be paginated using the optional `limit` and `offset` query parameters.
         *     You can filter them by providing the 'status' query parameter, that accepts multiple values.
         *     The organization invitations are ordered by descending creation date.
         *     Most recent invitations will be returned first.
         *     Any invitations created as a result of an Organization Domain are not included in the results.
         */
        get: operations["list_organization_invitations"];
        put?: never;
        /**
         * Create and send an organization invitation
         * @description Creates a new organization invitation and sends an email to the provided `email_address` with a link to accept the invitation and join the organization.
         *     You can specify the `role` for the invited organization member.
         *
         *     New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
         *
         *     The request body supports passing an optional `redirect_url` parameter.
         *     When the invited user clicks the link to accept the invitation, they will be redirected to the URL provided.
         *     Use this parameter to implement a custom invitation acceptance flow.
         *
         *     You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter.
         *     That user must be a member with administrator privileges in the organization.
         *     Only "admin" members can create organization invitations.
         *
         *     You can optionally provide public and private metadata for the organization invitation.
         *     The public metadata are visible by both the Frontend and the Backend whereas the private ones only by the Backend.
         *     When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
         */
        post: operations["create_organization_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organization_id}/invitations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk create and send organization invitations
         * @description Creates new organization invitations in bulk and sends out emails to the provided email addresses with a link to accept the invitation and join the organization.
         *
         *     This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
         *
         *     You can specify a different `role` for each invited organization member.
         *     New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
         *     The request body supports passing an optional `redirect_url` parameter for each invitation.
         *     When the invited user clicks the link to accept the invitation, they will be redirected to the provided URL.
         *     Use this parameter to implement a custom invitation acceptance flow.
         *     You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter. Each invitation
         *     can have a different inviter user.
         *     Inviter users must be members with administrator privileges in the organization.
         *     Only "admin" members can create organization invitations.
         *     You can optionally provide public and private metadata for each organization invitation. The public metadata are visible
         *     by both the Frontend and the Backend, whereas the private metadata are only visible by the Backend.
         *     When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
         */
        post: operations["create_organization_invitation_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organization_id}/invitations/pending": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get a list of pending organization invitations
         * @deprecated
         * @description This request returns the list of organization invitations with "pending" status.
         *     These are the organization invitations that can still be used to join the organization, but have not been accepted by the invited user yet.
         *     Results can be paginated using the optional `limit` and `offset` query parameters.
         *     The organization invitations are ordered by descending creation date.
         *     Most recent invitations will be returned first.
         *     Any invitations created as a result of an Organization Domain are not included in the results.
         *
         *     Deprecated by the vendor: use `list_organization_invitations` with `status=pending`.
         */
        get: operations["list_pending_organization_invitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organization_id}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
                /**
                 * @description The organization invitation ID.
                 * @example orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS
                 */
                invitation_id: components["parameters"]["ClerkInvitationId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an organization invitation by ID
         * @description Use this request to get an existing organization invitation by ID.
         */
        get: operations["get_organization_invitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
                /**
                 * @description The organization invitation ID.
                 * @example orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS
                 */
                invitation_id: components["parameters"]["ClerkInvitationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a pending organization invitation
         * @description Use this request to revoke a previously issued organization invitation.
         *     Revoking an organization invitation makes it invalid; the invited user will no longer be able to join the organization with the revoked invitation.
         *     Only organization invitations with "pending" status can be revoked.
         *     The request accepts the `requesting_user_id` parameter to specify the user which revokes the invitation.
         *     Only users with "admin" role can revoke invitations.
         */
        post: operations["revoke_organization_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description JSON request payload to send an invitation */
        InvitationData: {
            /** @description The url of the app that the user will be directed to in order to set their password. Usually admin.trieve.ai, but may differ for local dev or self-hosted setups. */
            app_url: string;
            /** @description The email of the user to invite. Must be a valid email as they will be sent an email to register. */
            email: string;
            /** @description The url that the user will be redirected to after setting their password. */
            redirect_uri: string;
            /** @description The api route scopes the user will have in the organization. */
            scopes?: string[] | null;
            /**
             * Format: int32
             * @description The role the user will have in the organization. 0 = User, 1 = Admin, 2 = Owner.
             */
            user_role: number;
        };
        ErrorResponseBody: {
            message: string;
        };
        Invitation: {
            /** Format: date-time */
            created_at: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            /** Format: int32 */
            role: number;
            scopes?: (string | null)[] | null;
            /** Format: date-time */
            updated_at: string;
            used: boolean;
        };
        /**
         * @description The status of an organization invitation.
         * @enum {string}
         */
        OrganizationInvitationStatus: "pending" | "accepted" | "revoked" | "expired";
        /** @description An organization inviter's public user data */
        OrganizationInvitationPublicUserData: {
            user_id: string;
            first_name: string | null;
            last_name: string | null;
            image_url: string;
            has_image: boolean;
            identifier: string;
        } | null;
        OrganizationInvitationPublicOrganizationData: {
            id: string;
            name: string;
            slug: string;
            image_url?: string;
            has_image: boolean;
        };
        /** @description An organization invitation with public organization data populated */
        OrganizationInvitationWithPublicOrganizationData: {
            /**
             * @description String representing the object's type. Objects of the same type share the same value.
             * @enum {string}
             */
            object: "organization_invitation";
            id: string;
            email_address: string;
            role: string;
            role_name: string;
            organization_id?: string;
            inviter_id: string | null;
            public_inviter_data: components["schemas"]["OrganizationInvitationPublicUserData"];
            /** @description One of `pending`, `accepted`, `revoked` or `expired`; kept open as the vendor declares it. */
            status?: string;
            public_organization_data?: components["schemas"]["OrganizationInvitationPublicOrganizationData"];
            public_metadata: {
                [key: string]: unknown;
            };
            private_metadata?: {
                [key: string]: unknown;
            };
            url: string | null;
            /**
             * Format: int64
             * @description Unix timestamp of expiration.
             */
            expires_at: number | null;
            /**
             * Format: int64
             * @description Unix timestamp of creation.
             */
            created_at: number;
            /**
             * Format: int64
             * @description Unix timestamp of last update.
             */
            updated_at: number;
        };
        OrganizationInvitationsWithPublicOrganizationData: {
            data: components["schemas"]["OrganizationInvitationWithPublicOrganizationData"][];
            /**
             * Format: int64
             * @description Total number of organization invitations
             */
            total_count: number;
        };
        ClerkError: {
            message: string;
            long_message: string;
            code: string;
            meta?: {
                [key: string]: unknown;
            };
        };
        ClerkErrors: {
            errors: components["schemas"]["ClerkError"][];
            meta?: {
                [key: string]: unknown;
            };
            clerk_trace_id?: string;
        };
        /** @description An organization invitation */
        OrganizationInvitation: {
            /**
             * @description String representing the object's type. Objects of the same type share the same value.
             * @enum {string}
             */
            object: "organization_invitation";
            id: string;
            email_address: string;
            role: string;
            role_name: string;
            organization_id?: string;
            inviter_id: string | null;
            public_inviter_data: components["schemas"]["OrganizationInvitationPublicUserData"];
            /** @description One of `pending`, `accepted`, `revoked` or `expired`; kept open as the vendor declares it. */
            status?: string;
            public_metadata: {
                [key: string]: unknown;
            };
            private_metadata?: {
                [key: string]: unknown;
            };
            url: string | null;
            /**
             * Format: int64
             * @description Unix timestamp of expiration.
             */
            expires_at: number | null;
            /**
             * Format: int64
             * @description Unix timestamp of creation.
             */
            created_at: number;
            /**
             * Format: int64
             * @description Unix timestamp of last update.
             */
            updated_at: number;
        };
        OrganizationInvitations: {
            data: components["schemas"]["OrganizationInvitation"][];
            /**
             * Format: int64
             * @description Total number of organization invitations
             */
            total_count: number;
        };
        /** @description One organization invitation to create and send. */
        CreateOrganizationInvitationRequest: {
            /** @description The email address of the new member that is going to be invited to the organization */
            email_address: string;
            /**
             * @description The ID of the user that invites the new member to the organization.
             *     Must be an administrator in the organization.
             */
            inviter_user_id?: string | null;
            /** @description The role of the new member in the organization */
            role: string;
            /**
             * @description Metadata saved on the organization invitation, read-only from the Frontend API and fully accessible (read/write) from the Backend API.
             *     When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
             */
            public_metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Metadata saved on the organization invitation, fully accessible (read/write) from the Backend API but not visible from the Frontend API.
             *     When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
             */
            private_metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Optional URL that the invitee will be redirected to once they accept the invitation by clicking the join link in the invitation email. */
            redirect_url?: string | null;
            /** @description The number of days the invitation will be valid for. By default, the invitation has a 30 days expire. */
            expires_in_days?: number | null;
            /**
             * @description Optional flag which denotes whether an email invitation should be sent to the given email address.
             *     Defaults to `true`.
             * @default true
             */
            notify?: boolean | null;
        };
        RevokeOrganizationInvitationRequest: {
            /**
             * @description The ID of the user that revokes the invitation.
             *     Must be an administrator in the organization.
             */
            requesting_user_id?: string | null;
        };
    };
    responses: {
        /** @description Request was not successful */
        ClerkErrors: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClerkErrors"];
            };
        };
        /** @description Resource not found */
        ResourceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClerkErrors"];
            };
        };
        /** @description Request was not successful */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClerkErrors"];
            };
        };
        /** @description A list of organization invitations */
        OrganizationInvitations: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrganizationInvitations"];
            };
        };
        /** @description Invalid request parameters */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClerkErrors"];
            };
        };
        /** @description An organization invitation */
        OrganizationInvitation: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrganizationInvitation"];
            };
        };
        /** @description Payment required */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClerkErrors"];
            };
        };
        /** @description Authorization invalid */
        AuthorizationInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClerkErrors"];
            };
        };
    };
    parameters: {
        /**
         * @description The organization id to use for the request
         * @example 5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41
         */
        TROrganization: string;
        /**
         * @description The id of the invitation to delete
         * @example 0d3f2a8e-7c41-4f6b-9a2e-5c8d1b7e4f90
         */
        TrieveInvitationId: string;
        /**
         * @description The organization id to get invitations for
         * @example 5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41
         */
        TrieveOrganizationId: string;
        /**
         * @description Filter organization invitations based on their status. Repeat the parameter to match several
         *     statuses, e.g. `status=pending&status=expired`.
         */
        InvitationStatusFilter: components["schemas"]["OrganizationInvitationStatus"][];
        /**
         * @description Applies a limit to the number of results returned.
         *     Can be used for paginating the results together with `offset`.
         */
        Limit: number;
        /**
         * @description Skip the first `offset` results when paginating.
         *     Needs to be an integer greater or equal to zero.
         *     To be used in conjunction with `limit`.
         */
        Offset: number;
        /**
         * @description The organization ID.
         * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
         */
        ClerkOrganizationId: string;
        /**
         * @description Allows to return organization invitations in a particular order.
         *     You can order the returned organization invitations either by their `created_at` or `email_address`.
         *     In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
         *     For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
         *     If you don't use `+` or `-`, then `+` is implied.
         *     Defaults to `-created_at`.
         */
        OrderBy: string;
        /**
         * @description The organization invitation ID.
         * @example orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS
         */
        ClerkInvitationId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    post_invitation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization id to use for the request
                 * @example 5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41
                 */
                "TR-Organization": components["parameters"]["TROrganization"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON request payload to send an invitation */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationData"];
            };
        };
        responses: {
            /** @description Ok response. Indicates that invitation email was sent correctly. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid email or some other error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    delete_invitation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization id to use for the request
                 * @example 5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41
                 */
                "TR-Organization": components["parameters"]["TROrganization"];
            };
            path: {
                /**
                 * @description The id of the invitation to delete
                 * @example 0d3f2a8e-7c41-4f6b-9a2e-5c8d1b7e4f90
                 */
                invitation_id: components["parameters"]["TrieveInvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ok response. Indicates that invitation was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Service error relating to deleting invitation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    get_invitations: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The organization id to use for the request
                 * @example 5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41
                 */
                "TR-Organization": components["parameters"]["TROrganization"];
            };
            path: {
                /**
                 * @description The organization id to get invitations for
                 * @example 5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41
                 */
                organization_id: components["parameters"]["TrieveOrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations for the dataset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"][];
                };
            };
            /** @description Service error relating to getting invitations for the dataset */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    list_instance_organization_invitations: {
        parameters: {
            query?: {
                /**
                 * @description Allows to return organization invitations in a particular order.
                 *     At the moment, you can order the returned organization invitations either by their `created_at` or `email_address`.
                 *     In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
                 *     For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
                 *     If you don't use `+` or `-`, then `+` is implied.
                 *     Defaults to `-created_at`.
                 */
                order_by?: string;
                /**
                 * @description Filter organization invitations based on their status. Repeat the parameter to match several
                 *     statuses, e.g. `status=pending&status=expired`.
                 */
                status?: components["parameters"]["InvitationStatusFilter"];
                /** @description Filter organization invitations based on their `email_address` */
                query?: string;
                /**
                 * @description Applies a limit to the number of results returned.
                 *     Can be used for paginating the results together with `offset`.
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Skip the first `offset` results when paginating.
                 *     Needs to be an integer greater or equal to zero.
                 *     To be used in conjunction with `limit`.
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of organization invitations with public organization data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationInvitationsWithPublicOrganizationData"];
                };
            };
            400: components["responses"]["ClerkErrors"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["ClerkErrors"];
            500: components["responses"]["InternalServerError"];
        };
    };
    list_organization_invitations: {
        parameters: {
            query?: {
                /**
                 * @description Filter organization invitations based on their status. Repeat the parameter to match several
                 *     statuses, e.g. `status=pending&status=expired`.
                 */
                status?: components["parameters"]["InvitationStatusFilter"];
                /** @description Returns organization invitations inviting the specified email address. */
                email_address?: string;
                /**
                 * @description Allows to return organization invitations in a particular order.
                 *     You can order the returned organization invitations either by their `created_at` or `email_address`.
                 *     In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
                 *     For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
                 *     If you don't use `+` or `-`, then `+` is implied.
                 *     Defaults to `-created_at`.
                 */
                order_by?: components["parameters"]["OrderBy"];
                /**
                 * @description Applies a limit to the number of results returned.
                 *     Can be used for paginating the results together with `offset`.
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Skip the first `offset` results when paginating.
                 *     Needs to be an integer greater or equal to zero.
                 *     To be used in conjunction with `limit`.
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrganizationInvitations"];
            400: components["responses"]["ClerkErrors"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    create_organization_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationInvitationRequest"];
            };
        };
        responses: {
            200: components["responses"]["OrganizationInvitation"];
            400: components["responses"]["ClerkErrors"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["AuthorizationInvalid"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    create_organization_invitation_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationInvitationRequest"][];
            };
        };
        responses: {
            /** @description A list of organization invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationInvitations"];
                };
            };
            400: components["responses"]["ClerkErrors"];
            403: components["responses"]["AuthorizationInvalid"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    list_pending_organization_invitations: {
        parameters: {
            query?: {
                /**
                 * @description Applies a limit to the number of results returned.
                 *     Can be used for paginating the results together with `offset`.
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Skip the first `offset` results when paginating.
                 *     Needs to be an integer greater or equal to zero.
                 *     To be used in conjunction with `limit`.
                 */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of organization invitations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationInvitations"];
                };
            };
            400: components["responses"]["ClerkErrors"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    get_organization_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
                /**
                 * @description The organization invitation ID.
                 * @example orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS
                 */
                invitation_id: components["parameters"]["ClerkInvitationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrganizationInvitation"];
            400: components["responses"]["ClerkErrors"];
            403: components["responses"]["AuthorizationInvalid"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    revoke_organization_invitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The organization ID.
                 * @example org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG
                 */
                organization_id: components["parameters"]["ClerkOrganizationId"];
                /**
                 * @description The organization invitation ID.
                 * @example orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS
                 */
                invitation_id: components["parameters"]["ClerkInvitationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RevokeOrganizationInvitationRequest"];
            };
        };
        responses: {
            /** @description An organization invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationInvitation"];
                };
            };
            400: components["responses"]["ClerkErrors"];
            403: components["responses"]["AuthorizationInvalid"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
}
