"""App references as the input gives them (id, name or both), recognised against the known apps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .vocabulary import (
    APP_BY_ID,
    KNOWN_APPS,
    NONE_WORDS,
    SELECT_WORDS,
    TYPO_INBOX_IDS,
    UNKNOWN_WORDS,
    KnownApp,
    fold,
)

_BY_ID = {app.id: app for app in KNOWN_APPS if app.id}
_BY_ALIAS = {alias: app for app in KNOWN_APPS for alias in app.aliases}


def normalise_id(value: object) -> str | None:
    """An app id given as a number or a string of ASCII digits, else None.

    Only ASCII digits: ``str.isdigit`` also accepts superscripts (which ``int`` refuses) and
    other scripts' digits (which ``int`` reads, so "١٢" would become code 12, a number nobody
    wrote).
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return str(int(value))
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.isascii() and stripped.isdecimal():
            return stripped
    return None


@dataclass(frozen=True)
class AppRef:
    """An app as the input names it: by id, by name or both; ``known`` when we recognise it."""

    id: str | None = None
    name: str | None = None
    known: KnownApp | None = None
    # The name folded once (comparing thousands of apps by name must not fold it every time).
    folded: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.name and not self.folded:
            object.__setattr__(self, "folded", fold(self.name))

    @property
    def is_inbox(self) -> bool:
        return self.known is not None and self.known.inbox

    def same(self, other: AppRef | None) -> bool:
        if other is None:
            return False
        if self.known is not None and self.known is other.known:
            return True
        if self.id and other.id:
            return self.id == other.id
        if self.name and other.name:
            return self.folded == other.folded
        return False

    def text(self, lang: str) -> str:
        if self.known is not None:
            return self.known.name.text(lang)
        if self.name and self.id:
            return f"{self.name} ({self.id})"
        if self.name:
            return self.name
        return APP_BY_ID.text(lang).format(id=self.id)

    def as_json(self, lang: str) -> dict[str, str | None]:
        return {"id": self.id or (self.known.id if self.known else None), "name": self.text(lang)}


class AppIndex:
    """Apps indexed by known app, id and folded name: ``has_same(ref)`` answers
    ``any(ref.same(app) for app in apps)`` in constant time, so thousands of apps stay linear."""

    def __init__(self, apps: Iterable[AppRef] = ()) -> None:
        self._known: set[int] = set()  # id() of each KnownApp: same() compares them by identity
        self._ids: set[str] = set()
        self._names: set[str] = set()
        self._names_without_id: set[str] = set()
        for app in apps:
            self.add(app)

    def add(self, app: AppRef) -> None:
        if app.known is not None:
            self._known.add(id(app.known))
        if app.id:
            self._ids.add(app.id)
        if app.name:
            self._names.add(app.folded)
            if not app.id:
                self._names_without_id.add(app.folded)

    def has_same(self, ref: AppRef) -> bool:
        if ref.known is not None and id(ref.known) in self._known:
            return True
        if ref.id and ref.id in self._ids:
            return True
        if not ref.name:
            return False
        # An app with an id is compared with ref's id alone; its name counts only without one.
        return ref.folded in (self._names_without_id if ref.id else self._names)


def app_ref(value: object) -> AppRef | None:
    """Read an app given as an id, a name or ``{"name": …, "id": …}``; None if it names no app."""
    if isinstance(value, dict):
        lowered = {str(k).casefold(): v for k, v in value.items()}
        raw_id = lowered.get("id", lowered.get("app_id"))
        raw_name = lowered.get("name")
        ident = normalise_id(raw_id)
        name = raw_name.strip() if isinstance(raw_name, str) and raw_name.strip() else None
        if ident is None and name is None:
            return None
        folded = fold(name) if name else ""
        known = _BY_ID.get(ident) if ident else None
        if known is None and name:
            known = _BY_ALIAS.get(folded)
        return AppRef(ident, name, known, folded)
    ident = normalise_id(value)
    if ident is not None:
        return AppRef(ident, None, _BY_ID.get(ident))
    if isinstance(value, str) and value.strip():
        return _named(value.strip(), fold(value))
    return None


def _named(name: str, folded: str) -> AppRef:
    """An app given by its name alone (``folded`` is ``fold(name)``, computed by the caller)."""
    return AppRef(None, name, _BY_ALIAS.get(folded), folded)


# The state of a "which app" setting: nothing chosen, shown as unknown, or an app.
NONE, UNKNOWN, APP = "none", "unknown", "app"


def choice(value: object) -> tuple[str, AppRef | None]:
    """Classify a setting value: ("none"|"unknown", None) or ("app", AppRef)."""
    if value is None or value is False:
        return NONE, None
    if isinstance(value, str):
        folded = fold(value)
        if folded in NONE_WORDS or folded in SELECT_WORDS:
            return NONE, None
        if folded in UNKNOWN_WORDS:
            return UNKNOWN, None
        if normalise_id(value) is None:  # a name: fold it once, not again in app_ref
            return APP, _named(value.strip(), folded)
    ref = app_ref(value)
    if ref is None:
        return NONE, None
    return APP, ref


def is_typo_inbox_id(value: object) -> bool:
    return normalise_id(value) in TYPO_INBOX_IDS
