"""Print: a troubleshooting page prints its article only, with link targets written out."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("url", ["troubleshooting/error-10/", "en/troubleshooting/error-10/"])
def test_troubleshooting_page_prints_cleanly(page, base_url, url):
    page.goto(base_url + url)
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search",
                     ".md-footer", "button.copy-link", ".md-skip", "a.headerlink"):
        hidden = page.locator(selector).evaluate_all(
            "els => els.every(el => getComputedStyle(el).display === 'none' || !el.offsetParent)")
        assert hidden, f"{selector} is printed"
    assert page.locator("article h1").is_visible()

    def after(selector: str) -> str:
        return page.locator(selector).first.evaluate("el => getComputedStyle(el, '::after').content")

    external = "article a[href^='http']"
    assert page.locator(external).first.get_attribute("href") in after(external)
    internal = "article a[data-print-href]"
    target = page.locator(internal).first.get_attribute("data-print-href")
    assert target.startswith(base_url) and target in after(internal)
    assert "#" in page.locator("article a[data-print-href*='#']").first.get_attribute("data-print-href")

    page.emulate_media(media="screen")
    assert page.locator(internal).first.evaluate("el => getComputedStyle(el, '::after').content") in ("none", "normal")
