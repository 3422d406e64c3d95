"""Request bodies other than JSON, and operations whose only response is ``default``, in the
Python runtime (templates/python/runtime) and in clients generated from the feature fixtures
(test/fixtures/features/{multipart-form-data,form-urlencoded,default-responses}.yaml), checked on
the bytes that reach a recording server on 127.0.0.1.

Multipart bodies are parsed back with the standard library's MIME parser (``email``), so the
checks hold for any boundary; one test also pins the exact bytes for a given boundary.
"""

import datetime
import email.parser
import email.policy
import enum
import io
import os
import py_compile
import tempfile
import unittest
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple
from unittest import mock

import support
from support import RecordingServer, Reply

api_client = support.runtime_module("api_client")
exceptions = support.runtime_module("exceptions")
request_module = support.runtime_module("request")
serialization = support.runtime_module("serialization")

ApiClient = api_client.ApiClient
Operation = api_client.Operation
RequestOptions = api_client.RequestOptions
FileUpload = request_module.FileUpload

FEATURES = support.PROJECT_ROOT / "test" / "fixtures" / "features"
FIXTURES = {
    "multipart-form-data": "multipart_form_data",
    "form-urlencoded": "form_urlencoded",
    "default-responses": "default_responses",
}
OUT: Optional[Path] = None
_TEMP: Optional[tempfile.TemporaryDirectory] = None


class Configuration(support.runtime_module("base_configuration").BaseConfiguration):
    USER_AGENT = "request-bodies-tests/1.0"


UPLOAD = Operation(
    operation_id="upload",
    method="POST",
    path="/upload",
    responses={"201": serialization.decode_object},
    media_type="multipart/form-data",
)
FORM = Operation(
    operation_id="form",
    method="POST",
    path="/form",
    responses={"200": serialization.decode_any},
    media_type="application/x-www-form-urlencoded; charset=utf-8",
)
STATUS_ONLY_DEFAULT = Operation(
    operation_id="get_status",
    method="GET",
    path="/status",
    responses={"default": serialization.decode_object},
    errors={"default": serialization.decode_object},
)


class Color(enum.Enum):
    RED = "red"


class Meta(serialization.Model):
    """A stand-in for a generated model: sent through its ``to_dict``."""

    def __init__(self, author: str) -> None:
        self.author = author

    def to_dict(self) -> Dict[str, Any]:
        return {"author": self.author}


def parse_multipart(content_type: Optional[str], body: bytes) -> List[EmailMessage]:
    """The parts of a multipart body, parsed by the standard library."""
    assert content_type is not None, "no Content-Type"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    assert isinstance(message, EmailMessage)
    assert message.is_multipart(), f"not multipart: {content_type}"
    return list(message.iter_parts())


def describe(part: EmailMessage) -> Tuple[Optional[str], Optional[str], Optional[str], bytes]:
    """(name, filename, Content-Type header or None, content) of one part."""
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return (
        part.get_param("name", header="content-disposition"),
        part.get_filename(),
        part.get("Content-Type"),
        payload,
    )


class MultipartTest(unittest.TestCase):
    """``multipart/form-data`` bodies from an object: one part per field, on the wire."""

    def test_parts_files_text_arrays_and_json(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "notes.txt"
            path.write_bytes(b"line 1\nline 2\n")
            with RecordingServer() as server, path.open("rb") as opened:
                server.reply(Reply(201, {"id": "doc_1"}))
                client = ApiClient(Configuration(host=server.url))
                response = client.call_api(
                    UPLOAD,
                    body={
                        "file": FileUpload(b"%PDF-1.7 \x00\xff bytes", "q3.pdf", "application/pdf"),
                        "raw": b"\x89PNG",
                        "opened": opened,
                        "title": "Q3 report é",
                        "pages": 2,
                        "draft": False,
                        "day": datetime.date(2024, 5, 1),
                        "color": Color.RED,
                        "tags": ["a", "b"],
                        "meta": {"author": "Ada", "n": None},
                        "model": Meta("Grace"),
                        "skipped": None,
                        "unset": serialization.UNSET,
                    },
                )
                self.assertEqual(response.data, {"id": "doc_1"})
                (recorded,) = server.requests
        content_type = recorded.header("Content-Type")
        self.assertRegex(content_type, r"^multipart/form-data; boundary=[0-9A-Za-z-]{20,70}$")
        boundary = content_type.split("boundary=", 1)[1]
        self.assertTrue(recorded.body.startswith(f"--{boundary}\r\n".encode()))
        self.assertTrue(recorded.body.endswith(f"\r\n--{boundary}--\r\n".encode()))
        self.assertEqual(recorded.header("Content-Length"), str(len(recorded.body)))
        self.assertEqual(
            [describe(part) for part in parse_multipart(content_type, recorded.body)],
            [
                ("file", "q3.pdf", "application/pdf", b"%PDF-1.7 \x00\xff bytes"),
                ("raw", "blob", "application/octet-stream", b"\x89PNG"),
                ("opened", "notes.txt", "application/octet-stream", b"line 1\nline 2\n"),
                ("title", None, None, "Q3 report é".encode("utf-8")),
                ("pages", None, None, b"2"),
                ("draft", None, None, b"false"),
                ("day", None, None, b"2024-05-01"),
                ("color", None, None, b"red"),
                ("tags", None, None, b"a"),
                ("tags", None, None, b"b"),
                ("meta", None, "application/json", b'{"author":"Ada","n":null}'),
                ("model", None, "application/json", b'{"author":"Grace"}'),
            ],
        )

    def test_exact_bytes_for_a_given_boundary_with_names_escaped(self) -> None:
        body, content_type = request_module.multipart_form_data(
            "upload",
            {'a"b\r\nX-Injected: 1': "v", "f": FileUpload(b"x", 'evil".txt\r\n', "text/plain")},
            boundary="BOUNDARY",
        )
        self.assertEqual(content_type, "multipart/form-data; boundary=BOUNDARY")
        self.assertEqual(
            body,
            b"--BOUNDARY\r\n"
            b'Content-Disposition: form-data; name="a%22b%0D%0AX-Injected: 1"\r\n'
            b"\r\n"
            b"v\r\n"
            b"--BOUNDARY\r\n"
            b'Content-Disposition: form-data; name="f"; filename="evil%22.txt%0D%0A"\r\n'
            b"Content-Type: text/plain\r\n"
            b"\r\n"
            b"x\r\n"
            b"--BOUNDARY--\r\n",
        )

    def test_an_open_file_is_named_after_the_last_part_of_its_path(self) -> None:
        cases = [("posix", "/tmp/dir/a.bin", "a.bin"), ("windows", "C:\\dir\\b.bin", "b.bin"), ("no name", None, "blob"), ("a file descriptor", 3, "blob")]
        for title, name, want in cases:
            with self.subTest(title):
                opened = io.BytesIO(b"data")
                if name is not None:
                    opened.name = name  # type: ignore[attr-defined]
                body, content_type = request_module.multipart_form_data("upload", {"f": opened})
                self.assertEqual([describe(part) for part in parse_multipart(content_type, body)], [("f", want, "application/octet-stream", b"data")])

    def test_boundary_is_fresh_per_call_and_never_inside_a_part(self) -> None:
        first = request_module.multipart_form_data("upload", {"a": "1"})[1]
        second = request_module.multipart_form_data("upload", {"a": "1"})[1]
        self.assertNotEqual(first, second)
        # A part that holds the first boundary drawn makes the runtime draw another.
        taken = "----PythonClientBoundary" + "a" * 32
        with mock.patch.object(request_module.secrets, "token_hex", side_effect=["a" * 32, "b" * 32]) as draws:
            body, content_type = request_module.multipart_form_data("upload", {"a": f"x{taken}x"})
        self.assertEqual(draws.call_count, 2)
        self.assertEqual(content_type, "multipart/form-data; boundary=----PythonClientBoundary" + "b" * 32)
        self.assertEqual([describe(part)[3] for part in parse_multipart(content_type, body)], [f"x{taken}x".encode()])

    def test_a_retried_upload_sends_the_same_bytes(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(503, {"message": "busy"}), Reply(201, {"id": "doc_1"}))
            client = ApiClient(Configuration(host=server.url), sleep=lambda seconds: None)
            client.call_api(
                UPLOAD,
                body={"file": io.BytesIO(b"stream content"), "title": "t"},
                options=RequestOptions(idempotency_key="key-1", max_retries=1),
            )
            first, second = server.requests
        self.assertEqual(first.body, second.body)
        self.assertEqual(first.header("Content-Type"), second.header("Content-Type"))
        self.assertEqual(
            [describe(part) for part in parse_multipart(second.header("Content-Type"), second.body)],
            [("file", "blob", "application/octet-stream", b"stream content"), ("title", None, None, b"t")],
        )

    def test_refusals_send_nothing(self) -> None:
        cases = [
            ("not an object", ["a", "b"], "a multipart/form-data body must be an object"),
            ("a line break in a part's media type", {"f": FileUpload(b"x", "x.txt", "text/plain\r\nX-Evil: 1")}, 'file part "f"'),
            ("a file opened in text mode", {"f": io.StringIO("text")}, "cannot be encoded (ValueError)"),
            ("a value JSON cannot hold", {"meta": {"n": float("nan")}}, "cannot be encoded (ValueError)"),
        ]
        with RecordingServer() as server:
            client = ApiClient(Configuration(host=server.url))
            for name, body, message in cases:
                with self.subTest(name):
                    with self.assertRaises(exceptions.ApiValueError) as caught:
                        client.call_api(UPLOAD, body=body)
                    self.assertIn(message, str(caught.exception))
                    self.assertTrue(str(caught.exception).startswith("upload: "))
            self.assertEqual(server.requests, [])

    def test_pre_encoded_bytes_and_an_explicit_content_type_are_sent_as_given(self) -> None:
        with RecordingServer() as server:
            client = ApiClient(Configuration(host=server.url))
            client.call_api(
                UPLOAD,
                body=b"--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--\r\n",
                options=RequestOptions(headers={"Content-Type": "multipart/form-data; boundary=B"}),
            )
            (recorded,) = server.requests
        self.assertEqual(recorded.header("Content-Type"), "multipart/form-data; boundary=B")
        self.assertEqual([describe(part) for part in parse_multipart(recorded.header("Content-Type"), recorded.body)], [("a", None, None, b"1")])


class FormUrlencodedTest(unittest.TestCase):
    """``application/x-www-form-urlencoded`` bodies: the query string's encoding rules."""

    def test_fields_on_the_wire(self) -> None:
        with RecordingServer() as server:
            client = ApiClient(Configuration(host=server.url))
            client.call_api(
                FORM,
                body={
                    "grant_type": "client_credentials",
                    "client_id": "app & co/é+",
                    "scope": ["read", "write"],
                    "ttl": 60,
                    "offline": True,
                    "since": datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc),
                    "color": Color.RED,
                    "filter": {"a b": 1, "none": None},
                    "skipped": None,
                },
            )
            (recorded,) = server.requests
        self.assertEqual(recorded.header("Content-Type"), "application/x-www-form-urlencoded; charset=utf-8")
        self.assertEqual(
            recorded.body,
            b"grant_type=client_credentials&client_id=app%20%26%20co%2F%C3%A9%2B&scope=read&scope=write"
            b"&ttl=60&offline=true&since=2024-05-01T12%3A00%3A00%2B00%3A00&color=red&filter[a%20b]=1",
        )

    def test_refusals_send_nothing(self) -> None:
        with RecordingServer() as server:
            client = ApiClient(Configuration(host=server.url))
            with self.assertRaises(exceptions.ApiValueError) as caught:
                client.call_api(FORM, body=["a"])
            self.assertIn("body must be an object", str(caught.exception))
            with self.assertRaises(exceptions.ApiValueError) as caught:
                client.call_api(FORM, body={"file": b"bytes"})
            self.assertIn("cannot be encoded", str(caught.exception))
            self.assertEqual(server.requests, [])


class DefaultOnlyResponseTest(unittest.TestCase):
    """An operation whose only response is ``default``: it describes the success body too."""

    def test_a_2xx_body_is_decoded_and_an_error_still_raises(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(200, {"healthy": True}), Reply(503, {"healthy": False}))
            client = ApiClient(Configuration(host=server.url), sleep=lambda seconds: None)
            response = client.call_api(STATUS_ONLY_DEFAULT, options=RequestOptions(max_retries=0))
            self.assertEqual((response.status_code, response.data), (200, {"healthy": True}))
            with self.assertRaises(exceptions.ServiceException) as caught:
                client.call_api(STATUS_ONLY_DEFAULT, options=RequestOptions(max_retries=0))
            self.assertEqual((caught.exception.status, caught.exception.data), (503, {"healthy": False}))


# --- Clients generated from the feature fixtures -------------------------------------------------


def setUpModule() -> None:
    global OUT, _TEMP
    _TEMP = tempfile.TemporaryDirectory()
    OUT = Path(_TEMP.name)
    for fixture in FIXTURES:
        support.generate_fixture(FEATURES / f"{fixture}.yaml", OUT / fixture)


def tearDownModule() -> None:
    global _TEMP
    if OUT is not None:
        for fixture, package in FIXTURES.items():
            support.forget_package(OUT / fixture / "python", package)
    if _TEMP is not None:
        _TEMP.cleanup()
        _TEMP = None


def generated(fixture: str) -> Any:
    assert OUT is not None
    return support.import_generated(OUT / fixture / "python", FIXTURES[fixture])


class GeneratedClientsTest(unittest.TestCase):
    def test_compile_and_pass_mypy_strict(self) -> None:
        assert OUT is not None
        packages = [OUT / fixture / "python" / package for fixture, package in FIXTURES.items()]
        with tempfile.TemporaryDirectory() as out:
            for index, path in enumerate(file for package in packages for file in support.python_files(package)):
                py_compile.compile(str(path), cfile=os.path.join(out, f"{index}.pyc"), doraise=True)
        for package in packages:
            with self.subTest(package.name):
                code, output = support.run_mypy([package])
                self.assertEqual(output.strip(), "")
                self.assertEqual(code, 0)

    def test_upload_document_sends_multipart(self) -> None:
        pkg = generated("multipart-form-data")
        with RecordingServer() as server:
            server.reply(Reply(201, {"id": "doc_1"}))
            api = pkg.DefaultApi(pkg.ApiClient(pkg.Configuration(host=server.url)))
            created = api.upload_document(
                {"file": pkg.FileUpload(b"%PDF-1.7 bytes", "q3.pdf", "application/pdf"), "title": "Q3 report", "pages": 2, "tags": ["a", "b"], "meta": {"author": "Ada"}}
            )
            (recorded,) = server.requests
        self.assertEqual(created, {"id": "doc_1"})
        self.assertEqual(
            [describe(part) for part in parse_multipart(recorded.header("Content-Type"), recorded.body)],
            [
                ("file", "q3.pdf", "application/pdf", b"%PDF-1.7 bytes"),
                ("title", None, None, b"Q3 report"),
                ("pages", None, None, b"2"),
                ("tags", None, None, b"a"),
                ("tags", None, None, b"b"),
                ("meta", None, "application/json", b'{"author":"Ada"}'),
            ],
        )

    def test_create_token_sends_a_form(self) -> None:
        pkg = generated("form-urlencoded")
        with RecordingServer() as server:
            server.reply(Reply(200, {"access_token": "t0k"}))
            api = pkg.DefaultApi(pkg.ApiClient(pkg.Configuration(host=server.url)))
            token = api.create_token(pkg.TokenRequest(grant_type="client_credentials", client_id="app & co", scope=["read", "write"], ttl=60, offline=True))
            (recorded,) = server.requests
        self.assertEqual(token, {"access_token": "t0k"})
        self.assertEqual(recorded.header("Content-Type"), "application/x-www-form-urlencoded")
        self.assertEqual(recorded.body, b"grant_type=client_credentials&client_id=app%20%26%20co&scope=read&scope=write&ttl=60&offline=true")

    def test_get_status_returns_the_default_body(self) -> None:
        pkg = generated("default-responses")
        with RecordingServer() as server:
            server.reply(Reply(200, {"healthy": True}), Reply(500, {"healthy": False}))
            api = pkg.DefaultApi(pkg.ApiClient(pkg.Configuration(host=server.url, max_retries=0)))
            status = api.get_status()
            with self.assertRaises(pkg.ServiceException) as caught:
                api.get_status()
        self.assertEqual(status, pkg.Status(healthy=True))
        self.assertEqual(caught.exception.data, pkg.Status(healthy=False))


if __name__ == "__main__":
    unittest.main()
