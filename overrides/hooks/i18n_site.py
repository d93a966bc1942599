"""Bilingual site fixes on top of mkdocs-static-i18n: per-language 404 pages and search indexes.

The i18n plugin builds the default language (vi) to the site root, then every other
language (en) into `/en/` from inside its own `on_post_build`. This hook waits for that
outer build to finish (priority below the plugin's -100) and then:

* writes `/404.html` in Vietnamese and `/en/404.html` in English (the plugin leaves one
  `404.html`, from whichever language was built last);
* splits the merged search index into one index per language, and adds to every entry
  its title and text folded to plain ASCII (`chuyển` -> `chuyen`, `đ` -> `d`) in fields
  weighted like the originals, so readers find Vietnamese pages whether or not they type
  diacritics (the words are split on punctuation by the `separator` in mkdocs.yml);
* points English pages at the English index (Material looks for the index under the
  `base` of its `__config`), and names Material's search dialog for screen readers.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path

from mkdocs.plugins import event_priority
from site_pages import DEFAULT_LANGUAGE, is_inner_build, page_language, split_language

# Interface strings that Material does not translate, per language.
SEARCH_DIALOG_LABEL = {"vi": "Tìm kiếm", "en": "Search"}

_rendered_404: dict[str, str] = {}

_WORD = re.compile(r"\w+", re.UNICODE)
_MARKUP = re.compile(r"<[^>]+>|&[a-z]+;")
# lunr-languages' Vietnamese stop words (lunr.vi.min.js), dropped from the index by its pipeline.
_STOP_WORDS = {"là", "cái", "nhưng", "mà"}
# The folded copy of each field, weighted like the field it copies (Material's defaults: the
# title 1,000 times the text), so a query typed without diacritics ranks pages as the same
# query with diacritics would.
FOLDED_FIELDS = {"title": "title_ascii", "text": "text_ascii"}
_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog"'


def fold(text: str) -> str:
    """Vietnamese (and any Latin) text without diacritics, lower case: `Định tuyến` -> `dinh tuyen`."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()


def folded_words(text: str) -> str:
    """The words of `text` (markup left out) whose folded form differs from the word, folded, in order.

    Each occurrence is kept, so a folded word weighs as often as the original occurs; words
    that fold to themselves are left out, because the original field already holds them (a
    query without diacritics matches every word of a page exactly once). Vietnamese stop words
    are left out as the search pipeline leaves out their originals.
    """
    words = []
    for word in _WORD.findall(_MARKUP.sub(" ", text)):
        lowered = word.lower()
        folded = fold(lowered)
        if folded != lowered and lowered not in _STOP_WORDS:
            words.append(folded)
    return " ".join(words)


def _build_language(config) -> str:
    """The language this (outer or inner) build renders: the 404 page is rendered once per build."""
    return config.theme["language"] or DEFAULT_LANGUAGE


def _i18n(config):
    return config.plugins.get("i18n")


# --- 404 pages ---------------------------------------------------------------


def on_pre_template(template, template_name, config):
    if template_name == "404.html":
        # The switcher on a 404 page leads to the other language's home, not to the
        # alternate of whichever page happened to be rendered last.
        plugin = _i18n(config)
        if plugin is not None and plugin.extra_alternate:
            # The plugin assigns the attribute (which shadows the mapping key), so do the same.
            config.extra.alternate = copy.deepcopy(plugin.extra_alternate)
    return template


def on_post_template(output, template_name, config):
    if template_name == "404.html":
        lang = _build_language(config)
        output = _point_search_at_language(output, lang, config)
        output = _label_search_dialog(output, lang)
        _rendered_404[lang] = output
    return output


# --- every page ----------------------------------------------------------------


def on_post_page(output, page, config):
    lang = page_language(page)
    output = _point_search_at_language(output, lang, config)
    return _label_search_dialog(output, lang)


def _point_search_at_language(html: str, lang: str, config) -> str:
    if lang == DEFAULT_LANGUAGE:
        return html

    def rewrite(match: re.Match) -> str:
        app = json.loads(match.group(2))
        # Material resolves `base` against the page URL; it must end with a slash.
        app["base"] = app["base"].rstrip("/") + f"/{lang}/"
        return match.group(1) + json.dumps(app, ensure_ascii=False) + match.group(3)

    return _CONFIG_SCRIPT.sub(rewrite, html, count=1)


def _label_search_dialog(html: str, lang: str) -> str:
    label = SEARCH_DIALOG_LABEL.get(lang, SEARCH_DIALOG_LABEL[DEFAULT_LANGUAGE])
    return html.replace(_SEARCH_DIALOG, f'{_SEARCH_DIALOG} aria-label="{label}"', 1)


# --- after every language is built ---------------------------------------------


@event_priority(-200)
def on_post_build(config):
    if is_inner_build(config):
        return  # the outer build finishes the job
    site = Path(config.site_dir)
    _write_404_pages(site)
    _split_search_index(site)


def _write_404_pages(site: Path) -> None:
    for lang, html in _rendered_404.items():
        target = site / "404.html" if lang == DEFAULT_LANGUAGE else site / lang / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


def _split_search_index(site: Path) -> None:
    merged_path = site / "search" / "search_index.json"
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    per_language: dict[str, list[dict]] = {}
    for doc in merged["docs"]:
        lang, location = split_language(doc["location"])
        entry = dict(doc, location=location)
        for field, folded_field in FOLDED_FIELDS.items():
            folded = folded_words(doc.get(field, ""))
            if folded:
                entry[folded_field] = folded
        per_language.setdefault(lang, []).append(entry)

    for lang, docs in per_language.items():
        index_config = copy.deepcopy(merged["config"])
        index_config["lang"] = [lang]
        fields = index_config.setdefault("fields", {"title": {"boost": 1000.0}, "text": {"boost": 1.0}})
        for field, folded_field in FOLDED_FIELDS.items():
            fields[folded_field] = dict(fields[field])
        target = merged_path if lang == DEFAULT_LANGUAGE else site / lang / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps({"config": index_config, "docs": docs}, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8",
        )
