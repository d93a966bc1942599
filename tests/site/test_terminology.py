"""One term per concept (tests/data/terms.yml), the same section headings, nav titles equal page titles."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from tests.support.build import ROOT
from tests.support.docs import DOCS, front_matter, headings, page_sources

TERMS = yaml.safe_load((Path(__file__).parents[1] / "data" / "terms.yml").read_text(encoding="utf-8"))
# Pages whose text comes from elsewhere: the checker's texts (generated from checker/ by
# overrides/hooks/generated_pages.py, and the checker page itself) and the short-link table
# (overrides/aliases.yml, by overrides/hooks/aliases.py). Their words follow terms.yml in a later
# step; a separate test keeps them visible until then.
CHECKER_TEXT_PAGES = {"checker", "checker-rules", "errors", "settings-schema", "agents"}
# Text in two different blocks must not join into one phrase ("… & Định tuyến" + "Hội thoại …").
BLOCK_TAGS = ("address|article|aside|blockquote|br|button|caption|dd|details|div|dl|dt|figcaption|figure|"
              "footer|h[1-6]|header|hr|label|li|nav|ol|option|p|pre|section|summary|table|td|th|title|tr|ul")
GLOSSARY = "glossary"
TROUBLESHOOTING_SECTIONS = ("symptom", "cause", "steps", "verify", "afterwards")


def _pattern(variant: str, match_case: bool) -> re.Pattern[str]:
    # Word boundaries only where the variant starts or ends with a letter ("rảnh" must not match
    # inside another word; '"Page Setup"' starts with a quote).
    start = r"(?<!\w)" if variant[:1].isalnum() else ""
    end = r"(?!\w)" if variant[-1:].isalnum() else ""
    return re.compile(start + re.escape(variant) + end, 0 if match_case else re.IGNORECASE)


RETIRED = [
    (entry["concept"], lang, variant, _pattern(variant, bool(entry.get("match_case"))))
    for entry in TERMS
    for lang in ("vi", "en")
    for variant in entry.get("retired", {}).get(lang, [])
]


def _page_name(site: Path, page: Path) -> tuple[str, str]:
    """(language, page name as in docs/ without suffix) of a built index.html."""
    parts = page.relative_to(site).parts
    lang = "en" if parts[:1] == ("en",) else "vi"
    rel = parts[1:] if lang == "en" else parts
    name = "/".join(rel[:-1]) or "index"
    if (DOCS / f"{name}/index.{lang}.md").is_file():
        name = f"{name}/index"
    return lang, name


def _visible_text(page: Path) -> str:
    source = page.read_text(encoding="utf-8")
    source = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", source, flags=re.S | re.I)
    source = re.sub(rf"</?(?:{BLOCK_TAGS})\b[^>]*>", " ¶ ", source, flags=re.I)
    text = html.unescape(re.sub(r"<[^>]+>", "", source))
    return re.sub(r"\s+", " ", text)


def _built_pages(site: Path) -> list[tuple[str, str, str]]:
    pages = []
    for page in sorted(site.rglob("index.html")):
        if "assets" in page.relative_to(site).parts:
            continue
        lang, name = _page_name(site, page)
        if name not in page_sources(lang):
            continue  # short-link redirect pages
        pages.append((lang, name, _visible_text(page)))
    return pages


def _retired_found(site: Path, checker_pages: bool) -> list[str]:
    found = []
    for lang, name, text in _built_pages(site):
        if name == GLOSSARY or (name in CHECKER_TEXT_PAGES) != checker_pages:
            continue
        for concept, variant_lang, variant, pattern in RETIRED:
            if variant_lang != lang:
                continue
            for match in pattern.finditer(text):
                context = text[max(0, match.start() - 40): match.end() + 40]
                found.append(f"{lang}/{name}: {concept}: {variant!r} in “…{context}…”")
    return found


def test_terms_file_is_well_formed():
    concepts = [entry["concept"] for entry in TERMS]
    assert len(concepts) == len(set(concepts)), "a concept is defined twice"
    for entry in TERMS:
        assert entry.get("vi") and entry.get("en"), f"{entry['concept']}: a chosen term is missing"
        for lang in ("vi", "en"):
            chosen = _pattern(entry[lang], bool(entry.get("match_case")))
            for variant in entry.get("retired", {}).get(lang, []):
                assert not chosen.fullmatch(variant), f"{entry['concept']}: {variant!r} is both chosen and retired"


@pytest.mark.parametrize("concept, lang, variant", [(c, lang, v) for c, lang, v, _ in RETIRED])
def test_the_pattern_finds_its_own_variant(concept, lang, variant):
    """Guards the matcher itself: every retired variant is found in a sentence that contains it."""
    entry = next(e for e in TERMS if e["concept"] == concept)
    assert _pattern(variant, bool(entry.get("match_case"))).search(f"Xem {variant} ở đây.")


def test_pages_use_only_the_chosen_terms(site):
    """Every page we write, in both languages, outside the glossary."""
    found = _retired_found(site, checker_pages=False)
    assert not found, f"{len(found)} retired variants:\n" + "\n".join(found[:60])


def test_checker_texts_use_only_the_chosen_terms(site):
    """The rule catalogue, the error reference, the settings page and the checker page hold the
    checker's texts; they fail here until checker/ takes its words from terms.yml."""
    found = _retired_found(site, checker_pages=True)
    assert not found, f"{len(found)} retired variants in the checker's texts:\n" + "\n".join(found[:80])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_glossary_lists_every_chosen_term_with_its_synonyms(site, lang):
    root = site if lang == "vi" else site / "en"
    text = _visible_text(root / GLOSSARY / "index.html").lower()
    missing = [f"{entry['concept']}: {word!r}" for entry in TERMS
               for word in [entry[lang], *entry.get("synonyms", [])] if word.lower() not in text]
    assert not missing, f"glossary ({lang}) lacks: {missing}"


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV and !!python/name tags need MkDocs to resolve."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _nav_leaves(items, found):
    for item in items:
        if isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    found.append((title, value))
                else:
                    _nav_leaves(value, found)
    return found


CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
NAV = _nav_leaves(CONFIG["nav"], [])
_I18N = next(plugin["i18n"] for plugin in CONFIG["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
TRANSLATIONS = next(lang["nav_translations"] for lang in _I18N["languages"] if lang["locale"] == "en")


@pytest.mark.parametrize("title, path", NAV, ids=[path for _, path in NAV])
def test_nav_title_equals_page_title(title, path):
    name = path[: -len(".md")]
    vi = front_matter(DOCS / f"{name}.vi.md")["title"]
    en = front_matter(DOCS / f"{name}.en.md")["title"]
    assert title == vi, f"nav says {title!r}, {name}.vi.md says {vi!r}"
    assert title in TRANSLATIONS, f"nav_translations has no English title for {title!r}"
    assert TRANSLATIONS[title] == en, f"nav_translations says {TRANSLATIONS[title]!r}, {name}.en.md says {en!r}"


def test_every_nav_translation_is_used():
    used = {title for title, _ in NAV} | {title for item in CONFIG["nav"] if isinstance(item, dict) for title in item}
    unused = sorted(set(TRANSLATIONS) - used)
    assert not unused, f"nav_translations for titles that are not in nav: {unused}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_same_kind_of_section_has_the_same_heading(lang):
    """symptom, cause, steps, verify, afterwards, sources: one heading text each, on every page."""
    texts: dict[str, set[str]] = {}
    for path in page_sources(lang).values():
        for level, text, hid in headings(path):
            if level == 2 and hid in (*TROUBLESHOOTING_SECTIONS, "sources"):
                texts.setdefault(hid, set()).add(re.sub(r"\s*\{[^}]*\}\s*$", "", text))
    differing = {hid: sorted(found) for hid, found in texts.items() if len(found) > 1}
    assert not differing, f"one kind of section, several headings ({lang}): {differing}"
    assert set(TROUBLESHOOTING_SECTIONS) <= set(texts), "troubleshooting sections are missing"
