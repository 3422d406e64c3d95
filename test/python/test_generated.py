"""The generated package (generated/python): it compiles, passes `mypy --strict`, sends exactly the
requests the spec describes, and its models round-trip every example of the spec.
"""

import inspect
import json
import py_compile
import tempfile
import typing
import unittest
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import support
from support import RecordingServer, Reply

ia = support.import_generated()
models = ia.models

ORG = "org_2pQ7xR9mK3vL8nT4wY6zB1cD5fG"
INVITATION = "orginv_2pR4tV8kN2mJ6hQ9xW3yC7bE1aS"
TOKEN = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def bundle() -> Dict[str, Any]:
    return json.loads(support.BUNDLE_JSON.read_text(encoding="utf-8"))


def resolve(document: Dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for segment in node["$ref"][2:].split("/"):
            target = target[segment.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def media_examples(document: Dict[str, Any]) -> Iterator[Tuple[str, Dict[str, Any], Any]]:
    """(where, schema, example value) for every JSON media type example in the bundle."""

    def walk(node: Any, where: str) -> Iterator[Tuple[str, Dict[str, Any], Any]]:
        if isinstance(node, dict):
            if "schema" in node and "examples" in node and isinstance(node["examples"], dict):
                for name, example in node["examples"].items():
                    yield f"{where}/examples/{name}", node["schema"], resolve(document, example)["value"]
            for key, child in node.items():
                if key != "examples":
                    yield from walk(child, f"{where}/{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, f"{where}/{index}")

    yield from walk(document["paths"], "#/paths")
    yield from walk(document["components"], "#/components")


def client(server: RecordingServer, **settings: Any) -> Any:
    settings.setdefault("access_token", TOKEN)
    return ia.ApiClient(ia.Configuration(host=server.url, **settings), sleep=lambda seconds: None)


class CompileTest(unittest.TestCase):
    def test_every_file_compiles(self) -> None:
        files = support.python_files(support.GENERATED_PYTHON)
        self.assertGreater(len(files), 20)
        with tempfile.TemporaryDirectory() as out:
            for index, path in enumerate(files):
                with self.subTest(str(path.relative_to(support.PROJECT_ROOT))):
                    py_compile.compile(str(path), cfile=str(Path(out) / f"{index}.pyc"), doraise=True)

    def test_mypy_strict(self) -> None:
        code, output = support.run_mypy([support.GENERATED_PYTHON / support.PACKAGE])
        self.assertEqual(output.strip(), "")
        self.assertEqual(code, 0)

    def test_package_metadata(self) -> None:
        self.assertEqual((support.GENERATED_PYTHON / support.PACKAGE / "py.typed").read_text(), "")
        pyproject = (support.GENERATED_PYTHON / "pyproject.toml").read_text(encoding="utf-8")
        self.assertIn('requires-python = ">=3.9"', pyproject)
        self.assertIn("dependencies = []", pyproject)
        try:
            import tomllib
        except ImportError:  # Python < 3.11
            return
        project = tomllib.loads(pyproject)["project"]
        self.assertEqual(project["name"], "invitations-api")
        self.assertEqual(project["version"], ia.__version__)

    def test_runtime_is_copied_verbatim(self) -> None:
        runtime = sorted(support.RUNTIME_DIR.glob("*.py"))
        self.assertGreater(len(runtime), 5)
        for source in runtime:
            with self.subTest(source.name):
                copy = support.GENERATED_PYTHON / support.PACKAGE / source.name
                self.assertEqual(copy.read_bytes(), source.read_bytes())

    def test_only_the_standard_library_is_imported(self) -> None:
        import ast
        import sys

        if not hasattr(sys, "stdlib_module_names"):
            self.skipTest("sys.stdlib_module_names needs Python 3.10")
        allowed = set(sys.stdlib_module_names) | {support.PACKAGE}
        for path in support.python_files(support.GENERATED_PYTHON):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    with self.subTest(f"{path.name}: {name}"):
                        self.assertIn(name.split(".")[0], allowed)


class SurfaceTest(unittest.TestCase):
    """The API as the seeds show it: classes per tag, positional required arguments, variants."""

    def test_api_classes_and_methods(self) -> None:
        self.assertTrue(hasattr(ia, "InvitationApi"))
        self.assertTrue(hasattr(ia, "OrganizationInvitationsApi"))
        api = ia.InvitationApi
        self.assertEqual(list(inspect.signature(api.post_invitation).parameters)[:3], ["self", "tr_organization", "invitation_data"])
        self.assertEqual(list(inspect.signature(api.delete_invitation).parameters)[:3], ["self", "tr_organization", "invitation_id"])
        bulk = inspect.signature(ia.OrganizationInvitationsApi.create_organization_invitation_bulk)
        self.assertIn("create_organization_invitation_bulk_request", bulk.parameters)
        listing = inspect.signature(ia.OrganizationInvitationsApi.list_organization_invitations).parameters
        self.assertEqual(listing["organization_id"].kind, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        for name in ["status", "limit", "offset", "_headers", "_request_timeout", "_idempotency_key", "_max_retries"]:
            self.assertEqual(listing[name].kind, inspect.Parameter.KEYWORD_ONLY, name)
        self.assertTrue(hasattr(ia.OrganizationInvitationsApi, "list_organization_invitations_iter"))
        self.assertFalse(hasattr(ia.OrganizationInvitationsApi, "get_organization_invitation_iter"))

    def test_manifest_matches_the_signatures(self) -> None:
        manifest = support.manifest()
        self.assertEqual(manifest["package"], support.PACKAGE)
        document = bundle()
        operation_ids = {operation["operationId"] for item in document["paths"].values() for operation in item.values() if isinstance(operation, dict) and "operationId" in operation}
        self.assertEqual(set(manifest["operations"]), operation_ids)
        for operation_id, entry in manifest["operations"].items():
            with self.subTest(operation_id):
                cls = getattr(ia, entry["api"])
                for method in [entry["method"], entry["withHttpInfo"], *([entry["iterator"]] if entry["iterator"] else [])]:
                    parameters = inspect.signature(getattr(cls, method)).parameters
                    for parameter in entry["parameters"]:
                        self.assertIn(parameter["argument"], parameters)
                        want = inspect.Parameter.POSITIONAL_OR_KEYWORD if parameter["positional"] and method != entry["iterator"] else None
                        if want:
                            self.assertEqual(parameters[parameter["argument"]].kind, want)

    def test_type_hints_resolve(self) -> None:
        for cls in [ia.InvitationApi, ia.OrganizationInvitationsApi]:
            for name, member in inspect.getmembers(cls, inspect.isfunction):
                with self.subTest(f"{cls.__name__}.{name}"):
                    typing.get_type_hints(member)
        for name in models.__all__:
            cls = getattr(models, name)
            with self.subTest(name):
                typing.get_type_hints(cls, localns=vars(models))

    def test_default_client(self) -> None:
        api = ia.InvitationApi()
        self.assertIsInstance(api.api_client.configuration, ia.Configuration)
        self.assertEqual(api.api_client.configuration.host, "http://127.0.0.1:4010")
        self.assertEqual(set(ia.Configuration.SECURITY_SCHEMES), {"ApiKey", "bearerAuth"})


class WireTest(unittest.TestCase):
    """What the generated methods send, byte for byte, and what they return."""

    def test_post_invitation(self) -> None:
        with RecordingServer() as server:
            server.reply(Reply(204))
            with client(server, api_key={"ApiKey": "tr-key"}) as api_client:
                api = ia.InvitationApi(api_client)
                body = models.InvitationData(app_url="https://a.test", email="a@b.test", redirect_uri="https://a.test/r", user_role=1, scopes=["read"])
                self.assertIsNone(api.post_invitation("5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41", body))
            (recorded,) = server.requests
            self.assertEqual(recorded.method, "POST")
            self.assertEqual(recorded.path, "/api/invitation")
            self.assertEqual(recorded.header("TR-Organization"), "5b5bd6bb-5c4e-4a84-9c1e-3f0b6c7a2d41")
            self.assertEqual(recorded.header("Authorization"), "tr-key")
            self.assertEqual(recorded.header("Content-Type"), "application/json")
            self.assertEqual(recorded.json(), {"app_url": "https://a.test", "email": "a@b.test", "redirect_uri": "https://a.test/r", "user_role": 1, "scopes": ["read"]})

    def test_list_with_repeated_status_and_http_info(self) -> None:
        page = {"data": [], "total_count": 0}
        with RecordingServer() as server:
            server.reply(Reply(200, page, headers={"X-Request-Id": "r1"}))
            api = ia.OrganizationInvitationsApi(client(server))
            response = api.list_organization_invitations_with_http_info(
                "org 1/2",
                status=[models.OrganizationInvitationStatus.PENDING, "revoked"],
                order_by="-created_at",
                limit=20,
                _headers={"Prefer": "code=200"},
            )
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.headers["x-request-id"], "r1")
            self.assertIsInstance(response.data, models.OrganizationInvitations)
            (recorded,) = server.requests
            self.assertEqual(recorded.method, "GET")
            self.assertEqual(recorded.path, "/v1/organizations/org%201%2F2/invitations?status=pending&status=revoked&order_by=-created_at&limit=20")
            self.assertEqual(recorded.header("Prefer"), "code=200")
            self.assertEqual(recorded.header("Authorization"), f"Bearer {TOKEN}")

    def test_optional_body_and_idempotency_key(self) -> None:
        invitation = json.loads(json.dumps(resolve(bundle(), {"$ref": "#/components/examples/OrganizationInvitationRevoked"})["value"]))
        with RecordingServer() as server:
            server.reply(Reply(503), Reply(200, invitation))
            api = ia.OrganizationInvitationsApi(client(server))
            revoked = api.revoke_organization_invitation(ORG, INVITATION, _idempotency_key="revoke-1")
            self.assertEqual(revoked.status, "revoked")
            self.assertEqual(len(server.requests), 2)
            for recorded in server.requests:
                self.assertEqual(recorded.path, f"/v1/organizations/{ORG}/invitations/{INVITATION}/revoke")
                self.assertEqual(recorded.body, b"")
                self.assertEqual(recorded.header("Idempotency-Key"), "revoke-1")
            api.revoke_organization_invitation(ORG, INVITATION, {"requesting_user_id": "user_1"})
            self.assertEqual(server.requests[-1].json(), {"requesting_user_id": "user_1"})

    def test_path_parameter_refusals(self) -> None:
        with RecordingServer() as server:
            api = ia.OrganizationInvitationsApi(client(server))
            for value in ["", ".", ".."]:
                with self.subTest(value), self.assertRaises(ia.ApiValueError):
                    api.get_organization_invitation(ORG, value)
            self.assertEqual(server.requests, [])

    def test_typed_error_with_vendor_body(self) -> None:
        body = {"errors": [{"message": "not found", "long_message": "Resource not found", "code": "resource_not_found"}], "clerk_trace_id": "t1"}
        with RecordingServer() as server:
            server.reply(Reply(404, body))
            api = ia.OrganizationInvitationsApi(client(server))
            with self.assertRaises(ia.NotFoundException) as caught:
                api.get_organization_invitation(ORG, INVITATION)
            self.assertEqual(caught.exception.body, body)
            self.assertIsInstance(caught.exception.data, models.ClerkErrors)
            self.assertEqual(caught.exception.data.errors[0].code, "resource_not_found")
            self.assertEqual(caught.exception.data.to_dict(), body)

    def test_iterator_fetches_page_after_page(self) -> None:
        example = resolve(bundle(), {"$ref": "#/components/examples/OrganizationInvitationList"})["value"]
        items = example["data"]
        first = {"data": items[:2], "total_count": 3}
        second = {"data": items[2:3], "total_count": 3}
        with RecordingServer() as server:
            server.reply(Reply(200, first), Reply(200, second))
            api = ia.OrganizationInvitationsApi(client(server))
            iterator = api.list_organization_invitations_iter(ORG, status=["pending"], limit=2)
            self.assertEqual(server.requests, [])
            got = list(iterator)
            self.assertEqual([item.id for item in got], [item["id"] for item in items[:3]])
            self.assertTrue(all(isinstance(item, models.OrganizationInvitation) for item in got))
            self.assertEqual(
                [recorded.path for recorded in server.requests],
                [
                    f"/v1/organizations/{ORG}/invitations?status=pending&limit=2&offset=0",
                    f"/v1/organizations/{ORG}/invitations?status=pending&limit=2&offset=2",
                ],
            )

    def test_operation_servers_by_default(self) -> None:
        configuration = ia.Configuration()
        self.assertEqual(configuration.base_url_for("https://api.clerk.com"), "https://api.clerk.com")
        module = __import__(f"{support.PACKAGE}.api.invitation_api", fromlist=["_POST_INVITATION"])
        self.assertEqual(module._POST_INVITATION.server_url, "https://api.trieve.ai")


class ModelTest(unittest.TestCase):
    """Models: every example of the spec decodes and round-trips; unknown fields and enum values kept."""

    def test_every_example_round_trips(self) -> None:
        document = bundle()
        seen = 0
        for where, schema, value in media_examples(document):
            name = schema.get("$ref", "").rsplit("/", 1)[-1] if "$ref" in schema else None
            items = schema.get("items", {}).get("$ref", "").rsplit("/", 1)[-1] if schema.get("type") == "array" else None
            with self.subTest(where):
                if name:
                    cls = getattr(models, name)
                    instance = cls.from_dict(value)
                    self.assertEqual(instance.to_dict(), value)
                    self.assertEqual(cls.from_json(instance.to_json()), instance)
                    seen += 1
                elif items:
                    cls = getattr(models, items)
                    self.assertEqual([cls.from_dict(item).to_dict() for item in value], value)
                    seen += 1
        self.assertGreaterEqual(seen, 15)

    def test_unknown_fields_are_kept(self) -> None:
        data = {"message": "bad", "trace": {"id": 1}, "new_field": [1, 2]}
        error = models.ErrorResponseBody.from_dict(data)
        self.assertEqual(error.message, "bad")
        self.assertEqual(error.additional_properties, {"trace": {"id": 1}, "new_field": [1, 2]})
        self.assertEqual(error.to_dict(), data)

    def test_optional_unset_and_null_are_distinct(self) -> None:
        request = models.CreateOrganizationInvitationRequest(email_address="a@b.test", role="org:member")
        self.assertIs(request.inviter_user_id, ia.UNSET)
        self.assertEqual(request.to_dict(), {"email_address": "a@b.test", "role": "org:member"})
        request.inviter_user_id = None
        self.assertEqual(request.to_dict(), {"email_address": "a@b.test", "role": "org:member", "inviter_user_id": None})
        decoded = models.CreateOrganizationInvitationRequest.from_dict({"email_address": "x", "role": "r", "redirect_url": None})
        self.assertIsNone(decoded.redirect_url)
        self.assertIs(decoded.notify, ia.UNSET)
        self.assertEqual(decoded.to_dict(), {"email_address": "x", "role": "r", "redirect_url": None})

    def test_required_nullable_and_nested_models(self) -> None:
        example = resolve(bundle(), {"$ref": "#/components/examples/OrganizationInvitationPending"})["value"]
        invitation = models.OrganizationInvitation.from_dict(example)
        self.assertIsInstance(invitation.public_inviter_data, models.OrganizationInvitationPublicUserData)
        nulled = dict(example, public_inviter_data=None, url=None)
        decoded = models.OrganizationInvitation.from_dict(nulled)
        self.assertIsNone(decoded.public_inviter_data)
        self.assertEqual(decoded.to_dict(), nulled)
        missing = {key: value for key, value in example.items() if key != "url"}
        with self.assertRaises(ia.DecodeError) as caught:
            models.OrganizationInvitation.from_dict(missing)
        self.assertIn('required field "url" is missing', str(caught.exception))
        with self.assertRaises(ia.DecodeError) as caught:
            models.OrganizationInvitations.from_dict({"data": [dict(example, created_at="yesterday")], "total_count": 1})
        self.assertIn("OrganizationInvitations.data[0].created_at", str(caught.exception))

    def test_open_enum(self) -> None:
        status = models.OrganizationInvitationStatus
        self.assertIs(status("pending"), status.PENDING)
        later = status("on_hold")
        self.assertFalse(later.is_known)
        self.assertEqual(later.value, "on_hold")

    def test_dataclass_equality_and_keywords(self) -> None:
        a = models.ErrorResponseBody(message="x")
        self.assertEqual(a, models.ErrorResponseBody.from_json('{"message": "x"}'))
        self.assertNotEqual(a, models.ErrorResponseBody(message="x", additional_properties={"y": 1}))


if __name__ == "__main__":
    unittest.main()
