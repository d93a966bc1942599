"""Short links for support agents: redirect pages and the agents page table, from overrides/aliases.yml.

* `on_page_markdown` swaps the `<!-- aliases -->` marker for a table in the page's language:
  the short link, the page and section it opens, and when to send it.
* After both languages are built, every alias gets a static redirect page (`/loi-10/`,
  `/en/error-10/`): a meta refresh to the target with its fragment, a canonical link, the
  target's description and link-preview tags (for chat previews) and a visible link, no script (the site's Content-Security-Policy forbids inline scripts).
* The build stops when an alias points to a page or heading id that the built site does not
  have, when two aliases share a name, or when an alias would hide a real page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from posixpath import relpath

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_pages import DEFAULT_LANGUAGE, LANGS, is_inner_build, language_prefix, page_language, source_url

DATA = Path(__file__).resolve().parents[1] / "aliases.yml"
MARKER = re.compile(r"^[ \t]*<!--\s*aliases\s*-->[ \t]*$", re.M)
NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Top-level names an alias must never take: the language folders and the site's own folders.
RESERVED = {"en", "vi", "assets", "search", "schema", "404.html", "sitemap.xml"}

TEXT = {
    "vi": {"alias": "Liên kết ngắn", "opens": "Dẫn tới", "when": "Gửi khi",
           "title": "Đang chuyển tới {title}", "moved": "Bài này chuyển tới",
           "lang_name": "Tiếng Việt"},
    "en": {"alias": "Short link", "opens": "Opens", "when": "Send it when",
           "title": "Redirecting to {title}", "moved": "This short link leads to",
           "lang_name": "English"},
}

_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*\{\s*#(?P<id>[A-Za-z0-9_-]+)[^}]*\}\s*$", re.M)


@dataclass(frozen=True)
class Alias:
    lang: str
    name: str
    page: str     # Markdown source without language suffix: troubleshooting/error-10
    anchor: str   # heading id, may be empty
    when: str

    @property
    def path(self) -> str:
        """The alias's folder in the site: `loi-10/`, `en/error-10/`."""
        return language_prefix(self.lang) + self.name + "/"


def load(path: Path = DATA) -> list[Alias]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    aliases, seen = [], {}
    for number, entry in enumerate(entries, 1):
        target = str(entry.get("to", ""))
        page, _, anchor = target.partition("#")
        if not page.endswith(".md"):
            raise PluginError(f"{path.name} entry {number}: 'to' must name a .md page, got {target!r}")
        for lang in LANGS:
            name = entry.get(lang)
            when = (entry.get("when") or {}).get(lang)
            if not name or not when:
                raise PluginError(f"{path.name} entry {number} ({target}): needs '{lang}' and 'when.{lang}'")
            if not NAME.match(name) or name in RESERVED:
                raise PluginError(f"{path.name}: alias {name!r} must be lowercase ASCII words joined by hyphens, "
                                  f"and none of {sorted(RESERVED)}")
            if (lang, name) in seen:
                raise PluginError(f"{path.name}: alias {lang}/{name} is defined twice ({seen[(lang, name)]} and {target})")
            seen[(lang, name)] = target
            aliases.append(Alias(lang, name, page[: -len(".md")], anchor, str(when)))
    return aliases


def target_url(alias: Alias) -> str:
    """Site-relative URL the alias leads to, with the language prefix and fragment."""
    return language_prefix(alias.lang) + source_url(alias.page) + (f"#{alias.anchor}" if alias.anchor else "")


# --- the table on the agents page -------------------------------------------------------


def _source(docs_dir: Path, page: str, lang: str) -> Path:
    return docs_dir / f"{page}.{lang}.md"


def _target_label(docs_dir: Path, alias: Alias) -> str:
    """`Page title › Section heading`, read from the target's Markdown source."""
    source = _source(docs_dir, alias.page, alias.lang)
    if not source.is_file():
        raise PluginError(f"alias {alias.path}: page {alias.page}.{alias.lang}.md does not exist")
    text = source.read_text(encoding="utf-8")
    title = alias.page
    if text.startswith("---\n"):
        meta = yaml.safe_load(text[4: text.index("\n---", 4)]) or {}
        title = str(meta.get("title") or title)
    if not alias.anchor:
        return title
    for match in _HEADING.finditer(text):
        if match.group("id") == alias.anchor:
            heading = re.sub(r"[*_`]", "", match.group("text")).strip()
            return f"{title} › {heading}"
    return f"{title} › #{alias.anchor}"  # an id made by a generator (error rows): checked after the build


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(aliases: list[Alias], lang: str, page_src: str, site_url: str, docs_dir: Path) -> str:
    words = TEXT[lang]
    here = Path(page_src).parent.as_posix()
    rows = [f"| {words['alias']} | {words['opens']} | {words['when']} |", "|---|---|---|"]
    for alias in (a for a in aliases if a.lang == lang):
        short = site_url + alias.path
        link = relpath(f"{alias.page}.md", here or ".") + (f"#{alias.anchor}" if alias.anchor else "")
        rows.append(f"| [`{short}`]({short}) | [{_cell(_target_label(docs_dir, alias))}]({link}) | {_cell(alias.when)} |")
    return "\n".join(rows)


def on_page_markdown(markdown, page, config, files):
    if not MARKER.search(markdown):
        return markdown
    lang = page_language(page)
    site_url = _root_url(config)
    aliases = load()
    return MARKER.sub(lambda _: table(aliases, lang, page.file.src_uri, site_url, Path(config.docs_dir)), markdown)


def _root_url(config) -> str:
    """The site's root URL (the i18n plugin gives the English build its own site_url ending in /en/)."""
    url = config.site_url or "/"
    url = url if url.endswith("/") else url + "/"
    for lang in LANGS:
        if lang != DEFAULT_LANGUAGE and url.endswith(f"/{lang}/"):
            return url[: -len(f"{lang}/")]
    return url


# --- the redirect pages and the final check ---------------------------------------------


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id" and value:
                self.ids.add(value)


def page_ids(path: Path) -> set[str]:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def problems(site: Path, aliases: list[Alias]) -> list[str]:
    found = []
    for alias in aliases:
        url = target_url(alias).partition("#")[0]
        target = site / url / "index.html"
        if not target.is_file():
            found.append(f"{alias.path} -> {target_url(alias)}: no page {alias.page}.{alias.lang}.md in the site")
        elif alias.anchor and alias.anchor not in page_ids(target):
            found.append(f"{alias.path} -> {target_url(alias)}: the page has no id {alias.anchor!r}")
        own = site / alias.path / "index.html"
        if own.is_file() and "data-alias-redirect" not in own.read_text(encoding="utf-8"):
            found.append(f"{alias.path}: a real page already lives at this address")
    return found


# The target page's link-preview tags (description, Open Graph, Twitter), copied as they are, so
# that a short link pasted into Messenger or Zalo previews like the page it opens.
_PREVIEW_META = re.compile(r'<meta (?:name="(?:description|twitter:[\w:]+)"|property="og:[\w:]+") content="[^"]*">')


def preview_meta(target_html: str) -> list[str]:
    return _PREVIEW_META.findall(target_html)


def redirect_page(alias: Alias, site_root_url: str, title: str, preview: list[str] = ()) -> str:
    words = TEXT[alias.lang]
    relative = relpath(target_url(alias).partition("#")[0] or ".", alias.path.rstrip("/"))
    relative = relative.rstrip("/") + "/" if relative != "." else "./"
    if alias.anchor:
        relative += f"#{alias.anchor}"
    canonical = site_root_url + target_url(alias).partition("#")[0]
    href, shown = html.escape(relative), html.escape(title)
    return (
        "<!doctype html>\n"
        f'<html lang="{alias.lang}" data-alias-redirect>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(words['title'].format(title=title))}</title>\n"
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{html.escape(canonical)}">\n'
        + "".join(tag + "\n" for tag in preview) +
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n<body>\n<main>\n"
        f'<h1>{shown}</h1>\n<p>{html.escape(words["moved"])}: <a href="{href}">{shown}</a></p>\n'
        "</main>\n</body>\n</html>\n"
    )


def _title(docs_dir: Path, alias: Alias) -> str:
    return _target_label(docs_dir, alias)


@event_priority(-150)  # after the i18n plugin (-100) has built every language, before precompression
def on_post_build(config):
    if is_inner_build(config):
        return  # the outer build writes every alias once
    site = Path(config.site_dir)
    aliases = load()
    found = problems(site, aliases)
    if found:
        raise PluginError("short links (overrides/aliases.yml) are broken:\n  " + "\n  ".join(found))
    root_url, docs_dir = _root_url(config), Path(config.docs_dir)
    for alias in aliases:
        target = site / alias.path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = site / target_url(alias).partition("#")[0] / "index.html"
        preview = preview_meta(destination.read_text(encoding="utf-8"))
        target.write_text(redirect_page(alias, root_url, _title(docs_dir, alias), preview), encoding="utf-8")
