"""The held-out corpus of real pastes (tests/corpus/FORMAT/NAME.txt) and how a checker answer is scored."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from checker.engine import check_text
from checker.inputs import InputError

CORPUS = Path(__file__).resolve().parent
EXIT = "exit 2"
# Findings that name no cause: the token warning and "not in the catalogue".
NO_CAUSE = frozenset({"HC001", "HC003"})
OUTCOMES = ("right", "wrong", "unknown", "other")


@dataclass(frozen=True)
class Paste:
    path: Path
    expected: dict

    @property
    def id(self) -> str:
        return str(self.path.relative_to(CORPUS))

    @property
    def format(self) -> str:
        return self.path.parent.name

    @property
    def expects_exit(self) -> bool:
        return "exit" in self.expected


@dataclass(frozen=True)
class Answer:
    """What the checker said: exit 2, or a verdict with finding ids."""

    exit: bool
    verdict: str | None = None
    findings: frozenset[str] = frozenset()
    error_key: str | None = None

    def describe(self) -> str:
        if self.exit:
            return f"{EXIT} ({self.error_key})"
        return f"{self.verdict} {sorted(self.findings)}"


def all_pastes() -> list[Paste]:
    return [
        Paste(p, json.loads(p.with_name(p.stem + ".expected.json").read_text(encoding="utf-8")))
        for p in sorted(CORPUS.glob("*/*.txt"))
    ]


def ask(paste: Paste) -> Answer:
    """Run the paste through the checker exactly as the site does (text in, report in Vietnamese)."""
    text = paste.path.read_text(encoding="utf-8")
    try:
        report = check_text(text).to_dict("vi")
    except InputError as exc:
        return Answer(exit=True, error_key=exc.key)
    return Answer(exit=False, verdict=report["verdict"], findings=frozenset(f["id"] for f in report["findings"]))


def expected_answer(paste: Paste) -> Answer:
    if paste.expects_exit:
        return Answer(exit=True)
    return Answer(exit=False, verdict=paste.expected["verdict"], findings=frozenset(paste.expected["findings"]))


def matches(paste: Paste, answer: Answer) -> bool:
    expected = expected_answer(paste)
    if expected.exit:
        return answer.exit
    return not answer.exit and (answer.verdict, answer.findings) == (expected.verdict, expected.findings)


def score(paste: Paste, answer: Answer) -> str:
    """right: exactly as expected; wrong: names a cause that was not expected (the worst case);
    unknown: HC003 or exit 2 where a cause was expected; other: anything else (a missed cause,
    a different verdict, or exit 2 and HC003 confused)."""
    if matches(paste, answer):
        return "right"
    expected_causes = expected_answer(paste).findings - NO_CAUSE
    given_causes = answer.findings - NO_CAUSE
    if given_causes - expected_causes:
        return "wrong"
    if expected_causes and not given_causes and (answer.exit or "HC003" in answer.findings):
        return "unknown"
    return "other"
