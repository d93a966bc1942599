"""Link previews: every page carries Open Graph and Twitter meta in its own language, with
absolute URLs and the language's 1200x630 PNG, which the build contains."""

from __future__ import annotations

import struct
from urllib.parse import urlsplit

import pytest

from tests.publish.pages import is_redirect, language_of
from tests.support.html import html_pages, read_page

LOCALE = {"vi": ("vi_VN", "en_US"), "en": ("en_US", "vi_VN")}


def _meta(facts) -> dict[str, str]:
    found = {}
    for tag in facts.meta:
        key = tag.get("property") or tag.get("name")
        if key:
            found[key] = tag.get("content", "")
    return found


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_every_page_has_link_preview_meta_in_its_language(site, base_url):
    checked = 0
    for path in html_pages(site):
        if is_redirect(path):
            continue
        relative = path.relative_to(site).as_posix()
        facts = read_page(path)
        lang = facts.lang
        assert lang == language_of(relative), relative
        meta = _meta(facts)
        title = facts.title
        assert meta["og:title"] and meta["og:title"] in title, relative
        assert len(meta["og:description"]) > 20, relative
        assert meta["twitter:title"] == meta["og:title"] and meta["twitter:description"] == meta["og:description"]
        assert meta["og:site_name"] in title
        assert (meta["og:locale"], meta["og:locale:alternate"]) == LOCALE[lang], relative
        assert meta["og:image"] == meta["twitter:image"] == f"{base_url}assets/images/social-{lang}.png"
        assert meta["twitter:card"] == "summary_large_image"
        assert meta["og:type"] in ("website", "article")
        image = site / urlsplit(meta["og:image"]).path.lstrip("/")
        assert image.is_file()
        assert (meta["og:image:width"], meta["og:image:height"]) == tuple(str(n) for n in _png_size(image))
        if not relative.endswith("404.html"):
            canonical = [link["href"] for link in facts.head_links if link.get("rel") == "canonical"]
            assert meta["og:url"] == canonical[0] == base_url + relative[: -len("index.html")], relative
        checked += 1
    assert checked > 40


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_preview_images_are_1200_by_630(site, lang):
    assert _png_size(site / "assets" / "images" / f"social-{lang}.png") == (1200, 630)


@pytest.mark.parametrize("path, lang, title, site_name", [
    ("troubleshooting/error-10/index.html", "vi", "Lỗi #10", "Trợ giúp Chuyển giao & Chuyển quyền trò chuyện"),
    ("en/troubleshooting/error-10/index.html", "en", "Error #10", "Handover & Conversation Routing Help"),
])
def test_preview_text_is_translated_and_escaped(site, path, lang, title, site_name):
    meta = _meta(read_page(site / path))
    assert meta["og:title"].startswith(title)
    assert meta["og:site_name"] == site_name
    assert '"(#10)' in meta["og:description"], "quotes in a description survive as text"
