"""Generated pages (overrides/hooks/generated_pages.py and its template): both languages, same anchors,
every placeholder filled, and the MkDocs hook's checks."""

from __future__ import annotations

import importlib.util
import re
import sys
from types import SimpleNamespace

import pytest

from checker.rules import ERROR_RULES as ENTRIES
from checker.rules import RULES

from .examples import ROOT

HOOKS = ROOT / "overrides" / "hooks"

ANCHOR = re.compile(r"\{ #([a-z0-9-]+) \}")
# The error-row anchors promised to the /errors/ page in the page plan.
PLANNED_ERROR_ANCHORS = {
    "2018300", "2534037", "2018278", "2534022", "2018065", "2018108", "2018336", "1893063", "200",
    "2018028", "2018027", "200-1545041", "2534041", "551", "551-1545041", "190", "190-458",
    "190-459", "190-460", "190-463", "190-464", "190-467", "190-492", "2022", "2018171",
    "2018234", "2018321", "613", "2534040", "4", "27", "hop-apis-disabled", "100-human-agent", "2018001",
}


def _hook():
    """A fresh copy of the hook (its per-build state empty)."""
    spec = importlib.util.spec_from_file_location("generated_pages", HOOKS / "generated_pages.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HOOKS))  # the hook imports its sibling site_pages.py, as under MkDocs
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(HOOKS))
    return module


docs = _hook()


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", sorted(docs.GENERATORS))
def test_generated_pages_fill_every_placeholder(name, lang):
    text = docs.GENERATORS[name](lang)
    assert not re.findall(r"\{[a-z_]+\}", text.replace("{ #", "")), "a rule text placeholder has no sample"


# Commands, not prose: the settings snapshot's curl command and batch body are one string in
# both languages (the pages around them are written per language).
SAME_IN_BOTH_LANGUAGES = {"snapshot-curl", "snapshot-batch"}


@pytest.mark.parametrize("name", sorted(docs.GENERATORS))
def test_generated_pages_have_the_same_anchors_in_both_languages(name):
    vi, en = (docs.GENERATORS[name](lang) for lang in ("vi", "en"))
    assert ANCHOR.findall(vi) == ANCHOR.findall(en)
    assert (vi == en) if name in SAME_IN_BOTH_LANGUAGES else (vi != en)


def test_error_table_has_exactly_the_planned_row_anchors():
    anchors = ANCHOR.findall(docs.error_table("vi"))
    assert sorted(anchors) == sorted(PLANNED_ERROR_ANCHORS)
    assert len({e.id for e in ENTRIES}) == len(ENTRIES)


def test_rule_catalogue_lists_every_rule():
    anchors = set(ANCHOR.findall(docs.rule_catalogue("en")))
    assert anchors == {rule_id.lower() for rule_id in RULES}


def test_rule_codes_and_names_are_well_formed():
    names = [rule.name for rule in RULES.values()]
    assert len(set(names)) == len(names)
    for rule in RULES.values():
        assert re.fullmatch(r"HC\d{3}", rule.id)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)


def _page(src_uri: str, url: str, locale: str | None = None):
    return SimpleNamespace(file=SimpleNamespace(src_uri=src_uri, locale=locale), url=url, toc=[])


def test_hook_replaces_markers_in_the_page_language():
    hook = _hook()
    md = "# T\n\n<!-- generated: rule-catalogue -->\n"
    vi = hook.on_page_markdown(md, _page("checker-rules.vi.md", "checker-rules/", "vi"), None, None)
    en = hook.on_page_markdown(md, _page("checker-rules.en.md", "en/checker-rules/"), None, None)
    assert "Mức độ" in vi and "Severity" in en and "generated:" not in vi + en


def test_hook_rejects_an_unknown_marker():
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="unknown marker"):
        _hook().on_page_markdown("<!-- generated: nonsense -->\n", _page("x.vi.md", "x/"), None, None)


def _config(site_dir):
    return SimpleNamespace(site_dir=str(site_dir), plugins={})


def test_hook_fails_on_a_missing_anchor_and_copies_schema_when_complete(tmp_path):
    from mkdocs.exceptions import PluginError

    hook = _hook()
    targets = docs.doc_targets()
    for lang in ("vi", "en"):
        for target in targets:
            hook._anchors[lang].setdefault(target.page, set()).add(target.anchor)
    some = next(iter(targets))
    hook._anchors["en"][some.page].discard(some.anchor)
    with pytest.raises(PluginError, match=re.escape(f"{some.page}#{some.anchor}")):
        hook.on_post_build(_config(tmp_path))
    hook._anchors["en"][some.page].add(some.anchor)
    hook.on_post_build(_config(tmp_path))
    assert (tmp_path / "schema" / "settings.schema.json").is_file()
    assert sorted(p.name for p in (tmp_path / "schema" / "examples").iterdir()) == sorted(
        p.name for p in docs.EXAMPLES_DIR.glob("*.json"))
