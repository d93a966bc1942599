"""Short links for support agents: every alias in overrides/aliases.yml is a static redirect to an
existing page and heading id (read from the built files, then followed in Chromium), and the
agents page lists every alias of its language."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

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


class _TableRows(HTMLParser):
    """The rows of the agents page's table, each a list of its cells' visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


@pytest.mark.parametrize("lang, prefix", [("vi", ""), ("en", "en/")])
def test_agents_page_shows_every_when_text_whole(site, base_url, lang, prefix):
    # Read with a YAML parser of its own, so a value cut by a `#` comment shows as a mismatch.
    entries = yaml.safe_load(aliases_hook.DATA.read_text(encoding="utf-8"))
    expected = {base_url + (prefix + entry[lang]) + "/": entry["when"][lang] for entry in entries}
    parser = _TableRows()
    parser.feed((site / prefix / "agents" / "index.html").read_text(encoding="utf-8"))
    shown = {row[0]: row[2] for row in parser.rows if len(row) == 3 and row[0].startswith(base_url)}
    assert shown == expected
    assert any("#10" in text for text in shown.values()), "the sentence that once lost its '#10' is whole"


def test_no_alias_value_holds_an_unquoted_comment_mark():
    unquoted = []
    for number, line in enumerate(aliases_hook.DATA.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("#") or ":" not in line:
            continue
        value = line.split(":", 1)[1].strip()
        if value and value[0] not in "'\"" and " #" in value:
            unquoted.append(f"line {number}: {line.strip()}")
    assert not unquoted, "quote these values, YAML reads ` #` as the start of a comment: " + "; ".join(unquoted)


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a.path)
def test_alias_page_carries_its_targets_preview(site, base_url, alias):
    target_path = site / aliases_hook.target_url(alias).partition("#")[0] / "index.html"
    target = {tag.get("property") or tag.get("name"): tag.get("content") for tag in read_page(target_path).meta}
    own = {tag.get("property") or tag.get("name"): tag.get("content") for tag in read_page(site / alias.path / "index.html").meta}
    for key in ("og:title", "og:description", "og:image", "og:image:width", "og:image:height", "og:image:alt",
                "og:locale", "og:site_name", "twitter:card", "twitter:title", "twitter:description", "twitter:image"):
        assert own.get(key) and own[key] == target.get(key), (key, own.get(key), target.get(key))
    assert own["description"] == target["description"]
    assert own["og:url"] == base_url + aliases_hook.target_url(alias).partition("#")[0]
