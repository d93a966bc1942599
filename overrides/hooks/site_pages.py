"""What the hooks share about the bilingual site: a page's language, its URL, and the inner build.

Not a hook itself (mkdocs.yml does not list it): the hooks import it (MkDocs puts a hook's
folder on `sys.path` while it loads the hook).
"""

from __future__ import annotations

LANGS = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def page_language(page) -> str:
    """The language of a page: the i18n plugin's `locale`, else the source's suffix (`.en.md`)."""
    locale = getattr(page.file, "locale", None)
    if locale in LANGS:
        return locale
    return "en" if page.file.src_uri.endswith(".en.md") else DEFAULT_LANGUAGE


def is_inner_build(config) -> bool:
    """True inside the i18n plugin's build of a further language (en), which runs from within the
    default language's `on_post_build`: work done once for the whole site waits for the outer build."""
    plugin = config.plugins.get("i18n")
    return bool(plugin is not None and getattr(plugin, "building", False))


def language_prefix(lang: str) -> str:
    """The folder of a language in the site: `` for Vietnamese, `en/` for English."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def source_url(name: str) -> str:
    """Site-relative URL of a page source without suffix (directory URLs): `troubleshooting/index` ->
    `troubleshooting/`, `index` -> ``, `faq` -> `faq/`."""
    if name == "index":
        return ""
    if name.endswith("/index"):
        return name[: -len("index")]
    return name + "/"


def split_language(url: str) -> tuple[str, str]:
    """A site-relative URL's language and the URL within that language: `en/faq/` -> (`en`, `faq/`)."""
    for lang in LANGS:
        prefix = language_prefix(lang)
        if prefix and (url == prefix.rstrip("/") or url.startswith(prefix)):
            return lang, url[len(prefix):]
    return DEFAULT_LANGUAGE, url
