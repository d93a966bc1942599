"""Light and dark in Debian Chromium: the site follows the system's scheme, the header toggle
switches it and the choice holds on the next page (without breaking the CSP), and every picture
stays readable on a light card in the dark scheme."""

from __future__ import annotations

import re

import pytest

from tests.support.docs import page_sources

pytestmark = pytest.mark.browser

ARTICLE = "troubleshooting/error-10/"
PICTURE = re.compile(r"!\[[^\]]*\]\([^)]*\.svg")


def _scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


@pytest.mark.parametrize("system, scheme", [("light", "default"), ("dark", "slate")])
def test_the_site_follows_the_systems_scheme(page, base_url, system, scheme):
    page.emulate_media(color_scheme=system)
    page.goto(base_url + ARTICLE)
    assert _scheme(page) == scheme
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(255, 255, 255)") == (system == "light"), background


@pytest.mark.parametrize("prefix, name", [("", "Chuyển sang nền tối"), ("en/", "Switch to dark mode")])
def test_the_toggle_switches_and_the_choice_holds_on_the_next_page(page, base_url, prefix, name):
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.emulate_media(color_scheme="light")
    page.goto(base_url + prefix + ARTICLE)
    toggle = page.locator(f"label.md-header__button[title='{name}']")
    assert toggle.is_visible()
    toggle.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.goto(base_url + prefix + "faq/")
    # Applied by palette-restore.js while the page is parsed, before Material's bundle runs.
    assert _scheme(page) == "slate"
    assert not errors, errors


def _pages_with_pictures() -> list[str]:
    urls = []
    for lang, prefix in (("vi", ""), ("en", "en/")):
        for name, path in sorted(page_sources(lang).items()):
            if PICTURE.search(path.read_text(encoding="utf-8")):
                url = "" if name == "index" else name[: -len("index")] if name.endswith("/index") else name + "/"
                urls.append(prefix + url)
    return urls


@pytest.mark.parametrize("url", _pages_with_pictures())
def test_pictures_sit_on_a_light_card_in_the_dark_scheme(page, base_url, url):
    page.emulate_media(color_scheme="dark")
    page.goto(base_url + url)
    pictures = page.locator("article img[src$='.svg']")
    assert pictures.count() > 0, url
    for i in range(pictures.count()):
        background = pictures.nth(i).evaluate("img => getComputedStyle(img).backgroundColor")
        assert background == "rgb(255, 255, 255)", (url, i, background)
