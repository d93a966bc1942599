"""Print support: absolute link targets for `print.css`, and `print.css` kept off the render path.

* Every link inside an article gets a `data-print-href` with its absolute URL. A printed troubleshooting page is read away from the screen: `assets/stylesheets/print.css`
shows each link's target after its text, and a relative `../errors/#2018300` means nothing
on paper. Permalink pilcrows and the copy-link buttons are left alone (print hides them).
* The `print.css` stylesheet (listed in `extra_css`) is marked `media="print"`, so screens
  do not wait for it before the first paint.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from mkdocs.plugins import event_priority

_ARTICLE = re.compile(r'(<article class="md-content__inner[^"]*">)(.*?)(</article>)', re.S)
_PRINT_CSS = re.compile(r'(<link rel="stylesheet" href="[^"]*assets/stylesheets/print\.css(?:\?[^"]*)?")>')
_LINK = re.compile(r'<a (?P<attrs>[^>]*?)href="(?P<href>[^"]*)"(?P<rest>[^>]*)>')


def is_relative(href: str) -> bool:
    return bool(href) and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", href)


def annotate(article: str, page_url: str) -> str:
    def replace(match: re.Match) -> str:
        tag, href = match.group(0), match.group("href")
        if not is_relative(href) or 'class="headerlink"' in tag or "data-print-href" in tag:
            return tag
        return tag[:-1] + f' data-print-href="{urljoin(page_url, href)}">'

    return _LINK.sub(replace, article)


def print_only(output: str) -> str:
    return _PRINT_CSS.sub(r'\1 media="print">', output, count=1)


def on_post_page(output, page, config):
    output = print_only(output)
    page_url = page.canonical_url or ""
    if not page_url:
        return output
    return _ARTICLE.sub(lambda m: m.group(1) + annotate(m.group(2), page_url) + m.group(3), output, count=1)


@event_priority(50)  # before i18n_site keeps the rendered 404 page
def on_post_template(output, template_name, config):
    return print_only(output) if template_name == "404.html" else output
