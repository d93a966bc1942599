"""Score the checker on the held-out corpus of real pastes (tests/corpus/), per format.

right: exactly the expected verdict and findings; wrong: names a cause that was not expected (the
worst case); unknown: HC003 or exit 2 where a cause was expected; other: anything else (a missed
cause, a different verdict, exit 2 and HC003 confused).

Usage: .venv/bin/python scripts/corpus_score.py [--details]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus.corpus import OUTCOMES, all_pastes, ask, expected_answer, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every paste that is not right")
    args = parser.parse_args()

    per_format: dict[str, Counter] = {}
    misses: list[tuple[str, str, str, str]] = []
    for paste in all_pastes():
        answer = ask(paste)
        outcome = score(paste, answer)
        per_format.setdefault(paste.format, Counter())[outcome] += 1
        if outcome != "right":
            misses.append((outcome, paste.id, answer.describe(), expected_answer(paste).describe()))

    header = ["format", "pastes", *OUTCOMES]
    rows = [[fmt, str(sum(c.values())), *(str(c[o]) for o in OUTCOMES)] for fmt, c in sorted(per_format.items())]
    total = sum(per_format.values(), Counter())
    rows.append(["total", str(sum(total.values())), *(str(total[o]) for o in OUTCOMES)])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))))
    if args.details:
        print()
        for outcome, paste_id, said, expected in sorted(misses):
            print(f"{outcome:8} {paste_id}\n         said:     {said}\n         expected: {expected}")


if __name__ == "__main__":
    main()
