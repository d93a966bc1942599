"""The error code reference covers every code and subcode in the facts, in both languages."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

FACTS = Path(__file__).resolve().parents[3] / "shared" / "facts" / "meta-handover-and-routing.md"


def fact_rows() -> list[tuple[str, list[str]]]:
    """(first cell, row anchors it needs) for each row of the facts' error code table (section 7).

    A subcode's row is anchored by the subcode (`#2018300`) or by code and subcode
    (`#190-463`); a code without subcode by the code (`#551`).
    """
    text = FACTS.read_text(encoding="utf-8")
    section = text[text.index("## 7."): text.index("## 8.")]
    rows = []
    for line in section.splitlines():
        if line.startswith("|") and not line.startswith(("| Code", "|---")):
            first = line.split("|")[1].strip()
            code_part, _, subcode_part = first.partition("/")
            codes, subcodes = re.findall(r"\d+", code_part), re.findall(r"\d+", subcode_part)
            if subcodes:
                rows.append((first, [(sub, f"{codes[0]}-{sub}") for sub in subcodes]))
            else:
                rows.append((first, [(code, code) for code in codes]))
    return rows


def test_the_facts_table_was_read():
    assert len(fact_rows()) >= 20


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_code_in_the_facts_has_a_row(site, lang):
    page = site / ("" if lang == "vi" else "en/") / "errors" / "index.html"
    source = page.read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', source))
    text = html.unescape(re.sub(r"<[^>]+>", " ", source))
    missing = []
    for first, numbers in fact_rows():
        if not numbers:  # the code Meta never published: "Handover Protocol APIs disabled"
            if "Handover Protocol APIs disabled" not in text:
                missing.append(first)
            continue
        for short, long in numbers:
            if short not in ids and long not in ids:
                missing.append(f"{first}: no row #{short} or #{long}")
    assert not missing, "\n".join(missing)
