"""PHP's print_r and var_dump output of arrays and objects (exceptions included), read line by line."""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 64

PRINT_R, VAR_DUMP = "php_print_r", "php_var_dump"

# print_r: "Array" or "Foo\Bar Object" on its own line, then "(" on the next one.
_PR_HEAD = re.compile(r"[ \t]*(?:Array|[\w\\]+ Object)[ \t]*$")
_PR_OPEN = re.compile(r"[ \t]*\([ \t]*$")
_PR_CLOSE = re.compile(r"[ \t]*\)[ \t]*$")
_PR_ITEM = re.compile(r"[ \t]*\[([^\]\n]*)\] => ?(.*)$")
# var_dump: array(2) {  /  object(stdClass)#1 (2) {  /  ["key"]=>  /  string(3) "abc"
_VD_HEAD = re.compile(r"[ \t]*(?:array\(\d+\)|object\([\w\\]+\)#\d+ \(\d+\)) \{[ \t]*$")
_VD_KEY = re.compile(r'[ \t]*\[(?:"((?:[^"\\\n]|\\.)*)"|(-?\d+))(?::[^\]\n]*)?\]=>[ \t]*$')
_VD_SCALAR = re.compile(r"[ \t]*(?:int\((-?\d+)\)|float\(([^)\n]*)\)|bool\((true|false)\)|(NULL)|(\*RECURSION\*))[ \t]*$")
_VD_STRING = re.compile(r'[ \t]*string\((\d+)\) "')
_VD_CLOSE = re.compile(r"[ \t]*\}[ \t]*$")


class Failed(Exception):
    pass


class TooDeep(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def starts_print_r(lines: list[str], index: int) -> bool:
    return (index + 1 < len(lines) and _PR_HEAD.match(lines[index]) is not None
            and _PR_OPEN.match(lines[index + 1]) is not None)


def starts_var_dump(lines: list[str], index: int) -> bool:
    return _VD_HEAD.match(lines[index]) is not None


def _key(name: str) -> str:
    # [response:protected] and [body:Foo\Bar:private] name the property before the colon.
    return name.split(":", 1)[0]


def _scalar(text: str) -> Any:
    text = text.rstrip("\r")
    if text.lstrip("-").isdigit() and len(text) < 30:
        return int(text)
    return text


def read_print_r(lines: list[str], index: int) -> tuple[Any, int, bool]:
    """The value whose head is at ``lines[index]``: (value, next line index, cut off)."""
    root: dict[str, Any] = {}
    stack: list[dict[str, Any]] = [root]
    i = index + 2
    last: tuple[dict[str, Any], str] | None = None
    while i < len(lines):
        line = lines[i]
        if _PR_CLOSE.match(line):
            stack.pop()
            last = None
            i += 1
            if not stack:
                return root, i, False
            continue
        item = _PR_ITEM.match(line)
        if item:
            key, rest = _key(item.group(1)), item.group(2)
            target = stack[-1]
            if _PR_HEAD.match(rest) and i + 1 < len(lines) and _PR_OPEN.match(lines[i + 1]):
                if len(stack) >= MAX_DEPTH:
                    raise TooDeep(i + 1)
                child: dict[str, Any] = {}
                target[key] = child
                stack.append(child)
                last = None
                i += 2
                continue
            target[key] = _scalar(rest)
            last = (target, key)
            i += 1
            continue
        if last is not None and line.strip():  # a string value that goes on over lines
            target, key = last
            target[key] = f"{target[key]}\n{line.rstrip()}"
        i += 1
    return root, i, True


def read_var_dump(lines: list[str], index: int) -> tuple[Any, int, bool]:
    root: dict[str, Any] = {}
    stack: list[dict[str, Any]] = [root]
    i = index + 1
    key: str | None = None
    while i < len(lines):
        line = lines[i]
        if key is None:
            if _VD_CLOSE.match(line):
                stack.pop()
                i += 1
                if not stack:
                    return root, i, False
                continue
            match = _VD_KEY.match(line)
            if match is None:
                if not line.strip():
                    i += 1
                    continue
                raise Failed(i)
            key = match.group(1) if match.group(1) is not None else match.group(2)
            i += 1
            continue
        target = stack[-1]
        if _VD_HEAD.match(line):
            if len(stack) >= MAX_DEPTH:
                raise TooDeep(i + 1)
            child: dict[str, Any] = {}
            target[key] = child
            stack.append(child)
            key = None
            i += 1
            continue
        scalar = _VD_SCALAR.match(line)
        if scalar:
            number, real, flag, _null, _recursion = scalar.groups()
            if number is not None:
                target[key] = int(number) if len(number) < 30 else number
            elif real is not None:
                try:
                    target[key] = float(real)
                except ValueError:
                    target[key] = real
            elif flag is not None:
                target[key] = flag == "true"
            else:
                target[key] = None
            key = None
            i += 1
            continue
        string = _VD_STRING.match(line)
        if string is None:
            raise Failed(i)
        value, i = _dump_string(lines, i, string.end(), int(string.group(1)))
        target[key] = value
        key = None
    return root, i, True


def _dump_string(lines: list[str], i: int, start: int, size: int) -> tuple[str, int]:
    """string(N) "…": N is the UTF-8 length, so quotes and line breaks inside are read by count."""
    parts: list[str] = []
    remaining = size
    line, pos = lines[i], start
    while True:
        chunk = line[pos:]
        used = 0
        while used < len(chunk) and remaining > 0:
            remaining -= len(chunk[used].encode("utf-8", "surrogatepass"))
            used += 1
        if remaining <= 0:
            parts.append(chunk[:used])
            return "".join(parts), i + 1
        parts.append(chunk + "\n")
        remaining -= 1
        i += 1
        if i >= len(lines):
            return "".join(parts), i
        line, pos = lines[i], 0
