"""Reads what a built HTML page links to, loads and declares, with the standard library parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class PageFacts:
    lang: str | None = None
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)        # <a href>
    assets: list[tuple[str, str]] = field(default_factory=list)  # (tag, url) the browser loads
    head_links: list[dict[str, str]] = field(default_factory=list)
    meta: list[dict[str, str]] = field(default_factory=list)
    title: str = ""


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._in_head = False
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        facts = self.facts
        if tag == "html":
            facts.lang = a.get("lang")
        if tag == "head":
            self._in_head = True
        if tag == "title":
            self._in_title = True
        if "id" in a:
            facts.ids.add(a["id"])
        if tag == "a" and "name" in a:
            facts.ids.add(a["name"])
        if tag == "a" and "href" in a:
            facts.links.append(a["href"])
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and a.get("src"):
            facts.assets.append((tag, a["src"]))
        if tag == "link":
            if self._in_head:
                facts.head_links.append(a)
            rel = a.get("rel", "")
            if any(r in rel.split() for r in ("stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest", "preconnect", "dns-prefetch")):
                facts.assets.append(("link", a.get("href", "")))
        if tag == "meta":
            facts.meta.append(a)

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.facts.title += data


def read_page(path: Path) -> PageFacts:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.facts


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)
