"""Cancellation in the Python runtime (templates/python/runtime/cancellation.py and its use by
``ApiClient`` and ``UrllibTransport``), against servers on 127.0.0.1: a token cancelled before the
call sends nothing; one cancelled from another thread during a hung request, a connect that hangs,
or a long ``Retry-After`` wait ends the call at once with ``RequestAbortedError`` and nothing
further is sent; no socket, thread or callback is left behind.
"""

import contextlib
import os
import selectors
import socket
import ssl
import threading
import time
import unittest
from typing import Any, Iterator, List, Optional

import support
from support import RecordingServer, Reply

api_client = support.runtime_module("api_client")
base_configuration = support.runtime_module("base_configuration")
cancellation = support.runtime_module("cancellation")
exceptions = support.runtime_module("exceptions")
serialization = support.runtime_module("serialization")

ApiClient = api_client.ApiClient
Operation = api_client.Operation
RequestOptions = api_client.RequestOptions
CancellationToken = cancellation.CancellationToken
RequestAbortedError = exceptions.RequestAbortedError
RetryPolicy = base_configuration.RetryPolicy

API_KEY = "ck-5e1d9a7c3b2f4e60"

LIST_ITEMS = Operation(
    operation_id="list_items",
    method="GET",
    path="/v1/items",
    responses={"200": serialization.decode_object},
    security=(("ApiKey",),),
)

#: How long a cancelled call may take to end here (generous: a shared, busy machine).
PROMPT = 1.0

#: A self-signed certificate for 127.0.0.1 and localhost (valid to 2126) and its key, made for
#: these tests only: ``openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes
#: -days 36500 -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1,DNS:localhost``.
TLS_CERT = support.PROJECT_ROOT / "test" / "python" / "fixtures" / "localhost-cert.pem"
TLS_KEY = support.PROJECT_ROOT / "test" / "python" / "fixtures" / "localhost-key.pem"


class Configuration(base_configuration.BaseConfiguration):
    SECURITY_SCHEMES = {"ApiKey": base_configuration.SecurityScheme.api_key("X-Api-Key")}
    USER_AGENT = "cancellation-tests/1.0"


def configuration(url: str, **settings: Any) -> Any:
    config = Configuration(host=url, **settings)
    config.api_key["ApiKey"] = API_KEY
    return config


def open_descriptors() -> List[str]:
    """The file descriptors this process has open, with what each is (Linux /proc, else /dev/fd)."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        if os.path.isdir(folder):
            found = []
            for name in os.listdir(folder):
                with contextlib.suppress(OSError):  # the listing's own descriptor is gone
                    found.append(f"{name} {os.readlink(os.path.join(folder, name))}")
            return sorted(found)
    raise AssertionError("no way to list open file descriptors here")


@contextlib.contextmanager
def cancel_after(token: Any, seconds: float) -> Iterator[threading.Thread]:
    """Cancels ``token`` from another thread ``seconds`` from now; the thread is always joined."""
    stop = threading.Event()

    def run() -> None:
        if not stop.wait(seconds):
            token.cancel()

    thread = threading.Thread(target=run, name="canceller", daemon=True)
    thread.start()
    try:
        yield thread
    finally:
        stop.set()
        thread.join(timeout=5)


class HangingServer:
    """A TCP server on 127.0.0.1 that reads requests and never answers. It records every
    connection, the bytes each sent, and when the client closed it (end of file), then closes its
    own end."""

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self._listener.setblocking(False)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        self.received: List[bytearray] = []
        self.closed_at: List[Optional[float]] = []
        self._connections: List[socket.socket] = []
        self._stop = threading.Event()
        # Made here, not in the thread: descriptors counted after __enter__ include it.
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ, None)
        self._thread = threading.Thread(target=self._serve, name="hanging-server", daemon=True)

    def __enter__(self) -> "HangingServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _serve(self) -> None:
        with self._selector as selector:
            while not self._stop.is_set():
                for key, _ in selector.select(timeout=0.02):
                    if key.data is None:
                        connection, _ = self._listener.accept()
                        connection.setblocking(False)
                        with self._lock:
                            index = len(self.received)
                            self.received.append(bytearray())
                            self.closed_at.append(None)
                            self._connections.append(connection)
                        selector.register(connection, selectors.EVENT_READ, index)
                        continue
                    index = key.data
                    try:
                        chunk = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    except OSError:
                        chunk = b""
                    with self._lock:
                        if chunk:
                            self.received[index] += chunk
                        else:
                            self.closed_at[index] = time.monotonic()
                    if not chunk:
                        # The client closed its end: close ours (so descriptors can be counted).
                        selector.unregister(key.fileobj)
                        with self._lock:
                            self._connections.remove(key.fileobj)  # type: ignore[arg-type]
                        key.fileobj.close()  # type: ignore[union-attr]

    def requests(self) -> int:
        """Requests received: each starts with a request line ending in ``HTTP/1.1``."""
        with self._lock:
            return sum(bytes(data).count(b" HTTP/1.1\r\n") for data in self.received)

    def close(self) -> None:
        self._stop.set()
        if self._thread.ident is not None:  # started: the thread closes the selector
            self._thread.join(timeout=5)
        else:
            self._selector.close()
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._listener.close()


class TlsHangingServer:
    """An HTTPS server on 127.0.0.1 that completes the TLS handshake, reads the request and never
    answers; it records the requests and when the client closed the connection."""

    def __init__(self) -> None:
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(str(TLS_CERT), str(TLS_KEY))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.02)
        self.url = f"https://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        self.received = bytearray()
        self.closed_at: Optional[float] = None
        self._stop = threading.Event()
        self._threads: List[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, name="tls-hanging-server", daemon=True)

    def __enter__(self) -> "TlsHangingServer":
        self._accepter.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._accepter.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                raw, _ = self._listener.accept()
            except socket.timeout:
                continue
            thread = threading.Thread(target=self._serve, args=(raw,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, raw: socket.socket) -> None:
        raw.settimeout(0.02)
        with contextlib.closing(raw):
            try:
                connection = self._context.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
                while not self._stop.is_set():
                    try:
                        connection.do_handshake()
                        break
                    except (socket.timeout, ssl.SSLWantReadError):
                        continue
                while not self._stop.is_set():
                    try:
                        chunk = connection.recv(65536)
                    except (socket.timeout, ssl.SSLWantReadError):
                        continue
                    if not chunk:
                        break
                    with self._lock:
                        self.received += chunk
            except (OSError, ssl.SSLError):
                pass
            with self._lock:
                self.closed_at = time.monotonic()

    def requests(self) -> int:
        with self._lock:
            return bytes(self.received).count(b" HTTP/1.1\r\n")


class CancellationTokenTest(unittest.TestCase):
    def test_cancel_is_once_and_visible_from_every_thread(self) -> None:
        token = CancellationToken()
        self.assertFalse(token.cancelled)
        self.assertEqual(repr(token), "CancellationToken(active)")
        self.assertTrue(token.cancel())
        self.assertFalse(token.cancel())
        self.assertTrue(token.cancelled)
        self.assertEqual(repr(token), "CancellationToken(cancelled)")
        with self.assertRaises(RequestAbortedError) as caught:
            token.raise_if_cancelled("get_status")
        self.assertEqual(str(caught.exception), "get_status: aborted by the caller's cancellation token")
        self.assertIsInstance(caught.exception, exceptions.OpenApiException)
        self.assertNotIsInstance(caught.exception, exceptions.ApiConnectionError)

    def test_wait_ends_when_another_thread_cancels(self) -> None:
        token = CancellationToken()
        self.assertFalse(token.wait(0.01))
        started = time.monotonic()
        with cancel_after(token, 0.1):
            self.assertTrue(token.wait(30))
        self.assertLess(time.monotonic() - started, PROMPT)
        self.assertTrue(token.wait(30))

    def test_callbacks_run_once_on_the_cancelling_thread_and_can_be_removed(self) -> None:
        token = CancellationToken()
        calls: List[str] = []
        kept = token.on_cancel(lambda: calls.append(threading.current_thread().name))
        removed = token.on_cancel(lambda: calls.append("removed"))
        self.assertIsNotNone(kept)
        token.remove_callback(removed)
        with cancel_after(token, 0.0) as canceller:
            pass
        self.assertFalse(canceller.is_alive())
        self.assertEqual(calls, ["canceller"])
        token.cancel()
        self.assertEqual(calls, ["canceller"])
        # Registered after cancelling: runs at once, here.
        self.assertIsNone(token.on_cancel(lambda: calls.append("late")))
        self.assertEqual(calls, ["canceller", "late"])

    def test_any_token_links_and_unlinks(self) -> None:
        first, second = CancellationToken(), CancellationToken()
        with cancellation.any_token([None, None]) as none:
            self.assertIsNone(none)
        with cancellation.any_token([first, None, first]) as same:
            self.assertIs(same, first)
        with cancellation.any_token([first, second]) as combined:
            self.assertIsNotNone(combined)
            self.assertFalse(combined.cancelled)
            second.cancel()
            self.assertTrue(combined.cancelled)
        self.assertFalse(first.cancelled)
        self.assertEqual(first._callbacks, {}, "a link outlived the block")


class CancelledCallTest(unittest.TestCase):
    """Calls through ``ApiClient`` with the default transport."""

    def test_a_token_cancelled_before_the_call_sends_nothing(self) -> None:
        with RecordingServer() as server:
            token = CancellationToken()
            token.cancel()
            with ApiClient(configuration(server.url)) as client:
                with self.assertRaises(RequestAbortedError) as caught:
                    client.call_api(LIST_ITEMS, options=RequestOptions(cancel=token))
                self.assertEqual(server.requests, [])
                self.assertIn("list_items", str(caught.exception))
                for form in (str(caught.exception), repr(caught.exception)):
                    self.assertNotIn(API_KEY, form)
                # The same client still works without the token.
                self.assertEqual(client.call_api(LIST_ITEMS).data, {})
                self.assertEqual(len(server.requests), 1)

    def test_the_clients_token_cancels_every_call(self) -> None:
        with RecordingServer() as server:
            token = CancellationToken()
            with ApiClient(configuration(server.url), cancel=token) as client:
                self.assertEqual(client.call_api(LIST_ITEMS).data, {})
                self.assertEqual(token._callbacks, {}, "a finished call left a callback on the token")
                token.cancel()
                with self.assertRaises(RequestAbortedError):
                    client.call_api(LIST_ITEMS)
                with self.assertRaises(RequestAbortedError):
                    client.call_api(LIST_ITEMS, options=RequestOptions(cancel=CancellationToken()))
            self.assertEqual(len(server.requests), 1)

    def test_cancelling_a_hung_request_ends_it_at_once_and_closes_its_socket(self) -> None:
        with HangingServer() as server:
            token = CancellationToken()
            client_token = CancellationToken()
            threads_before = threading.active_count()
            descriptors_before = open_descriptors()
            with ApiClient(configuration(server.url, timeout=30, max_retries=3), cancel=client_token) as client:
                started = time.monotonic()
                with cancel_after(token, 0.2):
                    with self.assertRaises(RequestAbortedError) as caught:
                        client.call_api(LIST_ITEMS, options=RequestOptions(cancel=token))
                ended = time.monotonic()
            self.assertLess(ended - started, PROMPT)
            self.assertGreaterEqual(ended - started, 0.15)
            self.assertEqual(str(caught.exception), "list_items: aborted by the caller's cancellation token")
            self.assertEqual(server.requests(), 1)
            # The client closed its end: the server read end of file, right after the cancel.
            deadline = time.monotonic() + PROMPT
            while server.closed_at[0] is None and time.monotonic() < deadline:
                time.sleep(0.01)
            closed_at = server.closed_at[0]
            self.assertIsNotNone(closed_at, "the client kept the connection open")
            assert closed_at is not None
            self.assertLess(closed_at - started, PROMPT)
            # Nothing further is sent (three retries were allowed).
            time.sleep(0.3)
            self.assertEqual(server.requests(), 1)
            self.assertEqual(len(server.received), 1)
            # No socket and no thread of the client's is left, no callback on either token.
            self.assertEqual(open_descriptors(), descriptors_before)
            self.assertEqual(threading.active_count(), threads_before)
            self.assertEqual(token._callbacks, {})
            self.assertEqual(client_token._callbacks, {})

    def test_cancelling_a_hung_https_request_ends_it_at_once(self) -> None:
        with TlsHangingServer() as server:
            token = CancellationToken()
            descriptors_before = open_descriptors()
            config = configuration(server.url, timeout=30, max_retries=2, ssl_ca_cert=str(TLS_CERT))
            with ApiClient(config) as client:
                started = time.monotonic()
                with cancel_after(token, 0.3):
                    with self.assertRaises(RequestAbortedError):
                        client.call_api(LIST_ITEMS, options=RequestOptions(cancel=token))
                self.assertLess(time.monotonic() - started, PROMPT)
                # The request went through TLS (the server decrypted it), and only once.
                self.assertEqual(server.requests(), 1)
                deadline = time.monotonic() + PROMPT
                while server.closed_at is None and time.monotonic() < deadline:
                    time.sleep(0.01)
                self.assertIsNotNone(server.closed_at, "the client kept the TLS connection open")
            time.sleep(0.2)
            self.assertEqual(server.requests(), 1)
            self.assertEqual(open_descriptors(), descriptors_before)

    def test_the_clients_token_cancels_a_request_in_flight(self) -> None:
        with HangingServer() as server:
            token = CancellationToken()
            with ApiClient(configuration(server.url, timeout=30), cancel=token) as client:
                started = time.monotonic()
                with cancel_after(token, 0.2):
                    with self.assertRaises(RequestAbortedError):
                        client.call_api(LIST_ITEMS)
                self.assertLess(time.monotonic() - started, PROMPT)
            self.assertEqual(server.requests(), 1)

    def test_cancelling_a_connect_that_hangs_ends_it_at_once(self) -> None:
        # A listener whose accept queue is full: the kernel leaves the next connect unanswered.
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        fillers: List[socket.socket] = []
        try:
            listener.bind(("127.0.0.1", 0))
            listener.listen(0)
            address = listener.getsockname()
            for _ in range(8):
                filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                fillers.append(filler)
                filler.settimeout(0.3)
                try:
                    filler.connect(address)
                except socket.timeout:
                    break
            else:
                self.fail("the accept queue never filled: a connect cannot be made to hang here")
            descriptors_before = open_descriptors()
            token = CancellationToken()
            with ApiClient(configuration(f"http://127.0.0.1:{address[1]}", timeout=30)) as client:
                started = time.monotonic()
                with cancel_after(token, 0.2):
                    with self.assertRaises(RequestAbortedError):
                        client.call_api(LIST_ITEMS, options=RequestOptions(cancel=token))
                self.assertLess(time.monotonic() - started, PROMPT)
            self.assertEqual(open_descriptors(), descriptors_before)
        finally:
            for filler in fillers:
                filler.close()
            listener.close()

    def test_cancelling_a_long_retry_after_wait_ends_it_with_no_further_attempt(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503, "busy", headers={"Retry-After": "30"}), Reply(200, {"ok": 1}))
            slept: List[float] = []
            token = CancellationToken()
            config = configuration(server.url, max_retries=2, retry=RetryPolicy(max_delay=60, max_elapsed=120))
            with ApiClient(config, sleep=slept.append) as client:
                started = time.monotonic()
                with cancel_after(token, 0.3):
                    with self.assertRaises(RequestAbortedError) as caught:
                        client.call_api(LIST_ITEMS, options=RequestOptions(cancel=token))
                elapsed = time.monotonic() - started
            self.assertGreaterEqual(elapsed, 0.25)
            self.assertLess(elapsed, PROMPT)
            self.assertIn("list_items", str(caught.exception))
            # The wait was the token's, not the injected sleep, and no retry followed it.
            self.assertEqual(slept, [])
            time.sleep(0.3)
            self.assertEqual(len(server.requests), 1)
            self.assertEqual(token._callbacks, {})

    def test_an_uncancelled_token_changes_nothing(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503, "busy", headers={"retry-after-ms": "20"}), Reply(200, {"ok": 1}))
            token = CancellationToken()
            with ApiClient(configuration(server.url, max_retries=1)) as client:
                response = client.call_api(LIST_ITEMS, options=RequestOptions(cancel=token))
            self.assertEqual(response.data, {"ok": 1})
            self.assertEqual(len(server.requests), 2)
            self.assertEqual(server.requests[0].header("X-Api-Key"), API_KEY)
            self.assertEqual(token._callbacks, {})


class GeneratedCancelTest(unittest.TestCase):
    """The generated package: ``_cancel`` on every method, the names exported and documented."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.package = support.import_generated()

    def test_every_operation_method_takes_cancel(self) -> None:
        import inspect

        manifest = support.manifest()["operations"]
        self.assertGreater(len(manifest), 0)
        for operation_id, entry in manifest.items():
            api_class = getattr(self.package, entry["api"])
            for name in (entry["method"], entry["withHttpInfo"], entry["iterator"]):
                if name is None:
                    continue
                parameter = inspect.signature(getattr(api_class, name)).parameters.get("_cancel")
                self.assertIsNotNone(parameter, f"{operation_id}: {name} has no _cancel")
                assert parameter is not None
                self.assertEqual(parameter.kind, inspect.Parameter.KEYWORD_ONLY)
                self.assertIsNone(parameter.default)

    def test_a_cancelled_call_of_a_generated_method_sends_nothing(self) -> None:
        package = self.package
        self.assertIs(package.CancellationToken, package.cancellation.CancellationToken)
        self.assertTrue(issubclass(package.RequestAbortedError, package.OpenApiException))
        with RecordingServer() as server:
            config = package.Configuration(host=server.url)
            config.api_key["ApiKey"] = API_KEY
            token = package.CancellationToken()
            token.cancel()
            with package.ApiClient(config) as client:
                api = package.InvitationApi(client)
                with self.assertRaises(package.RequestAbortedError) as caught:
                    api.get_invitations("org-1", "org-1", _cancel=token)
            self.assertEqual(server.requests, [])
            self.assertIn("get_invitations", str(caught.exception))

    def test_the_docs_describe_cancellation(self) -> None:
        readme = (support.GENERATED_DOCS / "README.md").read_text(encoding="utf-8")
        for text in ("CancellationToken", "_cancel", "RequestAbortedError", "cancel="):
            self.assertTrue(text in readme, f"docs/python/README.md does not mention {text}")
        api_doc = (support.GENERATED_DOCS / "InvitationApi.md").read_text(encoding="utf-8")
        self.assertTrue("_cancel" in api_doc, "InvitationApi.md does not mention _cancel")


if __name__ == "__main__":
    unittest.main()
