"""Output formats by name: "json" (the contract) and "text" (the report view laid out for a terminal)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import Any

from .view import View, view_of

WIDTH = 88


def report_json(report: dict[str, Any], lang: str) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False) or [first or indent]


def view_text(view: View, site_url: str = "") -> str:
    """The view, line by line: nothing here decides what a reader sees."""
    lines = [view["summary"], ""]
    for finding in view["findings"]:
        lines.extend(_wrap(f"[{finding['severity_label']}] {finding['title']} ({finding['id']})", "    ", ""))
        lines.extend(_wrap(finding["explanation"], "  "))
        lines.append("  " + finding["fix_label"])
        for number, step in enumerate(finding["fix"], 1):
            lines.extend(_wrap(step, "       ", f"    {number}. "))
        for link in finding["links"]:
            lines.append(f"  → {link['text']}: {site_url}{link['href']}")
        lines.append("")
    understood = view["understood"]
    if understood["rows"]:
        lines.append(understood["title"] + ":")
        for row in understood["rows"]:
            lines.extend(_wrap(f"{row['label']}: {row['value']}", "      ", "  - "))
    if view["excerpt"]:
        lines.extend("  " + line for line in view["excerpt"].split("\n"))
    notices = view["notices"]
    if notices["items"]:
        lines.append(notices["title"] + ":")
        for notice in notices["items"]:
            lines.extend(_wrap(notice, "      ", "  - "))
    return "\n".join(lines).rstrip() + "\n"


def report_text(report: dict[str, Any], lang: str, site_url: str = "") -> str:
    return view_text(view_of(report, lang), site_url)


REPORTERS: dict[str, Callable[..., str]] = {"json": report_json, "text": report_text}
