"""Fixtures for the checker page tests: its URL per language, a page that records every request
and console message, and the CLI's answers to compare with."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.build import ROOT

EXAMPLES = ROOT / "tests" / "examples"
PAGE_EXAMPLES = ROOT / "examples"  # the inputs the page's example buttons load (published)
LANGS = ("vi", "en")
READY = "[data-checker][data-state=ready]"
SETTLED = "[data-checker][data-state=ready], [data-checker][data-state=error]"


def example_inputs() -> list[Path]:
    """Every example input of the engine's tests and of the page, as the folders hold them when the tests run."""
    return sorted(p for folder in (EXAMPLES, PAGE_EXAMPLES) for p in folder.rglob("*")
                  if p.is_file() and not p.name.endswith((".expected.json", ".md")))


def checker_path(lang: str) -> str:
    return "checker/" if lang == "vi" else "en/checker/"


@pytest.fixture
def watched(page):
    """The shared `page`, with its requests (URL and body), console messages and dialogs recorded."""
    page.requests = []
    page.console = []
    page.dialogs = []
    page.context.on("request", lambda r: page.requests.append((r.url, r.post_data_buffer or b"")))
    page.on("console", lambda m: page.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.console.append(f"pageerror: {e}"))

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


def open_checker(page, base_url: str, lang: str, fragment: str = ""):
    page.goto(base_url + checker_path(lang) + fragment)
    page.wait_for_selector(SETTLED, timeout=90_000)
    state = page.get_attribute("[data-checker]", "data-state")
    assert state == "ready", page.text_content("[data-checker-status]")
    return page


def wait_result(page, box: str, previous: int) -> None:
    page.wait_for_selector(f"[data-checker-box={box}][data-checked]", timeout=30_000)
    page.wait_for_function(
        "([box, n]) => Number(document.querySelector(`[data-checker-box=${box}]`).dataset.checked) > n",
        arg=[box, previous], timeout=30_000)


def checked_count(page, box: str = "paste") -> int:
    value = page.get_attribute(f"[data-checker-box={box}]", "data-checked")
    return int(value) if value else 0


def cli(path: Path, lang: str) -> dict:
    """What `python -m checker --format json --lang LANG PATH` says: the report, or the input error."""
    done = subprocess.run([sys.executable, "-m", "checker", "--format", "json", "--lang", lang, str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    if done.returncode == 2:
        return {"ok": False, "output": done.stdout + done.stderr}
    assert done.returncode in (0, 1), done.stderr
    return {"ok": True, "report": json.loads(done.stdout)}
