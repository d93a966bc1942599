"""Generated page content from checker/: error table, rule catalogue, settings schema and the
settings snapshot's commands.

* `on_page_markdown` swaps each `<!-- generated: NAME -->` marker for the markdown rendered,
  in the page's language, by the macros of `generated_pages.md.j2` beside this file; an
  unknown marker stops the build. (A rule lacking text in a language already fails at import:
  the rule registry checks it.)
* The build also stops when a rule links to a page or heading id that the built site does not
  have (checked once both languages are built, from the table of contents of every page).
* The settings JSON Schema and its examples are copied to `schema/` in the built site.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_pages import LANGS, is_inner_build, page_language, split_language

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# These need the repository root on sys.path.
from checker.engine import check_text, fmt  # noqa: E402
from checker.model import DocTarget, T  # noqa: E402
from checker.rules import ERROR_RULES, RULES  # noqa: E402
from checker.snapshot_request import batch_body, curl_command  # noqa: E402
from checker.vocabulary import (  # noqa: E402
    HANDOVER_PATH,
    PAGE_TITLES,
    ROUTING_PATH,
    SHARED_PLACEHOLDERS,
    TAKE_CONTROL_PATH,
)

SCHEMA_DIR = ROOT / "checker" / "schema"
SCHEMA_FILE = SCHEMA_DIR / "settings.schema.json"
EXAMPLES_DIR = SCHEMA_DIR / "examples"
TEMPLATE = Path(__file__).with_name("generated_pages.md.j2")

_LABELS = {
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
    "reported": T(
        "Theo phản ánh của người dùng, chưa có trong tài liệu của Meta.",
        "Reported by users, not documented by Meta.",
    ),
    "field": T("Trường", "Field"),
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
    **SHARED_PLACEHOLDERS,
    "app": T("‹ứng dụng›", "‹app›"),
    "apps": T("‹các ứng dụng›", "‹apps›"),
    "owner": T("‹ứng dụng giữ hội thoại›", "‹owning app›"),
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
    "count": "‹n›",
    "note": "",
    "messenger": T("‹bật/tắt›", "‹on/off›"),
    "instagram": T("‹bật/tắt›", "‹on/off›"),
}

_macros: Any = None


def _template() -> Any:
    global _macros
    if _macros is None:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE.parent), autoescape=False,
                                 keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
        _macros = env.get_template(TEMPLATE.name).module
    return _macros


def _labels(lang: str) -> dict[str, str]:
    return {key: text.text(lang) for key, text in _LABELS.items()}


def _text(value: T, lang: str) -> str:
    return fmt(value.text(lang), _SAMPLES, lang).replace("|", "\\|")


def _link(target: DocTarget, lang: str, detail: str = "") -> str:
    """A markdown link whose text is the target page's title (never a raw path)."""
    text = PAGE_TITLES[target.page].text(lang) + (f": {detail}" if detail else "")
    return f"[{text}]({target.md_path()}#{target.anchor})"


def _unique(targets: Iterable[DocTarget]) -> list[DocTarget]:
    seen: list[DocTarget] = []
    for target in targets:
        if target not in seen:
            seen.append(target)
    return seen


def error_table(lang: str) -> str:
    """The error reference: a summary table, then one section per row with its own anchor."""
    t = _labels(lang)
    rows = []
    for rule in ERROR_RULES:
        e = rule.error
        assert e is not None
        doc = rule.doc(None)
        rows.append({
            "id": rule.id, "anchor": e.anchor, "message": e.message, "reported_only": e.reported_only,
            "label": e.label if e.code is not None else t["label_as_code"],
            "heading": e.label if e.code is not None else e.message,
            "title": _text(rule.title, lang), "meaning": _text(rule.explanation, lang),
            "fix": [_text(step, lang) for step in rule.fix],
            "guide": _link(doc, lang),
        })
    return str(_template().error_table(rows, t))


def rule_catalogue(lang: str) -> str:
    """Every rule: a summary table, then one section per rule (anchor = lowercase id)."""
    t = _labels(lang)
    rows = []
    for rule in RULES.values():
        targets = _unique(rule.docs.values())
        pages = [target.page for target in targets]
        # The same page twice (a rule's variants): name the heading id so the links differ.
        links = [_link(target, lang, target.anchor if pages.count(target.page) > 1 else "") for target in targets]
        if rule.reference is not None:
            links.append(_link(rule.reference, lang, rule.reference.anchor))
        rows.append({
            "id": rule.id, "anchor": rule.id.lower(), "name": rule.name, "severity": t[rule.severity],
            "title": _text(rule.title, lang), "explanation": _text(rule.explanation, lang),
            "fix": [_text(step, lang) for step in rule.fix], "links": links,
        })
    return str(_template().rule_catalogue(rows, t))


def settings_schema(lang: str, schema_url: str | None = None) -> str:
    """The settings format as a field table, then each published example with its verdict."""
    if schema_url is None:
        # The page is /settings-schema/ (vi) or /en/settings-schema/; the files sit at /schema/.
        schema_url = "../schema/" if lang == "vi" else "../../schema/"
    t = _labels(lang)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))

    def describe(node: dict) -> str:
        return (node.get("x-description-vi") if lang == "vi" else node.get("description")) or ""

    fields = [{"path": path, "description": describe(node).replace("|", "\\|")} for path, node in _fields(schema)]
    examples = []
    for example in sorted(EXAMPLES_DIR.glob("*.json")):
        text = example.read_text(encoding="utf-8")
        report = check_text(text).to_dict(lang)
        found = ", ".join(f"`{f['id']}` {f['title']}" for f in report["findings"]) or t["no_findings"]
        examples.append({"name": example.name, "anchor": "example-" + example.stem, "text": text.rstrip(),
                         "verdict": report["verdict"], "found": found})
    return str(_template().settings_schema(describe(schema), fields, schema_url, examples, t))


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


def snapshot_curl(lang: str) -> str:
    """The settings snapshot as one curl command: the same string `handover-check --help` prints.
    Plain text: the shell highlighter's colour for `$PAGE_TOKEN` misses AA contrast (axe)."""
    return str(_template().code_block("text", curl_command()))


def snapshot_batch(lang: str) -> str:
    """The same request's `batch` parameter, for the Graph API Explorer."""
    return str(_template().code_block("json", batch_body()))


GENERATORS: dict[str, Callable[[str], str]] = {
    "error-table": error_table,
    "rule-catalogue": rule_catalogue,
    "settings-schema": settings_schema,
    "snapshot-curl": snapshot_curl,
    "snapshot-batch": snapshot_batch,
}


def doc_targets() -> dict[DocTarget, list[str]]:
    """Every page/anchor a rule links to, with the rules that use it."""
    targets: dict[DocTarget, list[str]] = {}
    for rule in RULES.values():
        for target in list(rule.docs.values()) + ([rule.reference] if rule.reference else []):
            targets.setdefault(target, []).append(rule.id)
    return targets


MARKER = re.compile(r"^[ \t]*<!--\s*generated:\s*([^\s>]*)\s*-->[ \t]*$", re.M)

# Heading ids seen per language and page URL (without the language prefix).
_anchors: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGS}


def on_page_markdown(markdown, page, config, files):
    lang = page_language(page)

    def replace(match: re.Match) -> str:
        name = match.group(1)
        generator = GENERATORS.get(name)
        if generator is None:
            raise PluginError(
                f"{page.file.src_uri}: unknown marker <!-- generated: {name} -->; "
                f"known: {', '.join(GENERATORS)}"
            )
        return generator(lang)

    return MARKER.sub(replace, markdown)


def _toc_ids(items) -> set[str]:
    ids: set[str] = set()
    for item in items:
        if getattr(item, "id", None):
            ids.add(item.id)
        ids |= _toc_ids(getattr(item, "children", []) or [])
    return ids


def on_page_content(html, page, config, files):
    lang = page_language(page)
    _anchors[lang][split_language(page.url or "")[1]] = _toc_ids(page.toc)
    return html


@event_priority(-150)  # after the i18n plugin (-100) has built every other language
def on_post_build(config):
    if is_inner_build(config):
        return  # an inner per-language build; the outer build checks and copies once
    missing = []
    for target, rule_ids in doc_targets().items():
        for lang in LANGS:
            pages = _anchors[lang]
            if not pages:
                continue  # this language was not built
            ids = pages.get(target.page)
            if ids is None:
                missing.append(f"{lang}: page {target.page!r} does not exist (used by {', '.join(rule_ids)})")
            elif target.anchor not in ids:
                missing.append(
                    f"{lang}: {target.page}#{target.anchor} has no such heading id (used by {', '.join(rule_ids)})"
                )
    if missing:
        raise PluginError("checker rules link to missing pages or anchors:\n  " + "\n  ".join(sorted(missing)))
    target = Path(config.site_dir) / "schema"
    (target / "examples").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA_FILE, target / SCHEMA_FILE.name)
    for example in sorted(EXAMPLES_DIR.glob("*.json")):
        shutil.copyfile(example, target / "examples" / example.name)
