"""Full snapshots of what readers see: the JSON report, the view and the text output, both languages.

Regenerate after an intended change with ``SNAPSHOT_UPDATE=1``, then read the diff before committing.
"""

from __future__ import annotations

import json
import os

import pytest

from checker import browser
from checker.reporters import view_text

from .examples import ROOT, example

SNAPSHOTS = ROOT / "tests" / "checker" / "snapshots"
INPUTS = [
    "errors/2018300.json", "errors/instagram-100-form.json", "errors/190-463.json", "errors/with-comments.txt",
    "errors/unknown-code.json", "errors/100-human-agent.json", "errors/log-line.txt",
    "settings/botcake-shows-app.json", "settings/botcake-shows-app-instagram.json",
    "settings/botcake-shows-botcake.json", "settings/botcake-shows-pancake.json",
    "settings/default-app-inbox-instagram.json", "settings/several-apps-no-default.json",
    "settings/symptoms.json", "settings/forgiving-keys.json", "settings/link-and-ad-route-other-app.json",
    "thread-owner/page-inbox-number.json", "webhooks/pass-to-inbox.json", "webhooks/app-roles.json",
    "subscriptions/missing-fields.json", "lists/error-and-owner.json", "lists/with-unrecognised-items.json",
    "tokens/token-in-url.txt", "bad/missing-comma.json", "bad/unrecognised-object.json",
]


def _snapshot(name: str, lang: str) -> tuple[str, str]:
    text = example(name).read_bytes().decode("utf-8", "replace")
    result = json.loads(browser.run(text, lang))
    return json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n", view_text(result["view"])


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", INPUTS)
def test_reader_sees_the_snapshot(name, lang):
    data, text = _snapshot(name, lang)
    slug = name.replace("/", "__").rsplit(".", 1)[0]
    json_file, text_file = SNAPSHOTS / f"{slug}.{lang}.json", SNAPSHOTS / f"{slug}.{lang}.txt"
    if os.environ.get("SNAPSHOT_UPDATE"):
        json_file.write_text(data, encoding="utf-8")
        text_file.write_text(text, encoding="utf-8")
    assert data == json_file.read_text(encoding="utf-8"), f"{json_file.name} differs (SNAPSHOT_UPDATE=1 to accept)"
    assert text == text_file.read_text(encoding="utf-8"), f"{text_file.name} differs"


def test_snapshots_cover_what_the_issue_asks():
    """Doc-link variants, the understood block, notices and multi-step fixes all appear somewhere."""
    views = [json.loads((SNAPSHOTS / f"{n.replace('/', '__').rsplit('.', 1)[0]}.en.json")
                        .read_text(encoding="utf-8"))["view"] for n in INPUTS]
    links = [link["href"] for v in views for f in v["findings"] for link in f["links"]]
    assert any("instagram" in href for href in links) and any("#step-" in href for href in links)
    assert any(v["notices"]["items"] for v in views)
    assert any(len(f["fix"]) >= 3 for v in views for f in v["findings"])
    assert all(v["understood"]["rows"] for v in views if v["verdict"] != "input-error")
    assert len(INPUTS) >= 20
