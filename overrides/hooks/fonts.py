"""Serves Be Vietnam Pro from the site itself, cut down to the characters the built site uses.

The source is the pinned npm package @fontsource/be-vietnam-pro (its Latin, Latin-extended and
Vietnamese WOFF2 subsets of each weight the theme uses). Once both languages are built, the
subsets of a weight are merged and subset again with fontTools to exactly the characters of the
built pages, plus ASCII, the Vietnamese alphabet and common punctuation (so an edit that adds a
word stays covered): one WOFF2 file per weight instead of one per weight and script, so a
Vietnamese page makes 2 font requests, not 4, and no bold word is drawn from two files.

A file is named by its content hash (it is cached 30 days, deploy/nginx.conf), and the pages
name it through a fixed placeholder (`FACE_PLACEHOLDER`, in main.html's preloads) that this hook
replaces. The subsetting (about 0.3 s) is cached under `.cache/fonts/`, keyed by the SHA-256 of
the source files, the character set, this hook (its options) and the fontTools version, like
precompress.py.
"""

from __future__ import annotations

import hashlib
import html
import io
from pathlib import Path

from build_cache import cached
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_pages import is_inner_build

PACKAGE = Path("node_modules/@fontsource/be-vietnam-pro")
WEIGHTS = ("400", "700")  # headings use 400 (site.css), so no 300 weight is shipped
SOURCE_SUBSETS = ("latin", "latin-ext", "vietnamese")
FAMILY = "Be Vietnam Pro"
TARGET = Path("assets/fonts")
STYLESHEET = "be-vietnam-pro.css"
# What main.html writes where a font file's name goes; replaced by the hashed name after the build.
FACE_PLACEHOLDER = "be-vietnam-pro-{weight}.woff2"

# Characters kept whatever the pages say today: printable ASCII, the Vietnamese alphabet in both
# cases with every tone, and the punctuation our texts use.
_VOWELS = "aăâeêioôơuưy"
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _vietnamese_alphabet() -> str:
    import unicodedata

    letters = set("abcdefghijklmnopqrstuvwxyzăâđêôơư")
    for vowel in _VOWELS:
        for tone in _TONES:
            letters.add(unicodedata.normalize("NFC", vowel + tone))
    return "".join(sorted(letters | {letter.upper() for letter in letters}))


ALWAYS = ("".join(chr(c) for c in range(0x20, 0x7F)) + _vietnamese_alphabet()
          + "\u00a0–—‘’“”…•·→←↑↓×₫€©®™°±÷≤≥≠")

# "optional" with both faces preloaded (main.html): Chrome holds the first paint for a preloaded
# optional font for a short while, and a face that still misses it is left out for the page's
# life, so the text never moves (no swap, no layout shift). Each face is now one file that holds
# every character, so a face is either used for a whole word or not at all: no word is drawn half
# in the web font and half in the fallback. The fallback below is sized to the web font, so a
# first view that misses a face (very slow network) still lays out as the web font would.
DISPLAY = "optional"
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
# Text a page shows but its HTML does not hold: the checker's messages, computed in the browser
# by the checker package (Python sources) and laid out by its page script.
EXTRA_TEXT_GLOBS = ("checker/**/*.py", "checker/**/*.json", "overrides/assets/javascripts/**/*.js")


def site_characters(site_dir: Path, root: Path) -> str:
    """Every character of the built pages' HTML (entities decoded), of the checker's messages, and `ALWAYS`."""
    chars = set(ALWAYS)
    for page in site_dir.rglob("*.html"):
        chars.update(html.unescape(page.read_text(encoding="utf-8")))
    for pattern in EXTRA_TEXT_GLOBS:
        for source in root.glob(pattern):
            chars.update(source.read_text(encoding="utf-8", errors="ignore"))
    return "".join(sorted(c for c in chars if c.isprintable() or c == "\u00a0"))


def subset_font(sources: list[bytes], text: str) -> bytes:
    """The WOFF2 of the merged `sources` (one weight's subsets), kept to the glyphs `text` needs."""
    from fontTools import subset
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont

    plain = []
    for data in sources:
        font = TTFont(io.BytesIO(data))
        font.flavor = None
        buffer = io.BytesIO()
        font.save(buffer)
        buffer.seek(0)
        plain.append(buffer)
    font = Merger().merge(plain)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # kerning, ligatures and the marks stay as the designer made them
    options.name_IDs = ["*"]  # the licence and copyright names stay in the file (OFL)
    # No TrueType hinting: a third of the bytes (bold 18.2 -> 11.4 KB). Phones and high-DPI
    # screens ignore it (Android and macOS do not use a font's hints); only low-DPI Windows
    # draws small text a little softer without it, as with Google Fonts' unhinted files.
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.recalcTimestamp = False  # the same input gives the same bytes, so the same file name
    font.save(out)
    return out.getvalue()


def _cached_subset(sources: list[bytes], text: str) -> bytes:
    import fontTools

    # This file is part of the key: it holds the subsetting options.
    digest = hashlib.sha256(fontTools.version.encode() + b"\0" + text.encode() + Path(__file__).read_bytes())
    for data in sources:
        digest.update(hashlib.sha256(data).digest())
    return cached("fonts", digest.hexdigest(), ".woff2", lambda: subset_font(sources, text))


def face_rule(weight: str, name: str) -> str:
    return (f'@font-face {{\n  font-family: "{FAMILY}";\n  font-style: normal;\n  font-weight: {weight};\n'
            f"  font-display: {DISPLAY};\n  src: url({name}) format(\"woff2\");\n}}")


def fallback_face(weight: str, sources: str, metrics: dict[str, str]) -> str:
    descriptors = "".join(f"  {name}: {value};\n" for name, value in metrics.items())
    return (f'@font-face {{\n  font-family: "{FALLBACK_FAMILY}";\n  font-weight: {weight};\n'
            f"  src: {sources};\n{descriptors}"
            f"  line-gap-override: 0%;\n}}")


@event_priority(-200)  # after the i18n plugin (-100) has built the English pages, before precompress (-900)
def on_post_build(config):
    if is_inner_build(config):
        return
    root = Path(config.config_file_path).parent
    package = root / PACKAGE
    if not package.is_dir():
        raise PluginError(f"{package} is missing: run `npm ci` (the setup in ./dev does it).")
    try:
        import fontTools  # noqa: F401
    except ImportError as error:  # pragma: no cover - a setup problem, said clearly
        raise PluginError("fontTools is missing: run ./dev build (it installs requirements.lock)") from error
    site_dir = Path(config.site_dir)
    site_fonts = site_dir / TARGET
    site_fonts.mkdir(parents=True, exist_ok=True)
    text = site_characters(site_dir, root)

    names, rules = {}, []
    for weight in WEIGHTS:
        sources = [(package / "files" / f"be-vietnam-pro-{subset}-{weight}-normal.woff2").read_bytes()
                   for subset in SOURCE_SUBSETS]
        body = _cached_subset(sources, text)
        name = f"be-vietnam-pro-{weight}.{hashlib.sha256(body).hexdigest()[:10]}.woff2"
        target = site_fonts / name
        if not target.exists() or target.read_bytes() != body:
            target.write_bytes(body)
        names[FACE_PLACEHOLDER.format(weight=weight)] = name
        rules.append(face_rule(weight, name))
    for stale in site_fonts.glob("be-vietnam-pro-*.woff2"):
        if stale.name not in names.values():
            stale.unlink()
    rules.extend(fallback_face(weight, sources, metrics) for weight, (sources, metrics) in FALLBACK_FACES.items())
    (site_fonts / STYLESHEET).write_text("\n".join(rules) + "\n", encoding="utf-8")

    for page in site_dir.rglob("*.html"):
        content = page.read_text(encoding="utf-8")
        replaced = content
        for placeholder, name in names.items():
            replaced = replaced.replace(placeholder, name)
        if replaced != content:
            page.write_text(replaced, encoding="utf-8")
