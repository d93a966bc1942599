"""Hostile inputs: every recognised shape (from the example files) with wrong types in its fields.

One generator for the property tests (driven by hypothesis) and for ``scripts/fuzz.py`` (driven
by a seeded ``random.Random``): both only need ``choice``, ``randint`` and ``random``.
"""

from __future__ import annotations

import json
import math
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from checker import InputError, check_text, render_input_error
from checker.model import SEVERITIES
from checker.reporters import REPORTERS, view_text
from checker.view import input_error_view

from .examples import all_examples


class Chooser(Protocol):
    def choice(self, seq: Sequence[Any]) -> Any: ...
    def randint(self, a: int, b: int) -> int: ...
    def random(self) -> float: ...


def _templates() -> tuple[list[Any], list[str]]:
    values, texts = [], []
    for example in all_examples():
        raw = example.path.read_bytes().decode("utf-8", "replace")
        try:
            values.append(json.loads(raw))
        except (ValueError, RecursionError):
            texts.append(raw)
    return values, texts


TEMPLATES, TEXT_TEMPLATES = _templates()
def _keys(value: Any) -> list[str]:
    stack, found = [value], []
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.extend(str(k) for k in item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


KEYS = sorted({k for t in TEMPLATES for k in _keys(t)})

# Values of the wrong kind, and right-looking values that are not: other scripts' digits, huge
# and non-finite numbers, lone surrogates, nulls, containers where scalars belong and back.
HOSTILE_SCALARS: list[Any] = [
    None, True, False, 0, -1, 1.5, -0.0, 10**30, -(10**30), 2**63, 1e308, math.nan, math.inf, -math.inf,
    "", " ", "²", "١٢", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥", "𝟏𝟎", "٣", "¹⁰", "١٠", "Ⅻ", "10²", " 10 ", "0x10", "1e5", "-5",
    "263902037430900²", "²⁶³⁹⁰²⁰³⁷⁴³⁰⁹⁰⁰", "\ud800", "\udfff", "a\ud83db", "\x00", "\u202e", "\ufeff",
    "null", "true", "NaN", "Infinity", "[]", "{}", "x" * 600, "Botcake", "Pancake", "Page Inbox",
    "263902037430900", "1217981644879628", "26390203743090", "pass", "release", "page", "instagram",
    "EAABx7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz", "e", "https://[::1/x", "{routing}", "%s", "{0}",
]
REQUEST_LINES = [
    "GET https://[::1/me/thread_owner?recipient=1",
    "GET https://[zz]/v21.0/me/thread_owner",
    "POST https://graph.facebook.com:99999/v21.0/me/pass_thread_control",
    "POST /me/pass_thread_control?target_app_id=²&target_app_id=١٢",
    "POST /me/take_thread_control?access_token=e",
    "GET http://\ud800/x",
    "GET /v21.0/%%%/secondary_receivers?fields=id,name",
    "DELETE //",
    "PATCH ?",
    "POST https://graph.facebook.com/v21.0/me/messages?recipient=%ZZ",
    "GET https://user:pass@graph.facebook.com/me/thread_owner#frag",
    "HTTP/1.1 200 OK",
    "HTTP/2 999",
    "// response",
    "# returns",
]


def _hostile(chooser: Chooser, depth: int = 0) -> Any:
    roll = chooser.randint(0, 9)
    if roll <= 5 or depth > 2:
        return chooser.choice(HOSTILE_SCALARS)
    if roll == 6:
        return [_hostile(chooser, depth + 1) for _ in range(chooser.randint(0, 3))]
    if roll == 7:
        return {chooser.choice(KEYS): _hostile(chooser, depth + 1) for _ in range(chooser.randint(0, 3))}
    if roll == 8:
        nested: Any = chooser.choice(HOSTILE_SCALARS)
        for _ in range(chooser.randint(50, 66)):  # near the 64-level limit, on both sides
            nested = [nested] if chooser.random() < 0.5 else {"data": nested}
        return nested
    return chooser.choice(TEMPLATES)  # a whole shape where a field belongs


def _mutate(value: Any, chooser: Chooser) -> Any:
    """A copy of ``value`` with one field (at a random path) replaced by a hostile value."""
    if not isinstance(value, (dict, list)) or not value or chooser.random() < 0.15:
        return _hostile(chooser)
    if isinstance(value, dict):
        key = chooser.choice(list(value))
        copy = dict(value)
        if chooser.random() < 0.25:
            copy[chooser.choice(KEYS)] = _hostile(chooser)
        else:
            copy[key] = _mutate(value[key], chooser)
        return copy
    index = chooser.randint(0, len(value) - 1)
    return [*value[:index], _mutate(value[index], chooser), *value[index + 1:]]


def paths(value: Any) -> list[tuple[Any, ...]]:
    """Every place in a JSON value: () for the whole, then keys and indexes down to each leaf."""
    found: list[tuple[Any, ...]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, item = stack.pop()
        found.append(path)
        if isinstance(item, dict):
            stack.extend(((*path, k), v) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend(((*path, i), v) for i, v in enumerate(item))
    return found


def replace_at(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of ``value`` with the item at ``path`` replaced by ``new``."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: replace_at(value[head], rest, new)}
    return [*value[:head], replace_at(value[head], rest, new), *value[head + 1:]]


def _one_field(chooser: Chooser) -> Any:
    """A template with one of its fields (any depth), or a new key in one of its objects, made hostile."""
    value = chooser.choice(TEMPLATES)
    path = chooser.choice(paths(value))
    target = value
    for step in path:
        target = target[step]
    if isinstance(target, dict) and chooser.random() < 0.3:
        return replace_at(value, path, {**target, chooser.choice(KEYS): _hostile(chooser)})
    return replace_at(value, path, _hostile(chooser))


def generate(chooser: Chooser) -> str:
    """One hostile input text."""
    kind = chooser.randint(0, 9)
    if kind >= 5:
        text = json.dumps(_one_field(chooser), ensure_ascii=chooser.random() < 0.5, allow_nan=True)
        return chooser.choice(REQUEST_LINES) + "\n" + text if chooser.random() < 0.2 else text
    if kind == 0:  # a pasted text example with a few characters replaced
        text = list(chooser.choice(TEXT_TEMPLATES))
        for _ in range(chooser.randint(1, 4)):
            if text:
                text[chooser.randint(0, len(text) - 1)] = chooser.choice(['"', "\\", "{", "]", "\n", "²", "\ud800", "#"])
        return "".join(text)
    value = chooser.choice(TEMPLATES)
    for _ in range(chooser.randint(1, 3)):
        value = _mutate(value, chooser)
    text = json.dumps(value, ensure_ascii=chooser.random() < 0.5, allow_nan=True)
    if chooser.random() < 0.3:
        text = chooser.choice(REQUEST_LINES) + "\n" + text
    if chooser.random() < 0.1:
        text = text + "\n" + json.dumps(_mutate(chooser.choice(TEMPLATES), chooser), allow_nan=True)
    return text


@dataclass
class Outcome:
    ran: int = 0
    reports: int = 0
    input_errors: int = 0
    crashes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # where → [(input, traceback)]


def check_one(text: str) -> str | None:
    """Run one input the way every caller does. None when a report or an InputError came out
    (and rendered, and could be written as UTF-8 like the CLI does); else "kind\ntraceback"."""
    stage = "check_text"
    try:
        try:
            report = check_text(text)
        except InputError as exc:
            for lang in ("vi", "en"):
                stage = "render_input_error"
                error = render_input_error(exc, lang)
                assert error["message"], "an input error without a message"
                stage = "input error written as UTF-8 (CLI stderr)"
                view_text(input_error_view(exc, lang)[1]).encode("utf-8")
            return None
        for lang in ("vi", "en"):
            stage = f"to_dict({lang!r})"
            data = report.to_dict(lang)
            json.dumps(data, ensure_ascii=False)
            assert data["verdict"] in ("ok", "warning", "error"), data["verdict"]
            severities = {f["severity"] for f in data["findings"]}
            assert severities <= set(SEVERITIES)
            expected = "error" if "error" in severities else "warning" if "warning" in severities else "ok"
            assert data["verdict"] == expected, (data["verdict"], severities)
            stage = "text reporter"
            text_out = REPORTERS["text"](data, lang, "")
            stage = "report written as UTF-8 (CLI stdout)"
            text_out.encode("utf-8")
            REPORTERS["json"](data, lang).encode("utf-8")
    except Exception as exc:  # the point: anything at all is a crash to record
        return f"{stage}: {_location(exc)}\n{traceback.format_exc()}"
    return None


def _location(exc: BaseException) -> str:
    """file:function of the innermost checker frame that raised, and the exception's type."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/checker/" in f.filename
              and "/tests/" not in f.filename]
    if not frames:
        return type(exc).__name__
    last = frames[-1]
    return f"checker/{last.filename.rsplit('/', 1)[-1]}:{last.name} {type(exc).__name__}"


def where(crash: str) -> str:
    """The crash kind: stage, file:function and exception type (the first line of check_one's result)."""
    return crash.split("\n", 1)[0]
