"""Prints the site's figures: full build time, and the bytes an article page transfers.

Build: `mkdocs build --strict` into a fresh directory, several runs, median and range.
Page weight: Debian Chromium opens an article page cold (empty cache) from the local test
server; the server's request log lists every file the page fetched, workers included (the
browser's own accounting reports 0 bytes for worker scripts). Each file is counted as it is
on disk (uncompressed), gzip -9 and brotli -q 11, which is what a host with precompressed
files sends; files the host sends as they are (fonts, images: not in precompress.py's SUFFIXES)
count their own size in every column. Target: at most 130 KB brotli for the Vietnamese page.
"""

from __future__ import annotations

import gzip
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import brotli  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.support.browser import launch  # noqa: E402
from tests.support.build import build_site  # noqa: E402
from tests.support.static_server import serve  # noqa: E402

BUILD_RUNS = 3
ARTICLES = ["troubleshooting/error-10/", "en/troubleshooting/error-10/"]
TARGET_BROTLI = {"troubleshooting/error-10/": 130_000}
SENT_AS_IS = (".woff2", ".png", ".jpg", ".webp", ".ico")  # already compressed: never precompressed


def kb(n: float) -> str:
    return f"{n / 1000:,.1f} KB"


def measure_build(tmp: Path) -> tuple[Path, list[float]]:
    seconds, site_dir, server = [], None, None
    for run in range(BUILD_RUNS):
        site_dir = tmp / f"site-{run}"
        server = serve(site_dir) if server is None else server
        result = build_site(site_dir, server.url)
        if result.returncode != 0:
            raise SystemExit(result.log[-3000:])
        seconds.append(result.seconds)
    server.stop()
    return site_dir, seconds


def files_fetched(site_dir: Path, path: str) -> list[Path]:
    server = serve(site_dir)
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_context().new_page()
            page.goto(server.url + path)
            page.wait_for_load_state("networkidle")
            browser.close()
        fetched = []
        for url in server.log.paths:
            local = site_dir / unquote(urlsplit(url).path).lstrip("/")
            if local.is_dir():
                local = local / "index.html"
            if local.is_file():
                fetched.append(local)
        return fetched
    finally:
        server.stop()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site_dir, seconds = measure_build(Path(tmp))
        print(f"Full build (mkdocs build --strict, both languages), {BUILD_RUNS} runs:")
        print(f"  median {statistics.median(seconds):.2f} s (min {min(seconds):.2f} s, max {max(seconds):.2f} s)")
        print()
        for path in ARTICLES:
            rows = []
            for file in files_fetched(site_dir, path):
                data = file.read_bytes()
                if file.suffix in SENT_AS_IS:
                    rows.append((str(file.relative_to(site_dir)), len(data), len(data), len(data)))
                else:
                    rows.append((str(file.relative_to(site_dir)), len(data), len(gzip.compress(data, 9)),
                                 len(brotli.compress(data, quality=11))))
            print(f"Article page /{path}, cold: {len(rows)} requests")
            print(f"  {'file':58} {'raw':>10} {'gzip':>10} {'brotli':>10}")
            for name, raw, gz, br in rows:
                print(f"  {name[:58]:58} {kb(raw):>10} {kb(gz):>10} {kb(br):>10}")
            total = [sum(row[i] for row in rows) for i in (1, 2, 3)]
            print(f"  {'total':58} {kb(total[0]):>10} {kb(total[1]):>10} {kb(total[2]):>10}")
            fonts = [row for row in rows if row[0].endswith(".woff2")]
            print(f"  fonts: {len(fonts)} files, {kb(sum(row[1] for row in fonts))}")
            if path in TARGET_BROTLI:
                verdict = "met" if total[2] <= TARGET_BROTLI[path] else "MISSED"
                print(f"  target: at most {kb(TARGET_BROTLI[path])} brotli: {verdict}")
            pyodide = [name for name, *_ in rows if "pyodide" in name]
            print(f"  Pyodide files requested: {len(pyodide)}")
            print()


if __name__ == "__main__":
    main()
