"""Benchmark the paste readers: a 1 MB log of mixed lines and 2 MB worst cases, on CPython.

Prints the best of N runs of ``inputs.parse`` (the readers) and of ``check_text`` (readers plus
rules) for each input, as CPU time of this process and as wall-clock time (the wall clock grows
when other work shares the machine). Target: the 1 MB mixed log read in at most 0.5 s.

Usage: .venv/bin/python scripts/bench_readers.py [--repeats N]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import InputError, check_text, inputs  # noqa: E402

MB = 1024 * 1024

_MIXED_LINES = (
    '2024-05-02T10:14:03.123Z ERROR send failed {"error":{"message":"(#10) Message failed to send because '
    'another app is controlling this thread now.","type":"OAuthException","code":10,"error_subcode":2018300,'
    '"fbtrace_id":"Avs8o4VvHNJZo04PY2ZGdAp"}}',
    "2024-05-02T10:14:04.000Z INFO incoming {'object': 'page', 'entry': [{'id': '1234567890', 'time': 1714644845000, "
    "'messaging': [{'sender': {'id': '6543210987654321'}, 'recipient': {'id': '1234567890'}, 'timestamp': "
    "1714644845000, 'message': {'mid': 'm_1', 'text': 'alo shop ơi'}}]}]}",
    "Koala::Facebook::ClientError: type: OAuthException, code: 10, error_subcode: 2018300, message: (#10) Message "
    "failed to send because another app is controlling this thread now., x-fb-trace-id: DlkUWs8nor8 [HTTP 403]",
    "facebook.GraphAPIError: (#551) This person isn't available right now.",
    "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11)",
    "Cho mình hỏi sao bot không trả lời khách nữa vậy ạ, mình đã thử tắt bật lại rồi",
    "[2024-05-02 10:15:31] production.INFO: webhook ok",
)


def mixed_log(size: int = MB) -> str:
    lines: list[str] = []
    total = 0
    index = 0
    while total < size:
        line = _MIXED_LINES[index % len(_MIXED_LINES)]
        lines.append(line)
        total += len(line.encode()) + 1
        index += 1
    return "\n".join(lines)[:size]


def _fill(unit: str, size: int = 2 * MB - 64) -> str:
    return (unit * (size // len(unit.encode()) + 1))[: size // max(1, len(unit.encode()) // len(unit))]


def worst_cases() -> dict[str, str]:
    return {
        "2 MB of single quotes": _fill("'"),
        "2 MB of backslashes": _fill("\\"),
        "2 MB of double quotes": _fill('"'),
        "2 MB of brackets, 60 deep, repeated": _fill("[" * 60 + "]" * 60 + "\n"),
        "2 MB of unclosed '{' lines": _fill("x {'a': 1, 'b': [1, 2\n"),
        "2 MB of '[Object]' markers": _fill("[Object] "),
        "one huge line (2 MB Python dict)": "{'data': [" + ", ".join(
            f"{{'id': '{i}', 'name': 'x'}}" for i in range(70_000)) + "]}",
        "100,000 tiny values": "\n".join(f"{{'a': {i}}}" for i in range(100_000)),
        "2 MB of log prefixes with brackets": _fill("2024-05-02T10:14:03Z app[web.1]: [INFO] [x] nothing here\n"),
        "2 MB of Heroku-split objects": _fill(
            "2020-10-29T07:06:32.534745+00:00 app[web.1]: { error:\n"
            "2020-10-29T07:06:32.534745+00:00 app[web.1]:   { message: '(#10) x', code: 10 } }\n"),
    }


def _best(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds), each the best of ``repeats`` runs."""
    cpu = wall = float("inf")
    for _ in range(repeats):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        with contextlib.suppress(InputError):
            run()
        cpu = min(cpu, time.process_time() - start_cpu)
        wall = min(wall, time.perf_counter() - start_wall)
    return cpu, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"Paste readers on CPython {sys.version.split()[0]} (best of {args.repeats})")
    cases = {"1 MB mixed log (target ≤ 0.5 s)": mixed_log(), **worst_cases()}
    for name, text in cases.items():
        size = len(text.encode("utf-8", "surrogatepass")) / MB
        read = _best(lambda text=text: inputs.parse(text), args.repeats)
        full = _best(lambda text=text: check_text(text), args.repeats)
        try:
            outcome = f"{len(inputs.parse(text).pieces)} values"
        except InputError as exc:
            outcome = f"refused: {exc.key}"
        print(f"  {name:<40} {size:5.2f} MB  read cpu {read[0]:6.3f} s wall {read[1]:6.3f} s  "
              f"check cpu {full[0]:6.3f} s wall {full[1]:6.3f} s  ({outcome})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
