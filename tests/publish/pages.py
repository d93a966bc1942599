"""The built site's pages, as the publishing tests visit them."""

from __future__ import annotations

from pathlib import Path

from tests.support.html import html_pages

LANGS = ("vi", "en")
ALIAS_MARK = "data-alias-redirect"


def is_redirect(path: Path) -> bool:
    return ALIAS_MARK in path.read_text(encoding="utf-8")[:400]


def content_pages(site: Path) -> list[str]:
    """Site-relative URLs of every rendered page (both languages), without 404s and alias redirects."""
    urls = []
    for path in html_pages(site):
        relative = path.relative_to(site).as_posix()
        if relative.endswith("404.html") or is_redirect(path):
            continue
        urls.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return urls


def language_of(url: str) -> str:
    return "en" if url.startswith("en/") else "vi"
