"""Markdown for the generated pages: error table, rule catalogue and settings schema, per language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .engine import check_text, fmt
from .model import LANGS, DocTarget, T
from .rules import ERROR_RULES, RULES
from .vocabulary import HANDOVER_PATH, ROUTING_PATH, TAKE_CONTROL_PATH

SCHEMA_DIR = Path(__file__).with_name("schema")
SCHEMA_FILE = SCHEMA_DIR / "settings.schema.json"
EXAMPLES_DIR = SCHEMA_DIR / "examples"

_L = {
    "severity": T("Mức độ", "Severity"),
    "error": T("lỗi", "error"),
    "warning": T("cảnh báo", "warning"),
    "info": T("ghi chú", "note"),
    "code": T("Mã", "Code"),
    "rule": T("Quy tắc", "Rule"),
    "title": T("Ý nghĩa", "Meaning"),
    "message": T("Thông báo Meta trả về", "Message returned by Meta"),
    "meaning": T("Nguyên nhân", "Cause"),
    "fix": T("Cách sửa", "How to fix"),
    "guide": T("Hướng dẫn chi tiết", "Step-by-step guide"),
    "row": T("Chi tiết", "Details"),
    "reported": T(
        "Theo phản ánh của người dùng, chưa có trong tài liệu của Meta.",
        "Reported by users, not documented by Meta.",
    ),
    "field": T("Trường", "Field"),
    "type": T("Kiểu", "Type"),
    "description": T("Mô tả", "Description"),
    "download": T("Tải tệp", "Download"),
    "verdict": T("Trình kiểm tra trả lời", "The checker answers"),
    "schema_file": T("Tệp JSON Schema (draft 2020-12)", "JSON Schema file (draft 2020-12)"),
    "examples": T("Ví dụ", "Examples"),
    "no_findings": T("không có phát hiện nào", "no findings"),
    "label_as_code": T("(chỉ có thông báo, không có mã)", "(message only, no code)"),
}

# Sample values for placeholders when a rule's text is shown in the catalogue.
_SAMPLES: dict[str, Any] = {
    "app": T("‹ứng dụng›", "‹app›"),
    "apps": T("‹các ứng dụng›", "‹apps›"),
    "owner": T("‹ứng dụng giữ cuộc trò chuyện›", "‹owning app›"),
    "previous": T("‹chủ trước›", "‹previous owner›"),
    "bot": T("‹bot›", "‹bot›"),
    "channel": "Messenger / Instagram",
    "handover_path": HANDOVER_PATH["messenger"],
    "routing_path": ROUTING_PATH["messenger"],
    "take_control_path": TAKE_CONTROL_PATH,
    "route": T("‹đường dẫn hoặc quảng cáo›", "‹link or ad›"),
    "handover_app": T("‹ứng dụng A›", "‹app A›"),
    "default_app": T("‹ứng dụng B›", "‹app B›"),
    "symptom": T("‹triệu chứng›", "‹symptom›"),
    "fields": "‹fields›",
    "flag": "msgr_multi_app / ig_multi_app",
    "value": "26390203743090",
    "label": T("‹mã›", "‹code›"),
    "hint": "",
    "duration": "‹duration›",
    "days": "‹days›",
    "endpoint": "‹endpoint›",
    "roles": "‹roles›",
}


def _link(target: DocTarget, text: str) -> str:
    return f"[{text}]({target.md_path()}#{target.anchor})"


def _text(value: T, lang: str) -> str:
    return fmt(value.text(lang), _SAMPLES, lang).replace("|", "\\|")


def error_table(lang: str) -> str:
    """The error reference: a summary table, then one section per row with its own anchor."""
    t = lambda key: _L[key].text(lang)  # noqa: E731
    lines = [f"| {t('code')} | {t('title')} | {t('rule')} |", "|---|---|---|"]
    for rule in ERROR_RULES:
        e = rule.error
        assert e is not None
        label = e.label if e.code is not None else t("label_as_code")
        lines.append(f"| [{label}](#{e.anchor}) | {_text(rule.title, lang)} | `{rule.id}` |")
    lines.append("")
    for rule in ERROR_RULES:
        e = rule.error
        assert e is not None
        doc = rule.doc(None)
        heading = e.label if e.code is not None else e.message
        lines += [f"### {heading} — {_text(rule.title, lang)} {{ #{e.anchor} }}", ""]
        lines += [f"**{t('message')}:** `{e.message}`", ""]
        if e.reported_only:
            lines += [f"!!! note \"{t('reported')}\"", ""]
        lines += [f"**{t('meaning')}:** {_text(rule.explanation, lang)}", "", f"**{t('fix')}:**", ""]
        lines += [f"{n}. {_text(step, lang)}" for n, step in enumerate(rule.fix, 1)]
        lines += ["", f"{t('guide')}: {_link(doc, doc.page + '#' + doc.anchor)} · `{rule.id}`", ""]
    return "\n".join(lines)


def rule_catalogue(lang: str) -> str:
    """Every rule: a summary table, then one section per rule (anchor = lowercase code)."""
    t = lambda key: _L[key].text(lang)  # noqa: E731
    lines = [f"| {t('rule')} | {t('severity')} | {t('title')} |", "|---|---|---|"]
    for rule in RULES.values():
        lines.append(f"| [{rule.id}](#{rule.id.lower()}) `{rule.name}` | {t(rule.severity)} | {_text(rule.title, lang)} |")
    lines.append("")
    for rule in RULES.values():
        lines += [f"### {rule.id} {rule.name} {{ #{rule.id.lower()} }}", ""]
        lines += [f"**{t('severity')}:** {t(rule.severity)} · **{_text(rule.title, lang)}**", ""]
        lines += [_text(rule.explanation, lang), "", f"**{t('fix')}:**", ""]
        lines += [f"{n}. {_text(step, lang)}" for n, step in enumerate(rule.fix, 1)]
        links = [_link(target, target.page + "#" + target.anchor) for target in _unique(rule.docs.values())]
        if rule.reference is not None:
            links.append(_link(rule.reference, "errors#" + rule.reference.anchor))
        lines += ["", f"{t('guide')}: " + ", ".join(links), ""]
    return "\n".join(lines)


def _unique(targets) -> list[DocTarget]:
    seen: list[DocTarget] = []
    for target in targets:
        if target not in seen:
            seen.append(target)
    return seen


def settings_schema(lang: str, schema_url: str | None = None) -> str:
    """The settings format as a field table, then each published example with its verdict."""
    if schema_url is None:
        # The page is /settings-schema/ (vi) or /en/settings-schema/; the files sit at /schema/.
        schema_url = "../schema/" if lang == "vi" else "../../schema/"
    t = lambda key: _L[key].text(lang)  # noqa: E731
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    describe = lambda node: (node.get("x-description-vi") if lang == "vi" else node.get("description")) or ""  # noqa: E731
    lines = [describe(schema), "", f"| {t('field')} | {t('description')} |", "|---|---|"]
    for path, node in _fields(schema):
        description = describe(node).replace("|", "\\|")
        lines.append(f"| `{path}` | {description} |")
    lines += ["", f'{t("schema_file")}: <a href="{schema_url}settings.schema.json">schema/settings.schema.json</a>', ""]
    lines += [f"## {t('examples')} {{ #examples }}", ""]
    for example in sorted(EXAMPLES_DIR.glob("*.json")):
        text = example.read_text(encoding="utf-8")
        report = check_text(text).to_dict(lang)
        anchor = "example-" + example.stem
        lines += [f"### {example.name} {{ #{anchor} }}", "", "```json", text.rstrip(), "```", ""]
        found = ", ".join(f"`{f['id']}` {f['title']}" for f in report["findings"]) or t("no_findings")
        lines += [f"**{t('verdict')}:** `{report['verdict']}` — {found}", ""]
        lines += [f'{t("download")}: <a href="{schema_url}examples/{example.name}">schema/examples/{example.name}</a>', ""]
    return "\n".join(lines)


def _fields(schema: dict) -> list[tuple[str, dict]]:
    """(dotted path, schema node) for every documented field; channel fields listed once."""
    rows = [(name, node) for name, node in schema["properties"].items() if name != "$schema"]
    rows += _nested(schema["$defs"]["channel"], "{messenger,instagram}.")
    return rows


def _nested(node: dict, prefix: str) -> list[tuple[str, dict]]:
    rows = []
    for name, child in node.get("properties", {}).items():
        rows.append((prefix + name, child))
        for option in [child, *child.get("anyOf", [])]:
            if "properties" in option and option.get("type") == "object" and name != "page":
                rows += _nested(option, prefix + name + ".")
    return rows


def _ref(schema: dict, ref: str) -> dict:
    node: Any = schema
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return node


GENERATORS = {
    "error-table": error_table,
    "rule-catalogue": rule_catalogue,
    "settings-schema": settings_schema,
}


def missing_text() -> list[str]:
    """Rules or error entries lacking text in a language (the site build fails on any)."""
    problems = []
    for rule in RULES.values():
        texts = [("title", rule.title), ("explanation", rule.explanation)]
        texts += [(f"fix {n}", step) for n, step in enumerate(rule.fix, 1)]
        if not rule.fix:
            problems.append(f"{rule.id}: no fix steps")
        for what, value in texts:
            for lang in LANGS:
                if not value.text(lang).strip():
                    problems.append(f"{rule.id}: {what} has no {lang} text")
    for rule in ERROR_RULES:
        if rule.error is None or not rule.error.message.strip():
            problems.append(f"{rule.id}: no Meta message")
    return problems


def doc_targets() -> dict[DocTarget, list[str]]:
    """Every page/anchor a rule or error entry links to, with the rules that use it."""
    targets: dict[DocTarget, list[str]] = {}
    for rule in RULES.values():
        for target in list(rule.docs.values()) + ([rule.reference] if rule.reference else []):
            targets.setdefault(target, []).append(rule.id)
    return targets
