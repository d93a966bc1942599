"""The settings snapshot's command: one string (checker/snapshot_request.py), shown on the checker
page in both languages and in `handover-check --help`, byte for byte."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys

import pytest

from checker.snapshot_request import OPERATIONS, batch_body, curl_command
from tests.support.build import ROOT

LANGS = ("vi", "en")


def _section(site, lang: str) -> str:
    page = (site if lang == "vi" else site / "en") / "checker" / "index.html"
    source = page.read_text(encoding="utf-8")
    start = source.index('<h2 id="settings-snapshot"')
    end = source.index("<h2 ", start + 1)
    return source[start:end]


def _code_blocks(section: str) -> list[str]:
    """The text of every code block in the section, as a reader copies it."""
    blocks = re.findall(r"<pre[^>]*>(.*?)</pre>", section, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", block)).rstrip("\n") for block in blocks]


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_shows_the_one_curl_command_and_its_batch_body(site, lang):
    blocks = _code_blocks(_section(site, lang))
    assert blocks == [curl_command(), batch_body()]


@pytest.mark.parametrize("lang", LANGS)
def test_the_section_says_where_the_token_goes_and_what_needs_an_app_token(site, lang):
    text = html.unescape(re.sub(r"<[^>]+>", " ", _section(site, lang)))
    words = {
        "vi": ["chỉ gửi mã tới Meta", "APP_ID|APP_SECRET", "Đừng dán khóa bí mật", "pages_manage_metadata",
               "chưa xác nhận được"],
        "en": ["sends it only to Meta", "APP_ID|APP_SECRET", "Never paste your app secret", "pages_manage_metadata",
               "could not confirm"],
    }[lang]
    missing = [word for word in words if word not in text]
    assert not missing, missing


def test_help_prints_the_same_command():
    done = subprocess.run([sys.executable, "-m", "checker", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    assert curl_command() in done.stdout
    assert "app secret" in done.stdout and "graph.facebook.com" in done.stdout


def test_the_command_carries_the_batch_the_explorer_gets_and_no_token():
    command = curl_command()
    batch = re.search(r"-F 'batch=(.*?)'", command).group(1)
    assert json.loads(batch) == json.loads(batch_body())
    assert [item["relative_url"] for item in json.loads(batch)] == list(OPERATIONS)
    assert "include_headers=false" in command and '"access_token=$PAGE_TOKEN"' in command
    assert not re.search(r"EAA[A-Za-z0-9]", command)
