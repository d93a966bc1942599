"""Readers for the ways people paste: log lines, object literals, PHP dumps, SDK exception text.

``read(text)`` finds every value and every error message in a paste that is not plain JSON.
Each reader lives in its own module; this one walks the lines and hands each part to them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from . import errorlines, nested, php, relaxed

Params = tuple[tuple[str, Any], ...]

_CANDIDATE = re.compile(r"[{\[]")
_MAX_CANDIDATES_PER_LINE = 8
_DIGITS = str.maketrans("0123456789", "0000000000")


@dataclass(frozen=True)
class Found:
    value: Any
    line: int  # 1-based line where the value starts
    source: str = "value"  # "value": read from JSON or a literal; "text": an error message line


@dataclass
class Reading:
    found: list[Found] = field(default_factory=list)
    notices: list[tuple[str, Params]] = field(default_factory=list)
    cut_off: bool = False
    dialects: set[str] = field(default_factory=set)
    from_lines: int = 0  # values found after a prefix or between other lines
    split_lines: bool = False
    error_lines: int = 0  # lines read as errors: the strong ones, and weak ones when alone
    strong_lines: int = 0  # lines with a code or a catalogued message
    other_lines: int = 0
    http_status_only: bool = False

    def note(self, key: str, **params: Any) -> None:
        entry = (key, tuple(params.items()))
        if entry not in self.notices:
            self.notices.append(entry)


class TooDeep(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def read_literals(text: str) -> Reading | None:
    """The whole text as one or more object literals (Python, Ruby, JS, Node), or None."""
    reading = Reading()
    position = 0
    length = len(text)
    while True:
        while position < length and text[position].isspace():
            position += 1
        if position >= length:
            break
        try:
            result = relaxed.read(text, position)
        except relaxed.Failed:
            return None
        except relaxed.TooDeep as exc:
            raise TooDeep(exc.pos) from None
        if not isinstance(result.value, (dict, list)):
            return None
        reading.found.append(Found(result.value, text.count("\n", 0, position) + 1))
        reading.cut_off = reading.cut_off or result.truncated
        reading.dialects |= result.dialects
        position = result.end
    return reading if reading.found else None


def read(text: str) -> Reading:
    """Every value and error line in a mixed paste (logs, dumps, tracebacks, text around JSON)."""
    reading = Reading()
    lines = text.split("\n")
    starts = [0] * (len(lines) + 1)
    for number, line in enumerate(lines):
        starts[number + 1] = starts[number] + len(line) + 1
    budget = [4 * len(text) + 65536]  # characters failed attempts may re-read: keeps it linear
    strong: list[dict[str, Any]] = []
    weak: list[tuple[dict[str, Any], int]] = []
    index = 0
    resume = 0  # offset in text before which everything is consumed
    while index < len(lines):
        line = lines[index]
        if resume <= starts[index] and ("rray" in line or "bject" in line):
            after = _php_at(lines, index, starts, reading)
            if after is not None:
                index = after
                resume = starts[min(after, len(lines))]
                continue
        line_start = starts[index]
        column = max(0, resume - line_start)
        leftover: list[str] = []
        jumped = False
        tried = 0
        for match in _CANDIDATE.finditer(line, column):
            if tried >= _MAX_CANDIDATES_PER_LINE:
                break
            if match.start() < column or not _may_start_value(line, match.start()):
                continue
            tried += 1
            offset = line_start + match.start()
            got = _value_at(text, offset, len(text), budget, reading)
            if got is None:
                split = _split_value(lines, index, match.start(), budget, reading)
                if split is None:
                    # Cut at the end of its line (a logger's length limit, a partial copy).
                    got = _value_at(text, offset, starts[index + 1] - 1, budget, reading, strict=False)
                if split is not None:
                    value, end_line, end_column = split
                    leftover.append(line[column:match.start()])
                    reading.found.append(Found(value, index + 1))
                    reading.split_lines = True
                    index = end_line
                    resume = starts[end_line] + end_column
                    jumped = True
                    break
            if got is None:
                continue
            value, end = got
            leftover.append(line[column:match.start()])
            reading.found.append(Found(value, index + 1))
            if match.start() > 0 or index > 0 or end < len(text.rstrip()):
                reading.from_lines += 1
            resume = end
            if end > starts[index + 1] - 1:  # the value went on over the next lines
                index = _line_of(starts, end)
                jumped = True
                break
            column = end - line_start
        if jumped:
            _take_text(" ".join(leftover), index, strong, weak, reading)
            continue
        leftover.append(line[column:] if column < len(line) else "")
        _take_text(" ".join(leftover), index + 1, strong, weak, reading)
        index += 1
        resume = max(resume, starts[min(index, len(lines))])
    _add_errors(reading, strong, weak)
    return reading


_AFTER_BRACE = frozenset("\"'}:[$_`")
_AFTER_BRACKET = frozenset("{[\"'<]")


def _may_start_value(line: str, column: int) -> bool:
    """Whether an object or a list worth reading can start here ("[2024-…]", "[INFO]" cannot)."""
    rest = line[column + 1:column + 64].lstrip()
    if not rest:
        return True  # the value goes on over the next lines
    first = rest[0]
    if line[column] == "{":
        return first in _AFTER_BRACE or first.isalnum()
    return first in _AFTER_BRACKET


def _php_at(lines: list[str], index: int, starts: list[int], reading: Reading) -> int | None:
    """A PHP print_r or var_dump value starting on this line: the index of the line after it."""
    if php.starts_print_r(lines, index):
        kind, reader = php.PRINT_R, php.read_print_r
    elif php.starts_var_dump(lines, index):
        kind, reader = php.VAR_DUMP, php.read_var_dump
    else:
        return None
    try:
        value, after, cut = reader(lines, index)
    except php.TooDeep as exc:
        raise TooDeep(starts[exc.line - 1]) from None
    except php.Failed:
        return None
    reading.found.append(Found(value, index + 1))
    reading.dialects.add(kind)
    reading.cut_off = reading.cut_off or cut
    return after


def _line_of(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts) - 2
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def _useful(value: Any) -> bool:
    """A value worth judging: an object with keys, or a list holding objects ([INFO] is not)."""
    if isinstance(value, dict):
        return bool(value)
    if isinstance(value, list):
        return any(isinstance(v, (dict, list)) and v for v in value)
    return False


def _value_at(text: str, offset: int, stop: int, budget: list[int], reading: Reading,
              strict: bool = True) -> tuple[Any, int] | None:
    """The value starting at ``offset``: strict JSON first (fast), then the tolerant reader."""
    if strict:
        try:
            got = _strict_at(text, offset, stop_hint=text.find("\n", offset))
        except (RecursionError, ValueError):
            return None
        if isinstance(got, int):
            budget[0] -= max(0, got - offset)
        else:
            return got if _useful(got[0]) else None
    if budget[0] <= 0:  # failed attempts have re-read the text four times: stop trying harder
        return None
    try:
        result = relaxed.read(text, offset, stop)
    except relaxed.Failed as exc:
        budget[0] -= max(0, exc.pos - offset)
        return None
    except relaxed.TooDeep as exc:
        raise TooDeep(exc.pos) from None
    if not _useful(result.value):
        return None
    reading.cut_off = reading.cut_off or result.truncated
    reading.dialects |= result.dialects
    return result.value, result.end


_DECODER = json.JSONDecoder()


def _strict_at(text: str, offset: int, stop_hint: int) -> tuple[Any, int] | int:
    """JSON at ``offset``: (value, end), or the offset where it fails.

    It decodes a window (its line first, then wider), because json's error builds line numbers by
    counting from the start of the string it is given: on the whole text, each failed attempt
    would cost the text's length.
    """
    end = len(text) if stop_hint < 0 else stop_hint
    while True:
        chunk = text[offset:end]
        try:
            value, used = _DECODER.raw_decode(chunk)
            return value, offset + used
        except json.JSONDecodeError as exc:
            wants_more = exc.msg.startswith("Unterminated string") or exc.pos >= len(chunk.rstrip())
            if not wants_more or end >= len(text):
                return offset + exc.pos
        end = min(len(text), end + max(4096, 2 * (end - offset)))


def _split_value(lines: list[str], index: int, column: int, budget: list[int], reading: Reading) -> tuple[Any, int, int] | None:
    """One object printed over several lines that all carry the same log prefix (Heroku, Docker).

    The prefix is what the first two lines share, with digits counted as equal (timestamps).
    """
    if budget[0] <= 0 or index + 1 >= len(lines) or not lines[index][:column].strip():
        return None
    first = lines[index][:column].translate(_DIGITS)
    second = lines[index + 1][:column].translate(_DIGITS)
    width = 0
    while width < min(len(first), len(second)) and first[width] == second[width]:
        width += 1
    if width < 4:
        return None
    shape = first[:width]
    group = [lines[index][column:]]
    last = index
    for follow in range(index + 1, len(lines)):
        if lines[follow][:width].translate(_DIGITS) != shape:
            break
        group.append(lines[follow][width:])
        budget[0] -= len(lines[follow])
        last = follow
    if last == index:
        return None
    joined = "\n".join(group)
    value: Any
    try:
        value, end = _DECODER.raw_decode(joined)
    except (ValueError, RecursionError):
        try:
            result = relaxed.read(joined, 0)
        except (relaxed.Failed, relaxed.TooDeep):
            return None
        value, end = result.value, result.end
        reading.dialects |= result.dialects
        reading.cut_off = reading.cut_off or result.truncated
    if not _useful(value):
        return None
    end_line = joined.count("\n", 0, end)
    if end_line == 0:
        return value, index, column + end
    line_start = joined.rfind("\n", 0, end) + 1
    return value, index + end_line, width + (end - line_start)


def _take_text(text: str, number: int, strong: list[dict[str, Any]],
               weak: list[tuple[dict[str, Any], int]], reading: Reading) -> None:
    if not text.strip():
        return
    found = errorlines.error_in_line(text)
    if found is None:
        if errorlines.only_http_status(text):
            reading.http_status_only = True
        reading.other_lines += 1
        return
    error, is_strong = found
    if is_strong:
        strong.append(error)
        reading.found.append(Found(error, number, "text"))
        reading.error_lines += 1
        reading.strong_lines += 1
    else:
        if errorlines.only_http_status(text):
            reading.http_status_only = True
        weak.append((error, number))


def _add_errors(reading: Reading, strong: list[dict[str, Any]], weak: list[tuple[dict[str, Any], int]]) -> None:
    """Weak error lines count only when the paste holds nothing stronger."""
    if reading.found or not weak:
        reading.other_lines += len(weak) if reading.found else 0
        return
    for error, number in weak:
        if errorlines.only_http_status(error["error"]["message"]):
            continue
        reading.found.append(Found(error, number, "text"))
        reading.error_lines += 1


__all__ = ["Found", "Reading", "TooDeep", "nested", "read", "read_literals"]
