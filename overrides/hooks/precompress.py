"""Writes `NAME.br` and `NAME.gz` beside every text file and WebAssembly binary of the built site.

The production host serves them as they are (nginx `brotli_static` / `gzip_static`, see
deploy/nginx.conf), so nothing is compressed per request and the 9.6 MB Pyodide binary goes
out as 2.8 MB. Brotli at its best quality costs about 30 s for that one file, so every
compressed body is cached under `.cache/precompress/`, keyed by the SHA-256 of the original:
an unchanged file costs a hash and a copy. Skipped for `mkdocs serve`.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from build_cache import cached
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_pages import is_inner_build

SUFFIXES = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".map", ".wasm", ".webmanifest"}
MIN_SIZE = 256  # smaller files gain nothing once the headers are counted
ENCODINGS = (".br", ".gz")

_enabled = True


def on_startup(command, dirty):
    global _enabled
    _enabled = command != "serve"


def compressible(path: Path) -> bool:
    return path.suffix in SUFFIXES and path.stat().st_size >= MIN_SIZE


def _brotli(data: bytes) -> bytes:
    try:
        import brotli
    except ImportError as error:  # pragma: no cover - a setup problem, said clearly
        raise PluginError("the Brotli package is missing: run ./dev build (it installs requirements.lock)") from error
    return brotli.compress(data, quality=11, mode=brotli.MODE_TEXT if not data.startswith(b"\0asm") else brotli.MODE_GENERIC)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _cached(kind: str, data: bytes, compress) -> bytes:
    return cached("precompress", hashlib.sha256(data).hexdigest(), kind, lambda: compress(data))


def precompress(path: Path) -> None:
    data = path.read_bytes()
    for kind, compress in ((".br", _brotli), (".gz", _gzip)):
        body = _cached(kind, data, compress)
        target = path.with_name(path.name + kind)
        if len(body) < len(data):
            target.write_bytes(body)
        elif target.exists():
            target.unlink()


def precompress_site(site: Path, workers: int | None = None) -> int:
    # Leftovers of an earlier build whose original is gone or changed are removed first.
    for stale in [p for kind in ENCODINGS for p in site.rglob(f"*{kind}")]:
        original = stale.with_name(stale.name[: -len(stale.suffix)])
        if not original.is_file() or original.stat().st_mtime_ns > stale.stat().st_mtime_ns:
            stale.unlink()
    files = [p for p in site.rglob("*") if p.is_file() and compressible(p)]
    # Biggest first, so the Pyodide binary does not start last on a free core.
    files.sort(key=lambda p: p.stat().st_size, reverse=True)
    with ThreadPoolExecutor(max_workers=workers or min(8, (os.cpu_count() or 2))) as pool:
        list(pool.map(precompress, files))
    return len(files)


@event_priority(-900)  # after every other hook has written its files
def on_post_build(config):
    if not _enabled or is_inner_build(config):
        return
    precompress_site(Path(config.site_dir))
