"""Shared helpers of the Python tests: paths, the runtime and generated package, a recording HTTP
server on 127.0.0.1, and a Prism mock server. Every server a test starts is stopped, even when the
test fails.

Run the suite from the project root: ``python3 -m unittest discover -s test/python``.
"""

import contextlib
import importlib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import types
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

# Importing the generated package must not leave __pycache__ folders in generated/ (they would
# make `npm run generate -- --check` report stale files).
sys.dont_write_bytecode = True

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RUNTIME_DIR = PROJECT_ROOT / "templates" / "python" / "runtime"
GENERATED_PYTHON = PROJECT_ROOT / "generated" / "python"
GENERATED_DOCS = PROJECT_ROOT / "generated" / "docs" / "python"
BUNDLE_YAML = PROJECT_ROOT / "generated" / "openapi.yaml"
BUNDLE_JSON = PROJECT_ROOT / "generated" / "openapi.json"
SCENARIOS = PROJECT_ROOT / "test" / "contract" / "scenarios.json"
PACKAGE = "invitations_api"

#: The import name of templates/python/runtime when loaded as a package of its own.
RUNTIME_PACKAGE = "python_client_runtime"


def load_runtime() -> types.ModuleType:
    """templates/python/runtime as a package (its modules import each other relatively)."""
    if RUNTIME_PACKAGE in sys.modules:
        return sys.modules[RUNTIME_PACKAGE]
    spec = importlib.util.spec_from_loader(RUNTIME_PACKAGE, loader=None, is_package=True)
    assert spec is not None
    package = importlib.util.module_from_spec(spec)
    package.__path__ = [str(RUNTIME_DIR)]
    sys.modules[RUNTIME_PACKAGE] = package
    return package


def runtime_module(name: str) -> types.ModuleType:
    """One module of the runtime, e.g. ``runtime_module("api_client")``."""
    load_runtime()
    return importlib.import_module(f"{RUNTIME_PACKAGE}.{name}")


def import_generated(root: Path = GENERATED_PYTHON, package: str = PACKAGE) -> types.ModuleType:
    """The generated package, imported from ``root`` (no bytecode written)."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    return importlib.import_module(package)


def python_files(root: Path) -> List[Path]:
    return sorted(path for path in root.rglob("*.py") if "__pycache__" not in path.parts)


def mypy_command() -> Optional[List[str]]:
    """How to run mypy here: the `mypy` program (Debian's `mypy` package), else `python3 -m mypy`."""
    program = shutil.which("mypy")
    if program:
        return [program]
    probe = subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True)
    return [sys.executable, "-m", "mypy"] if probe.returncode == 0 else None


def run_mypy(targets: Sequence[Union[str, Path]], mypy_path: Optional[Path] = None) -> Tuple[int, str]:
    """``mypy --strict`` (Python 3.9 rules) on ``targets``; the cache goes to a temporary folder."""
    command = mypy_command()
    if command is None:
        raise AssertionError("mypy is not installed (CI: apt-get install -y mypy)")
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ)
        if mypy_path is not None:
            env["MYPYPATH"] = str(mypy_path)
        result = subprocess.run(
            [*command, "--strict", "--python-version", "3.9", "--cache-dir", cache, "--no-error-summary", *map(str, targets)],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(PROJECT_ROOT),
        )
    return result.returncode, result.stdout + result.stderr


def generate_fixture(spec: Path, out: Path, flavor: str = "python") -> None:
    """Generates ``spec``'s ``flavor`` client into ``out`` with the project's own CLI (lint off)."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not on PATH; generating a fixture needs it")
    result = subprocess.run(
        [node, "node_modules/tsx/dist/cli.mjs", "scripts/cli.ts", "--spec", str(spec), "--out", str(out), "--flavor", flavor, "--no-lint", "--no-cache", "--quiet"],
        cwd=str(PROJECT_ROOT),
        capture_output=True,
        text=True,
        timeout=180,
    )
    if result.returncode != 0:
        raise RuntimeError(f"generating {spec.name} failed:\n{result.stdout}{result.stderr}")


def forget_package(root: Path, package: str) -> None:
    """Undoes ``import_generated(root, package)``: the modules and the ``sys.path`` entry."""
    for name in [name for name in sys.modules if name == package or name.startswith(f"{package}.")]:
        del sys.modules[name]
    if str(root) in sys.path:
        sys.path.remove(str(root))


def wire_arguments(entry: Dict[str, Any], args: Dict[str, Any]) -> Dict[str, Any]:
    """Scenario arguments (wire names by location) as the method's keyword arguments."""
    kwargs: Dict[str, Any] = {}
    for parameter in entry["parameters"]:
        if parameter["in"] == "body":
            if "body" in args:
                kwargs[parameter["argument"]] = args["body"]
        elif parameter["name"] in args.get(parameter["in"], {}):
            kwargs[parameter["argument"]] = args[parameter["in"]][parameter["name"]]
    unknown = {(location, name) for location, values in args.items() if location != "body" for name in values} - {
        (parameter["in"], parameter["name"]) for parameter in entry["parameters"]
    }
    if unknown:
        raise AssertionError(f"scenario arguments the operation does not have: {sorted(unknown)}")
    return kwargs



# --- A recording HTTP server -------------------------------------------------------------------


class Reply:
    """What the recording server answers to one request.

    ``delay`` waits before answering (to provoke timeouts); ``drop`` closes the connection without
    any response (to provoke connection errors).
    """

    def __init__(
        self,
        status: int = 200,
        body: Union[bytes, str, Any] = b"",
        headers: Optional[Mapping[str, str]] = None,
        delay: float = 0.0,
        drop: bool = False,
    ) -> None:
        if isinstance(body, (dict, list)):
            self.body = json.dumps(body).encode("utf-8")
            self.headers = {"Content-Type": "application/json", **(headers or {})}
        else:
            self.body = body.encode("utf-8") if isinstance(body, str) else body
            self.headers = dict(headers or {})
        self.status = status
        self.delay = delay
        self.drop = drop


class Recorded:
    """One request as the server received it."""

    def __init__(self, method: str, path: str, headers: List[Tuple[str, str]], body: bytes) -> None:
        self.method = method
        #: Path and query exactly as received (still percent-encoded).
        self.path = path
        self.header_pairs = headers
        self.body = body

    def header(self, name: str) -> Optional[str]:
        values = [value for key, value in self.header_pairs if key.lower() == name.lower()]
        return ", ".join(values) if values else None

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class RecordingServer:
    """An HTTP server on 127.0.0.1 (a free port) that records every request and answers from a
    queue of replies (the last one repeats). Use it as a context manager: it is always stopped.
    """

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self._replies: List[Reply] = [Reply(200, {})]
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Buffered, so that headers and body leave in one write (no Nagle/delayed-ACK stall).
            wbufsize = 64 * 1024

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with server._lock:
                    server.requests.append(Recorded(self.command, self.path, list(self.headers.items()), body))
                    reply = server._replies.pop(0) if len(server._replies) > 1 else server._replies[0]
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.wfile.flush()
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def reply(self, *replies: Reply) -> None:
        with self._lock:
            self._replies = list(replies)

    def __enter__(self) -> "RecordingServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- Prism ---------------------------------------------------------------------------------------


def prism_entry_point() -> Path:
    """Prism's CLI script, from the installed @stoplight/prism-cli package's `bin`."""
    manifest_path = PROJECT_ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    bin_entry = manifest["bin"] if isinstance(manifest["bin"], str) else manifest["bin"]["prism"]
    return (manifest_path.parent / bin_entry).resolve()


class Prism:
    """Prism serving the bundle on a free port of 127.0.0.1, in its own process group.

    ``start()`` waits until it answers HTTP; ``stop()`` ends the whole group (SIGTERM, then
    SIGKILL) and is safe to call twice.
    """

    def __init__(self, spec: Path = BUNDLE_YAML) -> None:
        self.spec = spec
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: Optional["subprocess.Popen[bytes]"] = None
        self._log = tempfile.TemporaryFile()

    def start(self, timeout: float = 60.0) -> "Prism":
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("node is not on PATH; the mock server needs it")
        self._process = subprocess.Popen(
            [node, str(prism_entry_point()), "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(self.port)],
            cwd=str(PROJECT_ROOT),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env={**os.environ, "FORCE_COLOR": "0", "NO_COLOR": "1"},
        )
        deadline = time.monotonic() + timeout
        try:
            while True:
                if self._process.poll() is not None:
                    raise RuntimeError(f"Prism exited with code {self._process.returncode}:\n{self.log()}")
                if self._answers():
                    return self
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Prism did not answer on {self.url} within {timeout} s:\n{self.log()}")
                time.sleep(0.1)
        except BaseException:
            self.stop()
            raise

    def _answers(self) -> bool:
        request = urllib.request.Request(f"{self.url}/", method="OPTIONS", headers={"Origin": "http://127.0.0.1", "Access-Control-Request-Method": "GET"})
        try:
            with urllib.request.urlopen(request, timeout=2):
                return True
        except urllib.error.HTTPError:
            return True
        except (urllib.error.URLError, OSError):
            return False

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode("utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        if process is not None:
            # Anything Prism started in its group goes too.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
        self._process = None
        self._log.close()


def extract_examples(root: Path) -> List[Tuple[str, str]]:
    """Every fenced ```python block of every Markdown file under ``root``: (where, code)."""
    examples: List[Tuple[str, str]] = []
    for path in sorted(root.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        for index, match in enumerate(re.finditer(r"^(`{3,})python\n(.*?)\n\1$", text, re.M | re.S)):
            examples.append((f"{path.relative_to(root)} #{index + 1}", match.group(2)))
    return examples


def scenarios() -> Dict[str, Any]:
    return json.loads(SCENARIOS.read_text(encoding="utf-8"))


def manifest(root: Path = GENERATED_PYTHON) -> Dict[str, Any]:
    return json.loads((root / "operations.json").read_text(encoding="utf-8"))


@contextlib.contextmanager
def environment(**values: str) -> Iterator[None]:
    """Sets environment variables for the duration of a block."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
