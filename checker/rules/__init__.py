"""The rule registry: every rule once, gathered from its area module and checked at import.

Areas: ``input`` (HC0xx), ``settings`` (HC1xx), ``api`` (HC2xx: API answers, webhooks, calls),
``graph_errors`` (HC3xx, plus HC003 for an error the catalogue lacks). A rule id keeps its
meaning forever; a rule that is no longer checked stays here with ``status=RETIRED``.
"""

from __future__ import annotations

import re
from types import ModuleType

from ..model import LANGS, SEVERITIES
from . import api, graph_errors, input, settings
from .definition import ACTIVE, RETIRED, GraphErrorMatch, Rule

AREAS: tuple[ModuleType, ...] = (input, settings, api, graph_errors)
_ID = re.compile(r"HC\d{3}")
_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class RegistryError(ValueError):
    """A rule definition breaks the registry's invariants (raised at import)."""


def _area_rules(module: ModuleType) -> list[Rule]:
    found = [value for key, value in vars(module).items() if _ID.fullmatch(key) and isinstance(value, Rule)]
    found += list(getattr(module, "ENTRIES", ()))
    return found


def _validate(rule: Rule, seen: dict[str, Rule]) -> None:
    where = f"rule {rule.id!r} ({rule.name})"
    if not _ID.fullmatch(rule.id):
        raise RegistryError(f"{where}: the id must be HC and three digits")
    if rule.id in seen:
        raise RegistryError(f"{where}: duplicate id, already used by {seen[rule.id].name!r}")
    if not _NAME.fullmatch(rule.name):
        raise RegistryError(f"{where}: the name must be lowercase words joined by hyphens")
    if rule.severity not in SEVERITIES or rule.status not in (ACTIVE, RETIRED):
        raise RegistryError(f"{where}: unknown severity {rule.severity!r} or status {rule.status!r}")
    if "default" not in rule.docs or not rule.fix:
        raise RegistryError(f"{where}: needs a default doc target and at least one fix step")
    for text in (rule.title, rule.explanation, *rule.fix):
        for lang in LANGS:
            if not text.text(lang).strip():
                raise RegistryError(f"{where}: a text has no {lang} version")


def build(rules: list[Rule]) -> dict[str, Rule]:
    """The registry as a dict by id, sorted; raises RegistryError on a duplicate or malformed rule."""
    seen: dict[str, Rule] = {}
    for rule in rules:
        _validate(rule, seen)
        seen[rule.id] = rule
    return dict(sorted(seen.items()))


RULES: dict[str, Rule] = build([rule for module in AREAS for rule in _area_rules(module)])
ERROR_RULES: tuple[Rule, ...] = graph_errors.ENTRIES
RETIRED_IDS: frozenset[str] = frozenset(r.id for r in RULES.values() if r.status == RETIRED)
lookup_error = graph_errors.lookup
match_error_message = graph_errors.match_message


def get(rule_id: str) -> Rule:
    """The rule with this id; a clear error for an id that does not exist."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"no rule {rule_id!r}; known rules: {', '.join(RULES)}") from None


__all__ = ["ACTIVE", "ERROR_RULES", "RETIRED", "RULES", "GraphErrorMatch", "RegistryError", "Rule", "get",
           "lookup_error", "match_error_message"]
