"""Moves Material's two inline scripts into one site file, so the Content-Security-Policy needs no hashes.

Material writes a small inline script into every page's <head> (the `__md_scope` storage
helpers, whose base differs with the page's depth) and one after the article (opens the
content tab named in the URL fragment). Inline scripts need `'unsafe-inline'` or one hash
per variant in `script-src`; instead this hook writes their code once to
`assets/javascripts/material-init.js` and loads it right before Material's bundle, the first
code that reads them. The scope is computed from the file's own URL (the site root), which is
what the relative base in the inline script computed. The policy in deploy/ can therefore
stay `script-src 'self' 'wasm-unsafe-eval'` whatever the page, the Material version or the
address the site is published at.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_pages import is_inner_build

TARGET = "assets/javascripts/material-init.js"

_SCOPE = re.compile(r'<script>__md_scope=new URL\("[^"]*",location\),(?P<rest>.*?)</script>', re.S)
_TABBED = re.compile(r"<script>(?P<body>var target=document\.getElementById\(location\.hash\.slice\(1\)\);.*?)</script>", re.S)
_BUNDLE = re.compile(r'<script src="(?P<prefix>[^"]*?)assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>')

_code: dict[str, str] = {}


def externalise(html: str) -> str:
    bundle = _BUNDLE.search(html)
    scope = _SCOPE.search(html)
    if not bundle or not scope:
        return html  # not a Material page (or already rewritten)
    _remember("scope", scope.group("rest"))
    html = html[: scope.start()] + html[scope.end():]
    tabbed = _TABBED.search(html)
    if tabbed:
        _remember("tabbed", tabbed.group("body"))
        html = html[: tabbed.start()] + html[tabbed.end():]
    bundle = _BUNDLE.search(html)
    tag = f'<script src="{bundle.group("prefix")}{TARGET}"></script>\n'
    return html[: bundle.start()] + tag + html[bundle.start():]


def _remember(name: str, code: str) -> None:
    if _code.setdefault(name, code) != code:
        raise PluginError(f"Material's inline '{name}' script differs between pages; {__name__} cannot share it")


def script() -> str:
    if "scope" not in _code:
        raise PluginError("no Material inline script was found: check overrides/hooks/external_scripts.py "
                          "against the installed mkdocs-material")
    # The file lives two folders below the site root, like the inline script's relative base.
    lines = ["// Material's inline start-up code, moved here by overrides/hooks/external_scripts.py (CSP without 'unsafe-inline').",
             f'__md_scope=new URL("../..",document.currentScript.src),{_code["scope"]};']
    if "tabbed" in _code:
        lines.append(_code["tabbed"] + ";")
    return "\n".join(lines) + "\n"


def on_post_page(output, page, config):
    return externalise(output)


@event_priority(50)  # before i18n_site keeps the rendered 404 page
def on_post_template(output, template_name, config):
    return externalise(output) if template_name == "404.html" else output


def on_post_build(config):
    if is_inner_build(config):
        return
    target = Path(config.site_dir) / TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(script(), encoding="utf-8")
