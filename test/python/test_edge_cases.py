"""The python flavor on a fixture spec of hard cases (test/python/fixtures/edge-cases.yaml):
recursive and mutually recursive schemas, reserved words, odd enum values, aliases, allOf, a
schema named like a typing name, spec text that tries to close docstrings and comments. The
fixture is generated into a temporary folder with the project's own generator.
"""

import importlib
import py_compile
import shutil
import subprocess
import sys
import tempfile
import typing
import unittest
from pathlib import Path
from typing import Any, Optional

import support

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "edge-cases.yaml"
OUT: Optional[Path] = None
_TEMP: Optional[tempfile.TemporaryDirectory] = None
ec: Any = None


def setUpModule() -> None:
    global OUT, _TEMP, ec
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not on PATH; generating the fixture needs it")
    _TEMP = tempfile.TemporaryDirectory()
    OUT = Path(_TEMP.name)
    result = subprocess.run(
        [node, "node_modules/tsx/dist/cli.mjs", "scripts/cli.ts", "--spec", str(FIXTURE), "--out", str(OUT), "--flavor", "python", "--no-lint", "--no-cache", "--quiet"],
        cwd=str(support.PROJECT_ROOT),
        capture_output=True,
        text=True,
        timeout=180,
    )
    if result.returncode != 0:
        raise RuntimeError(f"generating the fixture failed:\n{result.stdout}{result.stderr}")
    ec = support.import_generated(OUT / "python", "edge_cases_api")


def tearDownModule() -> None:
    global _TEMP
    for name in [name for name in sys.modules if name == "edge_cases_api" or name.startswith("edge_cases_api.")]:
        del sys.modules[name]
    if OUT is not None and str(OUT / "python") in sys.path:
        sys.path.remove(str(OUT / "python"))
    if _TEMP is not None:
        _TEMP.cleanup()
        _TEMP = None


class EdgeCasesTest(unittest.TestCase):
    def test_compiles_and_passes_mypy_strict(self) -> None:
        assert OUT is not None
        files = support.python_files(OUT / "python")
        with tempfile.TemporaryDirectory() as out:
            for index, path in enumerate(files):
                py_compile.compile(str(path), cfile=str(Path(out) / f"{index}.pyc"), doraise=True)
        code, output = support.run_mypy([OUT / "python" / "edge_cases_api"])
        self.assertEqual(output.strip(), "")
        self.assertEqual(code, 0)

    def test_recursive_schema_round_trips(self) -> None:
        tree = {
            "name": "root",
            "parent": None,
            "children": [
                {"name": "a", "children": [{"name": "a1", "children": []}]},
                {"name": "b", "parent": {"name": "root"}, "unknown": {"kept": True}},
            ],
        }
        node = ec.models.TreeNode.from_dict(tree)
        self.assertIsInstance(node.children[0].children[0], ec.models.TreeNode)
        self.assertIsInstance(node.children[1].parent, ec.models.TreeNode)
        self.assertIsNone(node.parent)
        self.assertEqual(node.children[1].additional_properties, {"unknown": {"kept": True}})
        self.assertEqual(node.to_dict(), tree)
        built = ec.models.TreeNode(name="x", children=[ec.models.TreeNode(name="y")])
        self.assertEqual(built.to_dict(), {"name": "x", "children": [{"name": "y"}]})

    def test_mutually_recursive_schemas_in_separate_modules(self) -> None:
        folder = {"name": "docs", "files": [{"path": "a.md", "folder": {"name": "docs", "files": []}}]}
        decoded = ec.models.Folder.from_dict(folder)
        self.assertIsInstance(decoded.files[0], ec.models.File)
        self.assertIsInstance(decoded.files[0].folder, ec.models.Folder)
        self.assertEqual(decoded.to_dict(), folder)

    def test_reserved_words_become_safe_names(self) -> None:
        node = ec.models.TreeNode.from_dict({"name": "n", "class": "c", "def": 1, "to_dict": True, "str": "s"})
        self.assertEqual((node.class_, node.def_, node.to_dict_, node.str_), ("c", 1, True, "s"))
        self.assertEqual(node.to_dict(), {"name": "n", "class": "c", "def": 1, "to_dict": True, "str": "s"})
        self.assertTrue(hasattr(ec.models, "List_"))
        self.assertEqual(ec.models.List_.from_dict({"value": "v"}).value, "v")

    def test_enums_and_aliases(self) -> None:
        kind = ec.models.Kind
        self.assertEqual([member.name for member in kind], ["A_B", "X", "VALUE_1ST", "CAMEL_CASE"])
        self.assertIs(kind("+x"), kind.X)
        self.assertEqual(ec.models.Priority(2), ec.models.Priority.VALUE_2)
        self.assertFalse(ec.models.Priority(9).is_known)
        node = ec.models.TreeNode.from_dict({"name": "n", "priority": 7, "kind": "new", "labels": {"a": "b"}})
        self.assertEqual(node.priority.value, 7)
        self.assertEqual(node.kind.value, "new")
        self.assertEqual(node.to_dict(), {"name": "n", "priority": 7, "kind": "new", "labels": {"a": "b"}})
        self.assertEqual(typing.get_args(ec.models.Labels), (str, str))

    def test_all_of_is_flattened(self) -> None:
        dog = ec.models.Dog.from_dict({"name": "Rex", "good": True})
        self.assertEqual((dog.name, dog.good), ("Rex", True))
        with self.assertRaises(ec.DecodeError):
            ec.models.Dog.from_dict({"name": "Rex"})

    def test_spec_text_cannot_escape_docstrings(self) -> None:
        module = importlib.import_module("edge_cases_api.api.trees_api")
        doc = module.TreesApi.put_tree.__doc__ or ""
        self.assertIn('Replace a tree """ and say "hi"', doc)
        self.assertIn('Backslash \\ and triple quotes """ must not end the docstring.', doc)
        self.assertIn('Trees of nodes """ with quotes.', module.TreesApi.__doc__ or "")

    def test_wire_names_and_text_responses(self) -> None:
        with support.RecordingServer() as server:
            server.reply(support.Reply(200, {"name": "t"}), support.Reply(200, "pong", headers={"Content-Type": "text/plain"}))
            client = ec.ApiClient(ec.Configuration(host=server.url, access_token="t0k"))
            tree = ec.TreesApi(client).put_tree("a/b", {"name": "t"}, class_="c", x_request_def=3, priority=[ec.models.Priority.VALUE_1, 3])
            self.assertEqual(tree, ec.models.TreeNode(name="t"))
            self.assertEqual(ec.DefaultApi(client).ping(), "pong")
            put, ping = server.requests
            self.assertEqual(put.method, "PUT")
            self.assertEqual(put.path, "/trees/a%2Fb?class=c&priority=1&priority=3")
            self.assertEqual(put.header("X-Request-Def"), "3")
            self.assertEqual(put.json(), {"name": "t"})
            self.assertIsNone(ping.header("Authorization"))
            self.assertEqual(ping.header("Accept"), "*/*")

    def test_model_examples_in_the_docs_run(self) -> None:
        assert OUT is not None
        examples = [(where, code) for where, code in support.extract_examples(OUT / "docs" / "python") if where.startswith("models/")]
        self.assertGreater(len(examples), 3)
        for where, code in examples:
            with self.subTest(where):
                result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(OUT / "python"), "PYTHONDONTWRITEBYTECODE": "1"}, timeout=60)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)


if __name__ == "__main__":
    unittest.main()
