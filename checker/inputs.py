"""Turning pasted text or bytes into JSON values, with every bad-input case named."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any

from . import i18n, paste, tokens
from .paste import guidance, nested, relaxed

MAX_BYTES = 2 * 1024 * 1024  # 2 MB: documented limit; real payloads are a few KB
MAX_DEPTH = 64  # real Meta payloads nest fewer than 10 levels
# Separate JSON values one after another: a paste holds a few (a request and its answer, some
# webhook bodies); past this many, the verdict would mean nothing and each value costs a little.
MAX_VALUES = 1000
EXCERPT_WIDTH = 100


class InputError(Exception):
    """The input could not be checked. ``key`` selects the message in i18n.INPUT_ERRORS."""

    def __init__(self, key: str, line: int | None = None, column: int | None = None,
                 excerpt: str | None = None, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.params = params


@dataclass(frozen=True)
class Piece:
    """One JSON value from the input, with the request line that preceded it (if any)."""

    value: Any
    method: str | None = None
    endpoint: str | None = None  # last path segment: "pass_thread_control", "messages", …
    query: tuple[tuple[str, str], ...] = ()
    is_response: bool = False
    line: int = 1
    from_text: bool = False  # an error message read from a line of text, not from a JSON value


@dataclass
class Parsed:
    pieces: list[Piece] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    error_text: str | None = None  # kept for the engine; the readers now give {"error": …} values
    json_error: InputError | None = None  # kept for the engine; set together with error_text
    # How the paste was read, for the report: (key in i18n.NOTICES, params), in reading order.
    notices: list[tuple[str, tuple[tuple[str, Any], ...]]] = field(default_factory=list)
    cut_off: bool = False  # the paste ends inside a value (a cut copy): what was there was read
    readers: list[str] = field(default_factory=list)  # which readers gave values: "json", "python", …

    def note(self, key: str, **params: Any) -> None:
        entry = (key, tuple(params.items()))
        if entry not in self.notices:
            self.notices.append(entry)


# "#<Koala::…>" is Ruby's inspect and "#10 (Message failed…" an error heading, not comments.
_COMMENT = re.compile(r"^\s*(//|#(?![<\d]))")
_STATUS = re.compile(r"^\s*HTTP/\d(?:\.\d)?\s+(\d{3})\b", re.ASCII)  # "HTTP/1.1 ٤٠٠" is no status 400
_REQUEST = re.compile(r"^\s*(GET|POST|DELETE|PUT|PATCH)\s+(\S+)(.*)$")
_HEADER = re.compile(r"^\s*[A-Za-z][A-Za-z0-9\-]*:\s")
# A JSON string on one line (the closing quote captured when there is one), or a bracket.
_SCAN = re.compile(r'"(?:[^"\\\n]|\\.)*+("?)|[\[\]{}]')
_BRACKET = re.compile(r"[\[\]{}]")
_WS = re.compile(r"\s*")


def _ws_end(text: str, position: int) -> int:
    match = _WS.match(text, position)
    return match.end() if match else position



def decode(data: bytes) -> tuple[str, bool]:
    """Bytes → text. Accepts a UTF-8 BOM; raises InputError for anything that is not UTF-8."""
    if len(data) > MAX_BYTES:
        raise InputError("too_large", size=len(data), limit=MAX_BYTES)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("utf16")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8-sig"), bom
    except UnicodeDecodeError as exc:
        raise InputError("invalid_utf8", offset=exc.start + (3 if bom else 0)) from None


def parse(text: str, bom: bool = False) -> Parsed:
    """Text → JSON values. Strips annotations people paste from Meta's docs, line numbers kept."""
    if len(text) > MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise InputError("too_large", size=len(text.encode("utf-8", "surrogatepass")), limit=MAX_BYTES)
    if text.startswith("\ufeff"):
        text, bom = text[1:], True
    parsed = Parsed()
    if bom:
        parsed.removed.append("bom")
    if not text.strip():
        raise InputError("empty")
    cleaned, markers = _strip_annotations(text, parsed)
    if not cleaned.strip():
        raise InputError("only_annotations")
    _check_depth(cleaned)
    try:
        _decode_values(cleaned, markers, parsed)
        parsed.readers.append("json")
    except InputError as exc:
        if exc.key != "invalid_json" or exc.params.get("reason") == "number_too_long":
            raise
        parsed.pieces.clear()
        _read_paste(cleaned, markers, parsed, exc)
    _look_inside(parsed)
    return parsed


# --- the readers of pastes that are not plain JSON (checker/paste/) --------------------------

_DIALECT_NOTICES = {
    "python": "read_python", "ruby": "read_ruby", "js": "read_js", "node": "read_node",
    "php_print_r": "read_php_print_r", "php_var_dump": "read_php_var_dump",
}


def _read_paste(text: str, markers: list[tuple[int, dict[str, Any]]], parsed: Parsed, json_error: InputError) -> None:
    """Not JSON: an object literal, a log, a dump, an exception; else guidance on what to paste."""
    try:
        if _meant_as_json(text):
            literals = paste.read_literals(text)
            if literals is not None:
                _take(literals, markers, parsed)
                if relaxed.dialect_of(literals.dialects) in (None, "js") and not literals.cut_off:
                    # Valid JavaScript, but not JSON: keep the exact place for whoever fixes the JSON.
                    reason = json_error.params.get("reason", "other")
                    parsed.note("not_strict_json", line=json_error.line, column=json_error.column,
                                reason=i18n.JSON_REASONS.get(reason, i18n.JSON_REASONS["other"]),
                                detail=json_error.params.get("detail", ""))
                return
            escaped = _escaped_json(text)
            if escaped is not None:
                _add_piece(parsed, escaped, 1, _Contexts(markers))
                parsed.readers.append("escaped_json")
                parsed.note("read_escaped_json")
                return
            if not _strict_then_text(text):
                raise json_error
        reading = paste.read(text)
    except paste.TooDeep as exc:
        line, column = _position(text, exc.offset)
        raise InputError("too_deep", line, column, _excerpt(text, line, column), limit=MAX_DEPTH) from None
    values = [f.value for f in reading.found if f.source == "value"]
    kind = guidance.classify(text)
    if kind == "looks_html" and not values:
        raise InputError(kind, lang=guidance.language_of(text))
    if kind == "looks_network" and not reading.strong_lines and not any(
            isinstance(v, dict) and ({"error", "entry", "data"} & set(v)) for v in values):
        raise InputError(kind, lang=guidance.language_of(text))
    if not reading.found:
        if reading.http_status_only:
            raise InputError("only_http_status")
        if kind is not None:
            raise InputError(kind, lang=guidance.language_of(text))
        raise json_error
    _take(reading, markers, parsed)
    if reading.split_lines:
        parsed.note("read_split_lines")
    if reading.from_lines and values:
        parsed.note("read_log_lines", count=len(values))
    if reading.error_lines:
        parsed.note("read_error_lines", count=reading.error_lines)
    if reading.other_lines:
        parsed.note("ignored_text", count=reading.other_lines)


def _take(reading: paste.Reading, markers: list[tuple[int, dict[str, Any]]], parsed: Parsed) -> None:
    contexts = _Contexts(markers)
    for found in reading.found:
        _add_piece(parsed, found.value, found.line, contexts, from_text=found.source == "text")
    dialect = relaxed.dialect_of(reading.dialects) or next(
        (d for d in ("php_print_r", "php_var_dump") if d in reading.dialects), None)
    if dialect is not None:
        parsed.readers.append(dialect)
        parsed.note(_DIALECT_NOTICES[dialect])
    if reading.cut_off:
        parsed.cut_off = True
        parsed.note("cut_off")


def _meant_as_json(text: str) -> bool:
    """{"…, [{…, ["… at the start: a JSON value ("[2024-…] ERROR" and "{ Error: …" are logs)."""
    body = text.lstrip()
    return body[:1] in ("{", "[") and body[1:].lstrip()[:1] in ("{", "[", '"', "'", "]", "}", "\\")


def _strict_then_text(text: str) -> bool:
    """JSON values, then something that is not a JSON value (a line of text): read as a log."""
    decoder = json.JSONDecoder()
    position = _ws_end(text, 0)
    count = 0
    while position < len(text):
        try:
            _, end = decoder.raw_decode(text, position)
        except (ValueError, RecursionError):
            return count > 0 and text[position] not in "{[\"'"
        count += 1
        position = _ws_end(text, end)
    return False


def _escaped_json(text: str) -> Any | None:
    """{\"error\": …} copied from inside a string: undo the escaping, then read the JSON."""
    body = text.strip()
    if '\\"' not in body[:200]:
        return None
    try:
        inner = json.loads('"' + body + '"')
    except ValueError:
        return None
    return nested.parse_json_text(inner) if isinstance(inner, str) else None


class _Contexts:
    """The request and response markers folded once, in line order: a line's context (the last
    request line above it, and the response notes since) is found by bisection, so a long log
    with many request lines stays linear."""

    def __init__(self, markers: list[tuple[int, dict[str, Any]]]) -> None:
        self.lines = [number for number, _ in markers]  # in order: _strip_annotations walks the lines
        self.folded: list[dict[str, Any]] = [{}]
        for _, marker in markers:
            self.folded.append(marker if "method" in marker else {**self.folded[-1], **marker})

    def at(self, line: int) -> dict[str, Any]:
        """The context of a value on 1-based ``line`` (markers are numbered from 0)."""
        return self.folded[bisect.bisect_left(self.lines, line)]


def _add_piece(parsed: Parsed, value: Any, line: int, contexts: _Contexts, from_text: bool = False) -> None:
    context = contexts.at(line)
    parsed.pieces.append(Piece(
        value, method=context.get("method"), endpoint=context.get("endpoint"),
        query=context.get("query", ()), is_response=bool(context.get("response")) or context.get("method") == "GET",
        line=line, from_text=from_text,
    ))


def _look_inside(parsed: Parsed) -> None:
    """JSON in strings, batch bodies, errors deep in dumps; drop text lines that repeat a JSON error."""
    found: set[str] = set()
    pieces: list[Piece] = []
    budget = [nested.NODE_BUDGET]
    for piece in parsed.pieces:
        value = nested.unwrap(piece.value, found, budget)
        for inner in nested.extract(value, found):
            pieces.append(Piece(inner, piece.method, piece.endpoint, piece.query, piece.is_response,
                                piece.line, piece.from_text))
    for key in ("read_escaped_json", "read_json_in_string", "read_batch", "read_nested_error", "read_channel_data"):
        if key in found:
            parsed.note(key)
    parsed.pieces = _without_repeats(pieces)
    values = [p.value for p in parsed.pieces]
    budget = [nested.NODE_BUDGET]
    if values and all(isinstance(v, (dict, list)) for v in values) and not any(
            guidance.about_messaging(v, budget) for v in values):
        raise InputError("json_unrelated")


def _without_repeats(pieces: list[Piece]) -> list[Piece]:
    """A traceback line "(#10) …" above the JSON body of the same error is one error, not two."""
    by_code: dict[str, set[str]] = {}
    for piece in pieces:
        error = piece.value.get("error") if isinstance(piece.value, dict) and not piece.from_text else None
        if not isinstance(error, dict):
            continue
        message = error.get("message")
        if isinstance(message, str) and message.strip():
            seen = by_code.setdefault(str(error.get("code")), set())
            if len(seen) < 50:  # distinct messages per code: a few in any real paste
                seen.add(message.strip()[:60])
    kept = []
    for piece in pieces:
        if piece.from_text:
            line_error = piece.value["error"]
            code = line_error.get("code")
            codes = [str(code)] if code is not None else list(by_code)
            if any(m in line_error["message"] for c in codes for m in by_code.get(c, ())):
                continue
        kept.append(piece)
    return kept


def _strip_annotations(text: str, parsed: Parsed) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """Blank out comment, HTTP and request lines; remember requests as markers by line."""
    lines = text.split("\n")
    markers: list[tuple[int, dict[str, Any]]] = []
    in_headers = False
    for number, line in enumerate(lines):
        if in_headers:
            if _HEADER.match(line):
                lines[number] = ""
                _note(parsed, "http_headers")
                continue
            in_headers = False
        if _COMMENT.match(line):
            lines[number] = ""
            _note(parsed, "comment_lines")
            if "response" in line.casefold() or "returns" in line.casefold():
                markers.append((number, {"response": True}))
            continue
        status = _STATUS.match(line)
        if status:
            lines[number] = ""
            _note(parsed, "http_status")
            markers.append((number, {"response": True, "status": int(status.group(1))}))
            in_headers = True
            continue
        request = _REQUEST.match(line)
        if request:
            method, url, rest = request.groups()
            marker = _request_marker(method, url)
            markers.append((number, marker))
            parsed.requests.append(f"{method} {tokens.redact(url)}")
            _note(parsed, "request_line")
            start = line.find(rest) if rest.strip() else len(line)
            # Keep an inline body ("POST /me/x { … }") at its column.
            lines[number] = " " * start + rest if rest.strip() else ""
            in_headers = True
            continue
    return "\n".join(lines), markers


def _note(parsed: Parsed, kind: str) -> None:
    if kind not in parsed.removed:
        parsed.removed.append(kind)


def _request_marker(method: str, url: str) -> dict[str, Any]:
    from urllib.parse import parse_qs, urlsplit  # only for pasted request lines: keep import light

    try:
        parts = urlsplit(url if "://" in url else "https://graph.facebook.com" + ("" if url.startswith("/") else "/") + url)
    except ValueError:  # "https://[::1/…", "https://[zz]/…": a request line whose URL says nothing
        return {"method": method, "endpoint": None, "query": ()}
    segments = [s for s in parts.path.split("/") if s]
    query = tuple(
        (k, v[-1]) for k, v in parse_qs(parts.query, keep_blank_values=True).items() if k != "access_token"
    )
    return {"method": method, "endpoint": segments[-1] if segments else None, "query": query}


def _check_depth(text: str) -> None:
    """Reject pathological nesting before json's recursive decoder meets it.

    One pass, linear in the text: a string is read once (possessively, so a run of quotes and
    escaped quotes cannot make the pattern backtrack), and a quote left open on its line is
    not a string: the brackets after it still count, as they did with the former pattern.
    """
    depth = 0
    for match in _SCAN.finditer(text):
        token = match.group(0)
        if token[0] != '"':
            depth = _step(text, match.start(), token, depth)
        elif not match.group(1):
            # Every quote inside this span was escaped, so none of them starts a string either.
            for bracket in _BRACKET.finditer(text, match.start() + 1, match.end()):
                depth = _step(text, bracket.start(), bracket.group(0), depth)


def _step(text: str, offset: int, bracket: str, depth: int) -> int:
    if bracket in "[{":
        depth += 1
        if depth > MAX_DEPTH:
            line, column = _position(text, offset)
            raise InputError("too_deep", line, column, _excerpt(text, line, column), limit=MAX_DEPTH)
        return depth
    return max(0, depth - 1)


def _decode_values(text: str, markers: list[tuple[int, dict[str, Any]]], parsed: Parsed) -> None:
    decoder = json.JSONDecoder()
    position = _ws_end(text, 0)
    counted, line = 0, 1  # line numbers counted on from the last value: linear for many values
    walked = 0  # markers folded into context so far: walked once with an index, not per value
    context: dict[str, Any] = {}
    while position < len(text):
        if len(parsed.pieces) >= MAX_VALUES:
            line, column = _position(text, position)
            raise InputError("too_many_values", line, column, _excerpt(text, line, column), limit=MAX_VALUES)
        value, end = _decode_one(decoder, text, position)
        line += text.count("\n", counted, position)
        counted = position
        while walked < len(markers) and markers[walked][0] < line:
            marker = markers[walked][1]
            context = marker if "method" in marker else {**context, **marker}
            walked += 1
        parsed.pieces.append(
            Piece(
                value,
                method=context.get("method"),
                endpoint=context.get("endpoint"),
                query=context.get("query", ()),
                is_response=bool(context.get("response")) or context.get("method") == "GET",
                line=line,
            )
        )
        if not isinstance(value, (dict, list)) and not (isinstance(value, str) and value.lstrip()[:1] in ("{", "[")):
            # A bare number or text: the engine refuses the input at this value, if the rest is
            # JSON too ("2026-11-20 ERROR …" is not: that goes to the readers).
            _check_rest(decoder, text, _ws_end(text, end))
            break
        # A request line applies to its body only; what follows is its response.
        if context:
            context = {**context, "response": True}
        position = _ws_end(text, end)
    if not parsed.pieces:
        raise InputError("only_annotations")


def _check_rest(decoder: json.JSONDecoder, text: str, position: int) -> None:
    while position < len(text):
        _, end = _decode_one(decoder, text, position)
        position = _ws_end(text, end)


def _decode_one(decoder: json.JSONDecoder, text: str, position: int) -> tuple[Any, int]:
    """The JSON value at `position` and where it ends; every way it can fail is an InputError."""
    try:
        return decoder.raw_decode(text, position)
    except json.JSONDecodeError as exc:
        raise _json_error(text, exc) from None
    except RecursionError:
        line, column = _position(text, position)
        raise InputError("too_deep", line, column, None, limit=MAX_DEPTH) from None
    except ValueError as exc:  # e.g. an integer longer than Python's digit limit
        line, column = _position(text, position)
        raise InputError("invalid_json", line, column, _excerpt(text, line, column),
                         reason="number_too_long", detail=str(exc)) from None


def _json_error(text: str, exc: json.JSONDecodeError) -> InputError:
    msg = exc.msg
    pos = exc.pos
    char = text[pos:pos + 1]
    before = text[:pos].rstrip()
    if char == "'":
        reason = "single_quotes"
    elif msg.startswith("Illegal trailing comma") or (before.endswith(",") and char in "]}"):
        # Python 3.13+ says so itself and points at the comma; 3.11 points after it.
        reason = "trailing_comma"
        if not msg.startswith("Illegal"):
            pos = len(before) - 1
        line, column = _position(text, pos)
        return InputError("invalid_json", line, column, _excerpt(text, line, column),
                          reason=reason, detail=msg)
    elif msg.startswith("Expecting value"):
        reason = "expecting_value"
    elif msg.startswith("Expecting property name"):
        reason = "expecting_name"
    elif msg.startswith("Expecting ',' delimiter"):
        reason = "expecting_comma"
    elif msg.startswith("Expecting ':' delimiter"):
        reason = "expecting_colon"
    elif msg.startswith("Unterminated string") or (msg.startswith("Invalid control character") and char in "\r\n"):
        reason = "unterminated_string"
    elif msg.startswith("Invalid control character"):
        reason = "control_char"
    elif msg.startswith("Invalid \\escape") or msg.startswith("Invalid \\u"):
        reason = "bad_escape"
    else:
        reason = "other"
    return InputError("invalid_json", exc.lineno, exc.colno, _excerpt(text, exc.lineno, exc.colno),
                      reason=reason, detail=msg)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _excerpt(text: str, line: int, column: int) -> str:
    """The offending line (redacted, cut to a readable width) and a caret under the column."""
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    source = text[start:] if end < 0 else text[start:end]
    source = source.replace("\t", " ").rstrip("\r")
    # Redact before cutting, so no token survives half-cut; each side apart keeps the caret.
    head = tokens.redact(source[:column - 1])
    source = head + tokens.redact(source[column - 1:])
    caret = len(head)
    left = max(0, caret - EXCERPT_WIDTH // 2)
    shown = source[left:left + EXCERPT_WIDTH]
    prefix = "…" if left else ""
    suffix = "…" if left + EXCERPT_WIDTH < len(source) else ""
    return f"{prefix}{shown}{suffix}\n{' ' * (len(prefix) + caret - left)}^"
