"""What a paste that holds nothing to check looks like, so the reader is told what to paste instead."""

from __future__ import annotations

import re
from typing import Any

from ..apps import fold

_HTML = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<title>|<div[\s>]", re.IGNORECASE)
_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_NETWORK = ("enotfound", "eai_again", "econnreset", "econnrefused", "etimedout", "ehostunreach",
            "getaddrinfo", "could not resolve host", "name or service not known", "socket hang up",
            "failed to establish a new connection", "max retries exceeded", "connection refused",
            "connection reset", "network is unreachable", "temporary failure in name resolution",
            "certificate verify failed", "ssl: ", "read timed out", "connect timeout", "networkerror",
            "err_name_not_resolved", "err_internet_disconnected", "curl: (6)", "curl: (7)", "curl: (28)")
_VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)

# Keys whose presence anywhere shows a JSON value is about Messenger, Instagram or Graph API.
MESSAGING_KEYS = frozenset({
    "error", "entry", "messaging", "standby", "recipient", "sender", "thread_owner", "app_id",
    "messaging_feature_status", "subscribed_fields", "fields", "object", "messenger", "instagram",
    "settings_version", "success", "target_app_id", "thread_control", "pass_thread_control",
    "take_thread_control", "request_thread_control", "app_roles", "receiving_app_id",
    "recipient_id", "message_id", "message", "code", "error_subcode", "fbtrace_id", "bot", "page",
    "data", "id", "name", "mid", "new_owner_app_id", "previous_owner_app_id", "metadata",
})


def classify(text: str) -> str | None:
    """The InputError key for text with no JSON and no error message in it, or None."""
    sample = text[:20000]
    folded = fold(sample)
    if _HTML.search(sample):
        return "looks_html"
    if any(word in folded for word in _NETWORK):
        return "looks_network"
    lines = [line for line in sample.splitlines() if line.strip()]
    if len(lines) == 1 and _URL.match(lines[0]):
        return "looks_url"
    if sum(c.isalpha() for c in sample) >= max(3, len(sample.strip()) // 3):
        return "looks_prose"
    return None


def language_of(text: str) -> str:
    return "vi" if _VIETNAMESE.search(text[:5000]) else "en"


def about_messaging(value: Any, budget: list[int] | None = None) -> bool:
    """True when any key anywhere in the value is one of Meta's messaging or this site's keys.

    Past ``budget`` containers it answers True: the shapes then judge the value themselves.
    """
    budget = budget if budget is not None else [200_000]
    stack = [value]
    while stack:
        budget[0] -= 1
        if budget[0] < 0:
            return True
        item = stack.pop()
        if isinstance(item, dict):
            if any(isinstance(k, str) and k.strip().lower() in MESSAGING_KEYS for k in item):
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
