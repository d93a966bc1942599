"""Every example gives the same JSON under the real Pyodide runtime (Node, offline) as under CPython."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from checker import browser

from .examples import ROOT, all_examples

SCRIPT = ROOT / "tests" / "pyodide" / "run_examples.mjs"
PYODIDE = ROOT / "node_modules" / "pyodide" / "pyodide.mjs"


def _require_runtime() -> str:
    node = shutil.which("node")
    missing = [what for what, ok in (("node", node), ("node_modules/pyodide (npm ci)", PYODIDE.is_file())) if not ok]
    if missing:
        message = "Pyodide parity test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)  # under CI a missing runtime is a failure, never a skip
        pytest.skip(message)
    return node


@pytest.fixture(scope="module")
def pyodide_results() -> dict:
    node = _require_runtime()
    run = subprocess.run([node, str(SCRIPT)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_pyodide_runs_python_3_14(pyodide_results):
    assert pyodide_results["python"].startswith("3.14")


def test_every_example_matches_cpython(pyodide_results):
    results = pyodide_results["results"]
    examples = all_examples()
    assert len(results) == 2 * len(examples)
    differences = []
    for example in examples:
        text = example.path.read_bytes().decode("utf-8", "replace")
        key = str(example.path.relative_to(ROOT))
        for lang in ("vi", "en"):
            expected = json.loads(browser.check(text, lang))
            got = json.loads(results[f"{key}|{lang}"])
            if got != expected:
                differences.append(f"{key} [{lang}]")
    assert not differences, differences
