"""The report view: every word a reader sees, in the reader's language, as data.

The CLI's text reporter and the page's JavaScript only lay this out; neither computes a label,
a count, a code format or a link text (see the view contract in the README).
"""

from __future__ import annotations

from typing import Any

from .engine import Report, render_input_error
from .i18n import INPUT_GUIDANCE, SHAPES, UI
from .inputs import InputError
from .model import LANGS, SEVERITIES
from .rules import RULES
from .vocabulary import CHANNEL_NAMES, PAGE_TITLES

View = dict[str, Any]


def _ui(key: str, lang: str) -> str:
    return UI[key].text(lang)


def error_code(error: dict[str, Any]) -> str:
    """"#10/2018300", "#190", or "?" for a message without a code."""
    code = "?" if error["code"] is None else f"#{error['code']}"
    return code if error["subcode"] is None else f"{code}/{error['subcode']}"


def app_label(app: dict[str, Any]) -> str:
    if app.get("id") and app["id"] not in app["name"]:
        return f"{app['name']} ({app['id']})"
    return str(app["name"])


def page_title(href: str, lang: str) -> str:
    """The title of the page a site-relative link points to (its front-matter title)."""
    path = href.split("#", 1)[0]
    if lang != "vi" and path.startswith(lang + "/"):
        path = path[len(lang) + 1:]
    title = PAGE_TITLES.get(path)
    return title.text(lang) if title is not None else path


def error_row_name(rule_id: str, lang: str) -> str:
    """How a link names a row of the error reference: "mã 10, mã phụ 2018300", or Meta's message without a code."""
    match = RULES[rule_id].error if rule_id in RULES else None
    if match is None:
        return ""
    if match.code is None:
        return match.message
    key = "error_row" if match.subcode is None else "error_row_subcode"
    return UI[key].text(lang).format(code=match.code, subcode=match.subcode)


def _links(finding: dict[str, Any], lang: str) -> list[dict[str, str]]:
    """Each link's text is its page's title (the error row is named by its code), never a path or a heading id."""
    links = [{"href": finding["doc"], "text": page_title(finding["doc"], lang)}]
    if finding.get("reference"):
        row = error_row_name(finding["id"], lang)
        title = page_title(finding["reference"], lang)
        links.append({"href": finding["reference"], "text": f"{title}: {row}" if row else title})
    return links


def _understood_rows(understood: dict[str, Any], lang: str) -> list[dict[str, str]]:
    shapes = [SHAPES[s].text(lang) if s in SHAPES else s for s in understood["shapes"]]
    rows = [
        ("shapes", ", ".join(shapes)),
        ("channels", ", ".join(CHANNEL_NAMES.get(c, c) for c in understood["channels"])),
        ("apps", ", ".join(app_label(a) for a in understood["apps"])),
        ("bot", app_label(understood["bot"]) if understood.get("bot") else ""),
        ("errors", ", ".join(error_code(e) for e in understood["errors"])),
        ("requests", ", ".join(understood["requests"])),
    ]
    always = ("shapes", "channels", "apps")
    return [{"label": _ui(key, lang), "value": value or _ui("none", lang)}
            for key, value in rows if value or key in always]


def _summary(verdict: str, counts: dict[str, int], lang: str) -> str:
    return f"{_ui('verdict', lang)}: {_ui('verdict_' + verdict, lang)} ({UI['counts'].text(lang).format(**counts)})"


def report_view(report: Report, lang: str) -> View:
    """The view of a checked input, built from the JSON report (so both always agree)."""
    lang = lang if lang in LANGS else "vi"
    data = report.to_dict(lang)
    return view_of(data, lang)


def view_of(data: dict[str, Any], lang: str) -> View:
    findings = data["findings"]
    counts = {sev: sum(1 for f in findings if f["severity"] == sev) for sev in SEVERITIES}
    shown = [
        {
            "id": f["id"],
            "severity": f["severity"],
            "severity_label": _ui("sev_" + f["severity"], lang),
            "title": f["title"],  # shown first; the rule id follows it, small, for support agents
            "explanation": f["explanation"],
            "fix_label": _ui("fix", lang),
            "fix": list(f["fix"]),
            "links": _links(f, lang),
        }
        for f in findings
    ]
    understood = data["understood"]
    view: View = {
        "verdict": data["verdict"],
        "summary": _summary(data["verdict"], counts, lang),
        "findings": shown,
        "understood": {"title": _ui("understood", lang), "rows": _understood_rows(understood, lang)},
        "notices": {"title": _ui("notices", lang), "items": list(data["notices"])},
        "excerpt": None,
    }
    view["support_summary"] = _support_summary(view, understood, lang)
    return view


def _support_summary(view: View, understood: dict[str, Any], lang: str) -> str:
    """Plain text to paste into a support chat: verdict, findings, error codes, channel; no token."""
    lines = [view["summary"]]
    channels = ", ".join(CHANNEL_NAMES.get(c, c) for c in understood["channels"])
    if channels:
        lines.append(f"{_ui('channels', lang)}: {channels}")
    codes = ", ".join(error_code(e) for e in understood["errors"])
    if codes:
        lines.append(f"{_ui('errors', lang)}: {codes}")
    lines += [f"- [{f['severity_label']}] {f['title']} ({f['id']})" for f in view["findings"]]
    return "\n".join(lines)


def input_error_view(exc: InputError, lang: str) -> tuple[dict[str, Any], View]:
    """(the input_error data of the facade, its view) for input that cannot be checked."""
    lang = lang if lang in LANGS else "vi"
    error = render_input_error(exc, lang)
    error.pop("key")
    guidance = INPUT_GUIDANCE.get(exc.key)
    view: View = {
        "verdict": "input-error",
        "summary": error["message"],
        "findings": [],
        "understood": {"title": _ui("understood", lang), "rows": []},
        "notices": {"title": _ui("notices", lang), "items": [guidance.text(lang)] if guidance else []},
        "excerpt": error["excerpt"],
        "support_summary": f"{_ui('input_error', lang)}: {error['message']}",
    }
    return error, view
