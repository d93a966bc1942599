"""Small immutable values shared by every layer: text pairs, doc targets, hits."""

from __future__ import annotations

from dataclasses import dataclass
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
class Hit:
    """A rule that fired, with the values its text needs. Rendered per language later."""

    rule: str
    variant: str | None = None
    params: tuple[tuple[str, Any], ...] = ()

    def param_dict(self) -> dict[str, Any]:
        return dict(self.params)
