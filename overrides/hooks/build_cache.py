"""The build cache in `.cache/`: outputs that take long to make (brotli, font subsets), kept by key."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / ".cache"


def cached(area: str, key: str, suffix: str, make: Callable[[], bytes]) -> bytes:
    """The bytes stored under `key` in `area`, made (and stored) the first time they are asked for."""
    entry = ROOT / area / key[:2] / f"{key}{suffix}"
    if entry.is_file():
        return entry.read_bytes()
    body = make()
    entry.parent.mkdir(parents=True, exist_ok=True)
    if not (ROOT / ".gitignore").exists():
        (ROOT / ".gitignore").write_text("# build cache, never committed\n*\n", encoding="utf-8")
    temporary = entry.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(body)
    temporary.replace(entry)  # atomic: parallel builds (tests) never read half a file
    return body
