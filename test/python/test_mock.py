"""The generated package against the mock server (Prism on the bundle, started on a free port for
this module and always stopped): every scenario of test/contract/scenarios.json, and every code
example of generated/docs/python run as it is.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import support

ia = support.import_generated()
models = ia.models

PRISM: Optional[support.Prism] = None


def setUpModule() -> None:
    global PRISM
    PRISM = support.Prism().start()


def tearDownModule() -> None:
    global PRISM
    try:
        if PRISM is not None:
            PRISM.stop()
    finally:
        PRISM = None


def prism_url() -> str:
    assert PRISM is not None, "Prism is not running"
    return PRISM.url


def check_decoded(test: unittest.TestCase, returns: str, data: Any, raw: bytes) -> None:
    """``data`` is of the documented type and round-trips to the JSON that came in."""
    if returns == "None":
        test.assertIsNone(data)
        return
    body = json.loads(raw.decode("utf-8"))
    match = re.fullmatch(r"List\[(\w+)\]", returns)
    if match:
        cls = getattr(models, match.group(1))
        test.assertIsInstance(data, list)
        for item in data:
            test.assertIsInstance(item, cls)
        test.assertEqual([item.to_dict() for item in data], body)
        return
    cls = getattr(models, returns)
    test.assertIsInstance(data, cls)
    test.assertEqual(data.to_dict(), body)
    test.assertEqual(cls.from_json(data.to_json()), data)


class ContractTest(unittest.TestCase):
    """Each scenario: the operation called through its generated method, the outcome checked."""

    maxDiff = None

    def test_scenarios(self) -> None:
        data = support.scenarios()
        manifest = support.manifest()["operations"]
        credentials = data["credentials"]
        self.assertGreater(len(data["scenarios"]), 0)
        for scenario in data["scenarios"]:
            with self.subTest(scenario["name"]):
                self.run_scenario(scenario, manifest[scenario["operationId"]], credentials)

    def run_scenario(self, scenario: Dict[str, Any], entry: Dict[str, Any], credentials: Dict[str, str]) -> None:
        configuration = ia.Configuration(host=prism_url(), max_retries=0, timeout=30)
        if scenario.get("auth", True):
            for name, value in credentials.items():
                scheme = ia.Configuration.SECURITY_SCHEMES[name]
                if scheme.type == "apiKey":
                    configuration.api_key[name] = value
                elif scheme.scheme == "bearer":
                    configuration.access_token = value
        kwargs = support.wire_arguments(entry, scenario.get("args", {}))
        if scenario.get("prefer"):
            kwargs["_headers"] = {"Prefer": scenario["prefer"]}
        expect = scenario["expect"]
        with ia.ApiClient(configuration) as api_client:
            api = getattr(ia, entry["api"])(api_client)
            method = getattr(api, entry["withHttpInfo"])
            if expect["outcome"] == "success":
                response = method(**kwargs)
                self.assertEqual(response.status_code, expect["status"])
                check_decoded(self, entry["returns"], response.data, response.raw_data)
                return
            with self.assertRaises(ia.ApiException) as caught:
                method(**kwargs)
            error = caught.exception
            if expect["outcome"] == "api_error":
                self.assertEqual(error.status, expect["status"])
                self.assertIsInstance(error, ia.exceptions.exception_class_for(expect["status"]))
                self.assertIsInstance(error.body, dict, "the vendor's error body, parsed")
                model_name = entry["errors"].get(str(expect["status"]))
                if model_name:
                    self.assertIsInstance(error.data, getattr(models, model_name))
                    self.assertEqual(error.data.to_dict(), error.body)
            elif expect["outcome"] == "rejected":
                self.assertGreaterEqual(error.status, 400)
                self.assertLess(error.status, 500)
            else:
                self.fail(f"unknown outcome {expect['outcome']!r}")
            for secret in credentials.values():
                self.assertNotIn(secret, str(error))
                self.assertNotIn(secret, repr(error))


class DocsExamplesTest(unittest.TestCase):
    """The examples in generated/docs/python: type-checked, then run against the mock."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.examples = support.extract_examples(support.GENERATED_DOCS)

    def test_there_is_an_example_per_operation_and_model(self) -> None:
        operations = len(support.manifest()["operations"])
        api_examples = [where for where, _ in self.examples if not where.startswith("models/") and not where.startswith("README")]
        self.assertEqual(len(api_examples), operations)
        self.assertGreaterEqual(len([where for where, _ in self.examples if where.startswith("models/")]), 10)
        self.assertGreaterEqual(len([where for where, _ in self.examples if where.startswith("README")]), 4)

    def test_examples_type_check(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            files = []
            for index, (where, code) in enumerate(self.examples):
                path = Path(folder) / f"example_{index}.py"
                path.write_text(f"# {where}\n{code}\n", encoding="utf-8")
                files.append(path)
            code, output = support.run_mypy(files, mypy_path=support.GENERATED_PYTHON)
            self.assertEqual(output.strip(), "")
            self.assertEqual(code, 0)

    def test_examples_run_against_the_mock(self) -> None:
        credentials = support.scenarios()["credentials"]
        mock_default = "http://127.0.0.1:4010"
        env = {
            **os.environ,
            "PYTHONPATH": str(support.GENERATED_PYTHON),
            "PYTHONDONTWRITEBYTECODE": "1",
            "API_KEY": credentials["ApiKey"],
            "BEARER_AUTH": credentials["bearerAuth"],
        }
        for where, code in self.examples:
            with self.subTest(where):
                self.assertTrue("host=" not in code or mock_default in code, "examples point at the mock server")
                result = subprocess.run(
                    [sys.executable, "-c", code.replace(mock_default, prism_url())],
                    capture_output=True,
                    text=True,
                    env=env,
                    timeout=60,
                )
                output = result.stdout + result.stderr
                self.assertEqual(result.returncode, 0, output)
                self.assertNotIn("Exception when calling", output)


if __name__ == "__main__":
    unittest.main()
