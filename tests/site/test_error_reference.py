"""The error code reference: every entry of the source register (sources/errors.yml) has a row on
the built /errors/ page in both languages, and every catalogue rule points at its register entry."""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path

import pytest
import yaml

from checker.rules import ERROR_RULES

REGISTER_FILE = Path(__file__).resolve().parents[2] / "sources" / "errors.yml"
REGISTER: dict = yaml.safe_load(REGISTER_FILE.read_text(encoding="utf-8"))


def test_register_entries_are_complete():
    assert len(REGISTER) >= 30
    for key, entry in REGISTER.items():
        assert entry["message"].strip() and entry["claim"].strip(), key
        assert entry["checked"] == datetime.date(2026, 12, 1), key
        assert entry["confidence"] in ("V", "V2", "U"), key
        if entry["confidence"] != "U":
            assert entry["source"].startswith("https://"), f"{key}: a V/V2 entry needs its source address"


def test_every_catalogue_rule_has_its_register_entry_and_agrees_with_it():
    used = set()
    for rule in ERROR_RULES:
        match = rule.error
        assert match is not None and match.source in REGISTER, f"{rule.id}: no register entry {match and match.source}"
        entry = REGISTER[match.source]
        used.add(match.source)
        assert (entry["code"], entry["subcode"], entry["message"]) == (match.code, match.subcode, match.message), rule.id
        assert match.reported_only == (entry["confidence"] == "U"), f"{rule.id}: [U] entries are written as reported"
    assert used == set(REGISTER), f"register entries no rule uses: {sorted(set(REGISTER) - used)}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_register_entry_has_a_row(site, lang):
    page = site / ("" if lang == "vi" else "en/") / "errors" / "index.html"
    source = page.read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', source))
    text = html.unescape(re.sub(r"<[^>]+>", " ", source))
    missing = [key for key, entry in REGISTER.items() if key not in ids or entry["message"][:30] not in text]
    assert not missing, missing
