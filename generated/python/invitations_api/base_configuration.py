"""Client settings: server, credentials, timeouts, retries, TLS.

The generated ``Configuration`` subclass fills in what the API description says (its default
server, security schemes and retry policy); everything else is documented here.
"""

import base64
import dataclasses
import math
import ssl
from typing import ClassVar, Dict, List, Mapping, Optional, Tuple, Union

from .exceptions import ApiValueError

#: A status code, or a whole class of them (``"5XX"``), that may be retried.
RetryStatus = Union[int, str]


@dataclasses.dataclass(frozen=True)
class SecurityScheme:
    """How an operation authenticates, as the API description's ``securitySchemes`` says.

    Attributes:
        type: ``"apiKey"`` or ``"http"``.
        location: For ``apiKey``: ``"header"``, ``"query"`` or ``"cookie"``.
        parameter_name: For ``apiKey``: the header, query or cookie name.
        scheme: For ``http``: ``"bearer"`` or ``"basic"``.
    """

    type: str
    location: str = "header"
    parameter_name: str = ""
    scheme: str = ""

    @classmethod
    def api_key(cls, parameter_name: str, location: str = "header") -> "SecurityScheme":
        return cls(type="apiKey", location=location, parameter_name=parameter_name)

    @classmethod
    def bearer(cls) -> "SecurityScheme":
        return cls(type="http", scheme="bearer")

    @classmethod
    def basic(cls) -> "SecurityScheme":
        return cls(type="http", scheme="basic")


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How failed attempts are retried. Times are in seconds.

    Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) are retried, or any method
    when the call has an idempotency key. 400, 401, 403, 404 and 422 are never retried, even when
    ``status_codes`` holds ``"4XX"``.

    Attributes:
        initial_delay: Backoff before the first retry.
        max_delay: Upper bound of any single wait, including one ``Retry-After`` asks for.
        exponent: Backoff growth per retry: ``initial_delay * exponent ** retry_index``, of
            which a random 50-100 % is waited ("equal jitter").
        max_elapsed: Budget for one call across attempts and waits; no retry starts past it.
        status_codes: Statuses that are retried (numbers, or ``"4XX"``/``"5XX"``).
        retry_connection_errors: Whether connection errors and timeouts are retried.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    exponent: float = 2.0
    max_elapsed: float = 120.0
    status_codes: Tuple[RetryStatus, ...] = (408, 409, 429, "5XX")
    retry_connection_errors: bool = True

    def __post_init__(self) -> None:
        for name in ("initial_delay", "max_delay", "exponent", "max_elapsed"):
            _check_non_negative(name, getattr(self, name))


def _check_non_negative(name: str, value: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or math.isnan(value)
        or value < 0
    ):
        raise ApiValueError("", f"{name} must be a non-negative number, got {value!r}")


def _normalize_host(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    if not isinstance(value, str) or not value.lower().startswith(("http://", "https://")):
        raise ApiValueError("", "host must be an http:// or https:// URL")
    return value.rstrip("/")


#: One credential as it goes on the wire: (``"header"``/``"query"``/``"cookie"``, name, value).
Credential = Tuple[str, str, str]


class BaseConfiguration:
    """Settings of an ``ApiClient``.

    Args:
        host: Base URL every operation's path is appended to. When not given, each operation
            goes to its own server from the API description (``DEFAULT_HOST`` for those without
            one); when given, it replaces every server, so that a mock or proxy gets all calls.
        api_key: API keys by security scheme name, e.g. ``{"ApiKey": "tr-…"}``.
        api_key_prefix: Prefixes by scheme name, e.g. ``{"ApiKey": "Bearer"}``: the key is then
            sent as ``Bearer <key>``.
        access_token: The token for HTTP bearer schemes (``Authorization: Bearer <token>``).
        username: For HTTP basic schemes, with ``password``.
        password: For HTTP basic schemes, with ``username``.
        timeout: Seconds each attempt may take: connecting, and each read of the response.
        max_retries: Retries after the first attempt (see :class:`RetryPolicy` for which).
        retry: Backoff and which failures are retried; defaults to the API description's.
        default_headers: Headers sent with every request; parameters and per-call headers win.
        max_response_bytes: Largest response body read; a larger one raises
            ``ResponseTooLargeError``.
        verify_ssl: Verify the server's TLS certificate (leave it on outside tests).
        ssl_ca_cert: A CA bundle file to verify the server with, instead of the system's.
        ssl_context: A ready ``ssl.SSLContext``; overrides ``verify_ssl`` and ``ssl_ca_cert``.
        proxy: An HTTP(S) proxy URL; by default the ``*_proxy`` environment variables apply.

    Credentials can be set after construction too::

        configuration.api_key["ApiKey"] = os.environ["API_KEY"]
        configuration.access_token = os.environ["BEARER_AUTH"]

    ``repr()`` of a configuration never shows a credential.
    """

    #: Base URL of operations the API description gives no server of their own.
    DEFAULT_HOST: ClassVar[str] = "http://localhost"
    #: The API description's security schemes, by name.
    SECURITY_SCHEMES: ClassVar[Mapping[str, SecurityScheme]] = {}
    #: The retry policy the API description asks for (``x-speakeasy-retries``), else ours.
    DEFAULT_RETRY: ClassVar[RetryPolicy] = RetryPolicy()
    #: Sent as ``User-Agent`` unless ``default_headers`` sets one.
    USER_AGENT: ClassVar[str] = "openapi-client-python"

    def __init__(
        self,
        host: Optional[str] = None,
        *,
        api_key: Optional[Mapping[str, str]] = None,
        api_key_prefix: Optional[Mapping[str, str]] = None,
        access_token: Optional[str] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        retry: Optional[RetryPolicy] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        max_response_bytes: int = 50 * 1024 * 1024,
        verify_ssl: bool = True,
        ssl_ca_cert: Optional[str] = None,
        ssl_context: Optional[ssl.SSLContext] = None,
        proxy: Optional[str] = None,
    ) -> None:
        self._host = _normalize_host(host)
        self.api_key: Dict[str, str] = dict(api_key or {})
        self.api_key_prefix: Dict[str, str] = dict(api_key_prefix or {})
        self.access_token = access_token
        self.username = username
        self.password = password
        _check_non_negative("timeout", timeout)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ApiValueError(
                "", f"max_retries must be a non-negative integer, got {max_retries!r}"
            )
        if (
            isinstance(max_response_bytes, bool)
            or not isinstance(max_response_bytes, int)
            or max_response_bytes <= 0
        ):
            raise ApiValueError("", "max_response_bytes must be a positive integer")
        self.timeout = float(timeout)
        self.max_retries = max_retries
        self.retry = retry if retry is not None else self.DEFAULT_RETRY
        self.default_headers: Dict[str, str] = dict(default_headers or {})
        self.max_response_bytes = max_response_bytes
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.ssl_context = ssl_context
        self.proxy = proxy

    @property
    def host(self) -> str:
        """The base URL set by the user, else ``DEFAULT_HOST``; without a trailing slash."""
        return (self._host if self._host is not None else self.DEFAULT_HOST).rstrip("/")

    @host.setter
    def host(self, value: str) -> None:
        self._host = _normalize_host(value)

    @property
    def host_is_set(self) -> bool:
        """Whether the user chose the host (it then replaces every operation's own server)."""
        return self._host is not None

    def base_url_for(self, server_url: Optional[str]) -> str:
        """Where an operation whose own server is ``server_url`` is sent."""
        if self._host is not None or server_url is None:
            return self.host
        return server_url.rstrip("/")

    def credential_for(self, scheme_name: str) -> Optional[Credential]:
        """The credential configured for a security scheme, or ``None`` (empty counts as none)."""
        scheme = self.SECURITY_SCHEMES.get(scheme_name)
        if scheme is None:
            return None
        if scheme.type == "apiKey":
            key = self.api_key.get(scheme_name)
            if not key:
                return None
            prefix = self.api_key_prefix.get(scheme_name)
            return (scheme.location, scheme.parameter_name, f"{prefix} {key}" if prefix else key)
        if scheme.type == "http" and scheme.scheme == "bearer":
            return (
                ("header", "Authorization", f"Bearer {self.access_token}")
                if self.access_token
                else None
            )
        if scheme.type == "http" and scheme.scheme == "basic":
            if self.username is None or self.password is None:
                return None
            token = base64.b64encode(f"{self.username}:{self.password}".encode("utf-8")).decode(
                "ascii"
            )
            return ("header", "Authorization", f"Basic {token}")
        return None

    def credentials_for(self, security: Tuple[Tuple[str, ...], ...]) -> List[Credential]:
        """The credentials of the first security alternative whose schemes are all configured.

        An operation without security, or whose alternatives cannot be met, gets none: the
        request then goes out unauthenticated and the server's 401 says what is missing.
        """
        for alternative in security:
            credentials = [self.credential_for(name) for name in alternative]
            if all(credential is not None for credential in credentials):
                return [credential for credential in credentials if credential is not None]
        return []

    def secrets(self) -> List[str]:
        """Every configured credential value, so that messages can be scrubbed of them."""
        values = [*self.api_key.values(), self.access_token, self.password]
        return [value for value in values if value]

    def create_ssl_context(self) -> ssl.SSLContext:
        """The TLS context for HTTPS: ``ssl_context`` if set, else one from the options."""
        if self.ssl_context is not None:
            return self.ssl_context
        context = ssl.create_default_context(cafile=self.ssl_ca_cert)
        if not self.verify_ssl:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def __repr__(self) -> str:
        configured = sorted(
            name for name in self.SECURITY_SCHEMES if self.credential_for(name) is not None
        )
        return (
            f"{type(self).__name__}(host={self.host!r}, credentials for {configured!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries!r})"
        )
