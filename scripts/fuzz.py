"""Run generated hostile inputs through the checker and count crashes.

Each input (tests/checker/hostile.py: every recognised shape with wrong types in its fields,
malformed request lines, lone surrogates, huge and non-finite numbers, nesting near the limit)
goes through ``check_text(...).to_dict(lang)`` in both languages and the text and JSON reporters.
The only allowed outcomes are a report or an InputError; anything else is a crash, grouped by
where it happened, with the shortest input and its traceback for the first few kinds.

Usage: .venv/bin/python scripts/fuzz.py [--count 10000] [--seed 1] [--show 5] [--every-field]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.checker.hostile import (  # noqa: E402
    HOSTILE_SCALARS,
    TEMPLATES,
    Outcome,
    check_one,
    generate,
    paths,
    replace_at,
    where,
)


def every_field():
    """Every field of every example, replaced by every hostile scalar (about 100,000 inputs)."""
    for template in TEMPLATES:
        for path in paths(template):
            for value in HOSTILE_SCALARS:
                yield json.dumps(replace_at(template, path, value), ensure_ascii=False, allow_nan=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="crash kinds to print with a traceback")
    parser.add_argument("--every-field", action="store_true",
                        help="also run every field of every example with every hostile scalar")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcome = Outcome()
    start = time.perf_counter()
    inputs = (generate(rng) for _ in range(args.count))
    if args.every_field:
        inputs = itertools.chain(inputs, every_field())
    for text in inputs:
        outcome.ran += 1
        trace = check_one(text)
        if trace is not None:
            outcome.crashes.setdefault(where(trace), []).append((text, trace))
    elapsed = time.perf_counter() - start
    crashed = sum(len(v) for v in outcome.crashes.values())
    print(f"inputs run: {outcome.ran} (seed {args.seed}, {elapsed:.1f} s), crashed: {crashed}, "
          f"crash kinds: {len(outcome.crashes)}")
    ranked = sorted(outcome.crashes.items(), key=lambda kv: -len(kv[1]))
    for kind, cases in ranked:
        print(f"  {len(cases):6}  {kind}")
    for kind, cases in ranked[:args.show]:
        text, trace = min(cases, key=lambda c: len(c[0]))
        print(f"\n--- {kind}\nshortest input ({len(text)} chars): {text[:300]!r}\n{trace}")
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
