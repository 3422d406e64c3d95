"""The failing-server suite (test/failing-server/README.md) in Python.

The client of test/fixtures/failing-server/api.yaml is generated once into a temporary folder with
the project's own CLI, and every scenario of test/failing-server/scenarios.json that applies to
Python is run against the stub server (``node test/failing-server/stub-server.mjs``, started for
this module and always stopped): outcome (the client's typed error class), status, attempts, the
raw request targets byte for byte, headers, bodies, message contents, timing, and that no error
ever quotes a credential. A last test checks that every applicable scenario ran. Prism, serving
the same spec, shows that a path parameter holding ``/``, ``?`` and ``#`` reaches the matching
operation as one segment.
"""

import json
import re
import subprocess
import tempfile
import threading
import time
import shutil
import unittest
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Set

import support

FIXTURE = support.PROJECT_ROOT / "test" / "fixtures" / "failing-server" / "api.yaml"
STUB_SERVER = support.PROJECT_ROOT / "test" / "failing-server" / "stub-server.mjs"
SCENARIOS_FILE = support.PROJECT_ROOT / "test" / "failing-server" / "scenarios.json"
PACKAGE = "failing_server"
FLAVOR = "python"

SUITE: Dict[str, Any] = json.loads(SCENARIOS_FILE.read_text(encoding="utf-8"))
#: Every scenario that lists this flavor, or lists none.
APPLICABLE: List[Dict[str, Any]] = [
    scenario for scenario in SUITE["scenarios"] if FLAVOR in scenario.get("flavors", [FLAVOR])
]
#: The names of the scenarios run so far (the coverage check compares them with APPLICABLE).
RAN: Set[str] = set()

_TEMP: Optional[tempfile.TemporaryDirectory] = None
OUT: Optional[Path] = None
STUB: Optional["StubServer"] = None
fs: Any = None
MANIFEST: Dict[str, Any] = {}

#: Requests to the stub's control API never go through a proxy from the environment.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class StubServer:
    """The suite's stub server as a child process with a pipe on stdin: closing it stops the
    server (and so does this process dying). ``stop()`` is safe to call twice."""

    def __init__(self, timeout: float = 30.0) -> None:
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("node is not on PATH; the stub server needs it")
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [node, str(STUB_SERVER)],
            cwd=str(support.PROJECT_ROOT),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        try:
            self.url = self._read_url(timeout)
        except BaseException:
            self.stop()
            raise

    def _read_url(self, timeout: float) -> str:
        assert self._process.stdout is not None
        lines: List[bytes] = []
        reader = threading.Thread(target=lambda: lines.append(self._process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(timeout)
        if not lines or not lines[0]:
            raise RuntimeError(f"the stub server printed no url within {timeout} s:\n{self.log()}")
        url = json.loads(lines[0].decode("utf-8"))["url"]
        if not re.fullmatch(r"http://127\.0\.0\.1:\d+", url):
            raise RuntimeError(f"the stub server is not on 127.0.0.1: {url!r}")
        return str(url)

    def control(self, method: str, path: str, payload: Any = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(f"{self.url}/__stub/{path}", data=data, method=method, headers={"Content-Type": "application/json"})
        with _DIRECT.open(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))

    def script(self, steps: List[Dict[str, Any]]) -> None:
        self.control("POST", "script", {"steps": steps})

    def requests(self) -> List[Dict[str, Any]]:
        return list(self.control("GET", "requests")["requests"])

    def refused_url(self) -> str:
        return str(self.control("GET", "refused-url")["url"])

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        process = self._process
        if process.poll() is None:
            if process.stdin is not None:
                process.stdin.close()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        for stream in (process.stdin, process.stdout):
            if stream is not None and not stream.closed:
                stream.close()
        if not self._log.closed:
            self._log.close()


def setUpModule() -> None:
    global _TEMP, OUT, STUB, fs, MANIFEST
    _TEMP = tempfile.TemporaryDirectory()
    try:
        OUT = Path(_TEMP.name)
        support.generate_fixture(FIXTURE, OUT)
        fs = support.import_generated(OUT / "python", PACKAGE)
        MANIFEST = support.manifest(OUT / "python")["operations"]
        STUB = StubServer()
    except BaseException:
        tearDownModule()
        raise


def tearDownModule() -> None:
    global _TEMP, STUB
    try:
        if STUB is not None:
            STUB.stop()
    finally:
        STUB = None
        if OUT is not None:
            support.forget_package(OUT / "python", PACKAGE)
        if _TEMP is not None:
            _TEMP.cleanup()
            _TEMP = None


def expected_of(scenario: Dict[str, Any]) -> Dict[str, Any]:
    """The scenario's ``expect`` with this flavor's overrides applied."""
    return {**scenario["expect"], **scenario.get("expectOverrides", {}).get(FLAVOR, {})}


def configuration_for(scenario: Dict[str, Any], base_url: str) -> Any:
    """The client's settings: the suite's defaults under the scenario's options, its credentials."""
    options = {**SUITE["defaults"], **scenario.get("options", {})}
    settings: Dict[str, Any] = {
        "host": base_url,
        "timeout": options["timeoutMs"] / 1000,
        "max_retries": options["maxRetries"],
        "retry": fs.RetryPolicy(
            initial_delay=options["initialDelayMs"] / 1000,
            max_delay=options["maxDelayMs"] / 1000,
            max_elapsed=options["maxRetryTimeMs"] / 1000,
        ),
    }
    if "maxResponseBytes" in options:
        settings["max_response_bytes"] = options["maxResponseBytes"]
    configuration = fs.Configuration(**settings)
    for name, value in scenario.get("credentials", SUITE["credentials"]).items():
        scheme = fs.Configuration.SECURITY_SCHEMES[name]
        if scheme.type == "apiKey":
            configuration.api_key[name] = value
        elif scheme.type == "http" and scheme.scheme == "bearer":
            configuration.access_token = value
        else:
            raise AssertionError(f"scenario {scenario['name']!r}: no way to set credential {name!r}")
    return configuration


def header_values(request: Dict[str, Any], name: str) -> List[str]:
    return [value for key, value in request["headers"] if key.lower() == name.lower()]


#: The Python class each error outcome names (README: how outcomes map to each client's result).
OUTCOME_CLASSES: Dict[str, Callable[[], type]] = {
    "refused_before_sending": lambda: fs.ApiValueError,
    "api_error": lambda: fs.ApiException,
    "invalid_response": lambda: fs.InvalidResponseError,
    "timeout": lambda: fs.ApiTimeoutError,
    "connection_error": lambda: fs.ApiConnectionError,
    "response_too_large": lambda: fs.ResponseTooLargeError,
    "aborted": lambda: fs.RequestAbortedError,
}


class FailingServerTest(unittest.TestCase):
    """One test per applicable scenario (added below), then the coverage check."""

    maxDiff = None

    def run_scenario(self, scenario: Dict[str, Any]) -> None:
        assert STUB is not None, "the stub server is not running"
        name = scenario["name"]
        RAN.add(name)
        expect = expected_of(scenario)
        entry = MANIFEST[scenario["operationId"]]
        options = {**SUITE["defaults"], **scenario.get("options", {})}
        STUB.script(scenario["steps"])
        base_url = STUB.refused_url() if scenario.get("baseUrl", "stub") == "refused" else STUB.url
        kwargs = support.wire_arguments(entry, scenario.get("args", {}))
        if "idempotencyKey" in options:
            kwargs["_idempotency_key"] = options["idempotencyKey"]
        credentials = [value for value in scenario.get("credentials", SUITE["credentials"]).values()]

        # abortAfterMs: another thread cancels the call's token that long after the call starts.
        token = fs.CancellationToken() if "abortAfterMs" in options else None
        if token is not None:
            kwargs["_cancel"] = token
        stop_canceller = threading.Event()

        def cancel_later() -> None:
            assert token is not None
            if not stop_canceller.wait(options["abortAfterMs"] / 1000):
                token.cancel()

        canceller = threading.Thread(target=cancel_later, daemon=True) if token is not None else None

        response: Any = None
        error: Optional[BaseException] = None
        started = time.monotonic()
        try:
            with fs.ApiClient(configuration_for(scenario, base_url)) as api_client:
                api = getattr(fs, entry["api"])(api_client)
                if canceller is not None:
                    canceller.start()
                response = getattr(api, entry["withHttpInfo"])(**kwargs)
        except fs.OpenApiException as caught:
            error = caught
        finally:
            stop_canceller.set()
            if canceller is not None:
                canceller.join(timeout=5)
        elapsed_ms = (time.monotonic() - started) * 1000
        if canceller is not None:
            self.assertFalse(canceller.is_alive(), "the canceller thread did not end")
        recorded = STUB.requests()

        outcome = expect["outcome"]
        if outcome == "success":
            self.assertIsNone(error, f"expected success, got {error!r}")
            if "status" in expect:
                self.assertEqual(response.status_code, expect["status"])
            if "data" in expect:
                data = None if response.data is None else fs.serialization.encode(response.data)
                self.assertEqual(data, expect["data"])
        else:
            self.assertIn(outcome, OUTCOME_CLASSES, f"outcome {outcome!r} does not apply to Python")
            self.assertIsNotNone(error, f"expected {outcome}, got success: {response!r}")
            assert error is not None
            self.assertIsInstance(error, OUTCOME_CLASSES[outcome]())
            if outcome == "connection_error":
                self.assertNotIsInstance(error, fs.ApiTimeoutError)
            if "status" in expect:
                self.assertEqual(getattr(error, "status", None), expect["status"])
                if outcome == "api_error":
                    self.assertIsInstance(error, fs.exceptions.exception_class_for(expect["status"]))
            if "contentType" in expect:
                if hasattr(error, "content_type"):
                    self.assertTrue((error.content_type or "").startswith(expect["contentType"]), error.content_type)
                else:
                    self.assertIn(expect["contentType"], str(error))
            shown = [str(error), repr(error)]
            every_form = [*shown, getattr(error, "message", ""), *map(str, error.args)]
            for text in expect.get("messageIncludes", []):
                for form in shown:
                    self.assertIn(text, form)
            for text in [*expect.get("messageExcludes", []), *credentials]:
                for form in every_form:
                    self.assertNotIn(text, form)

        if "attempts" in expect:
            self.assertEqual(len(recorded), expect["attempts"], [request["target"] for request in recorded])
        if "targets" in expect:
            self.assertEqual([request["target"] for request in recorded], expect["targets"])
        for header, value in expect.get("headers", {}).items():
            for request in recorded:
                self.assertEqual(header_values(request, header), [value], f"{header} of {request['target']}")
        for header in expect.get("absentHeaders", []):
            for request in recorded:
                self.assertEqual(header_values(request, header), [], f"{header} of {request['target']}")
        for header in expect.get("sameHeaders", []):
            values = [header_values(request, header) for request in recorded]
            self.assertTrue(all(len(found) == 1 for found in values), values)
            self.assertEqual(len({found[0] for found in values}), 1, values)
        if "bodies" in expect:
            self.assertEqual([json.loads(request["body"]) for request in recorded], expect["bodies"])
        if "minElapsedMs" in expect:
            self.assertGreaterEqual(elapsed_ms, expect["minElapsedMs"])
        if "maxElapsedMs" in expect:
            self.assertLessEqual(elapsed_ms, expect["maxElapsedMs"])

    def test_zz_every_applicable_scenario_ran(self) -> None:
        names = [scenario["name"] for scenario in APPLICABLE]
        self.assertEqual(len(names), len(set(names)), "scenario names are not unique")
        self.assertGreater(len(names), 0)
        self.assertEqual(RAN, set(names))


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")


def _scenario_test(scenario: Dict[str, Any]) -> Callable[[FailingServerTest], None]:
    def test(self: FailingServerTest) -> None:
        self.run_scenario(scenario)

    test.__doc__ = scenario["name"]
    return test


for _index, _scenario in enumerate(APPLICABLE):
    setattr(FailingServerTest, f"test_{_index:02d}_{_slug(_scenario['name'])}", _scenario_test(_scenario))


class PrismPathSegmentTest(unittest.TestCase):
    """Prism, serving the fixture, matches ``/items/{item_id}`` only if the value stays one segment."""

    def test_a_path_parameter_with_slash_question_mark_and_hash_reaches_get_item(self) -> None:
        prism = support.Prism(FIXTURE)
        try:
            prism.start()
            configuration = fs.Configuration(host=prism.url, max_retries=0, timeout=30)
            configuration.api_key["ApiKey"] = SUITE["credentials"]["ApiKey"]
            with fs.ApiClient(configuration) as api_client:
                api = fs.ItemsApi(api_client)
                response = api.get_item_with_http_info("a/b?c#d")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.data, fs.Item(id="it_1", name="lamp"))
            # The value unencoded would be two segments: Prism has no route for that.
            request = urllib.request.Request(f"{prism.url}/items/a/b", headers={"X-Api-Key": SUITE["credentials"]["ApiKey"]})
            with self.assertRaises(urllib.error.HTTPError) as caught:
                _DIRECT.open(request, timeout=30)
            caught.exception.close()
            self.assertEqual(caught.exception.code, 404)
        finally:
            prism.stop()


if __name__ == "__main__":
    unittest.main()
