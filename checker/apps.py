"""Known apps (Page Inbox, Instagram Inbox, Botcake, Pancake) and forgiving app references."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .model import T

PAGE_INBOX_ID = "263902037430900"
INSTAGRAM_INBOX_ID = "1217981644879628"
# Wrong ids seen in the wild: a 14-digit typo printed in Meta's message_echoes reference and
# the id from howdyai/botkit#1530. Neither is the Page Inbox.
TYPO_INBOX_IDS = ("26390203743090", "263902037438966")


@dataclass(frozen=True)
class KnownApp:
    key: str
    id: str | None
    name: T
    aliases: tuple[str, ...]  # folded (see fold())
    inbox: bool = False


PAGE_INBOX = KnownApp(
    "page_inbox",
    PAGE_INBOX_ID,
    T("Hộp thư Trang (Meta Business Suite)", "Page Inbox (Meta Business Suite)"),
    (
        "page inbox",
        "hop thu trang",
        "hop thu",
        "meta business suite",
        "business suite",
        "facebook business suite",
        "facebook page inbox",
        "meta inbox",
        "meta business suite inbox",
        "hop thu meta business suite",
        "facebook inbox",
    ),
    inbox=True,
)
INSTAGRAM_INBOX = KnownApp(
    "instagram_inbox",
    INSTAGRAM_INBOX_ID,
    T("Hộp thư Instagram (Meta Business Suite)", "Instagram Inbox (Meta Business Suite)"),
    ("instagram inbox", "hop thu instagram", "instagram direct inbox", "ig inbox"),
    inbox=True,
)
BOTCAKE = KnownApp("botcake", None, T("Botcake", "Botcake"), ("botcake", "bot cake", "botcake.io"))
PANCAKE = KnownApp(
    "pancake", None, T("Pancake", "Pancake"), ("pancake", "pancake pos", "pages.fm", "pancake.vn")
)
KNOWN_APPS = (PAGE_INBOX, INSTAGRAM_INBOX, BOTCAKE, PANCAKE)

_BY_ID = {app.id: app for app in KNOWN_APPS if app.id}
_BY_ALIAS = {alias: app for app in KNOWN_APPS for alias in app.aliases}

# Words that mean "no app" in the settings JSON and on Botcake's / Meta's screens.
NONE_WORDS = frozenset({"", "khong co", "khong", "none", "no", "null", "off", "tat", "-", "no app"})
UNKNOWN_WORDS = frozenset({"khong xac dinh", "unknown", "chua xac dinh", "not set"})
SELECT_WORDS = frozenset({"chon", "select", "choose", "chon ung dung", "select app"})

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, without accents (đ → d), single spaces: for forgiving name matching."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACE.sub(" ", bare.casefold()).strip()


def normalise_id(value: object) -> str | None:
    """An app id given as a number or a digit string, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return str(int(value))
    if isinstance(value, str) and value.strip().isdigit():
        return value.strip()
    return None


@dataclass(frozen=True)
class AppRef:
    """An app as the input names it: by id, by name or both; ``known`` when we recognise it."""

    id: str | None = None
    name: str | None = None
    known: KnownApp | None = None

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
            return fold(self.name) == fold(other.name)
        return False

    def text(self, lang: str) -> str:
        if self.known is not None:
            return self.known.name.text(lang)
        if self.name and self.id:
            return f"{self.name} ({self.id})"
        if self.name:
            return self.name
        return ("ứng dụng " if lang == "vi" else "app ") + str(self.id)

    def as_json(self, lang: str) -> dict[str, str | None]:
        return {"id": self.id or (self.known.id if self.known else None), "name": self.text(lang)}


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
        known = _BY_ID.get(ident) if ident else None
        if known is None and name:
            known = _BY_ALIAS.get(fold(name))
        return AppRef(ident, name, known)
    ident = normalise_id(value)
    if ident is not None:
        return AppRef(ident, None, _BY_ID.get(ident))
    if isinstance(value, str) and value.strip():
        name = value.strip()
        return AppRef(None, name, _BY_ALIAS.get(fold(name)))
    return None


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
    ref = app_ref(value)
    if ref is None:
        return NONE, None
    return APP, ref


def is_typo_inbox_id(value: object) -> bool:
    return normalise_id(value) in TYPO_INBOX_IDS
