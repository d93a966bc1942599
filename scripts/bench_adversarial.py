"""Adversarial sizes: time of a full check per hostile input family at 64 KB, 512 KB and 2 MB.

A full check is ``checker.engine.check_text(text).to_dict("vi")`` (an InputError counts as a
finished check). Each figure is printed with its ratio to a plain realistic input of the same
size (a big webhook); the target is a ratio of at most 3 everywhere. Each check runs in a child
process with a time limit, so a quadratic family prints ">LIMIT" instead of hanging the bench.

With --scans, only the scans over the raw text that this issue rewrote are timed (the depth
check, token detection and redaction), to tell them apart from the rest of the check.

Usage: .venv/bin/python scripts/bench_adversarial.py [--limit SECONDS] [--only NAME] [--repeats N] [--scans]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.inputs import MAX_BYTES  # noqa: E402

SIZES = (("64 KB", 64 * 1024), ("512 KB", 512 * 1024), ("2 MB", MAX_BYTES - 64))
TOKEN = "EAAB" + "x7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz"


def _fill(unit: str, size: int, head: str = "", tail: str = "", sep: str = "") -> str:
    """head + unit repeated (joined by sep) + tail, at most ``size`` UTF-8 bytes."""
    room = size - len((head + tail).encode())
    step = len((unit + sep).encode())
    return head + sep.join([unit] * max(1, room // step)) + tail


def _items(make: Callable[[int], str], size: int, head: str, tail: str, sep: str = ",") -> str:
    """head + make(0), make(1), … + tail: distinct items, at most ``size`` bytes."""
    parts: list[str] = []
    used = len((head + tail).encode())
    index = 0
    while True:
        item = make(index)
        cost = len(item.encode()) + len(sep)
        if used + cost > size:
            break
        parts.append(item)
        used += cost
        index += 1
    return head + sep.join(parts) + tail


def plain_webhook(size: int) -> str:
    """The baseline: a realistic big webhook, standby events with Vietnamese messages."""
    def event(i: int) -> str:
        return json.dumps({"sender": {"id": f"65432109876{i:05d}"}, "recipient": {"id": "100200300400500"},
                           "timestamp": 1767225600000 + i,
                           "message": {"mid": f"m_XyZ{i}", "text": "alo shop ơi, còn hàng không ạ?"}},
                          ensure_ascii=False)
    return _items(event, size, '{"object": "page", "entry": [{"id": "100200300400500", "time": 1767225600000, '
                  '"standby": [', "]}]}")


def settings_apps(size: int) -> str:
    return _items(lambda i: json.dumps(f"Ứng dụng {i}"), size,
                  '{"settings_version": 1, "messenger": {"connected_apps": [', '], "routing": {"default_app": '
                  '"Pancake"}, "handover": {"selected_app": "Pancake"}}}')


def secondary_ids(size: int) -> str:
    return _items(lambda i: json.dumps({"id": str(900000000000000 + i), "name": f"App {i}"}), size,
                  '{"data": [', "]}")


def many_secrets(size: int) -> str:
    """A webhook whose every event carries its own access_token: thousands of literal secrets."""
    def event(i: int) -> str:
        return json.dumps({"sender": {"id": f"65432109876{i:05d}"}, "timestamp": 1767225600000 + i,
                           "access_token": f"opaque-secret-{i:08d}-Xy7Qm2Lk", "message": {"text": f"alo {i}"}})
    return _items(event, size, '{"object": "page", "entry": [{"id": "1", "messaging": [', "]}]}")


def routes(size: int) -> str:
    return _items(lambda i: json.dumps({"link": f"m.me/shop?ref=campaign{i}", "app": f"App {i % 50}"}), size,
                  '{"messenger": {"connected_apps": ["Botcake", "Pancake"], "routing": {"default_app": "Botcake", '
                  '"link_routes": [', "]}}}")


FAMILIES: dict[str, Callable[[int], str]] = {
    "plain webhook (baseline)": plain_webhook,
    'quote then \\" runs  "\\"\\"\\"…': lambda n: _fill('"' + '\\"' * 40, n, sep="\n"),
    'runs of " then runs of \\"': lambda n: '"' * (n // 3) + '\\"' * (n // 3),
    "bracket run [[[[…": lambda n: "[" * n,
    '{"a": runs': lambda n: _fill('{"a":', n),
    "100k small values 1 2 3 …": lambda n: _items(str, n, "", "", " "),
    "concatenated {}{}{}": lambda n: _fill("{}", n),
    "connected_apps names": settings_apps,
    "secondary_receivers ids": secondary_ids,
    "link_routes (own)": routes,
    "one very long line (message text)": lambda n: json.dumps(
        {"object": "page", "entry": [{"messaging": [{"sender": {"id": "1"}, "timestamp": 1, "message": {
            "text": "x" * (n - 120)}}]}]}),
    "long backslash run in a string": lambda n: '{"error": {"message": "' + "\\\\" * ((n - 40) // 2) + '"}}',
    "long backslash run, bare": lambda n: "\\" * n,
    "many log lines (#10)": lambda n: _fill("2026-12-01 09:00:00 ERROR (#10) Message failed to send because another "
                                            "app is controlling this thread now.", n, sep="\n"),
    "many access_token fields (own)": many_secrets,
    "many request lines (own)": lambda n: _fill(f"GET /me/thread_owner?recipient=1&access_token={TOKEN}", n,
                                                tail='\n{"data": []}', sep="\n"),
    "\\u escapes run (own)": lambda n: '{"error": {"message": "' + "\\u0045" * ((n - 40) // 6) + '"}}',
    '"token": " unterminated (own)': lambda n: _fill('"token": "\\', n, sep=" "),
    "EAA prefixes, short (own)": lambda n: '{"error": {"message": "' + "EAA" * ((n - 40) // 3) + '"}}',
    "key=value pairs (own)": lambda n: '{"error": {"message": "' + _fill("access_token=a&", n - 40) + '"}}',
    "one long word, no separator (own)": lambda n: '{"error": {"message": "' + "a_" * ((n - 40) // 2) + '"}}',
}


def _scans(text: str) -> None:
    """The scans over the raw text that issue 11 rewrote: the depth check and the redaction."""
    from checker import inputs, tokens

    with contextlib.suppress(inputs.InputError):
        inputs._check_depth(text)
    tokens.text_has_token(text)
    tokens.redact(text, tokens.secrets_in(text))


def _full(text: str) -> None:
    from checker.engine import check_text
    from checker.inputs import InputError

    with contextlib.suppress(InputError):
        check_text(text).to_dict("vi")


def _run(text: str, repeats: int, scans_only: bool, queue: multiprocessing.Queue) -> None:
    work = _scans if scans_only else _full
    work('{"data": []}')  # warm up: the first check compiles patterns the others reuse
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work(text)
        samples.append(time.perf_counter() - start)
    queue.put(min(samples))


def measure(text: str, limit: float, repeats: int, scans_only: bool = False) -> float | None:
    """Seconds for one full check (best of ``repeats``), or None past ``limit``."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=_run, args=(text, repeats, scans_only, queue))
    child.start()
    child.join(limit * (repeats + 1))  # the limit is per check
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=float, default=10.0, help="seconds per check before it counts as hung")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--only", default="", help="run only the families whose name contains this")
    parser.add_argument("--scans", action="store_true",
                        help="time only the depth check and the redaction over the raw text")
    args = parser.parse_args()
    baseline = {label: measure(plain_webhook(size), args.limit, max(5, args.repeats), args.scans)
                for label, size in SIZES}
    what = "depth check + redaction of the raw text" if args.scans else "full check (check_text + to_dict)"
    print(f"{what.capitalize()} per hostile family; ratio to a plain webhook of the same size")
    print(f"{'family':42} " + " ".join(f"{label:>17}" for label, _ in SIZES))
    worst = 0.0
    for name, make in FAMILIES.items():
        if args.only and args.only not in name and "baseline" not in name:
            continue
        cells = []
        hung = False
        for label, size in SIZES:
            text = make(size)
            assert len(text.encode()) <= MAX_BYTES, (name, label)
            baseline_row = make is plain_webhook
            if hung:  # past the limit at a smaller size: a larger one is not waited out again
                seconds = None
            else:
                seconds = baseline[label] if baseline_row else measure(text, args.limit, args.repeats, args.scans)
            hung = seconds is None
            base = baseline[label] or float("nan")
            if seconds is None:
                cells.append(f"{'>' + str(int(args.limit)) + ' s':>9} {'(∞)':>7}")
                worst = float("inf")
            else:
                ratio = seconds / base
                worst = max(worst, ratio)
                cells.append(f"{seconds * 1000:7.0f}ms {ratio:6.2f}×")
        print(f"{name:42} " + " ".join(cells), flush=True)
    print(f"worst ratio: {worst:.2f} (target ≤ 3)")


if __name__ == "__main__":
    main()
