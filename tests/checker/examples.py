"""The example inputs with their expectations: test fixtures under tests/examples/, the inputs the
checker page offers under examples/ (published; their expectations in tests/examples/page/) and
the published settings examples under checker/schema/examples/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "examples"
PAGE = ROOT / "examples"
PUBLISHED = ROOT / "checker" / "schema" / "examples"


def example(name: str) -> Path:
    """An example input by its name ("errors/2018300.json"), wherever it lives."""
    for folder in (EXAMPLES, PAGE):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"no example {name!r} in {EXAMPLES} or {PAGE}")


@dataclass(frozen=True)
class Example:
    path: Path
    expected: dict

    @property
    def id(self) -> str:
        if self.path.is_relative_to(EXAMPLES):
            return str(self.path.relative_to(EXAMPLES))
        if self.path.is_relative_to(PAGE):
            return "page/" + str(self.path.relative_to(PAGE))
        return "published/" + self.path.name

    @property
    def is_bad(self) -> bool:
        return "exit" in self.expected


def _expected_for(path: Path) -> Path:
    if path.is_relative_to(PUBLISHED):
        return EXAMPLES / "published" / (path.stem + ".expected.json")
    if path.is_relative_to(PAGE):
        relative = path.relative_to(PAGE)
        return EXAMPLES / "page" / relative.with_name(relative.name.rsplit(".", 1)[0] + ".expected.json")
    return path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")


def all_examples() -> list[Example]:
    inputs = [
        p for folder in (EXAMPLES, PAGE) for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith((".expected.json", ".md"))  # SOURCES.md: notes
    ]
    inputs += sorted(PUBLISHED.glob("*.json"))
    return [Example(p, json.loads(_expected_for(p).read_text(encoding="utf-8"))) for p in inputs]
