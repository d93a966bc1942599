"""Small immutable values shared by every layer: text pairs, doc targets, rules, hits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGS = ("vi", "en")
ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class T:
    """One piece of user-facing text in both languages."""

    vi: str
    en: str

    def text(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class DocTarget:
    """A language-neutral link: a page path from pages.md (``"routing/"``) and a heading id."""

    page: str
    anchor: str

    def href(self, lang: str) -> str:
        """Site-relative URL for ``lang``: vi pages live at the root, en pages under ``en/``."""
        prefix = "" if lang == "vi" else "en/"
        return f"{prefix}{self.page}#{self.anchor}"

    def md_path(self) -> str:
        """The markdown source of the page, without language suffix (for generated pages)."""
        page = self.page.rstrip("/")
        if not page:
            return "index.md"
        if page == "troubleshooting":
            return "troubleshooting/index.md"
        return page + ".md"


@dataclass(frozen=True)
class Rule:
    """One check: stable code, a name stating the problem, severity and all of its text."""

    id: str
    name: str
    severity: str
    title: T
    explanation: T
    fix: tuple[T, ...]
    docs: Mapping[str, DocTarget]  # "default" plus variants a check may choose
    reference: DocTarget | None = None  # the row on /errors/ for Graph error rules

    def doc(self, variant: str | None) -> DocTarget:
        return self.docs.get(variant or "default", self.docs["default"])


@dataclass(frozen=True)
class Hit:
    """A rule that fired, with the values its text needs. Rendered per language later."""

    rule: str
    variant: str | None = None
    params: tuple[tuple[str, Any], ...] = ()

    def param_dict(self) -> dict[str, Any]:
        return dict(self.params)


def hit(rule: str, variant: str | None = None, **params: Any) -> Hit:
    return Hit(rule, variant, tuple(sorted(params.items())))


@dataclass
class Understood:
    """What the checker read from the input, so the reader can confirm it was read right."""

    shapes: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    apps: list[Any] = field(default_factory=list)  # AppRef values, in order of appearance
    bot: Any = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # annotation kinds stripped from the input
    requests: list[str] = field(default_factory=list)
    ignored: int = 0

    def add(self, attr: str, value: Any) -> None:
        items = getattr(self, attr)
        if value is not None and value not in items:
            items.append(value)
