"""Reads the Markdown sources: page pairs, front matter and explicit heading ids."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.support.build import ROOT

DOCS = ROOT / "docs"
LANGUAGES = ("vi", "en")
HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*$")
EXPLICIT_ID = re.compile(r"\{\s*#([A-Za-z0-9_-]+)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def page_sources(lang: str) -> dict[str, Path]:
    """Page name (path without language suffix) -> source file, for one language."""
    return {str(p.relative_to(DOCS))[: -len(f".{lang}.md")]: p for p in DOCS.rglob(f"*.{lang}.md")}


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    end = text.index("\n---", 4)
    return yaml.safe_load(text[4:end]) or {}


def headings(path: Path) -> list[tuple[int, str, str | None]]:
    """(level, text, explicit id or None) for every Markdown heading outside code fences."""
    found, in_fence = [], False
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        text = text[text.index("\n---", 4) + 4:]
    for line in text.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING.match(line)
        if match:
            explicit = EXPLICIT_ID.search(match.group(2))
            found.append((len(match.group(1)), match.group(2), explicit.group(1) if explicit else None))
    return found
