"""Draws /favicon.ico (16, 32 and 48 px) from docs/assets/images/favicon.svg, the site's icon.

Browsers and chat apps ask for /favicon.ico whatever the page declares; without it every one of
those requests is a 404. Each size is the SVG photographed by Debian's Chromium, stored as PNG
inside the ICO container (read by every browser since Windows Vista-era Internet Explorer).
Run it again after changing the SVG, then commit overrides/favicon.ico (MkDocs copies files of
the theme folder to the site root):

    .venv/bin/python scripts/favicon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.browser import launch  # noqa: E402  (the one way this project starts Chromium)

SOURCE = ROOT / "docs/assets/images/favicon.svg"
OUT = ROOT / "overrides/favicon.ico"
SIZES = (16, 32, 48)


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, then one ICONDIRENTRY per image)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, bodies = b"", b""
    for size, png in images:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(bodies))
        bodies += png
    return header + entries + bodies


def main() -> None:
    from playwright.sync_api import sync_playwright

    svg = SOURCE.read_text(encoding="utf-8")
    images = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for size in SIZES:
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(f'<style>html,body{{margin:0;background:transparent}}svg{{display:block;width:{size}px;'
                             f'height:{size}px}}</style>{svg}')
            images.append((size, page.screenshot(omit_background=True)))
            page.close()
        browser.close()
    OUT.write_bytes(ico(images))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes, sizes {', '.join(map(str, SIZES))})")


if __name__ == "__main__":
    main()
