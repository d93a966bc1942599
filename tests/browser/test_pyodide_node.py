"""The checker under the site's own Pyodide files in Node (no browser): with the trimmed standard
library the build ships, every example gives what CPython gives, and no code path imports a
standard module the trim dropped."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile

import pytest

from checker import browser
from tests.browser.conftest import LANGS, example_inputs
from tests.support.build import ROOT

SCRIPT = ROOT / "tests" / "browser" / "pyodide_node_check.mjs"
CHECKED_AT_MS, UTC_OFFSET_MINUTES = 1764586427000, 420  # as in the script


def _runtime_config(site) -> dict:
    html = (site / "en" / "checker" / "index.html").read_text(encoding="utf-8")
    tag = re.search(r"<script[^>]*data-checker-runtime[^>]*>", html, re.S).group(0)
    attrs = {name: double or single for name, double, single
             in re.findall(r"""data-([a-z-]+)=(?:"([^"]*)"|'([^']*)')""", tag)}
    return {"pyodide": attrs["pyodide"], "stdlib": attrs["stdlib"], "wheel": attrs["wheel"],
            "lockInfo": json.loads(attrs["lock-info"])}


def _run(site, inputs, tmp_path, full_stdlib: str = "") -> dict:
    node = shutil.which("node")
    assert node, "Node.js is missing: ./dev test installs the npm packages and needs node"
    data = tmp_path / "inputs.json"
    data.write_text(json.dumps(inputs), encoding="utf-8")
    args = [node, str(SCRIPT), str(site), json.dumps(_runtime_config(site)), str(data)]
    if full_stdlib:
        args.append(full_stdlib)
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def inputs():
    texts = []
    for path in example_inputs():
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        texts.extend([text, lang] for lang in LANGS)
    return texts


def test_trimmed_stdlib_gives_what_cpython_gives(site, inputs, tmp_path):
    result = _run(site, inputs, tmp_path)
    differ = [f"{text[:60]!r} [{lang}]" for (text, lang), answer in zip(inputs, result["answers"], strict=False)
              if json.loads(answer) != json.loads(browser.run(text, lang, CHECKED_AT_MS, UTC_OFFSET_MINUTES))]
    assert not differ, f"Pyodide and CPython differ on {len(differ)} inputs: {differ[:10]}"


def test_trim_keeps_every_module_the_full_stdlib_run_imports(site, inputs, tmp_path):
    full = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
    result = _run(site, inputs, tmp_path, str(full))
    config = _runtime_config(site)
    with zipfile.ZipFile(io.BytesIO((site / config["stdlib"]).read_bytes())) as trimmed:
        names = set(trimmed.namelist())
    missing = [name for name in result["modules"] if name not in names]
    assert not missing, f"the trimmed stdlib lacks modules the checker imports: {missing}"
