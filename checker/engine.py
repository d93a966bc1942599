"""Runs the shapes and the rules over an input and builds the report in one language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import errors, i18n, inputs, shapes, tokens
from .apps import APP, UNKNOWN, AppRef, app_ref, is_typo_inbox_id
from .inputs import InputError, Piece
from .model import ERROR, LANGS, SEVERITIES, WARNING, Hit, T, Understood, hit
from .rules import HANDOVER_PATH, ROUTING_PATH, SYMPTOMS, TAKE_CONTROL_PATH, get
from .shapes import INSTAGRAM, MESSENGER

_CHANNEL_NAMES = {MESSENGER: "Messenger", INSTAGRAM: "Instagram"}
_REQUIRED_FIELDS = ("messages", "messaging_postbacks", "messaging_referral", "messaging_handovers", "standby")
_MAX_EXTEND = 7 * 24 * 3600


@dataclass(frozen=True)
class Report:
    """The judged input: hits (language-neutral) plus what was understood; render per language."""

    hits: tuple[Hit, ...]
    understood: Understood
    notices: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    secrets: frozenset[str]

    def to_dict(self, lang: str) -> dict[str, Any]:
        lang = lang if lang in LANGS else "vi"
        findings = sorted((_finding(h, lang) for h in self.hits), key=_order)
        worst = {f["severity"] for f in findings}
        verdict = "error" if ERROR in worst else "warning" if WARNING in worst else "ok"
        u = self.understood
        report = {
            "verdict": verdict,
            "lang": lang,
            "findings": findings,
            "understood": {
                "shapes": list(u.shapes),
                "channels": list(u.channels),
                "apps": [a.as_json(lang) for a in u.apps],
                "bot": u.bot.as_json(lang) if u.bot is not None else None,
                "errors": list(u.errors),
                "removed": list(u.removed),
                "requests": list(u.requests),
                "ignored_items": u.ignored,
            },
            "notices": [fmt(i18n.NOTICES[key].text(lang), dict(params), lang) for key, params in self.notices],
        }
        return tokens.redact_value(report, self.secrets)


def _order(finding: dict[str, Any]) -> tuple:
    return (SEVERITIES.index(finding["severity"]), finding["id"], finding["title"])


_FIELD = re.compile(r"\{(\w+)\}")


def fmt(template: str, params: dict[str, Any], lang: str) -> str:
    """Fill {name} placeholders; values are text, numbers, T pairs, apps or lists of those."""

    def one(value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return ", ".join(one(v) for v in value)
        if hasattr(value, "text"):
            return value.text(lang)
        return str(value)

    return _FIELD.sub(lambda m: one(params[m.group(1)]) if m.group(1) in params else m.group(0), template)


def _finding(h: Hit, lang: str) -> dict[str, Any]:
    rule = get(h.rule)
    params = h.param_dict()
    finding = {
        "id": rule.id,
        "name": rule.name,
        "severity": rule.severity,
        "title": fmt(rule.title.text(lang), params, lang),
        "explanation": fmt(rule.explanation.text(lang), params, lang),
        "fix": [fmt(step.text(lang), params, lang) for step in rule.fix],
        "doc": rule.doc(h.variant).href(lang),
    }
    if rule.reference is not None:
        finding["reference"] = rule.reference.href(lang)
    return finding


def check_bytes(data: bytes) -> Report:
    text, bom = inputs.decode(data)
    return check_text(text, bom)


def check_text(text: str, bom: bool = False) -> Report:
    """Judge pasted text. Raises InputError when it cannot be checked."""
    parsed = inputs.parse(text, bom)
    understood = Understood(removed=list(parsed.removed), requests=list(parsed.requests))
    judge = _Judge(understood)
    if parsed.error_text is not None:
        item = shapes.error_from_text(parsed.error_text)
        if item is None:
            raise parsed.json_error
        judge.items.append(item)
    for index, piece in enumerate(parsed.pieces, 1):
        judge.collect(piece, index)
    if not judge.items:
        raise InputError("unrecognised", accepted=i18n.ACCEPTED_SHAPES)
    found, secrets = False, set()
    for piece in parsed.pieces:
        piece_found, piece_secrets = tokens.find_secrets(piece.value)
        found = found or piece_found
        secrets |= piece_secrets
        judge.scan_typos(piece.value)
    if found or tokens.text_has_token(text):
        judge.add(hit("HC001"))
    judge.run()
    notices = list(judge.notices)
    if parsed.removed:
        notices.insert(0, ("removed", (("what", [i18n.REMOVED[k] for k in parsed.removed]),)))
    return Report(tuple(judge.hits), understood, tuple(notices), frozenset(secrets))


class _Judge:
    """Collects canonical items, then applies every rule to them."""

    def __init__(self, understood: Understood) -> None:
        self.u = understood
        self.items: list[Any] = []
        self.hits: dict[Hit, None] = {}  # ordered set: the same hit once
        self.notices: list[tuple[str, tuple[tuple[str, Any], ...]]] = []
        self.bot: AppRef | None = None

    # --- collecting ---------------------------------------------------------------------
    def collect(self, piece: Piece, index: int) -> None:
        value = piece.value
        if isinstance(value, list):
            self._collect_list(piece, value)
            return
        if not isinstance(value, dict):
            kind = _kind(value)
            raise InputError("not_object", line=piece.line, index=index, kind=i18n.VALUE_KINDS[kind])
        items = shapes.recognise(piece)
        if items is None:
            self.u.ignored += 1
        else:
            self.items.extend(items)

    def _collect_list(self, piece: Piece, values: list) -> None:
        stack = list(reversed(values))
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(reversed(value))
                continue
            items = None
            if isinstance(value, dict):
                items = shapes.recognise(Piece(value, piece.method, piece.endpoint, piece.query, piece.is_response, piece.line))
            if items is None:
                self.u.ignored += 1
            else:
                self.items.extend(items)

    def scan_typos(self, value: Any) -> None:
        stack = [value]
        seen: set[str] = set()
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif is_typo_inbox_id(item) and str(item).strip() not in seen:
                seen.add(str(item).strip())
                self.add(hit("HC002", value=str(item).strip()))

    def add(self, h: Hit) -> None:
        self.hits.setdefault(h, None)

    # --- judging ------------------------------------------------------------------------
    def run(self) -> None:
        settings = [i for i in self.items if isinstance(i, shapes.Settings)]
        self.bot = settings[0].bot if settings else None
        if self.bot is not None:
            self.u.bot = self.bot
        if self.u.ignored:
            self.notices.append(("ignored_items", (("count", self.u.ignored),)))
        for item in self.items:
            self.u.add("shapes", item.shape)
            handler = getattr(self, "_" + type(item).__name__.lower())
            handler(item)

    def _app(self, ref: AppRef | None) -> None:
        if ref is not None and not any(ref.same(a) and (ref.id == a.id or not ref.id) for a in self.u.apps):
            self.u.apps.append(ref)

    def _channel(self, channel: str | None) -> None:
        self.u.add("channels", channel)

    def _is_bot(self, ref: AppRef | None) -> bool | None:
        """True/False when the input lets us tell; None when the bot's identity is unknown."""
        if ref is None:
            return None
        if ref.is_inbox:
            return False
        if self.bot is None:
            return None
        if ref.same(self.bot):
            return True
        if ref.id and not self.bot.id:
            return None  # the bot is known by name only: an id cannot be compared
        return False

    def _grapherror(self, item: shapes.GraphError) -> None:
        entry = errors.lookup(item.code, item.subcode, item.message)
        self.u.errors.append({"code": item.code, "subcode": item.subcode})
        if entry is None:
            self.add(hit("HC003", label=_label(item), hint=_unknown_hint(item)))
            self._channel(item.channel)
            return
        self._channel(entry.channel or item.channel)
        self.add(hit(entry.rule_id))

    def _threadowner(self, item: shapes.ThreadOwner) -> None:
        if item.empty:
            self.add(hit("HC204"))
            return
        if item.owner is None:
            self.add(hit("HC205"))
            return
        self._app(item.owner)
        if item.owner.is_inbox:
            self.add(hit("HC202", owner=item.owner))
            return
        is_bot = self._is_bot(item.owner)
        if is_bot is False:
            variant = "instagram" if self.u.channels == [INSTAGRAM] else None
            self.add(hit("HC201", variant, owner=item.owner, bot=self.bot))
        elif is_bot is None:
            self.add(hit("HC203", owner=item.owner))

    def _secondaryreceivers(self, item: shapes.SecondaryReceivers) -> None:
        for app in item.apps:
            self._app(app)
        others = [a for a in item.apps if not a.is_inbox and self._is_bot(a) is not True]
        if others:
            self.add(hit("HC210", apps=tuple(others)))

    def _featurestatus(self, item: shapes.FeatureStatus) -> None:
        flags = dict(item.flags)
        for flag, channel in (("msgr_multi_app", MESSENGER), ("ig_multi_app", INSTAGRAM)):
            if flag in flags:
                self._channel(channel)
                if not flags[flag]:
                    self.add(hit("HC220", channel, flag=flag, channel=_CHANNEL_NAMES[channel],
                                 routing_path=ROUTING_PATH[channel]))

    def _subscription(self, item: shapes.Subscription) -> None:
        self._app(item.app)
        fields = set(item.fields)
        if "messaging_handover" in fields:
            fields.add("messaging_handovers")
        missing = [f for f in _REQUIRED_FIELDS if f not in fields]
        if missing:
            self.add(hit("HC240", fields=tuple(missing), app=item.app or T("ứng dụng", "the app")))

    def _webhook(self, item: shapes.Webhook) -> None:
        channel = item.channel
        self._channel(channel)
        variant = "instagram" if channel == INSTAGRAM else None
        for event in item.events:
            for ref in (event.app, event.previous):
                self._app(ref)
            if event.standby:
                self.add(hit("HC230", variant, channel=_CHANNEL_NAMES.get(channel or "", "Messenger/Instagram")))
            if event.kind == "pass":
                self._passed_to(event.app, previous=event.previous)
            elif event.kind == "take":
                if event.app is not None and self._is_bot(event.app) is not True:
                    self.add(hit("HC233", "inbox" if event.app.is_inbox else None, app=event.app,
                                 take_control_path=TAKE_CONTROL_PATH))
            elif event.kind == "request":
                self.add(hit("HC234", app=event.app or T("một ứng dụng", "an app")))
            elif event.kind == "app_roles":
                roles = tuple(f"{app_ref(k).text('en') if app_ref(k) else k}: {v}" for k, v in event.roles)
                self.add(hit("HC235", roles=roles or ("—",), handover_path=HANDOVER_PATH[channel or MESSENGER]))
            elif event.kind == "echo" and event.app is not None and event.app.is_inbox:
                self.add(hit("HC236", app=event.app))

    def _passed_to(self, target: AppRef | None, previous: AppRef | None = None) -> None:
        if target is None:
            return
        if target.is_inbox:
            self.add(hit("HC231", app=target))
        elif self._is_bot(target) is not True:
            self.add(hit("HC232", app=target, previous=previous or T("trạng thái rảnh", "idle")))

    def _controlcall(self, item: shapes.ControlCall) -> None:
        self._app(item.target)
        if item.shape == "send_api" and not item.control_type_given:
            self.add(hit("HC250", app=item.target or T("ứng dụng khác", "another app")))
        elif item.action == "pass":
            if item.target is None:
                self.add(hit("HC252"))
            else:
                self._passed_to(item.target)
        elif item.action == "release":
            self.add(hit("HC251"))
        elif item.action == "take":
            self.add(hit("HC253", routing_path=ROUTING_PATH[MESSENGER], take_control_path=TAKE_CONTROL_PATH))
        elif item.action == "request":
            self.add(hit("HC254"))
        elif item.action == "extend" and item.duration is not None and item.duration > _MAX_EXTEND:
            self.add(hit("HC255", duration=item.duration))

    def _callresult(self, item: shapes.CallResult) -> None:
        if not item.success:
            self.add(hit("HC256", endpoint=item.endpoint or "?"))

    def _plain(self, item: shapes.Plain) -> None:
        pass

    def _admessage(self, item: shapes.AdMessage) -> None:
        self._app(item.app)
        if item.app is not None and self._is_bot(item.app) is False:
            self.add(hit("HC260", app=item.app))
        days = item.days
        if days is not None and (isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 30):
            self.add(hit("HC261", days=str(days)[:40]))

    def _settings(self, item: shapes.Settings) -> None:
        self._app(item.bot)
        if item.ignored_keys:
            self.notices.append(("ignored_keys", (("keys", ", ".join(item.ignored_keys)[:300]),)))
        if item.unknown_symptoms:
            self.notices.append(("unknown_symptoms", (("symptoms", ", ".join(item.unknown_symptoms)[:300]),)))
        for channel, section in item.channels:
            self._channel(channel)
            _SettingsRules(self, item.bot, channel, section).run()


class _SettingsRules:
    """The settings rules for one channel (Messenger and Instagram are judged separately)."""

    def __init__(self, judge: _Judge, bot: AppRef, channel: str, s: shapes.ChannelSettings) -> None:
        self.j, self.bot, self.channel, self.s = judge, bot, channel, s
        self.variant = "instagram" if channel == INSTAGRAM else None
        self.common = {
            "channel": _CHANNEL_NAMES[channel],
            "bot": bot,
            "handover_path": HANDOVER_PATH[channel],
            "routing_path": ROUTING_PATH[channel],
            "take_control_path": TAKE_CONTROL_PATH,
        }

    def add(self, rule: str, variant: str | None = None, **params: Any) -> None:
        self.j.add(hit(rule, variant if variant is not None else self.variant, **{**self.common, **params}))

    def is_bot(self, ref: AppRef | None) -> bool:
        return ref is not None and ref.same(self.bot)

    def run(self) -> None:
        s = self.s
        for ref in s.connected:
            self.j._app(ref)
        connected_bot = any(self.is_bot(a) for a in s.connected)
        if s.connected and not connected_bot:
            self.add("HC104")
        shows = s.botcake_shows
        if shows is not None and shows[0] == APP:
            self.add("HC101", app=shows[1])
        selected = s.handover_selected
        if selected is not None and selected[0] == APP:
            self.add("HC102", app=selected[1])
        if s.primary is not None and s.primary[0] == APP and not self.is_bot(s.primary[1]):
            self.add("HC103", app=s.primary[1])
        default = s.default_app
        default_ref = default[1] if default is not None and default[0] == APP else None
        self.j._app(default_ref)
        if default_ref is not None:
            if default_ref.is_inbox:
                self.add("HC111", app=default_ref)
            elif not self.is_bot(default_ref):
                self.add("HC110", app=default_ref)
            handover_ref = selected[1] if selected is not None and selected[0] == APP else None
            if handover_ref is not None and not handover_ref.same(default_ref):
                self.add("HC112", handover_app=handover_ref, default_app=default_ref)
        answering = [a for a in s.connected if not a.is_inbox]
        no_default = default is not None and default[0] != APP
        if no_default and s.routing_given:
            if len(answering) >= 2:
                self.add("HC113", apps=tuple(answering))
            elif default[0] != UNKNOWN:
                self.add("HC114")
            if s.take_control:
                self.add("HC118", apps=s.take_control)
        for route in s.routes:
            self.j._app(route.app)
            if route.app is not None and not self.is_bot(route.app):
                label = T(f"Đường dẫn {route.label}", f"Link {route.label}") if route.kind == "link" else T(
                    f"Quảng cáo \"{route.label}\"", f"Ad \"{route.label}\"")
                self.add("HC115", "ad" if route.kind == "ad" else "default", route=label, app=route.app)
        if s.connected:
            routed = [default_ref] + [r.app for r in s.routes]
            missing: list[AppRef] = []
            for ref in routed:
                if (ref is not None and not ref.is_inbox and not any(ref.same(a) for a in s.connected)
                        and not any(ref.same(m) for m in missing)):
                    missing.append(ref)
            for ref in missing:
                self.add("HC116", app=ref)
        others_receive = (default_ref is not None and not self.is_bot(default_ref)) or any(
            r.app is not None and not self.is_bot(r.app) for r in s.routes)
        if others_receive and s.take_control is not None and not any(self.is_bot(a) for a in s.take_control):
            self.add("HC117")
        unknown = [a for a in s.connected if a.known is None and not self.is_bot(a)]
        if unknown:
            self.add("HC119", apps=tuple(unknown))
        for symptom in s.symptoms:
            self.add("HC120", symptom, symptom=SYMPTOMS[symptom][0])


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "string"
    return "number"


def _label(item: shapes.GraphError) -> str:
    if item.code is None and item.subcode is None:
        return (item.message or "?")[:120]
    if item.subcode is None:
        return f"#{item.code}"
    return f"#{item.code} / {item.subcode}"


def _unknown_hint(item: shapes.GraphError) -> T:
    family = {
        10: T("Mã 10 là nhóm lỗi quyền/chính sách gửi tin; mã phụ này chưa có trong danh mục.",
              "Code 10 is the messaging permission/policy family; this subcode is not catalogued."),
        100: T("Mã 100 là lỗi tham số hoặc thao tác không hợp lệ; mã phụ này chưa có trong danh mục.",
               "Code 100 means an invalid parameter or action; this subcode is not catalogued."),
    }.get(item.code or -1)
    return family or T("Không đoán thay cho Meta: hãy xem thông báo đi kèm.",
                       "No guess is made on Meta's behalf: read the message that came with it.")


def check(text: str, lang: str = "vi") -> dict[str, Any]:
    """Convenience: text → report dict (raises InputError)."""
    return check_text(text).to_dict(lang)


def render_input_error(exc: InputError, lang: str) -> dict[str, Any]:
    """The input error as plain data in one language (message, line, column, excerpt)."""
    template = i18n.INPUT_ERRORS[exc.key].text(lang)
    params = dict(exc.params)
    if "reason" in params:
        reason = i18n.JSON_REASONS.get(params["reason"], i18n.JSON_REASONS["other"])
        params["reason"] = fmt(reason.text(lang), params, lang)
    message = fmt(template, {**params, "line": exc.line, "column": exc.column}, lang)
    return {
        "key": exc.key,
        "message": tokens.redact(message),
        "line": exc.line,
        "column": exc.column,
        "excerpt": exc.excerpt,
    }
