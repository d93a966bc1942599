"""Launches Debian's Chromium through Playwright (browsers cannot be downloaded here)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def launch(playwright, **kwargs):
    if not CHROMIUM.exists():
        raise RuntimeError("Debian Chromium is missing: run ./dev test (it installs the `chromium` package).")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, **kwargs)


def is_local(url: str, origin: str) -> bool:
    """True for requests to the test server itself (and inline data/blob URLs)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    own = urlsplit(origin)
    return (parts.scheme, parts.netloc) == (own.scheme, own.netloc)
