"""The Pyodide entry point: plain strings in, one JSON string out (see plan/settings.md)."""

from __future__ import annotations

import json

from . import tokens
from .engine import check_text, render_input_error
from .inputs import InputError


def check(text: str, lang: str = "vi") -> str:
    """``{"ok": true, "report": …}`` or ``{"ok": false, "input_error": {…}}`` as JSON text."""
    lang = lang if lang in ("vi", "en") else "vi"
    try:
        report = check_text(text).to_dict(lang)
    except InputError as exc:
        error = render_input_error(exc, lang)
        error.pop("key")
        return json.dumps({"ok": False, "input_error": error}, ensure_ascii=False)
    return json.dumps({"ok": True, "report": report}, ensure_ascii=False)


def redact(text: str) -> str:
    """The text with every token-looking string replaced (for share links)."""
    return tokens.redact(text)
