"""The built site: strict build, per-language pages, 404s, sitemap, search indexes, links, assets."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.publish.hooks import load_hook
from tests.support.build import ROOT
from tests.support.docs import page_sources
from tests.support.html import html_pages, read_page


def test_strict_build_is_clean(site_build):
    assert site_build.returncode == 0
    assert not site_build.warnings, "\n".join(site_build.warnings)


def _url_of(name: str) -> str:
    if name == "index":
        return ""
    if name.endswith("/index"):
        return name[: -len("index")]
    return name + "/"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_is_built_with_its_language(site, lang):
    prefix = "" if lang == "vi" else "en/"
    for name in page_sources(lang):
        path = site / prefix / _url_of(name) / "index.html"
        assert path.is_file(), f"{name} ({lang}) was not built at {path}"
        assert read_page(path).lang == lang, f"{path} does not declare lang={lang}"


def test_vietnamese_is_at_the_root_and_there_is_no_vi_folder(site):
    assert (site / "index.html").is_file()
    assert not (site / "vi").exists()


@pytest.mark.parametrize("path, lang, heading", [
    ("404.html", "vi", "Không tìm thấy trang"),
    ("en/404.html", "en", "Page not found"),
])
def test_each_language_has_its_own_404_page(site, path, lang, heading):
    page = site / path
    facts = read_page(page)
    assert facts.lang == lang
    assert heading in page.read_text(encoding="utf-8")


def test_sitemap_has_hreflang_alternates_with_absolute_urls(site, base_url):
    tree = ET.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = tree.findall("s:url", ns)
    assert len(urls) >= 2 * len(page_sources("vi"))
    for url in urls:
        loc = url.find("s:loc", ns).text
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        assert set(alternates) >= {"vi", "en"}, f"{loc} lacks hreflang alternates"
        for href in alternates.values():
            assert href.startswith(base_url), f"{href} is not absolute"


def test_no_head_link_points_at_a_missing_url(site):
    """Per-page hreflang links in <head> make Material fetch `<link>/sitemap.xml`, which 404s."""
    for page in html_pages(site):
        for link in read_page(page).head_links:
            assert link.get("rel") != "alternate" or "hreflang" not in link, f"{page}: {link}"


def _index(site: Path, lang: str) -> dict:
    path = site / ("" if lang == "vi" else "en/") / "search" / "search_index.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_one_search_index_per_language(site):
    vi, en = _index(site, "vi"), _index(site, "en")
    assert vi["config"]["lang"] == ["vi"] and en["config"]["lang"] == ["en"]
    assert not [d["location"] for d in vi["docs"] if d["location"].startswith("en/")]
    vi_pages = {d["location"].split("#")[0] for d in vi["docs"]}
    en_pages = {d["location"].split("#")[0] for d in en["docs"]}
    assert vi_pages == en_pages, "both indexes hold the same pages, each in its own language"


def test_search_index_folds_vietnamese_diacritics(site):
    vi = _index(site, "vi")
    fields = vi["config"]["fields"]
    assert fields["title_ascii"] == fields["title"] and fields["text_ascii"] == fields["text"], \
        "a folded field weighs what its original weighs"
    folded = " ".join(d.get("text_ascii", "") for d in vi["docs"]).split()
    for word in ("chuyen", "huong", "dan", "dinh", "tuyen", "thuc"):
        assert word in folded, f"'{word}' is not searchable without diacritics"
    page = next(d for d in vi["docs"] if d["location"] == "troubleshooting/done-folder/")
    assert "thu muc" in page["title_ascii"] and "Xong" not in page["title_ascii"], \
        "the folded title holds the folded words only (Xong is already plain)"


def test_search_splits_words_on_punctuation(site):
    """`"Xong"`, `(#10)` and `lỗi:` are the words Xong, 10 and lỗi, in the pages and in the query."""
    separator = re.compile(_index(site, "vi")["config"]["separator"])
    for text, words in (('thư mục "Xong".', ["thư", "mục", "Xong"]), ("(#10) lỗi: x/y", ["10", "lỗi", "x", "y"]),
                        ("“Hộp thư” – Meta…", ["Hộp", "thư", "Meta"]), ("phiên bản 2.0", ["phiên", "bản", "2.0"])):
        assert [w for w in separator.split(text) if w] == words, text
    assert _index(site, "en")["config"]["separator"] == separator.pattern


@pytest.mark.parametrize("path, url, base", [
    ("en/handover/index.html", "http://x/en/handover/", "http://x/en/"),
    ("en/index.html", "http://x/en/", "http://x/en/"),
    ("en/404.html", "http://x/en/a/b/c", "http://x/en/"),
    ("handover/index.html", "http://x/handover/", "http://x/"),
    ("404.html", "http://x/a/b/c", "http://x/"),
])
def test_each_page_reads_its_own_language_index(site, path, url, base):
    """Material fetches `search/search_index.json` relative to the `base` of its `__config`."""
    html = (site / path).read_text(encoding="utf-8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))
    assert urljoin(url, config["base"]) == base


def _local_target(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "javascript:")):
        return None
    base = "/" + str(page.relative_to(site).as_posix())
    resolved = urlsplit(urljoin(base, href))
    path = unquote(resolved.path)
    target = site / path.lstrip("/")
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(resolved.fragment)


def test_every_internal_link_and_anchor_resolves(site):
    broken, ids_cache = [], {}
    for page in html_pages(site):
        facts = read_page(page)
        for href in facts.links + [url for _, url in facts.assets]:
            resolved = _local_target(site, page, href)
            if resolved is None:
                continue
            target, fragment = resolved
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {href} (missing file)")
                continue
            if fragment and target.suffix == ".html":
                ids = ids_cache.setdefault(target, read_page(target).ids)
                if fragment not in ids:
                    broken.append(f"{page.relative_to(site)} -> {href} (missing #{fragment})")
    assert not broken, "\n".join(broken[:50])


def test_no_asset_comes_from_another_host(site):
    foreign = []
    for page in html_pages(site):
        for tag, url in read_page(page).assets:
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                foreign.append(f"{page.relative_to(site)}: <{tag}> {url}")
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", css.read_text(encoding="utf-8")):
            foreign.append(f"{css.relative_to(site)}: url({url})")
        if re.search(r"@import\s+(url\()?['\"]?(https?:)?//", css.read_text(encoding="utf-8")):
            foreign.append(f"{css.relative_to(site)}: @import from another host")
    assert not foreign, "\n".join(foreign)


def test_the_font_is_one_file_per_weight_covering_every_character_of_the_pages(site):
    from fontTools.ttLib import TTFont

    fonts = load_hook("fonts")
    css = (site / "assets" / "fonts" / "be-vietnam-pro.css").read_text(encoding="utf-8")
    files = re.findall(r"url\(([^)]+\.woff2)\)", css)
    assert len(files) == len(fonts.WEIGHTS) == 2, "one file per weight, no per-script subsets"
    assert "unicode-range" not in css
    assert sorted(p.name for p in (site / "assets" / "fonts").glob("*.woff2")) == sorted(files), "no stale font file"
    # What the pages show (tags dropped), Vietnamese in both cases with every tone, and ASCII.
    shown = set()
    for page in site.rglob("*.html"):
        shown.update(html.unescape(re.sub(r"<[^>]*>", " ", page.read_text(encoding="utf-8"))))
    needed = {c for c in shown if c.isprintable() and not c.isspace()} | set(fonts.ALWAYS) - {" ", "\u00a0"}
    assert {"Đ", "ỹ", "Ặ", "ư", "ợ"} <= needed
    drawable = set()  # what the font's designer drew: the package's subsets together
    for subset in fonts.SOURCE_SUBSETS:
        drawable.update(TTFont(ROOT / fonts.PACKAGE / "files" / f"be-vietnam-pro-{subset}-400-normal.woff2").getBestCmap())
    for name in files:
        cmap = TTFont(site / "assets" / "fonts" / name).getBestCmap()
        missing = sorted(c for c in needed if ord(c) in drawable and ord(c) not in cmap)
        assert not missing, f"{name} lacks {missing}"
        assert {ord(c) for c in "Định tuyến hội thoại Xong"} <= set(cmap)
    for page in site.rglob("*.html"):
        assert "be-vietnam-pro-400.woff2" not in page.read_text(encoding="utf-8"), f"{page}: placeholder left"


@pytest.mark.parametrize("lang, name, text", [
    ("vi", "Trợ giúp Chuyển giao & Chuyển quyền trò chuyện", "Tìm kiếm"),
    ("en", "Handover & Conversation Routing Help", "Search"),
])
def test_interface_is_translated(site, lang, name, text):
    html = (site / ("" if lang == "vi" else "en/") / "index.html").read_text(encoding="utf-8")
    assert name in html
    assert f'placeholder="{text}"' in html
    assert f'aria-label="{text}"' in html, "the search dialog is named for screen readers"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_home_and_every_troubleshooting_page_lead_to_the_checker(site, lang):
    root = site if lang == "vi" else site / "en"
    pages = [root / "index.html", *sorted((root / "troubleshooting").rglob("index.html"))]
    assert len(pages) >= 12
    for page in pages:
        targets = {urlsplit(urljoin("/" + page.relative_to(site).as_posix(), href)).path for href in read_page(page).links}
        assert ("/checker/" if lang == "vi" else "/en/checker/") in targets, f"{page.relative_to(site)} has no link to the checker"
