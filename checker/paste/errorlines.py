"""Error messages written as text: SDK exceptions (Koala, facebook-sdk, PHP, Node) and log lines."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..apps import fold as _slow_fold

_SPACE = re.compile(r"\s+")
_CATALOGUE_PATTERNS: tuple[str, ...] | None = None


# Combining marks (U+0300–U+036F hold every Vietnamese tone and vowel mark) removed in one pass.
_DROP_MARKS = dict.fromkeys(range(0x300, 0x370))


def fold(text: str) -> str:
    """apps.fold for one log line, done with C-speed string methods (same result on Vietnamese)."""
    if not text.isascii():
        text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")).translate(_DROP_MARKS)
        if not text.isascii():
            return _slow_fold(text)
    return _SPACE.sub(" ", text.casefold()).strip()


def _catalogued(folded: str, text: str) -> bool:
    """A message the error catalogue knows (its patterns are folded substrings)."""
    global _CATALOGUE_PATTERNS
    from ..rules.graph_errors import ENTRIES, match_message  # the catalogue: imported late, it imports the rules

    if _CATALOGUE_PATTERNS is None:
        _CATALOGUE_PATTERNS = tuple(p for entry in ENTRIES if entry.error is not None for p in entry.error.patterns)
    return any(p in folded for p in _CATALOGUE_PATTERNS) and match_message(text) is not None

_HASH_CODE = re.compile(r"\(#(\d{1,7})\)")
# Vendors write "Mã lỗi #100 - …", "Thông báo lỗi từ Facebook - #10: …", "Error #10 …" (folded text).
_WORD_CODE = re.compile(r"(?:loi|error|code)(?: tu facebook)?[ :\-]{0,3}#(\d{1,7})\b")
# restfb and others: "(code 1, subcode 1965014)".
_PAIR_CODE = re.compile(r"\bcode (\d{1,7}), (?:error_)?subcode (\d{3,8})\b")
_CODE = re.compile(r"(?<![\w-])(?:error_)?code[\"']?\s*(?:[:=]|=>)\s*[\"']?(\d{1,7})\b")
_SUBCODE = re.compile(r"(?:error_subcode|error subcode|subcode|mã phụ)[\"']?\s*(?:[:=]|=>)?\s*[\"']?(\d{3,8})\b", re.IGNORECASE)
_TRACE = re.compile(r"(?:x-fb-trace-id|fbtrace_id)[\"']?\s*(?:[:=]|=>)\s*[\"']?([\w+/=\-]{4,64})")
_TYPE = re.compile(r"\btype[\"']?\s*(?:[:=]|=>)\s*[\"']?([A-Za-z]*Exception)\b")
# A stack frame names files and functions, never the error: "at f (file.js:1:2)", "File "x.py", line 3".
_STACK_FRAME = re.compile(r"\s*(?:at \S|File \"|from /|from \(|#\d+ /|\S+\.(?:rb|py|js|ts|php):\d+)")
_HTTP_STATUS = re.compile(r"status code \d{3}|\bHTTP[ /]?\d?(?:\.\d)? ?\d{3}\b|\b\d{3} Client Error|\[HTTP \d{3}\]", re.IGNORECASE)

# Words that make a line an error report rather than a question (folded: no accents).
_ERROR_WORDS = ("error", "exception", "failed", "failure", "loi ", "loi:", "khong gui duoc",
                "khong the gui", "gui that bai", "that bai", "bi chan", "khong hop le", "het han",
                "not allowed", "denied", "cannot", "can't", "unable", "outside of allowed window")
# Words of someone asking for help: such a line is prose around the paste.
_QUESTION_WORDS = frozenset({"toi", "minh", "em", "giup", "sao", "hoi", "how", "why", "help", "please",
                             "i", "my", "hi", "hello", "anyone", "ai", "vay", "nhi", "a?", "chao"})


def _int(text: str | None) -> int | None:
    return int(text) if text is not None else None


def error_in_line(line: str) -> tuple[dict[str, Any], bool] | None:
    """``({"error": …}, strong)`` for a line that reports an error, else None.

    Strong: it carries a code ("(#10)", "code: 10") or a message the catalogue knows; weak: only
    error words, used when nothing stronger is in the paste.
    """
    text = line.strip()
    if not text or len(text) < 8 or _STACK_FRAME.match(text):
        return None
    folded_text = fold(text)
    hashed = _HASH_CODE.search(text) or _WORD_CODE.search(folded_text) or _PAIR_CODE.search(text)
    koala_type = _TYPE.search(text)
    code_field = _CODE.search(text) if koala_type or "error_code" in text or "code:" in text[:200] else None
    code = _int(hashed.group(1)) if hashed else _int(code_field.group(1)) if code_field else None
    if code is not None and not hashed and not koala_type and "error" not in text.casefold():
        code = None  # "code: 200" alone in a log is an HTTP status or anything else
    subcode_match = _SUBCODE.search(text)
    subcode = _int(subcode_match.group(1)) if subcode_match else None
    strong = code is not None or subcode is not None or _catalogued(folded_text, text)
    if not strong:
        folded = folded_text + " "
        if not any(word in folded for word in _ERROR_WORDS) or _looks_like_question(text):
            return None
    error: dict[str, Any] = {"message": _message(text, koala_type is not None)}
    if koala_type:
        error["type"] = koala_type.group(1)
    if code is not None:
        error["code"] = code
    if subcode is not None:
        error["error_subcode"] = subcode
    trace = _TRACE.search(text)
    if trace:
        error["fbtrace_id"] = trace.group(1)
    return {"error": error}, strong


def only_http_status(line: str) -> bool:
    """"Request failed with status code 400": the status, without Meta's answer."""
    return _HTTP_STATUS.search(line) is not None


def _message(text: str, koala: bool) -> str:
    """Koala writes "…, message: (#10) …, x-fb-trace-id: … [HTTP 400]": keep the message part."""
    if koala:
        start = text.find("message: ")
        if start >= 0:
            message = text[start + len("message: "):]
            for end_mark in (", x-fb-trace-id:", " [HTTP "):
                cut = message.rfind(end_mark)
                if cut >= 0:
                    message = message[:cut]
            return message.strip().rstrip(")")
    return text


def _looks_like_question(text: str) -> bool:
    if text.rstrip().endswith("?"):
        return True
    words = fold(text).replace(",", " ").replace(".", " ").split()
    return any(word in _QUESTION_WORDS for word in words[:12])
