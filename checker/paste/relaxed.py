"""A tolerant reader for object literals: Python reprs, Ruby hashes, JavaScript and Node dumps.

It turns them into the values ``json.loads`` gives for the same data. It never evaluates
anything, nests at most ``MAX_DEPTH`` levels and reads each character a bounded number of times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MAX_DEPTH = 64

# Dialect evidence, strongest first: the reader names the dialect it saw in its notice.
NODE, RUBY, PYTHON, JS = "node", "ruby", "python", "js"
DIALECTS = (NODE, RUBY, PYTHON, JS)
SINGLE_QUOTES = "single_quotes"  # Python or JavaScript: the other evidence decides

_WS = re.compile(r"[ \t\r\n\f\v\u00a0\ufeff]*")
_IDENT = re.compile(r"(?:[^\W\d]|\$)[\w$]*(?:(?:\.|::|\\)(?:[^\W\d]|\$)[\w$]*)*")
_NUMBER = re.compile(r"[-+]?\.?[0-9][0-9A-Za-z_.+\-:]*")
_KEY_NUMBER = re.compile(r"-?[0-9][0-9_.]*")
_STRING_BODY = {q: re.compile("[^" + q + "\\\\]*") for q in ("'", '"', "`")}
_STRING_PREFIXES = frozenset({"u", "U", "b", "B", "r", "R", "br", "rb", "Br", "bR", "BR", "Rb", "rB", "RB"})
_CONSTANTS: dict[str, tuple[Any, str | None]] = {
    "true": (True, None), "false": (False, None), "null": (None, None),
    "True": (True, PYTHON), "False": (False, PYTHON), "None": (None, PYTHON),
    "nil": (None, RUBY), "undefined": (None, JS), "NaN": (None, JS), "Infinity": (None, JS),
}
# Node's util.inspect placeholders: [Object], [Array], [Function: x], [Circular *1], [Getter] …
_MARKER_FOLLOW = frozenset("]:(*/ ")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0",
            "\\": "\\", "'": "'", '"': '"', "/": "/", "`": "`", "a": "\a", "e": "\x1b", "$": "$"}
_MISSING = object()
_SPACE_OR_SLASH = frozenset(" \t\r\n\f\v\u00a0\ufeff/")


class Failed(Exception):
    """The text at ``pos`` is not a literal this reader understands."""

    def __init__(self, pos: int) -> None:
        super().__init__(pos)
        self.pos = pos


class TooDeep(Exception):
    def __init__(self, pos: int) -> None:
        super().__init__(pos)
        self.pos = pos


@dataclass
class Result:
    value: Any
    end: int
    truncated: bool
    dialects: set[str] = field(default_factory=set)

    @property
    def dialect(self) -> str | None:
        return dialect_of(self.dialects)


def dialect_of(evidence: set[str]) -> str | None:
    """The dialect the evidence points to: Node, Ruby, Python, JavaScript; single quotes alone: Python."""
    found = next((d for d in DIALECTS if d in evidence), None)
    if found is None and SINGLE_QUOTES in evidence:
        return PYTHON
    return found


def read(text: str, start: int = 0, stop: int | None = None) -> Result:
    """One literal value starting at ``start`` (an object, list or tuple); raises Failed/TooDeep."""
    reader = _Reader(text, start, len(text) if stop is None else stop)
    value = reader.value(0)
    if value is _MISSING:
        raise Failed(reader.i)
    return Result(value, reader.i, reader.truncated, reader.dialects)


def fix_surrogates(text: str) -> str:
    """Join surrogate pairs written as escapes; a lone surrogate becomes U+FFFD (it cannot be printed)."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class _Reader:
    def __init__(self, text: str, start: int, stop: int) -> None:
        self.s = text
        self.i = start
        self.n = stop
        self.truncated = False
        self.dialects: set[str] = set()

    # --- helpers -------------------------------------------------------------------------
    def ws(self) -> None:
        if self.i < self.n and self.s[self.i] not in _SPACE_OR_SLASH:
            return  # the common case: already at a token
        while True:
            match = _WS.match(self.s, self.i, self.n)
            self.i = min(match.end() if match else self.i, self.n)
            if self.s.startswith("//", self.i) and self.i + 1 < self.n:
                end = self.s.find("\n", self.i, self.n)
                self.i = self.n if end < 0 else end
                self.dialects.add(JS)
                continue
            return

    def at_end(self) -> bool:
        if self.i >= self.n:
            self.truncated = True
            return True
        return False

    def skip_balanced(self, open_: str, close: str) -> None:
        """Skip a bracketed run such as ``(2024, 1, tzinfo=…)`` or ``<ref *1>``, quotes respected."""
        depth = 0
        while self.i < self.n:
            c = self.s[self.i]
            if c in "'\"":
                self.string()
                continue
            if c == open_:
                depth += 1
                if depth > MAX_DEPTH:
                    raise TooDeep(self.i)
            elif c == close:
                depth -= 1
                if depth == 0:
                    self.i += 1
                    return
            self.i += 1
        self.truncated = True

    # --- values --------------------------------------------------------------------------
    def value(self, depth: int) -> Any:
        self.ws()
        if self.at_end():
            return _MISSING
        s, c = self.s, self.s[self.i]
        if c == "{":
            return self.obj(depth + 1)
        if c == "[":
            marker = self.marker(depth)
            if marker is not _MISSING:
                return marker
            return self.array(depth + 1, "]")
        if c == "(":
            self.dialects.add(PYTHON)
            return self.array(depth + 1, ")")
        if c in "'\"`":
            return self.concat(self.string())
        if c.isdigit() or (c in "-+." and self.i + 1 < self.n and (s[self.i + 1].isdigit() or s[self.i + 1] == ".")):
            return self.number()
        if c == ":" and self.i + 1 < self.n and (s[self.i + 1].isalpha() or s[self.i + 1] == "_"):
            self.i += 1
            self.dialects.add(RUBY)
            return self.ident()
        if c == "<" or (c == "#" and s.startswith("#<", self.i)):
            return self.angle(depth)
        if c == "." and s.startswith("...", self.i):  # Python's {...} for a recursive value
            self.i += 3
            return None
        if c.isalpha() or c in "_$":
            return self.word(depth)  # fails on letters an identifier cannot start with
        raise Failed(self.i)

    def angle(self, depth: int) -> Any:
        """``<ref *1> Foo {…}`` (Node) is the object after it; ``<Response [400]>``/``#<Obj …>`` is None."""
        if self.s[self.i] == "#":
            self.i += 1
            self.dialects.add(RUBY)
        is_ref = self.s.startswith("<ref", self.i)
        self.skip_balanced("<", ">")
        if is_ref:
            if depth + 1 > MAX_DEPTH:  # <ref *1> <ref *1> …: each one counts as a level
                raise TooDeep(self.i)
            self.dialects.add(NODE)
            return self.value(depth + 1)
        return None

    def marker(self, depth: int) -> Any:
        match = _IDENT.match(self.s, self.i + 1, self.n)
        if match is None or match.group(0) in _CONSTANTS:
            return _MISSING
        end = match.end()
        if end >= self.n or self.s[end] not in _MARKER_FOLLOW:
            return _MISSING
        close = self.s.find("]", end, min(self.n, end + 200))
        newline = self.s.find("\n", end, close if close >= 0 else min(self.n, end + 200))
        if close < 0 or newline >= 0:
            return _MISSING
        self.dialects.add(NODE)
        self.i = close + 1
        self.ws()
        if self.i < self.n and self.s[self.i] == "{":  # [Object: null prototype] { … }
            return self.obj(depth + 1)
        return None

    def word(self, depth: int) -> Any:
        start = self.i
        match = _IDENT.match(self.s, self.i, self.n)
        if match is None:
            raise Failed(start)
        name = match.group(0)
        self.i = match.end()
        if self.i >= self.n:  # "tru", "Non…" cut by the copy: not a value
            self.truncated = True
            return _MISSING
        if self.s[self.i] in "'\"" and name in _STRING_PREFIXES:
            self.dialects.add(PYTHON)
            return self.concat(self.string())
        if name in _CONSTANTS:
            value, dialect = _CONSTANTS[name]
            if dialect:
                self.dialects.add(dialect)
            return value
        self.ws()
        if self.i < self.n:
            c = self.s[self.i]
            if c == "(":  # Map(2) {…}, Array(3) […]; or a Python call: datetime.datetime(…)
                self.skip_balanced("(", ")")
                self.ws()
                if self.i < self.n and self.s[self.i] in "{[":
                    self.dialects.add(NODE)
                    return self.value(depth)
                self.dialects.add(PYTHON)
                return None
            if c in "{[":  # AxiosError {…}: a class name before the object
                self.dialects.add(NODE)
                return self.value(depth)
            if c == "<":  # Object <[Object: null prototype] {}>
                self.skip_balanced("<", ">")
                self.dialects.add(NODE)
                return None
        raise Failed(start)

    def string(self) -> str:
        s = self.s
        quote = s[self.i]
        if quote != '"':
            self.dialects.add(JS if quote == "`" else SINGLE_QUOTES)
        self.i += 1
        body = _STRING_BODY[quote]
        parts: list[str] = []
        while True:
            match = body.match(s, self.i, self.n)
            end = min(match.end() if match else self.i, self.n)
            parts.append(s[self.i:end])
            self.i = end
            if end >= self.n:
                self.truncated = True
                break
            c = s[end]
            if c == quote:
                self.i = end + 1
                break
            parts.append(self.escape())
        return fix_surrogates("".join(parts))

    def escape(self) -> str:
        s, i = self.s, self.i + 1
        if i >= self.n:
            self.i = i
            self.truncated = True
            return ""
        c = s[i]
        if c == "\n":
            self.i = i + 1
            return ""
        if c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            if c == "u" and s.startswith("{", i + 1):
                close = s.find("}", i + 2, min(self.n, i + 10))
                digits = s[i + 2:close] if close > 0 else ""
                end = close + 1
            else:
                digits = s[i + 1:i + 1 + width]
                end = i + 1 + width
            if len(digits) == width or (c == "u" and digits and end > i + 1 + width - 1):
                try:
                    code = int(digits, 16)
                    self.i = end
                    return chr(code) if code <= 0x10FFFF else "\ufffd"
                except ValueError:
                    pass
            self.i = i + 1
            return "\\" + c
        self.i = i + 1
        return _ESCAPES.get(c, "\\" + c)

    def concat(self, text: str) -> str:
        """Node splits long strings as 'a' +\\n 'b'; Python writes 'a' 'b'."""
        parts = [text]
        while True:
            save = self.i
            self.ws()
            if self.i < self.n and self.s[self.i] == "+":
                self.i += 1
                self.ws()
                if self.i < self.n and self.s[self.i] in "'\"`":
                    self.dialects.add(NODE)
                    parts.append(self.string())
                    continue
            elif self.i < self.n and self.s[self.i] in "'\"":
                parts.append(self.string())
                continue
            self.i = save
            return "".join(parts)

    def number(self) -> Any:
        start = self.i
        match = _NUMBER.match(self.s, self.i, self.n)
        if match is None:
            raise Failed(start)
        word = match.group(0)
        self.i = match.end()
        if self.i >= self.n:  # 20183… cut by the copy: the digits may be incomplete
            self.truncated = True
            return _MISSING
        if word.endswith(":") or (":" in word and "T" not in word and word.count(":") == 1):
            raise Failed(start)
        return _number_value(word, start)

    def ident(self) -> str:
        match = _IDENT.match(self.s, self.i, self.n)
        if match is None:
            raise Failed(self.i)
        self.i = match.end()
        return match.group(0)

    # --- containers ----------------------------------------------------------------------
    def obj(self, depth: int) -> dict[str, Any] | None:
        if depth > MAX_DEPTH:
            raise TooDeep(self.i)
        self.i += 1
        result: dict[str, Any] = {}
        while True:
            self.ws()
            if self.at_end():
                return result
            c = self.s[self.i]
            if c == "}":
                self.i += 1
                return result
            key = self.key()
            if key is _MISSING:
                return result
            self.ws()
            if self.at_end():
                return result
            s = self.s
            if s[self.i] == ":":
                self.i += 1
            elif s.startswith("=>", self.i):
                self.i += 2
                self.dialects.add(RUBY)
            elif s[self.i] in ",}":  # {error} or a Python set: not data
                raise Failed(self.i)
            else:
                raise Failed(self.i)
            value = self.value(depth)
            if value is _MISSING:
                return result
            result[str(key)] = value
            self.ws()
            if self.at_end():
                return result
            c = s[self.i]
            if c == ",":
                self.i += 1
                self.ws()
                if self.i < self.n and s[self.i] == "}":
                    self.dialects.add(JS)
            elif c != "}":
                raise Failed(self.i)

    def key(self) -> Any:
        s, c = self.s, self.s[self.i]
        if c in "'\"`":
            text = self.string()
            return _MISSING if self.truncated else text
        if c == ":" and self.i + 1 < self.n and (s[self.i + 1].isalpha() or s[self.i + 1] == "_"):
            self.i += 1
            self.dialects.add(RUBY)
            return self.ident()
        if c == "[":  # [Symbol(kHeaders)]
            close = s.find("]", self.i, min(self.n, self.i + 200))
            if close < 0:
                raise Failed(self.i)
            self.dialects.add(NODE)
            name = s[self.i + 1:close]
            self.i = close + 1
            return name
        if c.isdigit() or c == "-":
            match = _KEY_NUMBER.match(s, self.i, self.n)
            if match is None:
                raise Failed(self.i)
            self.i = match.end()
            return match.group(0)
        if c.isalpha() or c in "_$":
            name = self.ident()
            if name in _STRING_PREFIXES and self.i < self.n and s[self.i] in "'\"":  # u'key'
                self.dialects.add(PYTHON)
                text = self.string()
                return _MISSING if self.truncated else text
            if self.i < self.n and s[self.i] == ":" and not s.startswith("::", self.i):
                self.dialects.add(JS)  # {key: …} in JS, {key: …} in Ruby 1.9+ too
            return name
        raise Failed(self.i)

    def array(self, depth: int, close: str) -> list[Any]:
        if depth > MAX_DEPTH:
            raise TooDeep(self.i)
        self.i += 1
        result: list[Any] = []
        s = self.s
        while True:
            self.ws()
            if self.at_end():
                return result
            c = s[self.i]
            if c == close:
                self.i += 1
                return result
            if c == "." and s.startswith("... ", self.i):  # Node: "... 98 more items"
                end = self.i
                while end < self.n and s[end] not in ",]\n":
                    end += 1
                self.i = end
                self.dialects.add(NODE)
            else:
                value = self.value(depth)
                if value is _MISSING:
                    return result
                result.append(value)
            self.ws()
            if self.at_end():
                return result
            c = s[self.i]
            if c == ",":
                self.i += 1
            elif c != close:
                raise Failed(self.i)


def _number_value(word: str, pos: int) -> Any:
    body = word.rstrip("n").replace("_", "") if not word.lower().startswith(("0x", "-0x")) else word
    try:
        if body.lower().startswith(("0x", "-0x", "+0x")):
            return int(body, 16)
        if body.lstrip("+-").isdigit():
            return int(body) if len(body) <= 4000 else body
        return float(body)
    except ValueError:
        pass
    # A date or time printed bare (Node prints Date objects this way): keep it as text.
    if ("-" in word[1:] or ":" in word) and any(c.isdigit() for c in word):
        return word
    raise Failed(pos)
