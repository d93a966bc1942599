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

# "swap" (the package's own choice) with a metric-matched fallback. "optional" was tried: Chrome
# then decides per face, and the Vietnamese letters of a bold word live in another file than
# its Latin letters, so a face that missed its 100 ms window left words half in the web font
# and half in the system font for the whole first view. With "swap" every face is used once it
# arrives (the page preloads the faces it needs, main.html), and the fallback below is sized to
# the web font's metrics, so the swap barely moves the text.
_DISPLAY = re.compile(r"font-display:\s*\w+")
DISPLAY = "font-display: swap"
FALLBACK_FAMILY = "Be Vietnam Pro Fallback"
# Arial (Liberation Sans on Linux, same metrics) scaled to Be Vietnam Pro, measured in Chromium:
# the width of a Vietnamese and English sample, ascent and descent at 100 px.
#   regular: Be Vietnam Pro 4980 px, ascent 100, descent 27; Arial 4613 px, ascent 91, descent 21
#   bold:    Be Vietnam Pro 5163 px, ascent 100, descent 27; Arial bold 4950 px
# local() names a face, not a family: the bold fallback must name the bold faces.
FALLBACK_FACES = {
    "400": ('local("Arial"), local("ArialMT"), local("Liberation Sans"), local("LiberationSans")',
            {"size-adjust": "108%", "ascent-override": "92.6%", "descent-override": "25%"}),
    "700": ('local("Arial Bold"), local("Arial-BoldMT"), local("Liberation Sans Bold"), local("LiberationSans-Bold")',
            {"size-adjust": "104.3%", "ascent-override": "95.9%", "descent-override": "25.9%"}),
}
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
        css = _DISPLAY.sub(DISPLAY, _WOFF_FALLBACK.sub("", css))
        for name in _FONT_URL.findall(css):
            data = (package / "files" / name).read_bytes()
            target = site_fonts / name
            if not target.exists() or target.read_bytes() != data:
                target.write_bytes(data)
        rules.append(_FONT_URL.sub(r"url(\1)", css))
    rules.extend(fallback_face(weight, sources, metrics) for weight, (sources, metrics) in FALLBACK_FACES.items())
    (site_fonts / STYLESHEET).write_text("\n".join(rules), encoding="utf-8")


def fallback_face(weight: str, sources: str, metrics: dict[str, str]) -> str:
    descriptors = "".join(f"  {name}: {value};\n" for name, value in metrics.items())
    return (f'@font-face {{\n  font-family: "{FALLBACK_FAMILY}";\n  font-weight: {weight};\n'
            f"  src: {sources};\n{descriptors}"
            f"  line-gap-override: 0%;\n}}")
