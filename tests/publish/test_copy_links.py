"""Copy-link buttons: one under every step heading and every troubleshooting heading, named in
the page's language, usable with the keyboard, copying the absolute URL with the anchor."""

from __future__ import annotations

import re

import pytest

from tests.publish.pages import content_pages, language_of

_HEADING = re.compile(r'<h([23]) id="([^"]+)"[^>]*>.*?</h\1>(<button type="button" class="copy-link"[^>]*>)?', re.S)
LABEL = {"vi": "Sao chép liên kết", "en": "Copy link"}


def test_every_step_and_troubleshooting_heading_has_a_button(site):
    missing, counted = [], 0
    for url in content_pages(site):
        html = (site / url / "index.html").read_text(encoding="utf-8")
        troubleshooting = "troubleshooting/" in url
        for _level, heading_id, button in _HEADING.findall(html):
            wanted = heading_id.startswith("step-") or troubleshooting
            if wanted and not button:
                missing.append(f"{url}#{heading_id}")
            if button:
                counted += 1
                assert f'data-copy-link="{heading_id}"' in button
                assert f'aria-label="{LABEL[language_of(url)]}' in button, button
    assert not missing, missing
    assert counted > 50


@pytest.mark.browser
@pytest.mark.parametrize("url, lang", [("troubleshooting/error-10/", "vi"), ("en/troubleshooting/error-10/", "en")])
def test_button_copies_the_absolute_link_with_the_keyboard(page, base_url, url, lang):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page.goto(base_url + url)
    button = page.locator("button.copy-link[data-copy-link='step-find-owner']")
    assert button.is_visible()
    assert button.inner_text().strip() == LABEL[lang]
    button.focus()
    page.keyboard.press("Enter")
    expected = base_url + url + "#step-find-owner"
    page.wait_for_function("() => document.querySelector('.copy-link-status')?.textContent")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert page.locator(".copy-link-status[role=status]").inner_text() == button.get_attribute("data-copied")


@pytest.mark.browser
def test_button_is_visible_on_a_touch_screen_without_hover(browser, base_url, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(base_url + "troubleshooting/error-10/")
        button = page.locator("button.copy-link[data-copy-link='step-find-owner']")
        button.scroll_into_view_if_needed()
        assert button.is_visible()
        box = button.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, box
    finally:
        context.close()
