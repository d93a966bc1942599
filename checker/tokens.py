"""Finding and redacting secrets (Meta tokens, app secrets, credentials) so no output repeats one.

One redaction for every output: reports, input-error excerpts, request lines and share links
(``checker.browser.redact``). Every pattern here runs in time linear in the text: possessive
quantifiers and lookbehinds at the start of runs, so no input can make a pattern backtrack
over what it already read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

REDACTED = "[redacted]"

# Meta's token shapes: Page/user tokens start with EAA, Instagram tokens with IGQV, IGQW(R) or
# IGAA. No left boundary: a URL-encoded "%3DEAA…" or "Bearer%20EAA…" glues a letter before it.
_TOKEN = re.compile(r"(EAA|IGQV|IGQW|IGAA)[A-Za-z0-9_\-]{20,}+")
# App access token APPID|APP_SECRET (or APPID|CLIENT_TOKEN), the pipe possibly URL-encoded.
_APP_TOKEN = re.compile(r"(?<![0-9])([0-9]{5,20}+(?:\||%7[Cc]))([A-Za-z0-9_\-]{16,}+)")
# A bare app secret (32 lowercase hex) or appsecret_proof / HMAC (64 hex), with a letter in it.
_HEX_SECRET = re.compile(r"(?<![0-9A-Za-z])(?=[0-9]*+[a-f])(?:[0-9a-f]{64}|[0-9a-f]{32})(?![0-9A-Za-z])")
# "Bearer …" / "OAuth …" / "Token …" (HTTP auth schemes) in any letter case, the space possibly
# URL-encoded; the credential must have a digit or 24+ characters ("OAuth access token" stays).
_SCHEME = re.compile(r"(?<![A-Za-z])(bearer|oauth|token)((?:\s|%20|\+)++)([A-Za-z0-9_\-.~+/=%|]{8,}+)", re.IGNORECASE)
# A key whose name says secret, followed by = or : (query strings, JSON, Python reprs, logs,
# headers). Found from the word (a fast literal search), widened to its whole run of key chars.
_SECRET_WORD = re.compile(r"token|secret|password|passwd|authorization|api_?key", re.IGNORECASE)
_KEY_CHARS = re.compile(r"[\w.\-]*+")
_SEPARATOR = re.compile(r"""(\\*+["']|%22|%27)?\s*+(=>|[=:]|%3[Dd]|%3[Aa])[ \t]*+""")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_QUOTE = re.compile(r"""\\*+["']|%22|%27""")
_UNQUOTED = re.compile(r"""(?:\\u[0-9A-Fa-f]{4}|\\/|(?!%2[6Cc])[^\s"'&,;<>(){}\[\]\\`])*+""")
_QUOTED_BODY = {
    '"': re.compile(r'(?:[^"\\\n]|\\.)*+'),
    "'": re.compile(r"(?:[^'\\\n]|\\.)*+"),
    "%22": re.compile(r"(?:(?!%22)[^\s&])*+"),
    "%27": re.compile(r"(?:(?!%27)[^\s&])*+"),
}
# Inside a quoted value written with escaped quotes (\"…\" in a JSON string): no escapes.
_ESCAPED_QUOTE_BODY = re.compile(r"""[^"'\\\n]*+""")
# \u escapes, with any number of backslashes (\\u0045 is the same escape inside a JSON string).
_ESCAPE = re.compile(r"\\++u[0-9A-Fa-f]{4}")
_ESCAPED_RUN = re.compile(r"(?:\\++u[0-9A-Fa-f]{4}|[A-Za-z0-9_\-])*+")
# The shortest text _redact_shapes can match: "token" + one separator + 8 characters (_SCHEME).
_SHORTEST_SHAPE = 14
_ID_CHAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_LETTERS = re.compile(r"[^\W\d_]+")

# Key names that say "secret": access_token, page_access_token, app_secret, clientSecret,
# hub.verify_token, appsecret_proof, X-Access-Token, Authorization, …
_SECRET_WORDS = ("token", "secret", "password", "passwd", "authorization", "api_key", "apikey")
_NOT_SECRET_KEYS = frozenset({"token_type", "token_type_hint", "tokentype"})
_AUTH_SCHEMES = frozenset({"bearer", "oauth", "basic", "token", "digest"})
_LITERALS = frozenset({"true", "false", "null", "none", "undefined"})
# Fields of a report the checker writes itself: never from the input, never redacted.
_FIXED_KEYS = frozenset({"verdict", "lang", "severity", "doc", "reference"})
_FIXED_FINDING_KEYS = frozenset({"id", "name"})

TOKEN_KEYS = frozenset({"access_token", "page_access_token", "user_access_token", "token"})
_PLACEHOLDER = re.compile(r"^[A-Z0-9_\-<>{}\[\]\.…]*$|\.\.\.|…|<|\{")
# A literal secret taken from a field is replaced only when it could be a secret: 8 characters
# or more, and not a plain word shorter than 16 letters ("Messenger", "Pancake" stay readable).
MIN_LITERAL = 8
_MIN_WORD_LITERAL = 16


def is_secret_key(name: str) -> bool:
    """A key whose name says it holds a token or a secret."""
    folded = name.casefold()
    return folded not in _NOT_SECRET_KEYS and any(word in folded for word in _SECRET_WORDS)


def _mask(value: str) -> str:
    """The replacement for one secret: Meta's prefix and an app id stay, to say what it was."""
    shape = _TOKEN.match(value)
    if shape:
        return shape.group(1) + "…" + REDACTED
    app = _APP_TOKEN.match(value)
    if app:
        return app.group(1) + REDACTED
    return REDACTED


def _run_end(pattern: re.Pattern[str], text: str, start: int) -> int:
    """Where a run of ``pattern`` (which may be empty, so it always matches) ends."""
    match = pattern.match(text, start)
    return match.end() if match else start


def _worth_masking(value: str) -> bool:
    """A field value that could be a secret: not empty, not a placeholder like "…", not true/null."""
    return bool(_ALNUM.search(value)) and REDACTED not in value and value.casefold() not in _LITERALS


def _secret_keys(text: str) -> Iterator[tuple[int, str, int, str]]:
    """(start, name, value start, separator) of every key whose name says secret, in order.

    A key is a whole run of word characters, dots and hyphens (or what follows a %XX escape);
    each run is read once, so the search is linear whatever the text.
    """
    scanned = 0
    for word in _SECRET_WORD.finditer(text):
        if word.start() < scanned:
            continue
        start = word.start()
        while start > scanned and _is_key_char(text[start - 1]) and not (
                start >= 3 and text[start - 3] == "%" and _PERCENT.fullmatch(text, start - 3, start)):
            start -= 1
        run_end = _run_end(_KEY_CHARS, text, word.end())
        scanned = run_end
        separator = _SEPARATOR.match(text, run_end)
        if separator:
            scanned = separator.end()
            yield start, text[start:run_end], separator.end(), separator.group(2)


def _is_key_char(char: str) -> bool:
    return char.isalnum() or char in "_.-"


def _redact_fields(text: str, found: set[str] | None = None) -> str:
    """Mask the value after every key whose name says token or secret, in any notation
    (and add each masked value to ``found`` when given)."""
    out: list[str] = []
    done = scanned = 0  # copied up to ``done``; no key is looked for inside a value already read
    for key_start, name, start, separator in _secret_keys(text):
        if key_start < scanned or not is_secret_key(name):
            continue
        scanned, masked = _field_value(text, start, "authorization" in name.casefold(),
                                       separator in (":", "%3A", "%3a"))
        end = scanned
        if masked is not None:
            if found is not None:
                value = text[start:end].strip("\"'\\ \t").split()
                found.update(v for v in value[-1:] if _long_enough(v))
            out.append(text[done:start])
            out.append(masked)
            done = end
    out.append(text[done:])
    return "".join(out)


def _field_value(text: str, start: int, is_header: bool, colon: bool) -> tuple[int, str | None]:
    """(end of the value, its masked form or None to keep it) for a value starting at ``start``."""
    quote = _QUOTE.match(text, start)
    if quote:
        open_ = quote.group(0)
        body_start = quote.end()
        body_end = _run_end(_QUOTED_BODY.get(open_, _ESCAPED_QUOTE_BODY), text, body_start)
        body = text[body_start:body_end]
        if not _worth_masking(body):
            return body_end, None
        scheme, sep, _ = body.partition(" ")
        if is_header and sep and scheme.casefold() in _AUTH_SCHEMES:
            return body_end, open_ + scheme + " " + REDACTED
        return body_end, open_ + _mask(body)
    end = _run_end(_UNQUOTED, text, start)
    value = text[start:end]
    if is_header and value.casefold() in _AUTH_SCHEMES:
        gap = end
        while gap < len(text) and text[gap] in " \t":
            gap += 1
        after = _run_end(_UNQUOTED, text, gap)
        if after > gap and _worth_masking(text[gap:after]):
            return after, text[start:gap] + REDACTED
        return end, None
    if not _worth_masking(value) or text.startswith(REDACTED, end):  # "EAA…[redacted]": done
        return end, None
    if colon and _LETTERS.fullmatch(value) and len(value) < _MIN_WORD_LITERAL:
        return end, None  # prose such as "Get a new token: refresh …", not a credential
    return end, _mask(value)


def _redact_escaped(text: str) -> str:
    """Tokens written with JSON \\u escapes (\\u0045AA… is EAA…): decode each run, mask if it hides one."""
    if "\\u" not in text:
        return text
    out: list[str] = []
    done = scanned = 0  # copied up to ``done``; every run up to ``scanned`` already looked at
    for escape in _ESCAPE.finditer(text):
        if escape.start() < scanned:
            continue
        start = escape.start()
        while start > scanned and text[start - 1] in _ID_CHAR:
            start -= 1
        end = scanned = _run_end(_ESCAPED_RUN, text, escape.start())
        if end - start < _SHORTEST_SHAPE:
            continue  # decoding only shortens a run: this one cannot hold a token (e.g. "\u1ee8ng")
        raw = text[start:end]
        decoded = _ESCAPE.sub(lambda m: chr(int(m.group(0)[-4:], 16)), raw)
        masked = _redact_shapes(decoded)
        if masked != decoded:
            out.append(text[done:start])
            out.append(masked)
            done = end
    out.append(text[done:])
    return "".join(out)


def _scheme_value(match: re.Match[str]) -> str:
    value = match.group(3)
    if REDACTED in value or not (any(c.isdigit() for c in value) or len(value) >= 24):
        return match.group(0)  # "OAuth access token", "bearer authentication": words, not secrets
    return match.group(1) + match.group(2) + REDACTED


def _redact_shapes(text: str) -> str:
    text = _TOKEN.sub(lambda m: m.group(1) + "…" + REDACTED, text)
    text = _APP_TOKEN.sub(lambda m: m.group(1) + REDACTED, text)
    text = _HEX_SECRET.sub(REDACTED, text)
    return _SCHEME.sub(_scheme_value, text)


class _Literals:
    """Literal secrets from fields, replaced only as whole tokens: one pass over the text."""

    def __init__(self, secrets: Iterable[str]) -> None:
        kept = {s for s in (str(x).strip() for x in secrets) if _long_enough(s) and REDACTED not in s}
        self.by_prefix: dict[str, set[int]] = {}
        self.secrets = kept
        for secret in kept:
            self.by_prefix.setdefault(secret[:MIN_LITERAL], set()).add(len(secret))
        self.lengths = {prefix: sorted(lengths, reverse=True) for prefix, lengths in self.by_prefix.items()}

    def __bool__(self) -> bool:
        return bool(self.secrets)

    def replace(self, text: str) -> str:
        if len(text) < MIN_LITERAL:
            return text
        out: list[str] = []
        done = 0
        position = 0
        limit = len(text) - MIN_LITERAL
        while position <= limit:
            if position > 0 and text[position - 1] in _ID_CHAR and text[position] in _ID_CHAR:
                position += 1
                continue
            lengths = self.lengths.get(text[position:position + MIN_LITERAL])
            if lengths:
                for length in lengths:
                    end = position + length
                    if (text[position:end] in self.secrets
                            and not (end < len(text) and text[end] in _ID_CHAR and text[end - 1] in _ID_CHAR)):
                        out.append(text[done:position])
                        out.append(REDACTED)
                        done = position = end
                        break
                else:
                    position += 1
                continue
            position += 1
        out.append(text[done:])
        return "".join(out)


def _long_enough(secret: str) -> bool:
    if len(secret) < MIN_LITERAL:
        return False
    return len(secret) >= _MIN_WORD_LITERAL or not _LETTERS.fullmatch(secret)


def _redact(text: str, literals: _Literals | None) -> str:
    if not text:
        return text
    if literals:
        text = literals.replace(text)
    if len(text) < _SHORTEST_SHAPE and "\\u" not in text and not _SECRET_WORD.search(text):
        return text  # too short for any shape, no escape, no secret key: an app name, a label
    text = _redact_escaped(text)
    text = _redact_fields(text)
    return _redact_shapes(text)


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """``text`` with every secret-looking string, and the given literal secrets, replaced."""
    return _redact(text, _Literals(extra) if extra else None)


def redactor(extra: Iterable[str] = ()) -> Callable[[str], str]:
    """``redact`` with the literal secrets prepared once, for a report that echoes many texts;
    each distinct text is redacted once (a channel, a bot or a menu path recurs in every finding)."""
    literals = _Literals(extra) if extra else None
    held = literals if literals else None
    done: dict[str, str] = {}

    def redact_once(text: str) -> str:
        shown = done.get(text)
        if shown is None:
            shown = done[text] = _redact(text, held)
        return shown

    return redact_once


def secrets_in(text: str) -> set[str]:
    """The values that sit after a secret key anywhere in ``text``: pass them as ``extra`` to hide
    them where they are repeated without their key (an excerpt, an app name)."""
    found: set[str] = set()
    _redact_fields(_redact_escaped(text), found)
    return found


def looks_real(value: str) -> bool:
    """A pasted token rather than a documentation placeholder such as PAGE_TOKEN."""
    value = value.strip()
    return len(value) >= 20 and not _PLACEHOLDER.search(value)


def text_has_token(text: str) -> bool:
    """The text holds an access token: a Meta token shape, an app token, or a real-looking
    value in an access_token-like field (what HC001 reports)."""
    if _TOKEN.search(text) or _APP_TOKEN.search(text):
        return True
    if "\\u" in text and _redact_escaped(text) != text:
        return True
    scanned = 0
    for key_start, name, value_start, _ in _secret_keys(text):
        if key_start >= scanned and _is_access_token_key(name):
            quote = _QUOTE.match(text, value_start)
            start = quote.end() if quote else value_start
            scanned = _run_end(_UNQUOTED, text, start)
            if looks_real(text[start:scanned]):
                return True
    return False


def _is_access_token_key(name: str) -> bool:
    """access_token, page_access_token, accessToken, x-access-token, token: an access token."""
    folded = re.sub(r"[^a-z]", "", name.casefold())
    return "accesstoken" in folded or folded in ("token", "inputtoken", "fbexchangetoken")


def find_secrets(value: Any) -> tuple[bool, set[str]]:
    """Walk a JSON value: (a real token was pasted, literal secrets to hide in any output)."""
    found = False
    secrets: set[str] = set()
    stack: list[tuple[str | None, Any]] = [(None, value)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, dict):
            stack.extend((str(k), v) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((key, v) for v in item)
        elif isinstance(item, str):
            if key is not None and is_secret_key(key) and item.strip():
                secrets.add(item.strip())
                found = found or (_is_access_token_key(key) and looks_real(item))
            if not found and text_has_token(item):
                found = True
    return found, secrets


def redact_value(value: Any, extra: Iterable[str] = ()) -> Any:
    """Redact every string inside a JSON-like value (used on whole reports before output).

    What the checker writes itself (the verdict, a severity, a finding's id and name, a link)
    is left as it is: redaction replaces only text that came from the input.
    """
    literals = _Literals(extra)
    return _redact_value(value, literals if literals else None)


def _redact_value(value: Any, literals: _Literals | None) -> Any:
    if isinstance(value, str):
        return _redact(value, literals)
    if isinstance(value, dict):
        fixed = _FIXED_KEYS | (_FIXED_FINDING_KEYS if "severity" in value else frozenset())
        return {k: v if k in fixed and isinstance(v, str) else _redact_value(v, literals) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v, literals) for v in value]
    return value
