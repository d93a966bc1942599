"""Serves Be Vietnam Pro from the site itself, taken from the pinned npm package @fontsource/be-vietnam-pro.

Only the weights the theme uses, only the Vietnamese and Latin subsets, and only WOFF2 (every
supported browser reads it) are copied; the `@font-face` rules keep the package's
`unicode-range` per subset, so a page downloads just the subsets its text uses. The
latin-ext subset is left out on purpose: its range overlaps the Vietnamese one (ă, đ, ơ, ư),
so with it a Vietnamese page would fetch both.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

PACKAGE = Path("node_modules/@fontsource/be-vietnam-pro")
WEIGHTS = ("400", "700")  # headings use 400 (site.css), so no 300 weight is shipped
SUBSETS = ("vietnamese", "latin")
TARGET = Path("assets/fonts")
STYLESHEET = "be-vietnam-pro.css"

# "optional": the text never reflows when the font arrives late (no layout shift, no late
# largest paint); a first visit on a slow line may keep the system font until the next page.
_DISPLAY = re.compile(r"font-display:\s*swap")
_WOFF_FALLBACK = re.compile(r",\s*url\([^)]*\.woff\)\s*format\('woff'\)")
_FONT_URL = re.compile(r"url\(\./files/([^)]+\.woff2)\)")
# One rule per subset in the package's WEIGHT.css: "/* be-vietnam-pro-SUBSET-WEIGHT-normal */ @font-face {…}".
# (The per-subset SUBSET-WEIGHT.css files carry no unicode-range, so they cannot be used.)
_FACE = re.compile(r"/\* be-vietnam-pro-([a-z-]+?)-\d+-normal \*/\s*@font-face \{[^}]*\}")


def on_post_build(config):
    package = Path(config.config_file_path).parent / PACKAGE
    if not package.is_dir():
        raise PluginError(f"{package} is missing: run `npm ci` (the setup in ./dev does it).")
    site_fonts = Path(config.site_dir) / TARGET
    site_fonts.mkdir(parents=True, exist_ok=True)

    rules = []
    for weight in WEIGHTS:
        faces = _FACE.finditer((package / f"{weight}.css").read_text(encoding="utf-8"))
        css = "\n".join(face.group(0) for face in faces if face.group(1) in SUBSETS)
        if css.count("@font-face") != len(SUBSETS):
            raise PluginError(f"{package}/{weight}.css no longer has one rule per subset {SUBSETS}")
        css = _DISPLAY.sub("font-display: optional", _WOFF_FALLBACK.sub("", css))
        for name in _FONT_URL.findall(css):
            data = (package / "files" / name).read_bytes()
            target = site_fonts / name
            if not target.exists() or target.read_bytes() != data:
                target.write_bytes(data)
        rules.append(_FONT_URL.sub(r"url(\1)", css))
    (site_fonts / STYLESHEET).write_text("\n".join(rules), encoding="utf-8")
