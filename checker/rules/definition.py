"""What one rule is: its stable id, name, severity, status, text in both languages, links and check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import DocTarget, Hit, T

if TYPE_CHECKING:
    from ..context import Context

ACTIVE, RETIRED = "active", "retired"
ERRORS_PAGE = "errors/"

Check = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True)
class GraphErrorMatch:
    """How a Graph API error is recognised: code, subcode, message patterns; its source entry."""

    code: int | None
    subcode: int | None
    anchor: str  # heading id of its row on /errors/
    message: str  # as Meta returns it (or the label Meta's table gives, for 190 subcodes)
    source: str  # the key of its entry in sources/errors.yml
    channel: str | None = None
    patterns: tuple[str, ...] = ()  # folded substrings that identify the message alone
    reported_only: bool = False  # [U] in the register: reported by users, not documented by Meta

    @property
    def label(self) -> str:
        if self.code is None:
            return "—"
        return f"{self.code}" if self.subcode is None else f"{self.code} / {self.subcode}"


def _never(context: Context) -> Iterable[Hit]:
    return ()


@dataclass(frozen=True)
class Rule:
    """One check: stable id, a name stating the problem, its text, where it links, and its condition."""

    id: str
    name: str
    severity: str
    title: T
    explanation: T
    fix: tuple[T, ...]
    docs: Mapping[str, DocTarget]  # "default" plus the variants its check may choose
    check: Check = field(default=_never, compare=False)
    status: str = ACTIVE
    error: GraphErrorMatch | None = None

    @property
    def reference(self) -> DocTarget | None:
        """The row on /errors/ for a Graph error rule."""
        return DocTarget(ERRORS_PAGE, self.error.anchor) if self.error is not None else None

    def doc(self, variant: str | None) -> DocTarget:
        return self.docs.get(variant or "default", self.docs["default"])


def docs(page: str, anchor: str, **variants: tuple[str, str]) -> dict[str, DocTarget]:
    """The default link plus named variants, e.g. ``instagram=("troubleshooting/turn-off/", "instagram")``."""
    targets = {"default": DocTarget(page, anchor)}
    targets.update({key: DocTarget(*target) for key, target in variants.items()})
    return targets


def fire(variant: str | None = None, **params: object) -> Hit:
    """A hit of the rule whose check yields it (the registry fills in the rule id)."""
    return Hit("", variant, tuple(sorted(params.items())))
