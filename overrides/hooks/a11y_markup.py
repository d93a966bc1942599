"""Markup fixes that axe-core asks for and CSS cannot make, applied to every rendered page.

* Navigation sections whose title is a link (sections with an index page): with `navigation.indexes`, Material renders such a section as a link to its index page plus an
icon-only toggle `<label id="__nav_N_label">`, and the section's `<nav>` is labelled by that
empty label: a navigation landmark without a name, which axe-core reports (landmark-unique).
  That `<nav>` is named with the section's title (`aria-label`) instead, like the other sections.
* An empty header cell (the corner of a comparison table, `| | A | B |` in Markdown) is not a
  header: it becomes a `<td>` (axe-core: empty-table-header).
"""

from __future__ import annotations

import html
import re

from mkdocs.plugins import event_priority

_CONTAINER = re.compile(
    r'(?P<head><div class="md-nav__link md-nav__container">\s*<a [^>]*class="md-nav__link[^"]*"[^>]*>'
    r'(?P<link>.*?)</a>\s*)(?P<label><label class="md-nav__link[^"]*" for="__nav_[\w]+" id="__nav_[\w]+_label")'
    r'(?P<rest>[^>]*>\s*<span class="md-nav__icon md-icon"></span>\s*</label>)',
    re.S,
)
_TAG = re.compile(r"<[^>]+>")


def name_sections(output: str) -> str:
    titles: dict[str, str] = {}
    for match in _CONTAINER.finditer(output):
        label_id = re.search(r'id="([^"]+)"', match.group("label")).group(1)
        titles[label_id] = " ".join(html.unescape(_TAG.sub(" ", match.group("link"))).split())
    for label_id, title in titles.items():
        output = output.replace(f'aria-labelledby="{label_id}"', f'aria-label="{html.escape(title)}"')
    return output


_EMPTY_HEADER = re.compile(r"<th(?P<attrs>(?:\s[^>]*)?)>\s*</th>")


def empty_headers_to_cells(output: str) -> str:
    return _EMPTY_HEADER.sub(r"<td\g<attrs>></td>", output)


def fix(output: str) -> str:
    return empty_headers_to_cells(name_sections(output))


def on_post_page(output, page, config):
    return fix(output)


@event_priority(50)  # before i18n_site keeps the rendered 404 page
def on_post_template(output, template_name, config):
    return fix(output) if template_name == "404.html" else output
