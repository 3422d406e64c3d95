"""Sending an operation: request building, credentials, attempts, retries and decoding."""

import dataclasses
import json
import random as _random
import time
from types import TracebackType
from typing import Any, Callable, Dict, Generic, List, Mapping, Optional, Tuple, Type, TypeVar, cast

from .api_response import ApiResponse, Headers
from .base_configuration import BaseConfiguration
from .cancellation import CancellationToken, any_token
from .exceptions import (
    ApiConnectionError,
    ApiException,
    ApiValueError,
    InvalidResponseError,
    OpenApiException,
    RequestAbortedError,
    exception_class_for,
    truncate_text,
)
from .request import (
    build_path,
    check_header,
    cookie_pair,
    encode_body,
    header_text,
    is_absent,
    serialize_query,
)
from .rest import RawResponse, Transport, UrllibTransport
from .retry import IDEMPOTENT_METHODS, is_retryable_error, retry_delay
from .serialization import DecodeError, Decoder, decode_none

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation of the API description, as the generated API classes declare it.

    Attributes:
        operation_id: The ``operationId``, used in error messages.
        method: ``GET``, ``POST``...
        path: The path template, e.g. ``/v1/organizations/{organization_id}/invitations``.
        responses: Decoders of the documented 2xx bodies by status (``"200"``, ``"2XX"``).
        errors: Decoders of the documented error bodies by status (``"404"``, ``"4XX"``,
            ``"default"``), for ``ApiException.data``.
        server_url: The operation's own server, used unless the user set a host.
        security: Security alternatives; each is the scheme names that apply together.
        media_type: The request body's media type.
        response_kind: ``"json"`` (decoded), ``"text"`` (``str``), ``"bytes"`` or ``"empty"``.
        query_styles: Query parameters not sent in ``form``/explode style: name -> (style, explode).
    """

    operation_id: str
    method: str
    path: str
    responses: Mapping[str, Decoder[T]]
    errors: Mapping[str, Decoder[Any]] = dataclasses.field(default_factory=dict)
    server_url: Optional[str] = None
    security: Tuple[Tuple[str, ...], ...] = ()
    media_type: Optional[str] = None
    response_kind: str = "json"
    query_styles: Mapping[str, Tuple[str, bool]] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class RequestOptions:
    """Per-call options, the ``_``-prefixed keyword arguments of every generated method.

    Attributes:
        headers: Extra headers for this call (``{"Prefer": "code=404"}``); they override
            default and parameter headers.
        timeout: Seconds each attempt may take, instead of ``Configuration.timeout``.
        idempotency_key: Sent as ``Idempotency-Key``, the same on every attempt. It also makes
            non-idempotent methods (POST, PATCH) retryable: the server can recognise a repeat.
        max_retries: Instead of ``Configuration.max_retries``.
        cancel: Cancels this call when cancelled from any thread (also the client's ``cancel``):
            nothing is sent, the request in flight stops, or the retry wait ends at once, and
            the call raises ``RequestAbortedError``.
    """

    headers: Optional[Mapping[str, str]] = None
    timeout: Optional[float] = None
    idempotency_key: Optional[str] = None
    max_retries: Optional[int] = None
    cancel: Optional[CancellationToken] = None


def _status_lookup(table: Mapping[str, Decoder[Any]], status: int) -> Optional[Decoder[Any]]:
    return table.get(str(status)) or table.get(f"{status // 100}XX") or table.get("default")


def _is_json(content_type: Optional[str]) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json") or media.endswith("/json")


class ApiClient:
    """Sends the generated API classes' requests. Use it as a context manager::

        with invitations_api.ApiClient(configuration) as api_client:
            api = invitations_api.InvitationApi(api_client)

    Args:
        configuration: Server, credentials, timeouts and retries.
        transport: The HTTP stack; :class:`~.rest.UrllibTransport` by default.
        cancel: Cancels every call made through this client when cancelled (with a call's own
            ``_cancel``, whichever is cancelled first); see :class:`~.cancellation.CancellationToken`.
        sleep: Waits between attempts (seconds) of a call without a cancellation token (one with
            a token waits on it, so that cancelling ends the wait); replace it in tests.
        random: Jitter source in [0, 1); replace it in tests.
        clock: Monotonic clock for the retry budget (seconds); replace it in tests.
        wall_clock: Seconds since the epoch, for ``Retry-After`` dates; replace it in tests.
    """

    def __init__(
        self,
        configuration: BaseConfiguration,
        *,
        transport: Optional[Transport] = None,
        cancel: Optional[CancellationToken] = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.configuration = configuration
        self.transport: Transport = (
            transport
            if transport is not None
            else UrllibTransport(
                proxy=configuration.proxy, ssl_context_factory=configuration.create_ssl_context
            )
        )
        self.default_headers: Dict[str, str] = {}
        self.cancel = cancel
        self._sleep = sleep
        self._random = random
        self._clock = clock
        self._wall_clock = wall_clock

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc_value: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()

    def close(self) -> None:
        """Releases the transport."""
        self.transport.close()

    def set_default_header(self, name: str, value: str) -> None:
        """Sends ``name: value`` with every request of this client."""
        check_header("", name, value)
        self.default_headers[name] = value

    def __repr__(self) -> str:
        return f"ApiClient({self.configuration!r})"

    def call_api(
        self,
        operation: Operation[T],
        *,
        path: Optional[Mapping[str, Any]] = None,
        query: Optional[Mapping[str, Any]] = None,
        headers: Optional[Mapping[str, Any]] = None,
        cookies: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        options: Optional[RequestOptions] = None,
    ) -> ApiResponse[T]:
        """Sends one call of ``operation`` and decodes the response.

        Parameters are given by their wire names; ``None`` (and ``UNSET``) ones are not sent.
        ``body`` is encoded per ``operation.media_type``: JSON (models through their ``to_dict``),
        form-encoded, or ``multipart/form-data`` parts (files as :class:`~.request.FileUpload`,
        bytes or open binary files); bytes are sent as they are. ``None`` sends none.

        Attempts are retried, per ``Configuration.retry``, only for idempotent methods or when
        ``options.idempotency_key`` is set. The last attempt's error is raised.

        ``options.cancel`` and the client's ``cancel`` cancel the call from another thread: one
        cancelled before the call sends nothing, during a request stops it at once, during a wait
        before a retry ends the wait with no further attempt.

        Raises:
            ApiValueError: a parameter or header cannot be sent; nothing was sent.
            ApiException: the server answered outside 2xx (a subclass per common status).
            ApiConnectionError: no response arrived (ApiTimeoutError: not in time).
            InvalidResponseError: a 2xx body is not the documented JSON (an empty 2xx body, like a
                204, gives ``None``).
            ResponseTooLargeError: the body exceeds ``Configuration.max_response_bytes``.
            RequestAbortedError: the call was cancelled (``options.cancel`` or the client's).
        """
        options = options or RequestOptions()
        with any_token((self.cancel, options.cancel)) as cancel:
            if cancel is not None:
                cancel.raise_if_cancelled(operation.operation_id)
            return self._call(operation, path, query, headers, cookies, body, options, cancel)

    def _call(
        self,
        operation: Operation[T],
        path: Optional[Mapping[str, Any]],
        query: Optional[Mapping[str, Any]],
        headers: Optional[Mapping[str, Any]],
        cookies: Optional[Mapping[str, Any]],
        body: Any,
        options: RequestOptions,
        cancel: Optional[CancellationToken],
    ) -> ApiResponse[T]:
        config = self.configuration
        operation_id = operation.operation_id
        try:
            url, request_headers, data = self._build_request(
                operation, path, query, headers, cookies, body, options
            )
        except OpenApiException:
            raise
        except (TypeError, ValueError) as error:
            raise ApiValueError(
                operation_id, f"the request cannot be encoded ({type(error).__name__})"
            ) from None

        retryable = (
            options.idempotency_key is not None or operation.method.upper() in IDEMPOTENT_METHODS
        )
        max_retries = (
            (options.max_retries if options.max_retries is not None else config.max_retries)
            if retryable
            else 0
        )
        timeout = options.timeout if options.timeout is not None else config.timeout
        policy = config.retry
        started = self._clock()
        retry_index = 0
        while True:
            try:
                send_args = (
                    operation_id,
                    operation.method.upper(),
                    url,
                    request_headers,
                    data,
                    timeout,
                    config.max_response_bytes,
                )
                # Transports written before cancellation existed work for calls without a token.
                raw = (
                    self.transport.send(*send_args)
                    if cancel is None
                    else self.transport.send(*send_args, cancel=cancel)
                )
                return self._read_response(operation, raw)
            except (ApiException, ApiConnectionError) as error:
                if retry_index >= max_retries or not is_retryable_error(error, policy):
                    raise self._scrubbed(error)
                response_headers = error.headers if isinstance(error, ApiException) else None
                delay = retry_delay(
                    retry_index, policy, response_headers, self._random, self._wall_clock()
                )
                if self._clock() - started + delay >= policy.max_elapsed:
                    raise self._scrubbed(error)
                if cancel is None:
                    self._sleep(delay)
                elif cancel.wait(delay):
                    raise RequestAbortedError(operation_id) from None
                retry_index += 1

    def _scrubbed(self, error: OpenApiException) -> OpenApiException:
        """``error`` with any configured credential cut out of its message (belt and braces)."""
        for secret in self.configuration.secrets():
            if secret in error.message:
                error.message = error.message.replace(secret, "***")
                error.args = (
                    f"{error.operation_id}: {error.message}"
                    if error.operation_id
                    else error.message,
                )
        return error

    def _build_request(
        self,
        operation: Operation[T],
        path: Optional[Mapping[str, Any]],
        query: Optional[Mapping[str, Any]],
        headers: Optional[Mapping[str, Any]],
        cookies: Optional[Mapping[str, Any]],
        body: Any,
        options: RequestOptions,
    ) -> Tuple[str, Dict[str, str], Optional[bytes]]:
        config = self.configuration
        operation_id = operation.operation_id
        url = config.base_url_for(operation.server_url) + build_path(
            operation.path, path or {}, operation_id
        )
        query_pairs: List[Tuple[str, Any]] = list((query or {}).items())

        request_headers: Dict[str, str] = {}

        def put(name: str, value: str) -> None:
            check_header(operation_id, name, value)
            for existing in [key for key in request_headers if key.lower() == name.lower()]:
                del request_headers[existing]
            request_headers[name] = value

        # Error bodies are JSON too, so JSON is asked for unless the success body is text or bytes.
        put("Accept", "*/*" if operation.response_kind in ("text", "bytes") else "application/json")
        put("User-Agent", config.USER_AGENT)
        data: Optional[bytes] = None
        if body is not None:
            data, content_type = encode_body(
                operation_id, operation.media_type or "application/json", body
            )
            put("Content-Type", content_type)
        for source in (config.default_headers, self.default_headers):
            for name, value in source.items():
                put(name, value)
        for name, value in (headers or {}).items():
            if not is_absent(value):
                put(name, header_text(value))
        cookie_pairs = [
            cookie_pair(operation_id, name, value)
            for name, value in (cookies or {}).items()
            if not is_absent(value)
        ]
        for name, value in (options.headers or {}).items():
            put(name, value)
        if options.idempotency_key is not None:
            put("Idempotency-Key", options.idempotency_key)
        for location, name, value in config.credentials_for(operation.security):
            if location == "header":
                put(name, value)
            elif location == "query":
                query_pairs.append((name, value))
            elif location == "cookie":
                cookie_pairs.append(cookie_pair(operation_id, name, value))
        if cookie_pairs:
            put("Cookie", "; ".join(cookie_pairs))
        query_string = serialize_query(query_pairs, operation.query_styles)
        if query_string:
            url = f"{url}?{query_string}"
        return url, request_headers, data

    def _read_response(self, operation: Operation[T], raw: RawResponse) -> ApiResponse[T]:
        operation_id = operation.operation_id
        content_type = raw.headers.get("content-type")
        if not 200 <= raw.status < 300:
            raise self._api_exception(operation, raw, content_type)
        decoder = _status_lookup(operation.responses, raw.status)
        if decoder is None and operation.responses:
            # An undocumented 2xx: read it as the documented success would be.
            decoder = next(iter(operation.responses.values()))
        no_content = raw.status in (204, 205) or operation.method.upper() == "HEAD"
        if (
            no_content
            or not raw.body
            or operation.response_kind == "empty"
            or decoder is None
            or decoder is decode_none
        ):
            # No body (204, 205, HEAD, or an empty 2xx whatever was promised): no data.
            return ApiResponse(raw.status, raw.headers, cast(T, None), raw.body)
        if operation.response_kind == "bytes":
            return ApiResponse(raw.status, raw.headers, cast(T, raw.body), raw.body)
        text = raw.body.decode("utf-8", errors="replace")
        if operation.response_kind == "text":
            return ApiResponse(raw.status, raw.headers, cast(T, text), raw.body)
        if content_type is not None and not _is_json(content_type):
            raise InvalidResponseError(
                operation_id, raw.status, content_type, text, "expected JSON"
            )
        try:
            value = json.loads(text)
        except ValueError:
            raise InvalidResponseError(
                operation_id, raw.status, content_type, text, "the body is not valid JSON"
            ) from None
        try:
            data: T = decoder(value, "response")
        except DecodeError as error:
            raise InvalidResponseError(
                operation_id, raw.status, content_type, text, str(error)
            ) from None
        return ApiResponse(raw.status, raw.headers, data, raw.body)

    def _api_exception(
        self, operation: Operation[T], raw: RawResponse, content_type: Optional[str]
    ) -> ApiException:
        text = raw.body.decode("utf-8", errors="replace")
        body: Any = truncate_text(text) if text else None
        data: Any = None
        if text and (content_type is None or _is_json(content_type)):
            try:
                body = json.loads(text)
            except ValueError:
                pass  # Keep the text: a proxy's error page often claims to be JSON.
            else:
                decoder = _status_lookup(operation.errors, raw.status)
                if decoder is not None:
                    try:
                        data = decoder(body, "error")
                    except DecodeError:
                        data = None
        exception_class = exception_class_for(raw.status)
        return exception_class(
            operation.operation_id,
            raw.status,
            raw.reason,
            raw.headers,
            body,
            data,
            content_type,
        )


__all__ = ["ApiClient", "ApiResponse", "Headers", "Operation", "RequestOptions"]
