"""A "copy link" button under every step heading (ids `step-…`) and every heading of the troubleshooting pages.

Support agents send customers a link to one exact step. The button is real HTML written at
build time (no layout shift when the script starts), labelled in the page's language;
`assets/javascripts/copy-link.js` copies the address the page was opened at with the heading's
fragment. Added after the search index was built, so the label never lands in search results.
"""

from __future__ import annotations

import html
import re

from site_pages import page_language

TROUBLESHOOTING = "troubleshooting/"

TEXT = {
    "vi": {"label": "Sao chép liên kết", "named": "Sao chép liên kết tới mục: {heading}", "copied": "Đã sao chép liên kết"},
    "en": {"label": "Copy link", "named": "Copy link to this section: {heading}", "copied": "Link copied"},
}

_HEADING = re.compile(r'<h(?P<level>[23]) id="(?P<id>[A-Za-z0-9_-]+)"[^>]*>(?P<inner>.*?)</h(?P=level)>', re.S)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_TAG = re.compile(r"<[^>]+>")

ICON = ('<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16">'
        '<path fill="currentColor" d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2'
        'a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0ZM13.4 10.6a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 1 1'
        ' 1.4 1.4l-2 2a1 1 0 1 0 1.4 1.4L12 10.6a1 1 0 0 1 1.4 0Z"/></svg>')


def wants_button(heading_id: str, troubleshooting: bool) -> bool:
    return heading_id.startswith("step-") or troubleshooting


def button(heading_id: str, heading_html: str, lang: str) -> str:
    words = TEXT[lang]
    heading = html.unescape(_TAG.sub("", _HEADERLINK.sub("", heading_html))).strip()
    return (f'<button type="button" class="copy-link" data-copy-link="{heading_id}" '
            f'data-copied="{html.escape(words["copied"])}" '
            f'aria-label="{html.escape(words["named"].format(heading=heading))}">'
            f'{ICON}<span class="copy-link__text">{html.escape(words["label"])}</span></button>')


def add_buttons(output: str, lang: str, troubleshooting: bool) -> str:
    start = output.find('<article class="md-content__inner')
    end = output.find("</article>", start)
    if start < 0 or end < 0:
        return output

    def replace(match: re.Match) -> str:
        if not wants_button(match.group("id"), troubleshooting):
            return match.group(0)
        return match.group(0) + button(match.group("id"), match.group("inner"), lang)

    return output[:start] + _HEADING.sub(replace, output[start:end]) + output[end:]


def on_post_page(output, page, config):
    src = page.file.src_uri
    return add_buttons(output, page_language(page), src.startswith(TROUBLESHOOTING))
