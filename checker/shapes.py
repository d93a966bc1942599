"""Recognising each input shape and normalising it into one canonical model for the rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .apps import APP, AppRef, app_ref, choice, normalise_id
from .inputs import Piece
from .vocabulary import BOTCAKE, INSTAGRAM, MESSENGER, SYMPTOMS, fold


@dataclass(frozen=True)
class GraphError:
    code: int | None
    subcode: int | None
    message: str
    channel: str | None = None
    shape: str = "graph_error"
    # Meta's id of the failed request, for support; never part of what the rules compare.
    trace_id: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ThreadOwner:
    owner: AppRef | None
    expiration: int | None
    empty: bool
    shape: str = "thread_owner"


@dataclass(frozen=True)
class SecondaryReceivers:
    apps: tuple[AppRef, ...]
    shape: str = "secondary_receivers"


@dataclass(frozen=True)
class FeatureStatus:
    flags: tuple[tuple[str, bool], ...]
    shape: str = "messaging_feature_status"


@dataclass(frozen=True)
class Subscription:
    app: AppRef | None
    fields: frozenset[str]
    shape: str = "subscribed_apps"


@dataclass(frozen=True)
class Event:
    """One entry of messaging[] or standby[]: kind is message, echo, pass, take, request, …"""

    kind: str
    standby: bool = False
    app: AppRef | None = None  # echo sender app, new owner, requesting app
    previous: AppRef | None = None
    roles: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Webhook:
    channel: str | None
    events: tuple[Event, ...]
    shape: str = "webhook"


@dataclass(frozen=True)
class ControlCall:
    """A …_thread_control request body (or a Send API body carrying thread_control)."""

    action: str  # pass, take, request, release, extend
    target: AppRef | None = None
    target_given: bool = False
    control_type_given: bool = True
    duration: int | None = None
    shape: str = "thread_control_call"


@dataclass(frozen=True)
class CallResult:
    success: bool
    endpoint: str | None
    shape: str = "success_response"


@dataclass(frozen=True)
class Plain:
    """A recognised shape with nothing to judge on its own (a Send API response or message)."""

    shape: str


@dataclass(frozen=True)
class AdMessage:
    app: AppRef | None
    days: Any
    shape: str = "ad_message"


@dataclass(frozen=True)
class Conversations:
    """GET /PAGE-ID/conversations?fields=is_owner: whether the calling app owns each conversation."""

    owned: tuple[bool, ...]
    shape: str = "conversations"


@dataclass(frozen=True)
class Route:
    kind: str  # link, ad
    label: str
    app: AppRef | None


@dataclass(frozen=True)
class ChannelSettings:
    connected: tuple[AppRef, ...] = ()
    botcake_shows: tuple[str, AppRef | None] | None = None
    handover_selected: tuple[str, AppRef | None] | None = None
    primary: tuple[str, AppRef | None] | None = None
    secondary: tuple[AppRef, ...] = ()
    routing_given: bool = False
    default_app: tuple[str, AppRef | None] | None = None
    routes: tuple[Route, ...] = ()
    take_control: tuple[AppRef, ...] | None = None
    symptoms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    bot: AppRef
    page: str | None
    channels: tuple[tuple[str, ChannelSettings], ...]
    ignored_keys: tuple[str, ...] = ()
    unknown_symptoms: tuple[str, ...] = ()
    shape: str = "settings"


DEFAULT_BOT = AppRef(None, "Botcake", BOTCAKE)  # the settings format's bot when it names none
_HASH_CODE = re.compile(r"\(#([0-9]{1,6})\)")  # ASCII digits only, as in normalise_id


def _int(value: Any) -> int | None:
    ident = normalise_id(value)
    return int(ident) if ident is not None and len(ident) < 12 else None


def _key(name: Any) -> str:
    return fold(str(name)).replace(" ", "_").replace("-", "_")


def _lower_keys(value: dict) -> dict[str, Any]:
    return {_key(k): v for k, v in value.items()}


def recognise(piece: Piece) -> list[Any] | None:
    """The canonical items in one JSON value, or None when its shape is not recognised."""
    value = piece.value
    if not isinstance(value, dict):
        return None
    for reader in _READERS:
        items = reader(value, piece)
        if items is not None:
            return items
    return None


def error_from_text(text: str) -> GraphError:
    """A pasted log line read as a Graph error, e.g. "(#10) Message failed to send …".

    The engine keeps it only when it has a "(#code)" or a message the catalogue knows.
    """
    code_match = _HASH_CODE.search(text)
    code = int(code_match.group(1)) if code_match else None
    return GraphError(code, None, text.strip(), shape="error_text")


def _graph_error(value: dict, piece: Piece) -> list[Any] | None:
    inner = value.get("error")
    if isinstance(inner, str):
        inner = {"message": inner}
    if not isinstance(inner, dict):
        keys = set(value)
        if "code" in keys and ("message" in keys or "error_subcode" in keys) and (
            keys & {"type", "error_subcode", "fbtrace_id", "error_user_msg", "message"}
        ):
            inner = value  # the inner object pasted alone
        else:
            return None
    message = inner.get("message")
    message = message if isinstance(message, str) else ""
    code = _int(inner.get("code"))
    if code is None:
        found = _HASH_CODE.search(message)
        code = int(found.group(1)) if found else None
    subcode = _int(inner.get("error_subcode"))
    if code is None and subcode is None and not message:
        return None
    trace = inner.get("fbtrace_id")
    # The whole message: the catalogue matches anywhere in it.
    return [GraphError(code, subcode, message, trace_id=trace[:64] if isinstance(trace, str) and trace else None)]


def _thread_owner(value: dict, piece: Piece) -> list[Any] | None:
    data = value.get("data")
    if "thread_owner" in value and isinstance(value["thread_owner"], dict):
        data = [value]
    if not isinstance(data, list):
        return None
    if not data:
        if piece.endpoint and piece.endpoint != "thread_owner":
            return [Plain("secondary_receivers") if piece.endpoint == "secondary_receivers" else Plain("list_response")]
        return [ThreadOwner(None, None, True)]
    owners = [d.get("thread_owner") for d in data if isinstance(d, dict) and isinstance(d.get("thread_owner"), dict)]
    if not owners:
        return None
    owner: dict = owners[0]  # type: ignore[assignment]  # filtered to dicts above
    app = app_ref(owner.get("app_id")) if owner.get("app_id") is not None else None
    return [ThreadOwner(app, _int(owner.get("expiration")), False)]


def _list_response(value: dict, piece: Piece) -> list[Any] | None:
    data = value.get("data")
    if not isinstance(data, list) or not data or not all(isinstance(d, dict) for d in data):
        return None
    if all(isinstance(d.get("is_owner"), bool) for d in data):  # Conversations API (Oct 2025)
        return [Conversations(tuple(d["is_owner"] for d in data))]
    if all("subscribed_fields" in d for d in data):
        return [
            Subscription(app_ref(d), frozenset(_field_names(d.get("subscribed_fields"))))
            for d in data
        ]
    if all("fields" in d or "object" in d for d in data):  # GET /APP-ID/subscriptions
        return [
            Subscription(app_ref({"name": f"object: {d.get('object')}"}), frozenset(_field_names(d.get("fields"))))
            for d in data
            if d.get("object") in ("page", "instagram")
        ] or None
    if all("id" in d for d in data):
        apps = tuple(a for a in (app_ref(d) for d in data) if a is not None)
        return [SecondaryReceivers(apps)]
    return None


def _field_names(fields: Any) -> list[str]:
    names = []
    if isinstance(fields, list):
        for item in fields:
            if isinstance(item, str):
                names.append(item.strip().lower())
            elif isinstance(item, dict) and isinstance(item.get("name"), str):
                names.append(item["name"].strip().lower())
    elif isinstance(fields, str):
        names = [f.strip().lower() for f in fields.split(",")]
    return names


def _feature_status(value: dict, piece: Piece) -> list[Any] | None:
    status = value.get("messaging_feature_status")
    if not isinstance(status, dict):
        return None
    flags = tuple(sorted((str(k), bool(v)) for k, v in status.items() if isinstance(v, (bool, int))))
    return [FeatureStatus(flags)]


def _webhook(value: dict, piece: Piece) -> list[Any] | None:
    entries = value.get("entry")
    obj = value.get("object")
    if not isinstance(entries, list) or not (obj is None or isinstance(obj, str)):
        return None
    channel = {"page": MESSENGER, "instagram": INSTAGRAM}.get(str(obj).lower())
    events: list[Event] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        for key, standby in (("messaging", False), ("standby", True)):
            items = entry.get(key)
            if isinstance(items, list):
                events.extend(_event(item, standby) for item in items if isinstance(item, dict))
    return [Webhook(channel, tuple(events))]


_EVENT_KEYS = ("pass_thread_control", "take_thread_control", "request_thread_control", "app_roles")


def _bare_event(value: dict, piece: Piece) -> list[Any] | None:
    if any(k in value for k in _EVENT_KEYS) or (
        ("sender" in value or "recipient" in value) and "timestamp" in value
        and any(k in value for k in ("message", "postback", "read", "delivery", "referral"))
    ):
        return [Webhook(None, (_event(value, False),), shape="webhook_event")]
    return None


def _event(item: dict, standby: bool) -> Event:
    for kind, key in (("pass", "pass_thread_control"), ("take", "take_thread_control")):
        body = item.get(key)
        if isinstance(body, dict):
            return Event(kind, standby, app_ref(body.get("new_owner_app_id")),
                         app_ref(body.get("previous_owner_app_id")))
    body = item.get("request_thread_control")
    if isinstance(body, dict):
        return Event("request", standby, app_ref(body.get("requested_owner_app_id")))
    roles = item.get("app_roles")
    if isinstance(roles, dict):
        pairs = tuple(sorted((str(k), ", ".join(map(str, v)) if isinstance(v, list) else str(v))
                             for k, v in roles.items()))
        return Event("app_roles", standby, roles=pairs)
    message = item.get("message")
    if isinstance(message, dict):
        if message.get("is_echo"):
            return Event("echo", standby, app_ref(message.get("app_id")))
        return Event("message", standby)
    for kind in ("postback", "read", "delivery", "referral", "reaction"):
        if kind in item:
            return Event(kind, standby)
    return Event("other", standby)


_ACTIONS = {
    "pass_thread_control": "pass",
    "take_thread_control": "take",
    "request_thread_control": "request",
    "release_thread_control": "release",
    "extend_thread_control": "extend",
}


def _send_api(value: dict, piece: Piece) -> list[Any] | None:
    control = value.get("thread_control")
    if isinstance(control, dict):
        ctype = control.get("control_type")
        ctype = ctype.strip().lower() if isinstance(ctype, str) else None
        target = app_ref(control.get("app_id"))
        action = ctype if ctype in ("pass", "release") else "release"
        return [ControlCall(action, target, control.get("app_id") is not None, ctype is not None, shape="send_api")]
    if "recipient" in value and ("message" in value or "sender_action" in value) and "timestamp" not in value:
        return [Plain("send_api")]
    if "recipient_id" in value and "message_id" in value:
        return [Plain("send_response")]
    return None


def _control_call(value: dict, piece: Piece) -> list[Any] | None:
    if not isinstance(value.get("recipient"), (dict, str, int)) or "timestamp" in value:
        return None
    action = _ACTIONS.get(piece.endpoint or "")
    if "target_app_id" in value:
        action = "pass"
    elif action is None and "duration" in value:
        action = "extend"
    if action is None:
        return None
    target = app_ref(value.get("target_app_id"))
    if target is None and action == "pass":
        query = dict(piece.query)
        target = app_ref(query.get("target_app_id"))
    return [ControlCall(action, target, target is not None, True, _int(value.get("duration")))]


def _success(value: dict, piece: Piece) -> list[Any] | None:
    if "success" in value and isinstance(value["success"], bool) and len(value) <= 2:
        return [CallResult(value["success"], piece.endpoint)]
    return None


def _ad_message(value: dict, piece: Piece) -> list[Any] | None:
    if "receiving_app_id" not in value and not (
        isinstance(value.get("message"), dict) and "receiving_app_id" in value["message"]
    ):
        return None
    holder = value if "receiving_app_id" in value else value["message"]
    return [AdMessage(app_ref(holder.get("receiving_app_id")), holder.get("receiving_app_control_expiration"))]


# --- the settings JSON ---------------------------------------------------------------------

_TOP_KEYS = {"$schema", "settings_version", "page", "bot", "messenger", "instagram"}
_CHANNEL_ALIASES = {"messenger": MESSENGER, "facebook": MESSENGER, "instagram": INSTAGRAM, "ig": INSTAGRAM}
_CHANNEL_KEYS = {"connected_apps", "botcake_shows", "handover", "routing", "symptoms"}
_SYMPTOM_LOOKUP = {alias.replace(" ", "_"): key for key, symptom in SYMPTOMS.items() for alias in symptom.aliases}


def _settings(value: dict, piece: Piece) -> list[Any] | None:
    lowered = {_key(k) if k != "$schema" else k: v for k, v in value.items()}
    channel_keys = [k for k in lowered if k in _CHANNEL_ALIASES]
    if not channel_keys and "settings_version" not in lowered:
        return None
    ignored = [str(k) for k in value if (_key(k) if k != "$schema" else k) not in _TOP_KEYS and _key(k) not in _CHANNEL_ALIASES]
    bot = app_ref(lowered.get("bot")) or DEFAULT_BOT
    page = lowered.get("page")
    page_name = None
    if isinstance(page, dict):
        name = page.get("name")
        page_name = name if isinstance(name, str) else None
    elif isinstance(page, str):
        page_name = page
    channels = []
    unknown_symptoms: list[str] = []
    for key in channel_keys:
        section = lowered[key]
        if not isinstance(section, dict):
            continue
        channel = _CHANNEL_ALIASES[key]
        settings, extra, bad = _channel(section)
        ignored.extend(f"{key}.{k}" for k in extra)
        unknown_symptoms.extend(bad)
        channels.append((channel, settings))
    return [Settings(bot, page_name, tuple(channels), tuple(ignored), tuple(unknown_symptoms))]


def _apps(value: Any) -> tuple[AppRef, ...]:
    items = value if isinstance(value, list) else [value]
    refs = []
    for item in items:
        kind, ref = choice(item)
        if kind == APP and ref is not None:
            refs.append(ref)
    return tuple(refs)


def _label(value: Any) -> str:
    """A route's link or ad as text: a string or a number (an ad id); anything else is no label."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _channel(section: dict) -> tuple[ChannelSettings, list[str], list[str]]:
    data = _lower_keys(section)
    extra = [str(k) for k in section if _key(k) not in _CHANNEL_KEYS]
    fields: dict[str, Any] = {"connected": _apps(data.get("connected_apps", []))}
    if "botcake_shows" in data:
        fields["botcake_shows"] = choice(data["botcake_shows"])
    handover = data.get("handover")
    if isinstance(handover, dict):
        h = _lower_keys(handover)
        if "selected_app" in h:
            fields["handover_selected"] = choice(h["selected_app"])
        if "primary_receiver" in h:
            fields["primary"] = choice(h["primary_receiver"])
        fields["secondary"] = _apps(h.get("secondary_receivers", []))
    elif handover is not None:  # "handover": "Pancake" or null
        fields["handover_selected"] = choice(handover)
    routing = data.get("routing")
    if isinstance(routing, dict):
        r = _lower_keys(routing)
        fields["routing_given"] = True
        if "default_app" in r:
            fields["default_app"] = choice(r["default_app"])
        routes = []
        for kind, key, label_key in (("link", "link_routes", "link"), ("ad", "ad_routes", "ad")):
            items = r.get(key)
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict):
                    i = _lower_keys(item)
                    label = _label(i.get(label_key, i.get("name")))
                    routes.append(Route(kind, label, app_ref(i.get("app"))))
        fields["routes"] = tuple(routes)
        if "take_control" in r:
            fields["take_control"] = _apps(r["take_control"] or [])
    symptoms, bad = [], []
    raw = data.get("symptoms") or []
    for item in raw if isinstance(raw, list) else [raw]:
        key = _key(item) if isinstance(item, str) else ""
        key = key if key in SYMPTOMS else _SYMPTOM_LOOKUP.get(key, "")
        if key:
            if key not in symptoms:
                symptoms.append(key)
        else:
            bad.append(str(item))
    fields["symptoms"] = tuple(symptoms)
    return ChannelSettings(**fields), extra, bad


_READERS = (
    _graph_error,
    _settings,
    _feature_status,
    _webhook,
    _thread_owner,
    _list_response,
    _send_api,
    _bare_event,
    _control_call,
    _success,
    _ad_message,
)
