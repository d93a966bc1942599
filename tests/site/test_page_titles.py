"""The checker's link texts are page titles: its table (checker/vocabulary.py) matches every
page's front-matter title, and covers every page a rule links to."""

from __future__ import annotations

import pytest

from checker.rules import RULES
from checker.vocabulary import PAGE_TITLES
from tests.support.docs import front_matter, page_sources


def _source_name(page: str) -> str:
    """"troubleshooting/error-10/" → "troubleshooting/error-10"; "" → "index"; a folder → its index."""
    name = page.rstrip("/") or "index"
    return name if name in page_sources("vi") else name + "/index"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", sorted(PAGE_TITLES))
def test_title_matches_the_front_matter(page, lang):
    source = page_sources(lang)[_source_name(page)]
    assert PAGE_TITLES[page].text(lang) == front_matter(source)["title"]


def test_every_linked_page_has_a_title():
    pages = {target.page for rule in RULES.values() for target in rule.docs.values()} | {"errors/"}
    assert pages <= set(PAGE_TITLES), sorted(pages - set(PAGE_TITLES))
