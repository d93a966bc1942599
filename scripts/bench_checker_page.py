"""Benchmark of the checker page against the bare Pyodide floor, measured in one run.

The floor is a bare page that only calls loadPyodide() in a module worker, from the same
self-hosted files (runtime, trimmed standard library, inline lock file). Both are loaded cold
(a fresh browser context each time) from the project's static server, alternately, several
times; the medians are printed.

Bytes: every request of a cold page load is taken from the server's request log; raw sizes are
the files' sizes, compressed sizes are COMPUTED from every response body (gzip -9 and brotli
q11, through Node's zlib), i.e. what a server with precompressed files would send.

The phone profile (360×740, 1.6 Mbps down, 150 ms latency, CPU 4× slower, through CDP
`Network.emulateNetworkConditions` and `Emulation.setCPUThrottlingRate`) loads the checker page
cold from a brotli host (the precompressed files) and from a plain host (the same files, sent as
they are), and prints the time to ready next to the pure download time of the bytes the server
actually sent at that bandwidth (goal: ready ≤ 1.3× download), then a repeat visit from the
browser's cache (the server sends deploy/nginx.conf's immutable lifetimes for the runtime).

Usage: .venv/bin/python scripts/bench_checker_page.py [--site DIR] [--runs 5] [--clicks 9]
       [--phone-runs 1] [--phone-only]
(without --site the site is built with `mkdocs build` into a temporary folder).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.browser import launch  # noqa: E402
from tests.support.static_server import serve  # noqa: E402

GOALS = {"ready_ratio": 1.15, "click_ms": 50, "brotli_mb": 4.5, "phone_ratio": 1.3}
PHONE = {"viewport": {"width": 360, "height": 740}, "latency_ms": 150, "down_bps": 1_600_000,
         "up_bps": 750_000, "cpu_slowdown": 4}

FLOOR_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pyodide floor</title>
<script type="module" src="floor.js"></script></head><body><p id="state">loading</p></body></html>"""
FLOOR_PAGE_JS = """const config = %s;
const worker = new Worker(new URL("./floor-worker.js", import.meta.url), {type: "module"});
worker.onmessage = (e) => { window.__ready = performance.now(); document.getElementById("state").textContent = e.data; };
const root = new URL("../", import.meta.url);
worker.postMessage({indexURL: new URL(config.pyodide, root).href, stdLibURL: new URL(config.stdlib, root).href,
                    lockInfo: config.lockInfo});
"""
FLOOR_WORKER_JS = """self.onmessage = async (e) => {
  const { loadPyodide } = await import(new URL("pyodide.mjs", e.data.indexURL).href);
  await loadPyodide({indexURL: e.data.indexURL, stdLibURL: e.data.stdLibURL,
                     lockFileContents: {info: e.data.lockInfo, packages: {}}, packages: []});
  self.postMessage("ready");
};
"""
# Records when the checker widget becomes ready and when a result is first rendered.
WATCH = """
window.__marks = {};
new MutationObserver(() => {
  const widget = document.querySelector("[data-checker]");
  const bar = document.querySelector("[data-checker-progress]");
  if (bar && bar.max > 1 && bar.value >= bar.max && !__marks.downloaded) __marks.downloaded = performance.now();
  if (widget && widget.dataset.state === "ready" && !__marks.ready) __marks.ready = performance.now();
  const box = document.querySelector("[data-checker-box=paste][data-checked]");
  if (box && !__marks.verdict) __marks.verdict = performance.now();
}).observe(document, {subtree: true, attributes: true, childList: true});
"""
CLICK = """async () => {
  const box = document.querySelector("[data-checker-box=paste]");
  const before = Number(box.dataset.checked || 0);
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (Number(box.dataset.checked || 0) > before) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(box, {attributes: true});
  });
  const start = performance.now();
  box.querySelector("button[type=submit]").click();
  const rendered = await done;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return [rendered - start, performance.now() - start];
}"""


def runtime_config(site: Path) -> dict:
    import re

    html = (site / "checker" / "index.html").read_text(encoding="utf-8")
    tag = re.search(r"<script[^>]*data-checker-runtime[^>]*>", html, re.S).group(0)
    attrs = {n: d or s for n, d, s in re.findall(r"""data-([a-z-]+)=(?:"([^"]*)"|'([^']*)')""", tag)}
    return {"pyodide": attrs["pyodide"], "stdlib": attrs["stdlib"], "lockInfo": json.loads(attrs["lock-info"])}


def add_floor(site: Path) -> None:
    floor = site / "bench-floor"
    floor.mkdir(exist_ok=True)
    (floor / "index.html").write_text(FLOOR_HTML, encoding="utf-8")
    (floor / "floor.js").write_text(FLOOR_PAGE_JS % json.dumps(runtime_config(site)), encoding="utf-8")
    (floor / "floor-worker.js").write_text(FLOOR_WORKER_JS, encoding="utf-8")


class Sizes:
    """Raw, gzip -9 and brotli q11 sizes of site files, computed once per file."""

    def __init__(self, site: Path):
        self.site, self.cache = site, {}

    def file(self, url_path: str) -> Path | None:
        path = self.site / unquote(url_path).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None

    def of(self, paths: list[Path]) -> list[tuple[int, int, int]]:
        todo = [p for p in paths if p not in self.cache]
        if todo:
            script = ("const z=require('zlib'),fs=require('fs');"
                      "console.log(JSON.stringify(JSON.parse(process.argv[1]).map(f=>z.brotliCompressSync("
                      "fs.readFileSync(f),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,"
                      "[z.constants.BROTLI_PARAM_SIZE_HINT]:fs.statSync(f).size}}).length)))")
            brotli = json.loads(subprocess.run(["node", "-e", script, json.dumps([str(p) for p in todo])],
                                               capture_output=True, text=True, check=True).stdout)
            for path, br in zip(todo, brotli, strict=False):
                data = path.read_bytes()
                self.cache[path] = (len(data), len(gzip.compress(data, 9, mtime=0)), br)
        return [self.cache[p] for p in paths]


def cold_load(browser, url: str, wait: str, init: str = "") -> tuple[dict, object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    if init:
        page.add_init_script(init)
    page.goto(url)
    page.wait_for_function(wait, timeout=120_000)
    return context, page


def throttle_like_a_phone(context, page) -> None:
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": PHONE["latency_ms"],
        "downloadThroughput": PHONE["down_bps"] / 8, "uploadThroughput": PHONE["up_bps"] / 8})
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": PHONE["cpu_slowdown"]})


def phone_visit(context, server, url: str) -> dict:
    """One throttled visit in `context`: ms to ready, ms to the last byte, bytes sent by the server."""
    page = context.new_page()
    page.add_init_script(WATCH)
    throttle_like_a_phone(context, page)
    server.log.clear()
    page.goto(url)
    page.wait_for_function("() => window.__marks.ready", timeout=600_000)
    marks = page.evaluate("window.__marks")
    sent = sum(size for _, size in server.log.sent)
    page.close()
    return {"ready": marks["ready"], "downloaded": marks.get("downloaded", float("nan")), "bytes": sent}


def phone_profile(browser, site: Path, runs: int) -> dict:
    rows = {}
    for host, precompressed in (("brotli", True), ("plain", False)):
        server = serve(site, precompressed=precompressed)
        try:
            cold, repeat = [], []
            for _ in range(runs):
                context = browser.new_context(viewport=PHONE["viewport"])
                cold.append(phone_visit(context, server, server.url + "checker/"))
                repeat.append(phone_visit(context, server, server.url + "checker/"))  # same cache
                context.close()
            rows[host] = {"cold": cold, "repeat": repeat}
        finally:
            server.stop()
    return rows


def print_phone(rows: dict, runs: int) -> None:
    rate = PHONE["down_bps"] / 8  # bytes per second
    print(f"\nPhone profile: {PHONE['viewport']['width']}×{PHONE['viewport']['height']}, "
          f"{PHONE['down_bps'] / 1e6:.1f} Mbps down, {PHONE['latency_ms']} ms latency, "
          f"CPU {PHONE['cpu_slowdown']}× slower (CDP); median of {runs} cold visit(s), each followed by a "
          f"repeat visit in the same browser.\n")
    print(f"{'host':<8}{'sent MB':>9}{'download s':>12}{'last byte s':>13}{'ready s':>9}{'ratio':>7}"
          f"{'goal':>8}{'repeat ready s':>16}{'repeat sent KB':>16}")
    print("-" * 98)
    for host, row in rows.items():
        sent = median([v["bytes"] for v in row["cold"]])
        floor = sent / rate
        ready = median([v["ready"] for v in row["cold"]]) / 1000
        last = median([v["downloaded"] for v in row["cold"]]) / 1000
        again = median([v["ready"] for v in row["repeat"]]) / 1000
        again_kb = median([v["bytes"] for v in row["repeat"]]) / 1000
        print(f"{host:<8}{sent / 1e6:>9.2f}{floor:>12.1f}{last:>13.1f}{ready:>9.1f}{ready / floor:>7.2f}"
              f"{'≤ ' + str(GOALS['phone_ratio']):>8}{again:>16.1f}{again_kb:>16.0f}")
    print("\ndownload s: the bytes the server sent, at the profile's bandwidth alone (no latency, no CPU);"
          "\nlast byte s: when the page's own count reached the total; ready s: navigation to a usable checker.")


def median(values):
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clicks", type=int, default=9)
    parser.add_argument("--phone-runs", type=int, default=1)
    parser.add_argument("--phone-only", action="store_true", help="only the phone profile")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if args.site:
            shutil.copytree(args.site, site)
        else:
            from tests.support.build import build_site

            result = build_site(site, "http://127.0.0.1:8000/")
            if result.returncode != 0:
                print(result.log[-3000:], file=sys.stderr)
                return 2
        add_floor(site)
        server = serve(site)
        sizes = Sizes(site)
        base = server.url
        example = (ROOT / "examples/errors/2018300.json").read_text(encoding="utf-8")
        rows: dict[str, list[float]] = {k: [] for k in (
            "floor_ready", "checker_ready", "share_ready", "share_verdict", "click_dom", "click_frame")}
        bytes_rows: dict[str, tuple[int, int, int, int]] = {}
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                share = None
                for run in range(0 if args.phone_only else args.runs):
                    server.log.clear()
                    context, page = cold_load(browser, base + "bench-floor/", "() => window.__ready")
                    rows["floor_ready"].append(page.evaluate("() => window.__ready"))
                    floor_paths = list(server.log.paths)
                    context.close()

                    server.log.clear()
                    context, page = cold_load(browser, base + "checker/", "() => window.__marks.ready", WATCH)
                    rows["checker_ready"].append(page.evaluate("window.__marks.ready"))
                    page.wait_for_load_state("networkidle")
                    checker_paths = list(server.log.paths)
                    page.fill("#checker-input", example)
                    page.evaluate(CLICK)  # the first call also fetches the engine's labels
                    for _ in range(args.clicks):
                        dom, frame = page.evaluate(CLICK)
                        rows["click_dom"].append(dom)
                        rows["click_frame"].append(frame)
                    if share is None:
                        page.click("[data-checker-share]")
                        page.wait_for_selector("[data-checker-share-box]:not([hidden])")
                        share = page.input_value("#checker-share-url")
                    context.close()

                    context, page = cold_load(browser, share, "() => window.__marks.verdict", WATCH)
                    rows["share_ready"].append(page.evaluate("window.__marks.ready"))
                    rows["share_verdict"].append(page.evaluate("window.__marks.verdict"))
                    context.close()

                    if run == 0:
                        for name, paths in (("floor", floor_paths), ("checker", checker_paths)):
                            files = [f for f in (sizes.file(urlsplit(p).path) for p in paths) if f]
                            raw, gz, br = (sum(col) for col in zip(*sizes.of(files), strict=False))
                            bytes_rows[name] = (len(paths), raw, gz, br)
                        server.log.clear()
                        context, page = cold_load(browser, base, "() => document.readyState === 'complete'")
                        page.wait_for_load_state("networkidle")
                        context.close()
                        other = [p for p in server.log.paths if "/assets/pyodide/" in p or "/checker/" in p]
                        bytes_rows["home (Pyodide requests)"] = (len(other), 0, 0, 0)
                phone = phone_profile(browser, site, args.phone_runs)
                browser.close()
        finally:
            server.stop()

    if args.phone_only:
        print_phone(phone, args.phone_runs)
        return 0
    ms = {k: median(v) for k, v in rows.items()}
    mb = 1_000_000
    print(f"\nChecker page vs bare Pyodide floor: {args.runs} cold runs each, medians "
          f"(click: {args.clicks} clicks per run); compressed sizes computed per response body.\n")
    print(f"{'metric':<44}{'floor':>12}{'checker':>12}{'goal':>14}")
    print("-" * 82)
    print(f"{'navigation -> ready (ms)':<44}{ms['floor_ready']:>12.0f}{ms['checker_ready']:>12.0f}"
          f"{'≤ {:.2f}× floor'.format(GOALS['ready_ratio']):>14}")
    print(f"{'  ratio to floor':<44}{'':>12}{ms['checker_ready'] / ms['floor_ready']:>12.3f}{'':>14}")
    print(f"{'share link: navigation -> ready (ms)':<44}{'':>12}{ms['share_ready']:>12.0f}")
    print(f"{'share link: navigation -> first verdict (ms)':<44}{'':>12}{ms['share_verdict']:>12.0f}")
    print(f"{'click -> verdict in DOM, ready (ms)':<44}{'':>12}{ms['click_dom']:>12.1f}{'< ' + str(GOALS['click_ms']) + ' ms':>14}")
    print(f"{'click -> next frame after verdict (ms)':<44}{'':>12}{ms['click_frame']:>12.1f}")
    for name in ("floor", "checker"):
        count, raw, gz, br = bytes_rows[name]
        goal = f"< {GOALS['brotli_mb']} MB br" if name == "checker" else ""
        print(f"{name + ' page bytes: requests / raw / gzip / br':<44}"
              f"{count:>5} / {raw / mb:.2f} / {gz / mb:.2f} / {br / mb:.2f} MB  {goal}")
    print(f"{'home page: requests for Pyodide or checker':<44}{bytes_rows['home (Pyodide requests)'][0]:>12}{'0':>14}")
    print("\nall runs (ms):", json.dumps({k: [round(x, 1) for x in v] for k, v in rows.items()}))
    print_phone(phone, args.phone_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
