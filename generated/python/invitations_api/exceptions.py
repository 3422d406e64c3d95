"""Every error this client raises.

All of them derive from :class:`OpenApiException`, so one ``except OpenApiException`` tells
client failures apart from bugs in your own code:

- :class:`ApiValueError`: the request was refused before anything was sent (a bad argument).
- :class:`ApiException` and one subclass per common status: the server answered outside 2xx.
- :class:`ApiConnectionError`: no response arrived; :class:`ApiTimeoutError` is one kind of it.
- :class:`InvalidResponseError`: a 2xx response whose body is not what the API promised.
- :class:`ResponseTooLargeError`: the response body exceeded ``Configuration.max_response_bytes``.
- :class:`RequestAbortedError`: the caller cancelled the call (a ``CancellationToken``).

No error ever holds the request URL, request headers or a credential: messages carry only the
operation id, the response (status, headers, body) and the underlying cause's type.
"""

import json
from typing import Any, Dict, Mapping, Optional, Type

#: How much of a non-JSON body an error keeps, in characters.
MAX_ERROR_BODY_CHARS = 1000
#: How much of a body an error message quotes, in characters.
MAX_MESSAGE_EXCERPT_CHARS = 200


def truncate_text(text: str, limit: int = MAX_ERROR_BODY_CHARS) -> str:
    """``text`` cut to ``limit`` characters, with a marker saying how much was cut."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [{len(text) - limit} more characters]"


def _excerpt(body: Any) -> str:
    if body is None or body == "":
        return ""
    if isinstance(body, str):
        text = body
    else:
        try:
            text = json.dumps(body, ensure_ascii=False)
        except (TypeError, ValueError):
            text = type(body).__name__
    text = " ".join(text.split())
    return f": {truncate_text(text, MAX_MESSAGE_EXCERPT_CHARS)}"


class OpenApiException(Exception):
    """Base class of every error this client raises."""

    def __init__(self, operation_id: str, message: str) -> None:
        self.operation_id = operation_id
        self.message = message
        super().__init__(f"{operation_id}: {message}" if operation_id else message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class ApiValueError(OpenApiException, ValueError):
    """A request was refused before anything was sent.

    For example a path parameter that is empty, ``.`` or ``..``, or a header value holding a line
    break. The message names the parameter but never quotes the value: it may be a credential.
    """


class ApiException(OpenApiException):
    """The server answered with a status outside 2xx.

    Attributes:
        status: The HTTP status code.
        reason: The reason phrase (``Bad Request``), possibly empty.
        headers: The response headers (case-insensitive).
        body: The response body: parsed JSON when it is JSON, otherwise the text (cut to 1000
            characters); ``None`` when empty.
        data: ``body`` decoded into the error model the API documents for this status, or
            ``None`` when it documents none or the body does not fit it.
        content_type: The response's ``Content-Type``, if any.
    """

    def __init__(
        self,
        operation_id: str,
        status: int,
        reason: str = "",
        headers: Optional[Mapping[str, str]] = None,
        body: Any = None,
        data: Any = None,
        content_type: Optional[str] = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.body = body
        self.data = data
        self.content_type = content_type
        phrase = f" {reason}" if reason else ""
        super().__init__(operation_id, f"HTTP {status}{phrase}{_excerpt(body)}")


class BadRequestException(ApiException):
    """HTTP 400: the server rejected the request as malformed. Never retried."""


class UnauthorizedException(ApiException):
    """HTTP 401: missing or invalid credentials. Never retried."""


class PaymentRequiredException(ApiException):
    """HTTP 402: payment required."""


class ForbiddenException(ApiException):
    """HTTP 403: the credentials are valid but not allowed to do this. Never retried."""


class NotFoundException(ApiException):
    """HTTP 404: the resource does not exist (or is hidden from you). Never retried."""


class ConflictException(ApiException):
    """HTTP 409: the request conflicts with the resource's current state. Retried by default."""


class UnprocessableEntityException(ApiException):
    """HTTP 422: well-formed but semantically invalid. Never retried."""


class RateLimitException(ApiException):
    """HTTP 429: too many requests. Retried by default, honouring ``Retry-After``."""


class ServiceException(ApiException):
    """HTTP 500 or above: the server failed. Retried by default."""


_EXCEPTION_BY_STATUS: Dict[int, Type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    402: PaymentRequiredException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: RateLimitException,
}


def exception_class_for(status: int) -> Type[ApiException]:
    """The most specific :class:`ApiException` subclass for ``status``."""
    if status >= 500:
        return ServiceException
    return _EXCEPTION_BY_STATUS.get(status, ApiException)


class ApiConnectionError(OpenApiException):
    """No response arrived: connection refused or reset, DNS or TLS failure.

    Retried by default. ``__cause__`` holds the underlying error.
    """


class ApiTimeoutError(ApiConnectionError):
    """An attempt took longer than its timeout. Retried by default.

    Attributes:
        timeout: The timeout of the attempt, in seconds.
    """

    def __init__(self, operation_id: str, timeout: float) -> None:
        self.timeout = timeout
        super().__init__(operation_id, f"no complete response within {timeout:g} s")


class InvalidResponseError(OpenApiException):
    """A 2xx response whose body is not what the API promised (not JSON, or not the schema).

    Attributes:
        status: The HTTP status code.
        content_type: The response's ``Content-Type``, if any.
        body: The body as text, cut to 1000 characters.
    """

    def __init__(
        self,
        operation_id: str,
        status: int,
        content_type: Optional[str],
        body: str,
        problem: str,
    ) -> None:
        self.status = status
        self.content_type = content_type
        self.body = truncate_text(body)
        kind = content_type or "no Content-Type"
        super().__init__(operation_id, f"HTTP {status} ({kind}): {problem}{_excerpt(body)}")


class ResponseTooLargeError(OpenApiException):
    """The response body exceeded ``Configuration.max_response_bytes``; reading stopped there.

    Attributes:
        status: The HTTP status code.
        limit: The limit that was exceeded, in bytes.
    """

    def __init__(self, operation_id: str, status: int, limit: int) -> None:
        self.status = status
        self.limit = limit
        super().__init__(operation_id, f"HTTP {status}: response body exceeds {limit} bytes")


class RequestAbortedError(OpenApiException):
    """The caller cancelled the call through a ``CancellationToken`` (``_cancel=`` or the client's
    ``cancel``): before it was sent, while a request was in flight, or while waiting to retry.
    Never retried; no further attempt is made.
    """

    def __init__(self, operation_id: str) -> None:
        super().__init__(operation_id, "aborted by the caller's cancellation token")
