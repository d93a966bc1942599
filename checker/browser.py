"""The Pyodide entry points: plain strings in, one JSON string out.

``run`` is the one facade the page's worker calls for a check (report + view, or input error +
view); ``redact`` makes share links (they carry the input, and can be made before any check);
``check`` is ``run`` without the view, for the parity tests under Pyodide.
"""

from __future__ import annotations

import json

from . import tokens
from .engine import check_text
from .inputs import InputError
from .view import checked_at_text, input_error_view, view_of


def _lang(lang: str) -> str:
    return lang if lang in ("vi", "en") else "vi"


def run(text: str, lang: str = "vi", checked_at_ms: float | None = None, utc_offset_minutes: float | None = 0) -> str:
    """``{"ok": true, "report": …, "view": …}`` or ``{"ok": false, "input_error": …, "view": …}``.

    ``checked_at_ms`` (the page's clock, ms since the epoch) and ``utc_offset_minutes`` (its time
    zone) put the time of the check into the view's support summary; without them it has none.
    """
    lang = _lang(lang)
    checked_at = checked_at_text(checked_at_ms, utc_offset_minutes)
    try:
        try:
            checked = check_text(text)
            report = checked.to_dict(lang)
            view = view_of(report, lang, checked.trace_ids(), checked_at)
            return json.dumps({"ok": True, "report": report, "view": view}, ensure_ascii=False)
        except InputError as exc:
            error, view = input_error_view(exc, lang, checked_at)
    except Exception:  # a defect in the checker (or RecursionError): an answer in words, never a raise
        error, view = input_error_view(InputError("internal_error"), lang, checked_at)
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
