"""Draws the link-preview pictures (Open Graph / Twitter): docs/assets/images/social-vi.png and social-en.png.

Each card is an HTML page in the site's colours and font, photographed at 1200x630 by Debian's
Chromium. Run it again after changing the words below, then commit the two PNG files:

    .venv/bin/python scripts/social_images.py
"""

from __future__ import annotations

import base64
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.browser import launch  # noqa: E402  (the one way this project starts Chromium)

FONTS = ROOT / "node_modules/@fontsource/be-vietnam-pro/files"
OUT = ROOT / "docs/assets/images"
WIDTH, HEIGHT = 1200, 630

CARDS = {
    "vi": {
        "kicker": "Trợ giúp Chuyển giao & Định tuyến",
        "title": "Bot Messenger hay Instagram không trả lời khách?",
        "lines": ["Lỗi #10 và Instagram #100: tìm ứng dụng đang giữ hội thoại",
                  "Cách sửa từng bước, kèm trình kiểm tra chạy ngay trong trình duyệt"],
        "badge": "Tiếng Việt · English",
    },
    "en": {
        "kicker": "Handover & Routing Help",
        "title": "Is your Messenger or Instagram bot silent?",
        "lines": ["Error #10 and Instagram #100: find the app holding the conversation",
                  "Step-by-step fixes, and a checker that runs in your browser"],
        "badge": "English · Tiếng Việt",
    },
}


def font_faces() -> str:
    """The package's own @font-face rules (with their unicode-range per subset), fonts inlined."""
    rules = []
    for weight in (400, 700):
        css = (FONTS.parent / f"{weight}.css").read_text(encoding="utf-8")
        css = re.sub(r",\s*url\([^)]*\.woff\)\s*format\('woff'\)", "", css)
        rules.append(re.sub(r"url\(\./files/([^)]+\.woff2)\)", lambda m: "url(data:font/woff2;base64,"
                            + base64.b64encode((FONTS / m.group(1)).read_bytes()).decode() + ")", css))
    return "\n".join(rules)


def card_html(card: dict) -> str:
    faces = font_faces()
    lines = "".join(f"<li>{html.escape(line)}</li>" for line in card["lines"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
{faces}
html, body {{ margin: 0; width: {WIDTH}px; height: {HEIGHT}px; }}
body {{ font-family: 'Be Vietnam Pro', sans-serif; color: #fff; overflow: hidden;
       background: linear-gradient(135deg, #303f9f 0%, #3f51b5 55%, #5c6bc0 100%);
       display: flex; flex-direction: column; justify-content: center; padding: 0 80px; box-sizing: border-box; }}
.kicker {{ font-size: 30px; font-weight: 700; opacity: .9; letter-spacing: .01em; margin: 0 0 22px; }}
h1 {{ font-size: 64px; line-height: 1.12; margin: 0 0 34px; max-width: 900px; font-weight: 700; }}
ul {{ list-style: none; margin: 0; padding: 0; font-size: 30px; line-height: 1.5; }}
li::before {{ content: "→ "; opacity: .8; }}
.badge {{ position: absolute; right: 80px; bottom: 48px; font-size: 24px; padding: 8px 20px;
         border: 2px solid rgba(255,255,255,.7); border-radius: 40px; }}
.bubbles {{ position: absolute; right: 70px; top: 60px; display: flex; flex-direction: column; gap: 14px; align-items: flex-end; }}
.bubbles span {{ background: #fff; color: #303f9f; font-weight: 700; font-size: 28px; padding: 10px 22px; border-radius: 24px 24px 4px 24px; }}
.bubbles span + span {{ background: #ffca28; color: #1a1a1a; border-radius: 24px 24px 24px 4px; }}
</style></head><body>
<div class="bubbles"><span>#10</span><span>#100</span></div>
<p class="kicker">{html.escape(card["kicker"])}</p>
<h1>{html.escape(card["title"])}</h1>
<ul>{lines}</ul>
<div class="badge">{html.escape(card["badge"])}</div>
</body></html>"""


def main() -> int:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=1)
        for lang, card in CARDS.items():
            page.set_content(card_html(card))
            page.evaluate("document.fonts.ready")
            target = OUT / f"social-{lang}.png"
            page.screenshot(path=str(target), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT})
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
