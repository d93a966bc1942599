"""Every fact of the seed article is stated on the site, in both languages (tests/data/seed_facts.yml)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

FACTS = yaml.safe_load((Path(__file__).parents[1] / "data" / "seed_facts.yml").read_text(encoding="utf-8"))
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed"


def section_text(page: Path, anchor: str) -> str | None:
    """The text of the section a heading with this id opens, up to the next heading of its level."""
    source = page.read_text(encoding="utf-8")
    start = re.search(rf'<h([1-6])[^>]*\bid="{re.escape(anchor)}"', source)
    if start is None:
        return None
    level = int(start.group(1))
    end = re.compile(rf"<h[1-{level}][\s>]").search(source, start.end())
    chunk = source[start.start(): end.start() if end else len(source)]
    # Keep link targets: a section may state a fact as a link (Meta's help article, say).
    return html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r'href="([^"]*)"', r'> \1 <', chunk)))


@pytest.mark.parametrize("fact", FACTS, ids=[fact["id"] for fact in FACTS])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_seed_fact_is_stated(site, fact, lang):
    root = site if lang == "vi" else site / "en"
    for where in fact["where"]:
        path, _, anchor = where.partition("#")
        page = root / path / "index.html"
        assert page.is_file(), f"{fact['id']}: {lang}/{path} does not exist"
        text = section_text(page, anchor)
        assert text is not None, f"{fact['id']}: {lang}/{path} has no #{anchor}"
        assert len(text.split()) >= 15, f"{fact['id']}: {lang}/{where} is nearly empty"
    combined = " ".join(section_text(root / w.partition("#")[0] / "index.html", w.partition("#")[2]) for w in fact["where"]).lower()
    missing = [term for term in fact["terms"][lang] if term.lower() not in combined]
    assert not missing, f"{fact['id']} ({lang}): {missing} not mentioned in {fact['where']}"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?;:])\s+|\n+", text) if len(s.split()) >= 8]


def test_no_seed_sentence_is_copied(site):
    """Facts carry over, sentences do not: no run of 8 seed words appears on a Vietnamese page."""
    if not SEED.is_dir():
        # The seed is the product owner's copy, not part of the repository: without it this one
        # check cannot run, and says so (every other test runs without ../shared).
        pytest.skip(f"NOT RUN: no seed article at {SEED} (../shared/seed beside the repository)")
    seed_words = " ".join(p.read_text(encoding="utf-8") for p in SEED.glob("*.txt")).lower().split()
    # English runs in the seed are identifiers quoted from Meta (the error message): allowed.
    shingles = {" ".join(seed_words[i:i + 8]) for i in range(len(seed_words) - 7)}
    shingles = {shingle for shingle in shingles if not shingle.isascii()}
    copied = []
    for page in site.rglob("index.html"):
        if "en" in page.relative_to(site).parts[:1]:
            continue
        words = html.unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))).lower().split()
        for i in range(len(words) - 7):
            if " ".join(words[i:i + 8]) in shingles:
                copied.append(f"{page.relative_to(site)}: {' '.join(words[i:i + 8])}")
    assert not copied, "\n".join(sorted(set(copied))[:20])
