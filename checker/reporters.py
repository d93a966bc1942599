"""Output formats by name: "json" (the contract) and "text" (for a terminal), per language."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from typing import Any

from .i18n import SHAPES, UI

WIDTH = 88


def report_json(report: dict[str, Any], lang: str) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)


def _ui(key: str, lang: str) -> str:
    return UI[key].text(lang)


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False) or [first or indent]


def report_text(report: dict[str, Any], lang: str, site_url: str = "") -> str:
    findings = report["findings"]
    counts = {sev: sum(1 for f in findings if f["severity"] == sev) for sev in ("error", "warning", "info")}
    lines = [
        f"{_ui('verdict', lang)}: {_ui('verdict_' + report['verdict'], lang)}"
        f" ({UI['counts'].text(lang).format(**counts)})",
        "",
    ]
    for finding in findings:
        head = f"[{_ui('sev_' + finding['severity'], lang)}] {finding['id']} {finding['name']}"
        lines.append(head)
        lines.extend(_wrap(finding["title"], "    ", "  "))
        lines.extend(_wrap(finding["explanation"], "  "))
        lines.append("  " + _ui("fix", lang))
        for number, step in enumerate(finding["fix"], 1):
            lines.extend(_wrap(step, "       ", f"    {number}. "))
        lines.append(f"  {_ui('doc', lang)}: {site_url}{finding['doc']}")
        if finding.get("reference"):
            lines.append(f"  {_ui('reference', lang)}: {site_url}{finding['reference']}")
        lines.append("")
    understood = report["understood"]
    lines.append(_ui("understood", lang) + ":")
    shapes = [SHAPES[s].text(lang) if s in SHAPES else s for s in understood["shapes"]]
    rows = [
        ("shapes", ", ".join(shapes)),
        ("channels", ", ".join(c.capitalize() for c in understood["channels"])),
        ("apps", ", ".join(_app(a) for a in understood["apps"])),
        ("bot", _app(understood["bot"]) if understood.get("bot") else ""),
        ("errors", ", ".join(_code(e) for e in understood["errors"])),
        ("requests", ", ".join(understood["requests"])),
    ]
    for key, value in rows:
        if value or key in ("shapes", "channels", "apps"):
            lines.extend(_wrap(f"{_ui(key, lang)}: {value or _ui('none', lang)}", "      ", "  - "))
    if report["notices"]:
        lines.append(_ui("notices", lang) + ":")
        for notice in report["notices"]:
            lines.extend(_wrap(notice, "      ", "  - "))
    return "\n".join(lines).rstrip() + "\n"


def _app(app: dict[str, Any]) -> str:
    if app.get("id") and app["id"] not in app["name"]:
        return f"{app['name']} ({app['id']})"
    return app["name"]


def _code(error: dict[str, Any]) -> str:
    code = "?" if error["code"] is None else f"#{error['code']}"
    return code if error["subcode"] is None else f"{code}/{error['subcode']}"


def input_error_text(error: dict[str, Any], lang: str) -> str:
    lines = [f"{_ui('input_error', lang)}: {error['message']}"]
    if error.get("excerpt"):
        lines.extend("  " + line for line in error["excerpt"].split("\n"))
    return "\n".join(lines) + "\n"


REPORTERS: dict[str, Callable[..., str]] = {"json": report_json, "text": report_text}
