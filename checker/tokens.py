"""Finding and redacting Meta access tokens so that no output ever repeats one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Page/user tokens start with EAA; Instagram Login tokens with IGQV or IGAA.
_TOKEN = re.compile(r"\b(EAA|IGQV|IGAA)[A-Za-z0-9_\-]{20,}")
# access_token=…, "access_token": "…", access_token: … (URLs, JSON, headers).
_FIELD = re.compile(
    r"""(access_token["']?\s*[=:]\s*["']?)([^\s"'&,;}\]]+)""", re.IGNORECASE
)
_BEARER = re.compile(r"(\bBearer\s+)([A-Za-z0-9_\-\.]{20,})")
_PLACEHOLDER = re.compile(r"^[A-Z0-9_\-<>{}\[\]\.…]*$|\.\.\.|…|<|\{")
REDACTED = "[redacted]"
TOKEN_KEYS = frozenset({"access_token", "page_access_token", "user_access_token", "token"})


def _mask(prefix: str) -> str:
    return prefix + "…" + REDACTED


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """Replace every token-looking string (and the given literal secrets) in ``text``."""
    if not text:
        return text
    for secret in extra:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    text = _TOKEN.sub(lambda m: _mask(m.group(1)), text)
    text = _FIELD.sub(lambda m: m.group(1) + _value_mask(m.group(2)), text)
    return _BEARER.sub(lambda m: m.group(1) + REDACTED, text)


def _value_mask(value: str) -> str:
    if "redacted" in value:  # already masked by the token pattern
        return value
    return _mask("EAA") if value.startswith("EAA") else REDACTED


def looks_real(value: str) -> bool:
    """A pasted token rather than a documentation placeholder such as PAGE_TOKEN."""
    value = value.strip()
    return len(value) >= 20 and not _PLACEHOLDER.search(value)


def text_has_token(text: str) -> bool:
    if _TOKEN.search(text):
        return True
    return any(looks_real(m.group(2)) for m in _FIELD.finditer(text))


def find_secrets(value: Any) -> tuple[bool, set[str]]:
    """Walk a JSON value: (a real token was pasted, literal secrets to hide in any output)."""
    found = False
    secrets: set[str] = set()
    stack: list[tuple[str | None, Any]] = [(None, value)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, dict):
            stack.extend((str(k).casefold(), v) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((key, v) for v in item)
        elif isinstance(item, str):
            if key in TOKEN_KEYS and item.strip():
                secrets.add(item.strip())
                found = found or looks_real(item)
            elif text_has_token(item):
                found = True
    return found, secrets


def redact_value(value: Any, extra: Iterable[str] = ()) -> Any:
    """Redact every string inside a JSON-like value (used on whole reports before output)."""
    extra = tuple(sorted(extra, key=len, reverse=True))
    if isinstance(value, str):
        return redact(value, extra)
    if isinstance(value, dict):
        return {k: redact_value(v, extra) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v, extra) for v in value]
    return value
