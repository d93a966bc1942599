"""The example inputs under tests/examples/ (and the published settings examples) with their expectations."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "examples"
PUBLISHED = ROOT / "checker" / "schema" / "examples"


@dataclass(frozen=True)
class Example:
    path: Path
    expected: dict

    @property
    def id(self) -> str:
        try:
            return str(self.path.relative_to(EXAMPLES))
        except ValueError:
            return "published/" + self.path.name

    @property
    def is_bad(self) -> bool:
        return "exit" in self.expected


def _expected_for(path: Path) -> Path:
    if path.is_relative_to(PUBLISHED):
        return EXAMPLES / "published" / (path.stem + ".expected.json")
    return path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")


def all_examples() -> list[Example]:
    inputs = [
        p for p in sorted(EXAMPLES.rglob("*"))
        if p.is_file() and not p.name.endswith((".expected.json", ".md"))  # SOURCES.md: notes
    ]
    inputs += sorted(PUBLISHED.glob("*.json"))
    return [Example(p, json.loads(_expected_for(p).read_text(encoding="utf-8"))) for p in inputs]
