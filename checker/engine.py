"""Collect, then judge: every pasted item goes into one Context, then every rule runs over it."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import i18n, inputs, shapes, tokens
from .apps import is_typo_inbox_id
from .context import Context, SeenError, app_sort_key
from .inputs import InputError, Parsed, Piece
from .model import ERROR, LANGS, SEVERITIES, WARNING, Hit
from .rules import ACTIVE, RULES, get, lookup_error, match_error_message
from .vocabulary import CHANNELS, INSTAGRAM, MESSENGER, SHARED_PLACEHOLDERS

Notice = tuple[str, tuple[tuple[str, Any], ...]]


@dataclass(frozen=True)
class Report:
    """The judged input: hits (language-neutral) plus what was understood; render per language."""

    hits: tuple[Hit, ...]
    context: Context
    notices: tuple[Notice, ...]
    secrets: frozenset[str]

    @property
    def verdict(self) -> str:
        severities = {get(h.rule).severity for h in self.hits}
        return "error" if ERROR in severities else "warning" if WARNING in severities else "ok"

    @functools.cached_property
    def redact(self) -> Callable[[str], str]:
        """Hides tokens and this input's secrets (prepared once: a report echoes many texts)."""
        return tokens.redactor(self.secrets)

    def to_dict(self, lang: str) -> dict[str, Any]:
        """The CLI's --format json report (its fields are a contract)."""
        lang = lang if lang in LANGS else "vi"
        c = self.context
        bot = c.bot
        return valid_unicode({
            "verdict": self.verdict,
            "lang": lang,
            "findings": sorted((self.finding(h, lang) for h in self.hits), key=_order),
            "understood": {
                "shapes": sorted(c.shapes, key=_shape_order),
                "channels": [ch for ch in CHANNELS if ch in c.channels],
                "apps": [self.echo_app(a.as_json(lang)) for a in c.sorted_apps()],
                "bot": self.echo_app(bot.as_json(lang)) if bot is not None else None,
                "errors": [{"code": e.code, "subcode": e.subcode} for e in self.errors()],
                "removed": list(c.removed),
                "requests": [self.echo(r) for r in c.requests],
                "ignored_items": c.ignored,
            },
            "notices": [self.notice(key, params, lang) for key, params in self.notices],
        })

    def echo(self, text: str) -> str:
        """Text that came from the input, as it may be shown again (tokens and secrets hidden)."""
        return self.redact(text)

    def echo_app(self, app: dict[str, str | None]) -> dict[str, str | None]:
        return {key: self.echo(value) if value else value for key, value in app.items()}

    def errors(self) -> list[shapes.GraphError]:
        return sorted((s.error for s in self.context.errors), key=lambda e: (e.code or -1, e.subcode or -1, e.message))

    def trace_ids(self) -> list[str]:
        """Meta's fbtrace_id of each pasted error (for support), as they may be shown again."""
        return list(dict.fromkeys(self.echo(e.trace_id) for e in self.errors() if e.trace_id))

    def finding(self, h: Hit, lang: str) -> dict[str, Any]:
        rule = get(h.rule)
        params = {**SHARED_PLACEHOLDERS, **h.param_dict()}
        finding = {
            "id": rule.id,
            "name": rule.name,
            "severity": rule.severity,
            "title": self.fmt(rule.title.text(lang), params, lang),
            "explanation": self.fmt(rule.explanation.text(lang), params, lang),
            "fix": [self.fmt(step.text(lang), params, lang) for step in rule.fix],
            "doc": rule.doc(h.variant).href(lang),
        }
        if rule.reference is not None:
            finding["reference"] = rule.reference.href(lang)
        return finding

    def notice(self, key: str, params: tuple[tuple[str, Any], ...], lang: str) -> str:
        return self.fmt(i18n.NOTICES[key].text(lang), dict(params), lang)

    def fmt(self, template: str, params: dict[str, Any], lang: str) -> str:
        """Fill a rule's or notice's text; the values came from the input, so they are redacted."""
        return fmt(template, params, lang, self.redact)


def _order(finding: dict[str, Any]) -> tuple:
    return (SEVERITIES.index(finding["severity"]), finding["id"], finding["title"], finding["explanation"],
            finding["doc"])


def _shape_order(shape: str) -> tuple[int, str]:
    names = list(i18n.SHAPES)
    return (names.index(shape) if shape in names else len(names), shape)


_FIELD = re.compile(r"\{(\w+)\}")


def fmt(template: str, params: dict[str, Any], lang: str, redact: Callable[[str], str] = tokens.redact) -> str:
    """Fill {name} placeholders; values are text, numbers, T pairs, apps or lists of those.

    Each filled-in value is redacted (it may echo the input); the template itself never is.
    """

    def one(value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return ", ".join(one(v) for v in value)
        if hasattr(value, "text"):
            return value.text(lang)
        return str(value)

    parts = _template_parts(template)
    out = [parts[0]]
    for index in range(1, len(parts), 2):
        name = parts[index]
        out.append(redact(one(params[name])) if name in params else "{" + name + "}")
        out.append(parts[index + 1])
    return "".join(out)


@functools.lru_cache(maxsize=2048)
def _template_parts(template: str) -> tuple[str, ...]:
    """Text, field name, text, …: a template is split once (a report can fill thousands)."""
    return tuple(_FIELD.split(template))


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(value: Any) -> Any:
    """Every string in ``value`` with its lone surrogates replaced by U+FFFD.

    A JSON ``\\ud800`` escape (or a pasted lone surrogate in the page) decodes to a code point
    that UTF-8 cannot encode; the report and input errors echo the input, so each passes here
    once, as a whole, before anyone writes it.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {valid_unicode(k): valid_unicode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [valid_unicode(v) for v in value]
    return value


# --- collecting ----------------------------------------------------------------------------


def _error(context: Context, item: shapes.GraphError) -> None:
    rule = lookup_error(item.code, item.subcode, item.message, item.channel)
    context.errors.append(SeenError(item, rule.id if rule is not None else None))
    channel = rule.error.channel if rule is not None and rule.error is not None else None
    context.add_channel(channel or item.channel)


def _thread_owner(context: Context, item: shapes.ThreadOwner) -> None:
    context.thread_owners.append(item)
    context.add_app(item.owner)


def _secondary(context: Context, item: shapes.SecondaryReceivers) -> None:
    context.secondary_receivers.append(item)
    for app in item.apps:
        context.add_app(app)


def _feature_status(context: Context, item: shapes.FeatureStatus) -> None:
    context.feature_status.append(item)
    flags = dict(item.flags)
    for flag, channel in (("msgr_multi_app", MESSENGER), ("ig_multi_app", INSTAGRAM)):
        if flag in flags:
            context.add_channel(channel)


def _subscription(context: Context, item: shapes.Subscription) -> None:
    context.subscriptions.append(item)
    context.add_app(item.app)


def _webhook(context: Context, item: shapes.Webhook) -> None:
    context.webhooks.append(item)
    context.add_channel(item.channel)
    for event in item.events:
        context.add_app(event.app)
        context.add_app(event.previous)


def _control_call(context: Context, item: shapes.ControlCall) -> None:
    context.control_calls.append(item)
    context.add_app(item.target)


def _call_result(context: Context, item: shapes.CallResult) -> None:
    context.call_results.append(item)


def _ad_message(context: Context, item: shapes.AdMessage) -> None:
    context.ad_messages.append(item)
    context.add_app(item.app)


def _conversations(context: Context, item: shapes.Conversations) -> None:
    context.conversations.append(item)


def _plain(context: Context, item: shapes.Plain) -> None:
    """A recognised shape with nothing to judge (a Send API response or message)."""


def _settings(context: Context, item: shapes.Settings) -> None:
    context.settings.append(item)
    context.add_app(item.bot)
    context.ignored_keys.extend(item.ignored_keys)
    context.unknown_symptoms.extend(item.unknown_symptoms)
    for channel, section in item.channels:
        context.add_channel(channel)
        for ref in section.connected:
            context.add_app(ref)
        for shown in (section.botcake_shows, section.handover_selected, section.primary, section.default_app):
            if shown is not None:
                context.add_app(shown[1])
        for route in section.routes:
            context.add_app(route.app)


# Each canonical item type and where it goes in the context: explicit, never built from a name.
_COLLECT: dict[type, Callable[[Context, Any], None]] = {
    shapes.GraphError: _error,
    shapes.ThreadOwner: _thread_owner,
    shapes.SecondaryReceivers: _secondary,
    shapes.FeatureStatus: _feature_status,
    shapes.Subscription: _subscription,
    shapes.Webhook: _webhook,
    shapes.ControlCall: _control_call,
    shapes.CallResult: _call_result,
    shapes.AdMessage: _ad_message,
    shapes.Conversations: _conversations,
    shapes.Plain: _plain,
    shapes.Settings: _settings,
}


def _add_items(context: Context, items: list[Any] | None) -> None:
    if items is None:
        context.ignored += 1
        return
    for item in items:
        context.shapes.add(item.shape)
        _COLLECT[type(item)](context, item)


def _collect_piece(context: Context, piece: Piece, index: int) -> None:
    value = piece.value
    if isinstance(value, dict):
        _add_items(context, shapes.recognise(piece))
        return
    if not isinstance(value, list):
        raise InputError("not_object", line=piece.line, index=index, kind=i18n.VALUE_KINDS[_kind(value)])
    stack = list(reversed(value))
    while stack:
        member = stack.pop()
        if isinstance(member, list):
            stack.extend(reversed(member))
        elif isinstance(member, dict):
            _add_items(context, shapes.recognise(dataclasses.replace(piece, value=member)))
        else:
            context.ignored += 1


def _typo_ids(value: Any) -> set[str]:
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif is_typo_inbox_id(item):
            found.add(str(item).strip())
    return found


def collect(parsed: Parsed, text: str) -> tuple[Context, frozenset[str]]:
    """The whole normalised context of the input, and the literal secrets to hide in any output."""
    context = Context(removed=tuple(parsed.removed), requests=tuple(parsed.requests))
    if parsed.error_text is not None:
        item = shapes.error_from_text(parsed.error_text)
        if item.code is None and match_error_message(parsed.error_text) is None:
            raise parsed.json_error or InputError("unrecognised", accepted=i18n.ACCEPTED_SHAPES)
        _add_items(context, [item])
    for index, piece in enumerate(parsed.pieces, 1):
        _collect_piece(context, piece, index)
    if not context.shapes:
        raise InputError("unrecognised", accepted=i18n.ACCEPTED_SHAPES)
    secrets: set[str] = set()
    found = tokens.text_has_token(text)
    for piece in parsed.pieces:
        piece_found, piece_secrets = tokens.find_secrets(piece.value)
        found = found or piece_found
        secrets |= piece_secrets
        context.typo_ids |= _typo_ids(piece.value)
    context.token_found = found
    return context, frozenset(secrets)


def _notices(context: Context, parsed: Parsed) -> list[Notice]:
    notices: list[Notice] = []
    if context.removed:
        notices.append(("removed", (("what", [i18n.REMOVED[k] for k in context.removed]),)))
    # How the readers read a paste that is not plain JSON, in reading order, after "removed".
    notices.extend(parsed.notices)
    if context.ignored:
        notices.append(("ignored_items", (("count", context.ignored),)))
    if context.ignored_keys:
        notices.append(("ignored_keys", (("keys", ", ".join(sorted(context.ignored_keys))[:300]),)))
    if context.unknown_symptoms:
        notices.append(("unknown_symptoms", (("symptoms", ", ".join(sorted(context.unknown_symptoms))[:300]),)))
    return notices


# --- judging -------------------------------------------------------------------------------


def judge(context: Context) -> tuple[Hit, ...]:
    """Every active rule over the whole context; each distinct hit once."""
    hits: dict[Hit, None] = {}
    for rule in RULES.values():
        if rule.status != ACTIVE:
            continue
        for h in rule.check(context):
            hits.setdefault(dataclasses.replace(h, rule=rule.id), None)
    return tuple(hits)


def check_bytes(data: bytes) -> Report:
    text, bom = inputs.decode(data)
    return check_text(text, bom)


def check_text(text: str, bom: bool = False) -> Report:
    """Judge pasted text. Raises InputError when it cannot be checked."""
    try:
        parsed = inputs.parse(text, bom)
        context, secrets = collect(parsed, text)
    except InputError as exc:
        # An excerpt may show a value whose secret key was cut off (a request line's URL is
        # blanked before decoding): hide every value the raw text puts after a secret key.
        if exc.excerpt:
            exc.excerpt = tokens.redact(exc.excerpt, tokens.secrets_in(text))
        raise
    # A value seen beside a secret key in a request line is hidden wherever the report repeats it.
    secrets |= tokens.secrets_in(text)
    return Report(judge(context), context, tuple(_notices(context, parsed)), secrets)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    if isinstance(value, str):
        return "string"
    return "number"


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
    return valid_unicode({
        "key": exc.key,
        "message": message,
        "line": exc.line,
        "column": exc.column,
        "excerpt": exc.excerpt,
    })


__all__ = ["Report", "app_sort_key", "check", "check_bytes", "check_text", "collect", "judge", "render_input_error"]
