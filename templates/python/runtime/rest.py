"""The HTTP transport: one attempt over ``urllib.request``, nothing else.

Retries, credentials and decoding live in ``api_client``; a transport only sends a request and
reads the response, turning every failure into this client's typed errors. Replace it (any object
with this ``send`` method) to run the client over another HTTP stack or in tests.

Cancellation: ``send`` takes the call's :class:`~.cancellation.CancellationToken`. The default
transport shuts the attempt's socket down from the thread that cancels, so a blocking connect,
write, TLS handshake or read ends at once (no polling), and raises
:class:`~.exceptions.RequestAbortedError`. Only the host name lookup (``getaddrinfo``) cannot be
interrupted: the attempt ends as soon as it returns.
"""

import functools
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Callable, Dict, List, Mapping, Optional, Protocol, Tuple

from .api_response import Headers
from .cancellation import CancellationToken
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
        *,
        cancel: Optional[CancellationToken] = None,
    ) -> RawResponse:
        """Sends one request and reads its whole response (any status).

        ``cancel`` is given only when the call has a cancellation token: a transport should stop
        the attempt promptly when it is cancelled (``cancel.on_cancel`` runs a callback on the
        cancelling thread) and raise ``RequestAbortedError``.

        Raises:
            ApiTimeoutError: no complete response within ``timeout`` seconds.
            ApiConnectionError: no response (refused, reset, DNS, TLS...).
            ResponseTooLargeError: the body exceeds ``max_response_bytes``.
            RequestAbortedError: ``cancel`` was cancelled.
        """
        ...

    def close(self) -> None:
        """Releases what the transport holds."""
        ...


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are returned, not followed: following one would send credentials elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class _InFlight:
    """The sockets of one attempt, shut down from the thread that cancels it.

    Each socket is kept as a duplicate descriptor (``socket.dup``), closed only by :meth:`finish`:
    shutting it down ends the connection, and the TLS layer over the original, whatever ``urllib``
    has closed or wrapped meanwhile, and never touches a descriptor number reused elsewhere.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: List[socket.socket] = []
        self._aborted = False
        self._finished = False

    def attach(self, sock: socket.socket) -> None:
        """Tracks ``sock``; shuts it down at once when the attempt is already aborted."""
        with self._lock:
            if self._finished:
                return
            duplicate = sock.dup()
            self._sockets.append(duplicate)
            if self._aborted:
                _shutdown(duplicate)

    def check(self) -> None:
        """Raises ``OSError`` when the attempt was aborted (a shutdown before connecting is lost)."""
        with self._lock:
            if self._aborted:
                raise OSError("the attempt was cancelled")

    def abort(self) -> None:
        """Shuts every tracked socket down: blocked calls on them return at once."""
        with self._lock:
            if self._finished:
                return
            self._aborted = True
            for sock in self._sockets:
                _shutdown(sock)

    def finish(self) -> None:
        """Closes the duplicates; later :meth:`abort` calls do nothing."""
        with self._lock:
            self._finished = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # Not connected (yet, or any more): nothing to wake.


def _open_socket(
    in_flight: _InFlight,
    address: Tuple[str, int],
    timeout: Any = None,
    source_address: Optional[Tuple[str, int]] = None,
) -> socket.socket:
    """``socket.create_connection``, tracking each socket before it connects."""
    host, port = address
    error: Optional[OSError] = None
    for family, kind, proto, _, sockaddr in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
        in_flight.check()
        sock = socket.socket(family, kind, proto)
        try:
            in_flight.attach(sock)
            if isinstance(timeout, (int, float)):
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            in_flight.check()
            return sock
        except OSError as caught:
            error = caught
            sock.close()
    raise error if error is not None else OSError("getaddrinfo returned no address")


class _Request(urllib.request.Request):
    """A request that carries its attempt's :class:`_InFlight` to the connection."""

    def __init__(
        self, url: str, data: Optional[bytes], method: str, in_flight: Optional[_InFlight]
    ) -> None:
        super().__init__(url, data=data, method=method)
        self.in_flight = in_flight


class _CancellableHandler(urllib.request.AbstractHTTPHandler):
    """Makes connections whose sockets an :class:`_InFlight` tracks."""

    def do_open(
        self, http_class: Any, req: urllib.request.Request, **http_conn_args: Any
    ) -> http.client.HTTPResponse:
        in_flight = req.in_flight if isinstance(req, _Request) else None
        if in_flight is None:
            return super().do_open(http_class, req, **http_conn_args)

        def connection(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
            made: http.client.HTTPConnection = http_class(*args, **kwargs)
            # http.client opens its socket through this attribute (HTTPS wraps that socket).
            setattr(made, "_create_connection", functools.partial(_open_socket, in_flight))
            return made

        return super().do_open(connection, req, **http_conn_args)


class _HTTPHandler(_CancellableHandler, urllib.request.HTTPHandler):
    pass


class _HTTPSHandler(_CancellableHandler, urllib.request.HTTPSHandler):
    pass


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
                    _HTTPHandler(),
                ]
                if secure:
                    context = self._ssl_context
                    if context is None and self._ssl_context_factory is not None:
                        context = self._ssl_context_factory()
                    handlers.append(_HTTPSHandler(context=context))
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
        *,
        cancel: Optional[CancellationToken] = None,
    ) -> RawResponse:
        if cancel is None:
            return self._attempt(
                operation_id, method, url, headers, body, timeout, max_response_bytes, None
            )
        in_flight = _InFlight()
        handle = cancel.on_cancel(in_flight.abort)
        try:
            cancel.raise_if_cancelled(operation_id)
            raw = self._attempt(
                operation_id, method, url, headers, body, timeout, max_response_bytes, in_flight
            )
        except Exception:
            # A cancelled attempt fails however its socket's shutdown surfaced: say why.
            cancel.raise_if_cancelled(operation_id)
            raise
        finally:
            cancel.remove_callback(handle)
            in_flight.finish()
        # A body without a length ends at the shutdown like a complete one would.
        cancel.raise_if_cancelled(operation_id)
        return raw

    def _attempt(
        self,
        operation_id: str,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Optional[bytes],
        timeout: float,
        max_response_bytes: int,
        in_flight: Optional[_InFlight],
    ) -> RawResponse:
        request = _Request(url, body, method, in_flight)
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
