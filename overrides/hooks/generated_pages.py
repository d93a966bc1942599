"""Generated page content from checker/: error table, rule catalogue and settings schema.

* `on_page_markdown` swaps each `<!-- generated: NAME -->` marker for the markdown that
  `checker.docs` renders in the page's language; an unknown marker stops the build.
* The build also stops when a rule or error entry lacks text in either language, or links
  to a page or heading id that the built site does not have (checked once both languages
  are built, from the table of contents of every page).
* The settings JSON Schema and its examples are copied to `schema/` in the built site.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker import docs  # noqa: E402  (needs the repository root on sys.path)

MARKER = re.compile(r"^[ \t]*<!--\s*generated:\s*([^\s>]*)\s*-->[ \t]*$", re.M)
LANGS = ("vi", "en")

# Heading ids seen per language and page URL (without the language prefix).
_anchors: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGS}


def _language(page) -> str:
    locale = getattr(page.file, "locale", None)
    if locale in LANGS:
        return locale
    return "en" if page.file.src_uri.endswith(".en.md") else "vi"


def _page_key(page, lang: str) -> str:
    url = page.url or ""
    if lang != "vi" and url.startswith(lang + "/"):
        url = url[len(lang) + 1:]
    return url


def _i18n_building(config) -> bool:
    plugin = config.plugins.get("i18n")
    return bool(plugin is not None and getattr(plugin, "building", False))


def on_config(config):
    problems = docs.missing_text()
    if problems:
        raise PluginError("checker rules lack text:\n  " + "\n  ".join(problems))
    return config


def on_page_markdown(markdown, page, config, files):
    lang = _language(page)

    def replace(match: re.Match) -> str:
        name = match.group(1)
        generator = docs.GENERATORS.get(name)
        if generator is None:
            raise PluginError(
                f"{page.file.src_uri}: unknown marker <!-- generated: {name} -->; "
                f"known: {', '.join(docs.GENERATORS)}"
            )
        return generator(lang)

    return MARKER.sub(replace, markdown)


def _toc_ids(items) -> set[str]:
    ids: set[str] = set()
    for item in items:
        if getattr(item, "id", None):
            ids.add(item.id)
        ids |= _toc_ids(getattr(item, "children", []) or [])
    return ids


def on_page_content(html, page, config, files):
    lang = _language(page)
    _anchors[lang][_page_key(page, lang)] = _toc_ids(page.toc)
    return html


@event_priority(-150)  # after the i18n plugin (-100) has built every other language
def on_post_build(config):
    if _i18n_building(config):
        return  # an inner per-language build; the outer build checks and copies once
    missing = []
    for target, rule_ids in docs.doc_targets().items():
        for lang in LANGS:
            pages = _anchors[lang]
            if not pages:
                continue  # this language was not built
            ids = pages.get(target.page)
            if ids is None:
                missing.append(f"{lang}: page {target.page!r} does not exist (used by {', '.join(rule_ids)})")
            elif target.anchor not in ids:
                missing.append(
                    f"{lang}: {target.page}#{target.anchor} has no such heading id (used by {', '.join(rule_ids)})"
                )
    if missing:
        raise PluginError("checker rules link to missing pages or anchors:\n  " + "\n  ".join(sorted(missing)))
    target = Path(config.site_dir) / "schema"
    (target / "examples").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(docs.SCHEMA_FILE, target / docs.SCHEMA_FILE.name)
    for example in sorted(docs.EXAMPLES_DIR.glob("*.json")):
        shutil.copyfile(example, target / "examples" / example.name)
