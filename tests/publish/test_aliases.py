"""Short links for support agents: every alias in overrides/aliases.yml is a static redirect to an
existing page and heading id (read from the built files, then followed in Chromium), and the
agents page lists every alias of its language."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from tests.publish.hooks import load_hook
from tests.support.html import read_page

aliases_hook = load_hook("aliases")

ALIASES = aliases_hook.load()
REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')


def test_each_language_has_a_handful_of_aliases():
    for lang in ("vi", "en"):
        names = [a.name for a in ALIASES if a.lang == lang]
        assert len(names) >= 6, lang
    vi = {a.name for a in ALIASES if a.lang == "vi"}
    assert {"loi-10", "loi-100-instagram", "tat-chuyen-giao", "kiem-tra", "thu-muc-xong", "tin-nhan-cu"} <= vi


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a.path)
def test_alias_page_redirects_to_an_existing_page_and_anchor(site, base_url, alias):
    page = site / alias.path / "index.html"
    html = page.read_text(encoding="utf-8")
    facts = read_page(page)
    assert facts.lang == alias.lang
    target = REFRESH.search(html).group(1)
    assert "<script" not in html, "no script: the CSP forbids inline scripts"
    assert f'href="{target}"' in html, "a visible link to the same target"
    absolute = urljoin(base_url + alias.path, target)
    parts = urlsplit(absolute)
    assert absolute == base_url + aliases_hook.target_url(alias)
    destination = site / parts.path.lstrip("/") / "index.html"
    assert destination.is_file(), absolute
    assert read_page(destination).lang == alias.lang
    if alias.anchor:
        assert parts.fragment == alias.anchor
        assert alias.anchor in read_page(destination).ids
    canonical = [link["href"] for link in facts.head_links if link.get("rel") == "canonical"]
    assert canonical == [absolute.split("#")[0]]


@pytest.mark.browser
@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a.path)
def test_alias_leads_the_browser_to_the_section(page, base_url, alias):
    page.goto(base_url + alias.path)
    expected = base_url + aliases_hook.target_url(alias)
    page.wait_for_url(expected)
    assert page.locator("html").get_attribute("lang") == alias.lang
    if alias.anchor:
        assert page.locator(f"[id='{alias.anchor}']").count() == 1
        assert page.evaluate("location.hash") == f"#{alias.anchor}"


@pytest.mark.parametrize("lang, prefix", [("vi", ""), ("en", "en/")])
def test_agents_page_lists_every_alias_with_its_target(site, base_url, lang, prefix):
    page = site / prefix / "agents" / "index.html"
    links = read_page(page).links
    for alias in (a for a in ALIASES if a.lang == lang):
        assert base_url + alias.path in links, alias.path
        target = urljoin(base_url + prefix + "agents/", "")
        relative = [link for link in links if urljoin(target, link) == base_url + aliases_hook.target_url(alias)]
        assert relative, f"the agents page does not link to {aliases_hook.target_url(alias)}"


def test_an_alias_to_a_missing_anchor_stops_the_build(site, tmp_path):
    alias = aliases_hook.Alias("vi", "thu", "troubleshooting/error-10", "no-such-id", "x")
    missing_page = aliases_hook.Alias("en", "gone", "troubleshooting/gone", "", "x")
    found = aliases_hook.problems(site, [alias, missing_page])
    assert len(found) == 2 and "no-such-id" in found[0] and "gone" in found[1]


def test_alias_data_rejects_duplicates_and_bad_names(tmp_path):
    from mkdocs.exceptions import PluginError

    bad = tmp_path / "aliases.yml"
    bad.write_text("- {to: index.md, vi: Loi-10, en: x, when: {vi: a, en: b}}\n", encoding="utf-8")
    with pytest.raises(PluginError):
        aliases_hook.load(bad)
    bad.write_text("- {to: index.md, vi: a, en: b, when: {vi: a, en: b}}\n"
                   "- {to: faq.md, vi: a, en: c, when: {vi: a, en: b}}\n", encoding="utf-8")
    with pytest.raises(PluginError, match="twice"):
        aliases_hook.load(bad)
