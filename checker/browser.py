"""The Pyodide entry points: plain strings in, one JSON string out.

``run`` is the one facade the page's worker calls (report + view, or input error + view);
``check`` and ``redact`` stay until the page's JavaScript has moved to ``run``.
"""

from __future__ import annotations

import json

from . import tokens
from .engine import check_text
from .inputs import InputError
from .view import input_error_view, view_of


def _lang(lang: str) -> str:
    return lang if lang in ("vi", "en") else "vi"


def run(text: str, lang: str = "vi") -> str:
    """``{"ok": true, "report": …, "view": …}`` or ``{"ok": false, "input_error": …, "view": …}``."""
    lang = _lang(lang)
    try:
        try:
            report = check_text(text).to_dict(lang)
            return json.dumps({"ok": True, "report": report, "view": view_of(report, lang)}, ensure_ascii=False)
        except InputError as exc:
            error, view = input_error_view(exc, lang)
    except Exception:  # a defect in the checker (or RecursionError): an answer in words, never a raise
        error, view = input_error_view(InputError("internal_error"), lang)
    return json.dumps({"ok": False, "input_error": error, "view": view}, ensure_ascii=False)


def check(text: str, lang: str = "vi") -> str:
    """``run`` without the view: the page's current JavaScript reads this."""
    result = json.loads(run(text, lang))
    result.pop("view")
    return json.dumps(result, ensure_ascii=False)


def redact(text: str) -> str:
    """The text with every token-looking string replaced (for share links), and every value the
    text puts after a secret key hidden wherever it is repeated: the same redaction as the report."""
    return tokens.redact(text, tokens.secrets_in(text))
