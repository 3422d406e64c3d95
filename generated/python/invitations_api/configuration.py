# Generated from Invitations API 1.0.0 by the Invitations API client pipeline.
# Do not edit: change the spec or templates/ and run `npm run generate`.
"""The ``Configuration`` of this client: its default server, security schemes and retry policy."""

from typing import ClassVar, Mapping

from .base_configuration import BaseConfiguration, SecurityScheme


class Configuration(BaseConfiguration):
    """Settings of ``ApiClient`` for Invitations API: server, credentials, timeouts, retries.

    Credentials, by security scheme:
        api_key["ApiKey"] (ApiKey): API key, sent in the header parameter Authorization. Trieve API
            key (`tr-…`), sent as-is in the `Authorization` header.
        access_token (bearerAuth): token, sent as Authorization: Bearer <token>. Clerk secret key,
            obtained under "API Keys" in the Clerk Dashboard.

    See ``BaseConfiguration`` for every setting.
    """

    DEFAULT_HOST: ClassVar[str] = "http://127.0.0.1:4010"
    SECURITY_SCHEMES: ClassVar[Mapping[str, SecurityScheme]] = {
        "ApiKey": SecurityScheme.api_key("Authorization", "header"),
        "bearerAuth": SecurityScheme.bearer(),
    }
    USER_AGENT: ClassVar[str] = "invitations-api-python/1.0.0"
