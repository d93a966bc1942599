"""Values inside values: JSON written in a string, Graph batch bodies, errors deep in SDK dumps."""

from __future__ import annotations

import json
from typing import Any

from . import relaxed

MAX_DEPTH = relaxed.MAX_DEPTH
NODE_BUDGET = 200_000  # containers looked into per paste (see unwrap)

# Keys that make a value a shape of its own: it is given to the shapes as it is.
_TOP_KEYS = frozenset({
    "error", "entry", "data", "messaging_feature_status", "thread_owner", "recipient", "sender",
    "messenger", "instagram", "settings_version", "success", "target_app_id", "thread_control",
    "pass_thread_control", "take_thread_control", "request_thread_control", "app_roles",
    "receiving_app_id", "recipient_id", "message_id", "messaging", "standby",
})
_ERROR_KEYS = frozenset({"message", "code", "type", "error_subcode", "fbtrace_id"})


def parse_json_text(text: str, depth: int = 0) -> Any | None:
    """A string that holds a JSON object or list (and nothing else), or None."""
    body = text.strip()
    if len(body) < 2 or body[0] not in "{[" or body[-1] not in "}]":
        return None
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        try:
            result = relaxed.read(body)
        except (relaxed.Failed, relaxed.TooDeep):
            return None
        if result.truncated or body[result.end:].strip():
            return None
        value = result.value
    if _depth(value) + depth > MAX_DEPTH:
        return None
    return value


def unwrap(value: Any, notices: set[str], budget: list[int] | None = None) -> Any:
    """Replace every string field that holds JSON by the value it holds (Graph batch bodies…).

    ``budget`` caps the containers visited over a whole paste: real pastes have a few thousand,
    2 MB of nested brackets has a million, and those hold no JSON strings worth the time.
    """
    budget = budget if budget is not None else [NODE_BUDGET]
    if isinstance(value, str):
        inner = parse_json_text(value)
        if inner is not None:
            notices.add("read_escaped_json")
            return unwrap(inner, notices, budget)
        return value
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack and budget[0] > 0:
        item, depth = stack.pop()
        budget[0] -= 1
        pairs = item.items() if isinstance(item, dict) else enumerate(item) if isinstance(item, list) else ()
        for key, child in list(pairs):
            if isinstance(child, str) and len(child) > 1 and child.lstrip()[:1] in "{[":
                inner = parse_json_text(child, depth + 1)
                if inner is not None:
                    item[key] = inner
                    notices.add("read_json_in_string")
                    child = inner
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
    return value


def extract(value: Any, notices: set[str]) -> list[Any]:
    """The values to judge in one read value: itself, or the errors and events found inside."""
    if isinstance(value, list):
        found: list[Any] = []
        changed = False
        for item in value:
            inner = extract(item, notices) if isinstance(item, dict) else [item]
            changed = changed or inner != [item]
            found.extend(inner)
        return [found] if changed else [value]
    if not isinstance(value, dict):
        return [value]
    event = _bot_framework(value)
    if event is not None:
        notices.add("read_channel_data")
        return [event]
    if isinstance(value.get("body"), (dict, list)) and isinstance(value.get("code"), int) and "error" not in value:
        notices.add("read_batch")  # one answer of a Graph batch request: {code, headers, body}
        return extract(value["body"], notices)
    if _TOP_KEYS & set(value) or _is_bare_error(value):
        return [value]
    anchors = _anchors(value)
    if anchors:
        notices.add("read_nested_error")
        return anchors
    return [value]


def _bot_framework(value: dict) -> Any | None:
    data = value.get("channelData")
    if not isinstance(data, dict) or not ({"channelId", "serviceUrl", "type", "from"} & set(value)):
        return None
    if isinstance(data.get("standby"), list) or isinstance(data.get("messaging"), list):
        return {"object": "page", "entry": [data]}
    if "sender" in data or "recipient" in data or any(k.endswith("thread_control") for k in data):
        return data
    return None


def _is_bare_error(value: dict) -> bool:
    return "code" in value and len(_ERROR_KEYS & set(value)) >= 3


def _anchors(value: dict) -> list[Any]:
    """Graph errors ({"error": {…}}) and webhook bodies anywhere inside, each once, outermost first."""
    found: list[Any] = []
    seen: set[str] = set()
    queue: list[Any] = [value]
    index = 0
    while index < len(queue):
        item = queue[index]
        index += 1
        children: list[Any] = []
        if isinstance(item, dict):
            anchor = None
            error = item.get("error")
            if isinstance(error, dict) and _ERROR_KEYS & set(error):
                anchor = {"error": error}
            elif isinstance(item.get("entry"), list) and isinstance(item.get("object"), str):
                anchor = item
            elif item is not value and _is_bare_error(item) and isinstance(item.get("message"), str):
                anchor = {"error": item}
            if anchor is not None:
                key = json.dumps(anchor, sort_keys=True, default=str)
                if key not in seen:
                    seen.add(key)
                    found.append(anchor)
                continue
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        queue.extend(c for c in children if isinstance(c, (dict, list)))
    return found


def _depth(value: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in item)
    return deepest
