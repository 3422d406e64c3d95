"""The Python runtime (templates/python/runtime), as shipped verbatim in the generated package,
against a recording HTTP server on 127.0.0.1: the exact requests it sends, retries and backoff
(with an injected sleep), timeouts, typed errors, decoding and pagination.
"""

import email.utils
import json
import socket
import threading
import time
import unittest
from typing import Any, Callable, Dict, List, Optional, Tuple

import support
from support import RecordingServer, Reply

api_client = support.runtime_module("api_client")
api_response = support.runtime_module("api_response")
base_configuration = support.runtime_module("base_configuration")
exceptions = support.runtime_module("exceptions")
pagination = support.runtime_module("pagination")
request_module = support.runtime_module("request")
retry = support.runtime_module("retry")
serialization = support.runtime_module("serialization")

ApiClient = api_client.ApiClient
Operation = api_client.Operation
RequestOptions = api_client.RequestOptions
SecurityScheme = base_configuration.SecurityScheme
RetryPolicy = base_configuration.RetryPolicy

API_KEY = "tr-3f9c2a7b5d1e4c8a9b0f6e2d7c4a1b8e"
TOKEN = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


class Configuration(base_configuration.BaseConfiguration):
    SECURITY_SCHEMES = {
        "ApiKey": SecurityScheme.api_key("Authorization"),
        "QueryKey": SecurityScheme.api_key("api_key", "query"),
        "CookieKey": SecurityScheme.api_key("session", "cookie"),
        "bearerAuth": SecurityScheme.bearer(),
        "basicAuth": SecurityScheme.basic(),
    }
    USER_AGENT = "runtime-tests/1.0"


GET_ITEM = Operation(
    operation_id="get_item",
    method="GET",
    path="/v1/orgs/{org_id}/items/{item_id}",
    responses={"200": serialization.decode_object},
    errors={"4XX": serialization.decode_object},
    security=(("bearerAuth",),),
)
LIST_ITEMS = Operation(
    operation_id="list_items",
    method="GET",
    path="/v1/items",
    responses={"200": serialization.decode_object},
)
CREATE_ITEM = Operation(
    operation_id="create_item",
    method="POST",
    path="/v1/items",
    responses={"201": serialization.decode_object},
    security=(("ApiKey",), ("bearerAuth",)),
)
DELETE_ITEM = Operation(
    operation_id="delete_item",
    method="DELETE",
    path="/v1/items/{item_id}",
    responses={"204": serialization.decode_none},
)


class Sleeps:
    """An injected sleep that records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def make_client(server: RecordingServer, random: Callable[[], float] = lambda: 0.0, **settings: Any) -> Tuple[Any, Sleeps]:
    sleeps = Sleeps()
    settings.setdefault("access_token", TOKEN)
    client = ApiClient(Configuration(host=server.url, **settings), sleep=sleeps, random=random)
    return client, sleeps


class RequestShapeTest(unittest.TestCase):
    """Method, encoded path, query, headers and body, exactly as they reach the server."""

    def test_get_sends_method_encoded_path_query_and_headers(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(200, {"ok": True}))
            client, _ = make_client(server)
            response = client.call_api(
                GET_ITEM,
                path={"org_id": "org_1", "item_id": "a/b?c#d"},
                query={"status": ["pending", "revoked"], "limit": 10, "flag": True, "skipped": None, "q": "a b&c"},
                headers={"TR-Organization": "5b5bd6bb", "X-Unset": None},
            )
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.data, {"ok": True})
            (recorded,) = server.requests
            self.assertEqual(recorded.method, "GET")
            self.assertEqual(recorded.path, "/v1/orgs/org_1/items/a%2Fb%3Fc%23d?status=pending&status=revoked&limit=10&flag=true&q=a%20b%26c")
            self.assertEqual(recorded.header("TR-Organization"), "5b5bd6bb")
            self.assertIsNone(recorded.header("X-Unset"))
            self.assertEqual(recorded.header("Authorization"), f"Bearer {TOKEN}")
            self.assertEqual(recorded.header("Accept"), "application/json")
            self.assertEqual(recorded.header("User-Agent"), "runtime-tests/1.0")
            self.assertIsNone(recorded.header("Content-Type"))
            self.assertEqual(recorded.body, b"")

    def test_path_parameters_stay_one_segment(self) -> None:
        cases = [
            ("dot-dot-slash", "../admin", "..%2Fadmin"),
            ("percent-encoded dots are encoded again", "%2e%2e", "%252e%252e"),
            ("three dots are an ordinary name", "...", "..."),
            ("spaces and non-ASCII", "a b é", "a%20b%20%C3%A9"),
            ("numbers", 42, "42"),
        ]
        for name, given, want in cases:
            with self.subTest(name):
                self.assertEqual(request_module.build_path("/x/{id}/y", {"id": given}, "op"), f"/x/{want}/y")

    def test_post_sends_json_body_and_content_type(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(201, {"id": "item_1"}))
            client, _ = make_client(server, api_key={"ApiKey": API_KEY}, api_key_prefix={"ApiKey": "Token"})
            body = {"name": "Zoë", "tags": ["a", "b"], "nested": {"n": 1.5, "none": None}}
            client.call_api(CREATE_ITEM, body=body)
            (recorded,) = server.requests
            self.assertEqual(recorded.method, "POST")
            self.assertEqual(recorded.path, "/v1/items")
            self.assertEqual(recorded.header("Content-Type"), "application/json")
            self.assertEqual(recorded.json(), body)
            self.assertEqual(recorded.body, json.dumps(body, ensure_ascii=False).encode("utf-8"))
            # The first alternative whose credentials are all set: the API key, with its prefix.
            self.assertEqual(recorded.header("Authorization"), f"Token {API_KEY}")

    def test_form_and_raw_bodies(self) -> None:
        form = Operation(operation_id="op", method="POST", path="/f", responses={"200": serialization.decode_any}, media_type="application/x-www-form-urlencoded")
        upload = Operation(operation_id="op", method="POST", path="/u", responses={"200": serialization.decode_any}, media_type="multipart/form-data")
        with RecordingServer() as server:
            client, _ = make_client(server)
            client.call_api(form, body={"name": "a b", "tags": ["x", "y"], "skip": None, "ok": True})
            client.call_api(upload, body=b"--boundary--")
            # A multipart body must be an object (or pre-encoded bytes); nothing is sent otherwise.
            with self.assertRaises(exceptions.ApiValueError):
                client.call_api(upload, body=["not", "an object"])
            first, second = server.requests
            self.assertEqual(first.body, b"name=a%20b&tags=x&tags=y&ok=true")
            self.assertEqual(first.header("Content-Type"), "application/x-www-form-urlencoded")
            self.assertEqual(second.body, b"--boundary--")
            self.assertEqual(len(server.requests), 2)

    def test_query_and_cookie_api_keys(self) -> None:
        operation = Operation(operation_id="op", method="GET", path="/p", responses={"200": serialization.decode_any}, security=(("QueryKey", "CookieKey"),))
        with RecordingServer() as server:
            client, _ = make_client(server, api_key={"QueryKey": "k 1", "CookieKey": "s;2"})
            client.call_api(operation, query={"a": "1"}, cookies={"theme": "dark"})
            (recorded,) = server.requests
            self.assertEqual(recorded.path, "/p?a=1&api_key=k%201")
            self.assertEqual(recorded.header("Cookie"), "theme=dark; session=s%3B2")

    def test_basic_auth(self) -> None:
        operation = Operation(operation_id="op", method="GET", path="/p", responses={"200": serialization.decode_any}, security=(("basicAuth",),))
        with RecordingServer() as server:
            client, _ = make_client(server, username="ada", password="s3cret")
            client.call_api(operation)
            self.assertEqual(server.requests[0].header("Authorization"), "Basic YWRhOnMzY3JldA==")

    def test_unmet_security_sends_no_credential(self) -> None:
        with RecordingServer() as server:
            client, _ = make_client(server, access_token=None)
            client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
            self.assertIsNone(server.requests[0].header("Authorization"))

    def test_per_call_headers_override_and_idempotency_key(self) -> None:
        with RecordingServer() as server:
            client, _ = make_client(server, default_headers={"X-Team": "default", "Prefer": "code=200"})
            client.call_api(
                GET_ITEM,
                path={"org_id": "o", "item_id": "i"},
                headers={"X-Trace": "param"},
                options=RequestOptions(headers={"prefer": "code=404", "X-Trace": "call"}, idempotency_key="key-1"),
            )
            (recorded,) = server.requests
            self.assertEqual(recorded.header("Prefer"), "code=404")
            self.assertEqual(recorded.header("X-Trace"), "call")
            self.assertEqual(recorded.header("X-Team"), "default")
            self.assertEqual(recorded.header("Idempotency-Key"), "key-1")

    def test_operation_server_unless_host_is_set(self) -> None:
        operation = Operation(operation_id="op", method="GET", path="/p", responses={"200": serialization.decode_any}, server_url="https://api.example.test/")
        configuration = Configuration()
        self.assertEqual(configuration.base_url_for(operation.server_url), "https://api.example.test")
        self.assertEqual(configuration.base_url_for(None), "http://localhost")
        configuration.host = "http://127.0.0.1:4010/"
        self.assertEqual(configuration.base_url_for(operation.server_url), "http://127.0.0.1:4010")
        with RecordingServer() as server:
            client, _ = make_client(server)
            client.call_api(operation)
            self.assertEqual(server.requests[0].path, "/p")

    def test_query_styles(self) -> None:
        serialize = request_module.serialize_query
        self.assertEqual(serialize([("a", [1, 2]), ("b", "x")], {"a": ("form", False)}), "a=1,2&b=x")
        self.assertEqual(serialize([("a", ["x", "y"])], {"a": ("pipeDelimited", False)}), "a=x|y")
        self.assertEqual(serialize([("a", ["x", "y"])], {"a": ("spaceDelimited", False)}), "a=x%20y")
        self.assertEqual(serialize([("f", {"k": "v", "n": 1})], {"f": ("deepObject", True)}), "f[k]=v&f[n]=1")
        self.assertEqual(serialize([("z", 1), ("a", 2), ("m", [])]), "z=1&a=2")

    def test_empty_arrays_and_objects(self) -> None:
        # Exploded (or deepObject): nothing is sent; otherwise the one value is empty (`name=`).
        serialize = request_module.serialize_query
        cases = [("form", True, "k=v"), ("deepObject", True, "k=v"), ("form", False, "e=&k=v"), ("spaceDelimited", False, "e=&k=v"), ("pipeDelimited", False, "e=&k=v")]
        for style, explode, want in cases:
            with self.subTest(style=style, explode=explode):
                styles = {"e": (style, explode)}
                self.assertEqual(serialize([("e", []), ("k", "v")], styles), want)
                self.assertEqual(serialize([("e", {}), ("k", "v")], styles), want)
                self.assertEqual(serialize([("e", {"a": None}), ("k", "v")], styles), want)
                self.assertEqual(serialize([("e", None), ("k", "v")], styles), "k=v")
        # An empty string is a value: sent as `name=`.
        self.assertEqual(serialize([("e", ""), ("e2", [""])], {"e2": ("form", False)}), "e=&e2=")


class RefusedBeforeSendingTest(unittest.TestCase):
    """Requests that could move the path or inject headers are refused; nothing is sent."""

    def test_refuses_empty_dot_and_dot_dot_path_parameters(self) -> None:
        with RecordingServer() as server:
            client, _ = make_client(server)
            for value in ["", ".", "..", None]:
                with self.subTest(repr(value)), self.assertRaises(exceptions.ApiValueError) as caught:
                    client.call_api(GET_ITEM, path={"org_id": value, "item_id": "x"})
                self.assertIn("org_id", str(caught.exception))
                self.assertTrue(str(caught.exception).startswith("get_item: "))
            self.assertEqual(server.requests, [])

    def test_refuses_header_values_with_line_breaks_or_nul_without_quoting_them(self) -> None:
        secret = "evil\r\nX-Injected: 1"
        with RecordingServer() as server:
            client, _ = make_client(server)
            for where in ["param", "option", "credential"]:
                with self.subTest(where):
                    if where == "credential":
                        client.configuration.access_token = "tok\nen"
                        kwargs: Dict[str, Any] = {}
                    elif where == "param":
                        kwargs = {"headers": {"X-Note": secret}}
                    else:
                        kwargs = {"options": RequestOptions(headers={"X-Note": "a\0b"})}
                    with self.assertRaises(exceptions.ApiValueError) as caught:
                        client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"}, **kwargs)
                    self.assertNotIn("evil", str(caught.exception))
                    self.assertNotIn("tok", str(caught.exception))
            with self.assertRaises(exceptions.ApiValueError):
                client.configuration.access_token = TOKEN
                client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"}, headers={"X-Note": "€"})
            self.assertEqual(server.requests, [])

    def test_refuses_a_host_that_is_not_http(self) -> None:
        with self.assertRaises(exceptions.ApiValueError):
            Configuration(host="127.0.0.1:4010")


class RetryTest(unittest.TestCase):
    """Which failures are retried, how long the client waits, and what it finally raises."""

    def test_retries_idempotent_calls_on_5xx_with_exponential_backoff_and_jitter(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503, {"attempt": 1}), Reply(502, {"attempt": 2}), Reply(200, {"ok": True}))
            client, sleeps = make_client(server, random=lambda: 0.0)
            response = client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
            self.assertEqual(response.data, {"ok": True})
            self.assertEqual(len(server.requests), 3)
            # Equal jitter with random() = 0: half of 0.5 s, then half of 1 s.
            self.assertEqual(sleeps.waits, [0.25, 0.5])
        with RecordingServer() as server:
            server.reply(Reply(503), Reply(200, {}))
            client, sleeps = make_client(server, random=lambda: 0.999999)
            client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
            self.assertAlmostEqual(sleeps.waits[0], 0.5, places=4)

    def test_surfaces_the_last_error_when_retries_run_out(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(500, {"attempt": 1}), Reply(500, {"attempt": 2}), Reply(503, {"attempt": 3}))
            client, sleeps = make_client(server)
            with self.assertRaises(exceptions.ServiceException) as caught:
                client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
            self.assertEqual(caught.exception.status, 503)
            self.assertEqual(caught.exception.body, {"attempt": 3})
            self.assertEqual(len(server.requests), 3)
            self.assertEqual(len(sleeps.waits), 2)

    def test_retries_408_409_and_429(self) -> None:
        for status in [408, 409, 429]:
            with self.subTest(status), RecordingServer() as server:
                server.reply(Reply(status), Reply(200, {}))
                client, _ = make_client(server)
                client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
                self.assertEqual(len(server.requests), 2)

    def test_never_retries_400_401_403_404_422_even_when_4xx_is_listed(self) -> None:
        policy = RetryPolicy(status_codes=("4XX", "5XX"))
        for status in [400, 401, 403, 404, 422]:
            with self.subTest(status), RecordingServer() as server:
                server.reply(Reply(status, {"status": status}))
                client, sleeps = make_client(server, retry=policy)
                with self.assertRaises(exceptions.ApiException) as caught:
                    client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
                self.assertEqual(caught.exception.status, status)
                self.assertEqual(len(server.requests), 1)
                self.assertEqual(sleeps.waits, [])

    def test_post_is_not_retried_without_an_idempotency_key(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503), Reply(201, {}))
            client, _ = make_client(server, access_token=TOKEN)
            with self.assertRaises(exceptions.ServiceException):
                client.call_api(CREATE_ITEM, body={"a": 1})
            self.assertEqual(len(server.requests), 1)

    def test_post_with_an_idempotency_key_is_retried_with_the_same_key(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503), Reply(429), Reply(201, {"id": 1}))
            client, _ = make_client(server)
            response = client.call_api(CREATE_ITEM, body={"a": 1}, options=RequestOptions(idempotency_key="idem-7"))
            self.assertEqual(response.status_code, 201)
            self.assertEqual([recorded.header("Idempotency-Key") for recorded in server.requests], ["idem-7"] * 3)
            self.assertEqual([recorded.json() for recorded in server.requests], [{"a": 1}] * 3)

    def test_honours_retry_after_seconds_date_and_ms_capped_at_max_delay(self) -> None:
        now = 1_800_000_000.0
        cases = [
            ("seconds", {"Retry-After": "2"}, 2.0),
            ("HTTP date", {"Retry-After": email.utils.formatdate(now + 3, usegmt=True)}, 3.0),
            ("retry-after-ms wins", {"retry-after-ms": "150", "Retry-After": "9"}, 0.15),
            ("capped", {"Retry-After": "100"}, 8.0),
            ("date in the past", {"Retry-After": email.utils.formatdate(now - 60, usegmt=True)}, 0.0),
            ("unreadable falls back to backoff", {"Retry-After": "soon"}, 0.25),
        ]
        for name, headers, want in cases:
            with self.subTest(name), RecordingServer() as server:
                server.reply(Reply(429, headers=headers), Reply(200, {}))
                sleeps = Sleeps()
                client = ApiClient(Configuration(host=server.url), sleep=sleeps, random=lambda: 0.0, wall_clock=lambda: now)
                client.call_api(LIST_ITEMS)
                self.assertEqual(len(sleeps.waits), 1)
                self.assertAlmostEqual(sleeps.waits[0], want, places=3)

    def test_per_call_max_retries_and_zero(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503))
            client, _ = make_client(server, max_retries=0)
            with self.assertRaises(exceptions.ServiceException):
                client.call_api(LIST_ITEMS)
            self.assertEqual(len(server.requests), 1)
            with self.assertRaises(exceptions.ServiceException):
                client.call_api(LIST_ITEMS, options=RequestOptions(max_retries=3))
            self.assertEqual(len(server.requests), 5)

    def test_stops_when_the_elapsed_budget_would_be_exceeded(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503, headers={"Retry-After": "5"}))
            clock = iter([0.0, 0.0, 0.0, 0.0])
            client = ApiClient(
                Configuration(host=server.url, retry=RetryPolicy(max_elapsed=4.0)),
                sleep=Sleeps(),
                clock=lambda: next(clock),
            )
            with self.assertRaises(exceptions.ServiceException):
                client.call_api(LIST_ITEMS)
            self.assertEqual(len(server.requests), 1)

    def test_retries_connection_errors_and_raises_a_distinct_type(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(drop=True), Reply(200, {"ok": 1}))
            client, sleeps = make_client(server)
            self.assertEqual(client.call_api(LIST_ITEMS).data, {"ok": 1})
            self.assertEqual(len(server.requests), 2)
        with RecordingServer() as server:
            server.reply(Reply(drop=True))
            client, _ = make_client(server, max_retries=1)
            with self.assertRaises(exceptions.ApiConnectionError) as caught:
                client.call_api(LIST_ITEMS)
            self.assertNotIsInstance(caught.exception, exceptions.ApiTimeoutError)
            self.assertNotIsInstance(caught.exception, exceptions.ApiException)
            self.assertEqual(len(server.requests), 2)

    def test_connection_refused(self) -> None:
        port = support.free_port()
        client = ApiClient(Configuration(host=f"http://127.0.0.1:{port}", max_retries=2), sleep=Sleeps())
        with self.assertRaises(exceptions.ApiConnectionError) as caught:
            client.call_api(LIST_ITEMS)
        self.assertIn("connection failed", str(caught.exception))
        self.assertIsNotNone(caught.exception.__cause__)

    def test_timeout_applies_per_attempt_and_is_retried(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(200, {}, delay=1.0))
            client, sleeps = make_client(server, timeout=0.2, max_retries=1)
            started = time.monotonic()
            with self.assertRaises(exceptions.ApiTimeoutError) as caught:
                client.call_api(LIST_ITEMS)
            elapsed = time.monotonic() - started
            self.assertEqual(caught.exception.timeout, 0.2)
            self.assertIsInstance(caught.exception, exceptions.ApiConnectionError)
            self.assertEqual(len(server.requests), 2)
            self.assertEqual(len(sleeps.waits), 1)
            self.assertLess(elapsed, 0.9)
        with RecordingServer() as server:
            server.reply(Reply(200, {}, delay=0.5))
            client, _ = make_client(server, timeout=5.0, max_retries=0)
            with self.assertRaises(exceptions.ApiTimeoutError):
                client.call_api(LIST_ITEMS, options=RequestOptions(timeout=0.1))

    def test_no_retry_for_connection_errors_when_switched_off(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(drop=True))
            client, _ = make_client(server, retry=RetryPolicy(retry_connection_errors=False))
            with self.assertRaises(exceptions.ApiConnectionError):
                client.call_api(LIST_ITEMS)
            self.assertEqual(len(server.requests), 1)

    def test_retry_helpers(self) -> None:
        self.assertTrue(retry.is_retryable_status(503, (408, "5XX")))
        self.assertFalse(retry.is_retryable_status(404, ("4XX",)))
        self.assertTrue(retry.is_retryable_status(418, ("4xx",)))
        self.assertIsNone(retry.server_requested_delay({"Retry-After": "-1"}, 0.0))
        self.assertIsNone(retry.server_requested_delay({"retry-after-ms": ""}, 0.0))


class TypedErrorTest(unittest.TestCase):
    """Non-2xx statuses become the exception of their status, with the parsed body."""

    def test_exception_per_status(self) -> None:
        cases = [
            (400, exceptions.BadRequestException),
            (401, exceptions.UnauthorizedException),
            (402, exceptions.PaymentRequiredException),
            (403, exceptions.ForbiddenException),
            (404, exceptions.NotFoundException),
            (409, exceptions.ConflictException),
            (422, exceptions.UnprocessableEntityException),
            (429, exceptions.RateLimitException),
            (500, exceptions.ServiceException),
            (503, exceptions.ServiceException),
            (418, exceptions.ApiException),
            (302, exceptions.ApiException),
        ]
        for status, exception_class in cases:
            with self.subTest(status), RecordingServer() as server:
                body = {"errors": [{"message": "nope", "code": str(status)}]}
                server.reply(Reply(status, body, headers={"X-Request-Id": "req_1", "Location": "http://elsewhere.test/"}))
                client, _ = make_client(server, max_retries=0)
                with self.assertRaises(exception_class) as caught:
                    client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
                error = caught.exception
                self.assertIs(type(error), exception_class)
                self.assertEqual(error.status, status)
                self.assertEqual(error.body, body)
                self.assertEqual(error.headers["x-request-id"], "req_1")
                self.assertEqual(error.content_type, "application/json")
                self.assertEqual(error.data, body if 400 <= status < 500 else None)
                self.assertIn(f"HTTP {status}", str(error))
                # Redirects are not followed.
                self.assertEqual(len(server.requests), 1)

    def test_non_json_error_body_is_kept_as_truncated_text(self) -> None:
        with RecordingServer() as server:
            page = "<html>" + "x" * 5000 + "</html>"
            server.reply(Reply(502, page, headers={"Content-Type": "text/html"}))
            client, _ = make_client(server, max_retries=0)
            with self.assertRaises(exceptions.ServiceException) as caught:
                client.call_api(LIST_ITEMS)
            self.assertTrue(caught.exception.body.startswith("<html>xxx"))
            self.assertLess(len(caught.exception.body), 1100)
            self.assertIsNone(caught.exception.data)
            self.assertLess(len(str(caught.exception)), 400)

    def test_json_error_body_that_does_not_parse_is_kept_as_text(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(400, "{not json", headers={"Content-Type": "application/json"}))
            client, _ = make_client(server)
            with self.assertRaises(exceptions.BadRequestException) as caught:
                client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
            self.assertEqual(caught.exception.body, "{not json")

    def test_error_body_that_does_not_fit_the_model_leaves_data_none(self) -> None:
        operation = Operation(operation_id="op", method="GET", path="/p", responses={"200": serialization.decode_any}, errors={"400": serialization.list_of(serialization.decode_str)})
        with RecordingServer() as server:
            server.reply(Reply(400, {"message": "bad"}))
            client, _ = make_client(server)
            with self.assertRaises(exceptions.BadRequestException) as caught:
                client.call_api(operation)
            self.assertEqual(caught.exception.body, {"message": "bad"})
            self.assertIsNone(caught.exception.data)

    def test_no_credential_in_messages_or_reprs(self) -> None:
        with RecordingServer() as server:
            # A server that echoes the credential back in its error.
            server.reply(Reply(401, {"message": f"bad token {TOKEN} for key {API_KEY}"}))
            client, _ = make_client(server, api_key={"ApiKey": API_KEY}, access_token=TOKEN)
            with self.assertRaises(exceptions.UnauthorizedException) as caught:
                client.call_api(GET_ITEM, path={"org_id": "o", "item_id": "i"})
            for text in [str(caught.exception), repr(caught.exception), repr(client), repr(client.configuration)]:
                self.assertNotIn(TOKEN, text)
                self.assertNotIn(API_KEY, text)
            self.assertIn("***", str(caught.exception))
            self.assertIn("bearerAuth", repr(client.configuration))

    def test_exception_messages_carry_the_operation_not_the_url(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(404, {}))
            client, _ = make_client(server)
            with self.assertRaises(exceptions.NotFoundException) as caught:
                client.call_api(GET_ITEM, path={"org_id": "secret-org", "item_id": "i"})
            self.assertTrue(str(caught.exception).startswith("get_item: HTTP 404"))
            self.assertNotIn("secret-org", str(caught.exception))
            self.assertNotIn(server.url, str(caught.exception))


class ResponseDecodingTest(unittest.TestCase):
    """2xx bodies: JSON decoded through the operation's decoder; anything else is a typed error."""

    def test_204_and_empty_bodies_give_none(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(204))
            client, _ = make_client(server)
            response = client.call_api(DELETE_ITEM, path={"item_id": "i"})
            self.assertEqual(response.status_code, 204)
            self.assertIsNone(response.data)
            self.assertEqual(server.requests[0].method, "DELETE")

    def test_empty_body_where_json_was_promised_is_no_data(self) -> None:
        # Like a 204 (the failing-server suite's EMPTY BODIES rule, the same in every client);
        # a body of whitespace is still not JSON.
        with RecordingServer() as server:
            server.reply(Reply(200, b"", headers={"Content-Type": "application/json"}), Reply(200, b" \n", headers={"Content-Type": "application/json"}))
            client, _ = make_client(server)
            response = client.call_api(LIST_ITEMS)
            self.assertEqual((response.status_code, response.data, response.raw_data), (200, None, b""))
            with self.assertRaises(exceptions.InvalidResponseError) as caught:
                client.call_api(LIST_ITEMS)
            self.assertEqual(caught.exception.status, 200)

    def test_non_json_where_json_was_promised(self) -> None:
        with RecordingServer() as server:
            html = "<html><body>Gateway says hi</body></html>" * 100
            server.reply(Reply(200, html, headers={"Content-Type": "text/html; charset=utf-8"}))
            client, _ = make_client(server)
            with self.assertRaises(exceptions.InvalidResponseError) as caught:
                client.call_api(LIST_ITEMS)
            error = caught.exception
            self.assertEqual(error.status, 200)
            self.assertEqual(error.content_type, "text/html; charset=utf-8")
            self.assertTrue(error.body.startswith("<html><body>Gateway"))
            self.assertLess(len(error.body), 1100)
            self.assertIn("expected JSON", str(error))

    def test_invalid_json_and_wrong_shape(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(200, "{oops", headers={"Content-Type": "application/json"}), Reply(200, [1, 2]))
            client, _ = make_client(server)
            with self.assertRaises(exceptions.InvalidResponseError) as caught:
                client.call_api(LIST_ITEMS)
            self.assertIn("not valid JSON", str(caught.exception))
            with self.assertRaises(exceptions.InvalidResponseError) as caught:
                client.call_api(LIST_ITEMS)
            self.assertIn("response: expected an object, got an array", str(caught.exception))

    def test_caps_the_response_size(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(200, {"blob": "x" * 5000}))
            client, _ = make_client(server, max_response_bytes=1000)
            with self.assertRaises(exceptions.ResponseTooLargeError) as caught:
                client.call_api(LIST_ITEMS)
            self.assertEqual(caught.exception.limit, 1000)
            self.assertEqual(len(server.requests), 1)

    def test_a_body_cut_short_of_its_content_length_is_a_connection_error(self) -> None:
        for status in (200, 503):
            with self.subTest(status=status), socket.socket() as listener:
                listener.bind(("127.0.0.1", 0))
                listener.listen(1)

                def answer_and_close() -> None:
                    connection, _ = listener.accept()
                    with connection:
                        connection.recv(65536)
                        connection.sendall(
                            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n".encode() + b'{"a"'
                        )

                thread = threading.Thread(target=answer_and_close, daemon=True)
                thread.start()
                port = listener.getsockname()[1]
                client = ApiClient(Configuration(host=f"http://127.0.0.1:{port}", max_retries=0))
                with self.assertRaises(exceptions.ApiConnectionError) as caught:
                    client.call_api(LIST_ITEMS)
                thread.join(timeout=5)
                self.assertNotIsInstance(caught.exception, exceptions.ApiTimeoutError)
                self.assertEqual(str(caught.exception), "list_items: connection closed with 996 bytes of the response body missing")

    def test_response_headers_are_case_insensitive(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(200, {}, headers={"X-Request-Id": "abc"}))
            client, _ = make_client(server)
            response = client.call_api(LIST_ITEMS)
            self.assertEqual(response.headers["x-request-id"], "abc")
            self.assertEqual(response.headers.get("X-REQUEST-ID"), "abc")
            self.assertIn("Content-Type", response.headers)
            self.assertEqual(response.raw_data, b"{}")
        headers = api_response.Headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2")])
        self.assertEqual(headers["SET-COOKIE"], "a=1, b=2")
        self.assertEqual(len(headers), 1)

    def test_client_is_a_context_manager(self) -> None:
        with RecordingServer() as server:
            with ApiClient(Configuration(host=server.url)) as client:
                self.assertEqual(client.call_api(LIST_ITEMS).status_code, 200)


class SerializationTest(unittest.TestCase):
    """Decoders, UNSET, open enums and encoding."""

    def test_decoders(self) -> None:
        s = serialization
        cases: List[Tuple[str, Callable[[Any, str], Any], Any, Any]] = [
            ("str", s.decode_str, "a", "a"),
            ("int", s.decode_int, 3, 3),
            ("int from 2.0", s.decode_int, 2.0, 2),
            ("float keeps ints", s.decode_float, 3, 3),
            ("bool", s.decode_bool, False, False),
            ("nullable", s.nullable(s.decode_str), None, None),
            ("list", s.list_of(s.decode_int), [1, 2], [1, 2]),
            ("dict", s.dict_of(s.decode_bool), {"a": True}, {"a": True}),
            ("union", s.union_of(s.decode_int, s.decode_str), "x", "x"),
        ]
        for name, decoder, given, want in cases:
            with self.subTest(name):
                self.assertEqual(decoder(given, "v"), want)
        refused: List[Tuple[str, Callable[[Any, str], Any], Any, str]] = [
            ("bool is not an int", s.decode_int, True, "v: expected an integer, got a boolean"),
            ("float is not an int", s.decode_int, 2.5, "v: expected an integer, got 2.5"),
            ("null is not a string", s.decode_str, None, "v: expected a string, got null"),
            ("item path", s.list_of(s.decode_int), [1, "2"], "v[1]: expected an integer, got a string"),
            ("key path", s.dict_of(s.decode_int), {"a-b": "x"}, 'v["a-b"]: expected an integer'),
        ]
        for name, decoder, given, message in refused:
            with self.subTest(name), self.assertRaises(s.DecodeError) as caught:
                decoder(given, "v")
            self.assertIn(message, str(caught.exception))

    def test_unset(self) -> None:
        import copy
        import pickle

        s = serialization
        self.assertFalse(s.UNSET)
        self.assertIs(s.Unset(), s.UNSET)
        self.assertIs(copy.deepcopy(s.UNSET), s.UNSET)
        self.assertEqual(repr(s.UNSET), "UNSET")
        self.assertIs(pickle.loads(pickle.dumps(s.UNSET)), s.UNSET)

    def test_open_enums(self) -> None:
        class Status(serialization.OpenStrEnum):
            PENDING = "pending"

        class Level(serialization.OpenIntEnum):
            LOW = 1

        self.assertIs(Status("pending"), Status.PENDING)
        self.assertTrue(Status.PENDING.is_known)
        later = Status("paused")
        self.assertEqual(later.value, "paused")
        self.assertFalse(later.is_known)
        self.assertIs(Status("paused"), later)
        self.assertEqual(later, "paused")
        self.assertEqual(str(later), "paused")
        self.assertEqual(f"{Status.PENDING}", "pending")
        self.assertEqual(Level(7).value, 7)
        self.assertFalse(Level(7).is_known)
        self.assertEqual(serialization.encode([Status.PENDING, later, Level.LOW]), ["pending", "paused", 1])
        with self.assertRaises(serialization.DecodeError):
            Status._decode(3, "status")
        with self.assertRaises(ValueError):
            Level("1")

    def test_encode(self) -> None:
        import datetime

        s = serialization
        self.assertEqual(s.encode({"a": s.UNSET, "b": None, "c": (1, 2)}), {"b": None, "c": [1, 2]})
        self.assertEqual(s.encode(datetime.date(2026, 11, 2)), "2026-11-02")


class PaginationTest(unittest.TestCase):
    """iterate_offset_pages: what is fetched, and when iteration stops."""

    @staticmethod
    def pages(total: Optional[int], items: int, cap: Optional[int] = None) -> Tuple[Callable[[int, int], Any], List[Tuple[int, int]]]:
        calls: List[Tuple[int, int]] = []

        def fetch(offset: int, limit: int) -> Any:
            calls.append((offset, limit))
            size = min(limit, cap) if cap else limit
            return pagination.Page(list(range(offset, min(offset + size, items))), total)

        return fetch, calls

    def test_stops_at_the_total(self) -> None:
        fetch, calls = self.pages(total=5, items=5)
        self.assertEqual(list(pagination.iterate_offset_pages(fetch, limit=2)), [0, 1, 2, 3, 4])
        self.assertEqual(calls, [(0, 2), (2, 2), (4, 2)])

    def test_short_page_does_not_stop_when_a_total_is_known(self) -> None:
        fetch, calls = self.pages(total=5, items=5, cap=1)
        self.assertEqual(list(pagination.iterate_offset_pages(fetch, limit=3)), [0, 1, 2, 3, 4])
        self.assertEqual(len(calls), 5)

    def test_short_page_stops_without_a_total(self) -> None:
        fetch, calls = self.pages(total=None, items=4)
        self.assertEqual(list(pagination.iterate_offset_pages(fetch, limit=2, offset=1)), [1, 2, 3])
        self.assertEqual(calls, [(1, 2), (3, 2)])

    def test_empty_page_stops(self) -> None:
        fetch, calls = self.pages(total=100, items=2)
        self.assertEqual(list(pagination.iterate_offset_pages(fetch, limit=2)), [0, 1])
        self.assertEqual(calls, [(0, 2), (2, 2)])

    def test_is_lazy_and_validates_at_once(self) -> None:
        fetch, calls = self.pages(total=None, items=10)
        iterator = pagination.iterate_offset_pages(fetch, limit=2)
        self.assertEqual(calls, [])
        self.assertEqual(next(iterator), 0)
        self.assertEqual(calls, [(0, 2)])
        for bad in [{"limit": 0}, {"limit": -1}, {"limit": True}, {"limit": 2, "offset": -1}]:
            with self.subTest(bad), self.assertRaises(exceptions.ApiValueError):
                pagination.iterate_offset_pages(fetch, **bad)

    def test_page_of(self) -> None:
        page = pagination.page_of(serialization.UNSET, None)
        self.assertEqual((list(page.items), page.total), ([], None))
        self.assertEqual(pagination.page_of([1], 9).total, 9)


class ConfigurationTest(unittest.TestCase):
    def test_rejects_negative_numbers(self) -> None:
        for settings in [{"timeout": -1}, {"max_retries": -1}, {"max_response_bytes": 0}, {"timeout": float("nan")}]:
            with self.subTest(settings), self.assertRaises(exceptions.ApiValueError):
                Configuration(**settings)
        with self.assertRaises(exceptions.ApiValueError):
            RetryPolicy(initial_delay=-0.1)

    def test_tls_settings(self) -> None:
        import ssl

        self.assertEqual(Configuration().create_ssl_context().verify_mode, ssl.CERT_REQUIRED)
        relaxed = Configuration(verify_ssl=False).create_ssl_context()
        self.assertEqual(relaxed.verify_mode, ssl.CERT_NONE)
        self.assertFalse(relaxed.check_hostname)
        mine = ssl.create_default_context()
        self.assertIs(Configuration(ssl_context=mine).create_ssl_context(), mine)

    def test_credentials_for_alternatives(self) -> None:
        configuration = Configuration(api_key={"ApiKey": ""}, access_token=TOKEN)
        self.assertEqual(configuration.credentials_for((("ApiKey",), ("bearerAuth",))), [("header", "Authorization", f"Bearer {TOKEN}")])
        self.assertEqual(configuration.credentials_for((("ApiKey", "bearerAuth"),)), [])
        self.assertEqual(configuration.credentials_for(((),)), [])
        self.assertIsNone(configuration.credential_for("unknown"))


if __name__ == "__main__":
    unittest.main()
