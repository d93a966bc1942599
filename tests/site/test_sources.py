"""The Markdown sources: every page in both languages, with the same explicit heading ids."""

from __future__ import annotations

import pytest

from tests.support.docs import DOCS, LANGUAGES, front_matter, headings, page_sources

VI, EN = page_sources("vi"), page_sources("en")
ALL_PAGES = sorted(set(VI) | set(EN))
# Pages whose content is generated or that are tools rather than articles.
NOT_ARTICLES = {"checker", "agents", "settings-schema"}


def test_there_are_pages():
    assert len(ALL_PAGES) >= 10


def test_no_page_without_language_suffix():
    bare = [str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md")
            if not p.name.endswith(tuple(f".{lang}.md" for lang in LANGUAGES))]
    assert not bare, f"pages must be named page.vi.md / page.en.md: {bare}"


@pytest.mark.parametrize("name", ALL_PAGES)
def test_page_exists_in_both_languages(name):
    missing = [lang for lang, pages in (("vi", VI), ("en", EN)) if name not in pages]
    assert not missing, f"{name} has no {missing} version"


@pytest.mark.parametrize("name", ALL_PAGES)
def test_every_subheading_has_an_explicit_id(name):
    for lang, pages in (("vi", VI), ("en", EN)):
        if name in pages:
            implicit = [text for level, text, hid in headings(pages[name]) if level >= 2 and hid is None]
            assert not implicit, f"{name}.{lang}.md: headings without {{ #id }}: {implicit}"


@pytest.mark.parametrize("name", sorted(set(VI) & set(EN)))
def test_heading_ids_are_the_same_in_both_languages(name):
    vi_ids = [hid for _, _, hid in headings(VI[name]) if hid]
    en_ids = [hid for _, _, hid in headings(EN[name]) if hid]
    assert len(vi_ids) == len(set(vi_ids)), f"{name}.vi.md repeats an id"
    assert sorted(vi_ids) == sorted(en_ids), (
        f"{name}: only in vi {sorted(set(vi_ids) - set(en_ids))}, only in en {sorted(set(en_ids) - set(vi_ids))}")


@pytest.mark.parametrize("name", sorted(set(VI) & set(EN)))
def test_front_matter_is_complete_and_translated(name):
    vi, en = front_matter(VI[name]), front_matter(EN[name])
    for lang, meta in (("vi", vi), ("en", en)):
        assert meta.get("title"), f"{name}.{lang}.md has no title"
        assert meta.get("description"), f"{name}.{lang}.md has no description"
        assert meta.get("last_checked"), f"{name}.{lang}.md has no last_checked date"
    assert vi["title"] != en["title"] or name == "index", f"{name}: the English title is not translated"
    assert vi["last_checked"] == en["last_checked"], f"{name}: the two languages were checked on different dates"


@pytest.mark.parametrize("name", sorted(set(VI) - NOT_ARTICLES))
def test_article_cites_its_sources(name):
    for pages in (VI, EN):
        if name in pages:
            ids = {hid for _, _, hid in headings(pages[name])}
            assert "sources" in ids, f"{pages[name].name} has no '{{ #sources }}' section"
