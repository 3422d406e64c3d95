"""The HTTP transport: one attempt over ``urllib.request``, nothing else.

Retries, credentials and decoding live in ``api_client``; a transport only sends a request and
reads the response, turning every failure into this client's typed errors. Replace it (any object
with this ``send`` method) to run the client over another HTTP stack or in tests.
"""

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Callable, Dict, List, Mapping, Optional, Protocol

from .api_response import Headers
from .exceptions import ApiConnectionError, ApiException, ApiTimeoutError, ResponseTooLargeError

# ApiException is re-exported: openapi-generator's clients import it from `rest`.
__all__ = ["ApiException", "RawResponse", "Transport", "UrllibTransport"]

_CHUNK_BYTES = 64 * 1024


class RawResponse:
    """A response as read off the wire, before decoding."""

    def __init__(self, status: int, reason: str, headers: Headers, body: bytes) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"RawResponse(status={self.status!r}, {len(self.body)} bytes)"


class Transport(Protocol):
    """What ``ApiClient`` needs from an HTTP stack."""

    def send(
        self,
        operation_id: str,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Optional[bytes],
        timeout: float,
        max_response_bytes: int,
    ) -> RawResponse:
        """Sends one request and reads its whole response (any status).

        Raises:
            ApiTimeoutError: no complete response within ``timeout`` seconds.
            ApiConnectionError: no response (refused, reset, DNS, TLS...).
            ResponseTooLargeError: the body exceeds ``max_response_bytes``.
        """
        ...

    def close(self) -> None:
        """Releases what the transport holds."""
        ...


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are returned, not followed: following one would send credentials elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class UrllibTransport:
    """The default transport, on ``urllib.request`` (standard library only).

    Redirects are not followed (a 3xx surfaces as ``ApiException``). Proxies come from the
    ``proxy`` argument, else from the ``http_proxy``/``https_proxy`` environment variables. The TLS
    context is ``ssl_context``, else made by ``ssl_context_factory`` on the first HTTPS request
    (loading the system's certificates takes a while, and plain-HTTP clients never need them).
    """

    def __init__(
        self,
        ssl_context: Optional[ssl.SSLContext] = None,
        proxy: Optional[str] = None,
        *,
        ssl_context_factory: Optional[Callable[[], ssl.SSLContext]] = None,
    ) -> None:
        self._ssl_context = ssl_context
        self._ssl_context_factory = ssl_context_factory
        self._proxies = {"http": proxy, "https": proxy} if proxy else None
        self._openers: Dict[bool, urllib.request.OpenerDirector] = {}
        self._lock = threading.Lock()

    def _opener(self, secure: bool) -> urllib.request.OpenerDirector:
        with self._lock:
            opener = self._openers.get(secure)
            if opener is None:
                handlers: List[urllib.request.BaseHandler] = [
                    _NoRedirects(),
                    urllib.request.ProxyHandler(self._proxies),
                ]
                if secure:
                    context = self._ssl_context
                    if context is None and self._ssl_context_factory is not None:
                        context = self._ssl_context_factory()
                    handlers.append(urllib.request.HTTPSHandler(context=context))
                opener = urllib.request.build_opener(*handlers)
                self._openers[secure] = opener
            return opener

    def send(
        self,
        operation_id: str,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Optional[bytes],
        timeout: float,
        max_response_bytes: int,
    ) -> RawResponse:
        request = urllib.request.Request(url, data=body, method=method)
        for name, value in headers.items():
            request.add_header(name, value)
        deadline = time.monotonic() + timeout
        try:
            try:
                opener = self._opener(url.lower().startswith("https:"))
                response = opener.open(request, timeout=max(timeout, 0.001))
            except urllib.error.HTTPError as error:
                # A non-2xx status is a response like any other here.
                response = error
            with response:
                status = int(response.status if response.status is not None else response.getcode())
                reason = str(getattr(response, "reason", "") or "")
                response_headers = Headers(list(response.headers.items()))
                data = _read_capped(
                    response, operation_id, status, deadline, timeout, max_response_bytes
                )
            return RawResponse(status, reason, response_headers, data)
        except (ApiConnectionError, ResponseTooLargeError):
            raise
        except socket.timeout:
            raise ApiTimeoutError(operation_id, timeout) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, socket.timeout):
                raise ApiTimeoutError(operation_id, timeout) from None
            raise ApiConnectionError(
                operation_id, f"connection failed ({_describe(error.reason)})"
            ) from error
        except (http.client.HTTPException, OSError) as error:
            raise ApiConnectionError(
                operation_id, f"connection failed ({_describe(error)})"
            ) from error

    def close(self) -> None:
        with self._lock:
            for opener in self._openers.values():
                opener.close()
            self._openers.clear()


def _describe(cause: object) -> str:
    """The cause's type and message; never the URL (urllib errors do not carry it)."""
    if isinstance(cause, BaseException):
        text = str(cause)
        return f"{type(cause).__name__}: {text}" if text else type(cause).__name__
    return str(cause)


def _read_capped(
    response: Any,
    operation_id: str,
    status: int,
    deadline: float,
    timeout: float,
    limit: int,
) -> bytes:
    """Reads the body in chunks, stopping past ``limit`` bytes or past the attempt's deadline."""
    chunks: List[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise ApiTimeoutError(operation_id, timeout)
        chunk = response.read(_CHUNK_BYTES)
        if not chunk:
            # http.client reports a body cut short by its Content-Length only as a short read.
            missing = getattr(response, "length", None)
            if isinstance(missing, int) and missing > 0:
                raise ApiConnectionError(
                    operation_id,
                    f"connection closed with {missing} bytes of the response body missing",
                )
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise ResponseTooLargeError(operation_id, status, limit)
        chunks.append(chunk)
