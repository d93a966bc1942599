"""Benchmark the checker: time per example, a 1 MB input, import time; CPython and Pyodide (Node).

Usage: .venv/bin/python scripts/bench_checker.py [--repeats N] [--all]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import InputError, check_bytes  # noqa: E402
from tests.checker.examples import all_examples  # noqa: E402

NODE_SCRIPT = ROOT / "tests" / "pyodide" / "run_examples.mjs"


def one_megabyte() -> bytes:
    """About 1 MB of realistic input: a list of standby webhook bodies."""
    event = {"object": "page", "entry": [{"id": "100200300400500", "time": 1767225600000, "standby": [
        {"sender": {"id": "6543210987654321"}, "recipient": {"id": "100200300400500"},
         "timestamp": 1767225600000, "message": {"mid": "m_XyZ", "text": "alo shop ơi"}}]}]}
    item = json.dumps(event, ensure_ascii=False)
    count = 1_000_000 // (len(item.encode()) + 2) + 1
    return ("[" + ",".join([item] * count) + "]").encode()


def _time(data: bytes, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        with contextlib.suppress(InputError):
            check_bytes(data).to_dict("vi")
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def import_time() -> tuple[float, float]:
    """(self-reported cumulative µs of `import checker` from -X importtime, subprocess wall ms)."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", "import checker"],
                         capture_output=True, text=True, cwd=ROOT)
    cumulative = 0.0
    for line in run.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s+checker$", line)
        if match:
            cumulative = float(match.group(1))
    walls = {}
    for code in ("pass", "import checker"):
        samples = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
            samples.append(time.perf_counter() - start)
        walls[code] = statistics.median(samples)
    return cumulative, (walls["import checker"] - walls["pass"]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--all", action="store_true", help="print every example, not only the slowest")
    args = parser.parse_args()

    examples = all_examples()
    times = {e.id: _time(e.path.read_bytes(), args.repeats) for e in examples}
    ranked = sorted(times.items(), key=lambda kv: kv[1], reverse=True)
    print(f"CPython {sys.version.split()[0]}: {len(examples)} examples, median of {args.repeats} runs each")
    for name, seconds in ranked if args.all else ranked[:5]:
        print(f"  {seconds * 1000:8.3f} ms  {name}")
    values = list(times.values())
    print(f"  per example: median {statistics.median(values) * 1000:.3f} ms, max {max(values) * 1000:.3f} ms")
    blob = one_megabyte()
    print(f"  1 MB input ({len(blob):,} bytes): {_time(blob, 5) * 1000:.1f} ms (median of 5)")
    cumulative, wall = import_time()
    print(f"  import checker: {cumulative / 1000:.1f} ms (-X importtime cumulative), "
          f"{wall:.1f} ms (subprocess wall minus bare interpreter)")

    node = shutil.which("node")
    if not node or not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file():
        print("Pyodide: skipped (node or node_modules/pyodide missing; run npm ci)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "one-megabyte.json"
        big.write_bytes(blob)
        run = subprocess.run([node, str(NODE_SCRIPT)], capture_output=True, text=True, cwd=ROOT, check=True)
        data = json.loads(run.stdout)
        run_big = subprocess.run([node, str(NODE_SCRIPT), str(big)], capture_output=True, text=True, cwd=ROOT, check=True)
        big_ms = next(iter(json.loads(run_big.stdout)["timings_ms"].values()))
    per = list(data["timings_ms"].values())
    print(f"Pyodide {data['python']} in Node: runtime load {data['load_ms']:.0f} ms, "
          f"import checker {data['import_ms']:.0f} ms")
    print(f"  per example (one run, mean of vi+en): median {statistics.median(per):.3f} ms, max {max(per):.3f} ms")
    print(f"  1 MB input: {big_ms:.0f} ms")


if __name__ == "__main__":
    main()
