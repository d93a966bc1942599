"""The sources register (sources/claims.yml): every cited source is in it, every claim is credited where it is used."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.support.build import ROOT
from tests.support.docs import DOCS, LANGUAGES, headings, page_sources

REGISTER = yaml.safe_load((ROOT / "sources" / "claims.yml").read_text(encoding="utf-8"))
# The Graph error codes have their own register, written by another part of the project.
ERRORS_REGISTER = ROOT / "sources" / "errors.yml"
CHECKED = "2026-12-01"
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
# Words that present a claim as reported (or as unknown) rather than as documented.
REPORTING = {
    "vi": re.compile(r"\btheo\s+\[?[A-ZĐ]|cho biết|được báo cáo|phản ánh|không biết|chưa ghi|không ghi|chưa được ghi",
                     re.IGNORECASE),
    "en": re.compile(r"according to|report|do not know|don't know|does not document|doesn't document|not documented",
                     re.IGNORECASE),
}


def _section(text: str, anchor: str) -> str | None:
    """The Markdown of the section a `{ #anchor }` heading opens, up to the next heading of its level."""
    match = re.search(r"^(#{1,6}) [^\n]*\{\s*#" + re.escape(anchor) + r"\b[^}]*\}\s*$", text, re.M)
    if match is None:
        return None
    level = len(match.group(1))
    end = re.compile(r"^#{1," + str(level) + r"} ", re.M).search(text, match.end())
    return text[match.start(): end.start() if end else len(text)]


def _body(path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.index("\n---", 4) + 4:] if text.startswith("---\n") else text


def _cited_urls() -> dict[str, set[str]]:
    cited: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for name, path in page_sources(lang).items():
            sources = _section(_body(path), "sources") or ""
            for url in LINK.findall(sources):
                cited.setdefault(url, set()).add(f"{name}.{lang}")
    return cited


def _register_urls() -> set[str]:
    urls = {claim["source_url"] for claim in REGISTER}
    if ERRORS_REGISTER.is_file():
        urls |= set(re.findall(r"https?://[^\s'\"<>]+", ERRORS_REGISTER.read_text(encoding="utf-8")))
    return urls


def test_register_entries_are_complete():
    ids = [claim["id"] for claim in REGISTER]
    assert len(ids) == len(set(ids)), "a claim id is used twice"
    for claim in REGISTER:
        missing = [key for key in ("id", "claim", "source_url", "source", "checked", "confidence", "pages")
                   if not claim.get(key)]
        assert not missing, f"{claim.get('id')}: missing {missing}"
        assert claim["confidence"] in ("V", "V2", "U"), f"{claim['id']}: confidence {claim['confidence']!r}"
        assert str(claim["checked"]) == CHECKED, f"{claim['id']}: checked {claim['checked']}"
        assert claim["source_url"].startswith("https://"), f"{claim['id']}: {claim['source_url']}"


def test_every_cited_url_is_in_the_register():
    known = _register_urls()
    unknown = {url: sorted(pages) for url, pages in _cited_urls().items() if url not in known}
    assert not unknown, f"cited in a Sources section but not in sources/claims.yml: {unknown}"


CLAIM_PAGES = [(claim["id"], where) for claim in REGISTER for where in claim["pages"]]


@pytest.mark.parametrize("claim_id, where", CLAIM_PAGES, ids=[f"{c}@{w}" for c, w in CLAIM_PAGES])
def test_claim_is_stated_and_credited_where_the_register_says(claim_id, where):
    claim = next(c for c in REGISTER if c["id"] == claim_id)
    name, _, anchor = where.partition("#")
    for lang in LANGUAGES:
        path = DOCS / f"{name}.{lang}.md"
        assert path.is_file(), f"{claim_id}: {name}.{lang}.md does not exist"
        assert anchor in {hid for _, _, hid in headings(path)}, f"{claim_id}: {name}.{lang}.md has no #{anchor}"
        body = _body(path)
        assert claim["source_url"] in body, f"{claim_id}: {name}.{lang}.md does not cite {claim['source_url']}"
        if claim["confidence"] != "U":
            continue
        section = _section(body, anchor)
        assert REPORTING[lang].search(section), (
            f"{claim_id} is [U]: {name}.{lang}.md#{anchor} states it without reporting words")
        if claim.get("credit"):
            assert claim["credit"] in section, (
                f"{claim_id}: {name}.{lang}.md#{anchor} does not name its source {claim['credit']!r}")


def test_every_source_url_in_the_register_is_cited_somewhere():
    cited = _cited_urls()
    unused = [claim["id"] for claim in REGISTER if claim["source_url"] not in cited]
    assert not unused, f"register entries whose source no page cites in its Sources section: {unused}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reporting_pattern_recognises_reported_and_plain_sentences(lang):
    """Guards the check above: a reported sentence matches, a plain statement does not."""
    reported = {"vi": "Theo DooPage, không tắt được.", "en": "According to DooPage, it cannot be undone."}[lang]
    plain = {"vi": "Không tắt được tính năng này.", "en": "It cannot be undone."}[lang]
    assert REPORTING[lang].search(reported)
    assert not REPORTING[lang].search(plain)
