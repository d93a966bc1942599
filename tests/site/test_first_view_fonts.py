"""The first view on a slow phone network is drawn in the web font, regular and bold alike.

Chromium reports, for each element, the fonts it really drew its text with (DevTools
`CSS.getPlatformFontsForNode`). With `font-display: optional` (fonts hook) what the first view
drew is what the page keeps: a face that missed the first paint is left out for the page's life.
So every text element of the first viewport must be drawn in Be Vietnam Pro only, never in the
fallback nor in both (a word half in each). The same page with its bold preload removed must
fail the same check: that is what the preload is for.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PAGES = ["", "troubleshooting/error-10/", "en/", "en/troubleshooting/error-10/"]
# A phone on a slow 3G-like link (the profile of issue 13): 1.6 Mbps down, 150 ms round trip.
SLOW = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
WEB_FONT = "Be Vietnam Pro"
BOLD_PRELOAD = re.compile(r'<link rel="preload" href="[^"]*be-vietnam-pro-700\.[0-9a-f]+\.woff2"[^>]*>')

# Elements of the first viewport that hold text of their own (not only in children), with a
# mark so DevTools can find them again.
_MARK_FIRST_VIEW_TEXT = """() => {
    let n = 0;
    for (const el of document.querySelectorAll('body *')) {
        const own = [...el.childNodes].some(c => c.nodeType === 3 && c.textContent.trim());
        if (!own) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        if (!style.fontFamily.includes('Be Vietnam Pro')) continue;  // code blocks use the code font
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) continue;
        el.setAttribute('data-first-view', String(n++));
    }
    return n;
}"""


def first_view_fonts(browser, url: str, drop_bold_preload: bool = False) -> dict[str, set[str]]:
    """Loads `url` cold on the slow network; returns, per first-view element (tag, weight and text),
    the font families Chromium drew it with."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True)
    try:
        page = context.new_page()
        if drop_bold_preload:
            def without_bold_preload(route):
                response = route.fetch()
                body, count = BOLD_PRELOAD.subn("", response.text())
                assert count == 1, "the page has one bold preload to remove"
                route.fulfill(response=response, body=body)
            page.route(url, without_bold_preload)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Network.emulateNetworkConditions", SLOW)
        page.goto(url, wait_until="load")
        page.wait_for_timeout(1500)  # a late face would be swapped in by now if the page allowed it
        count = page.evaluate(_MARK_FIRST_VIEW_TEXT)
        assert count >= 5, "the first view shows text"
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        drawn: dict[str, set[str]] = {}
        for index in range(count):
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": f'[data-first-view="{index}"]'})["nodeId"]
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            label = page.evaluate(
                """i => { const el = document.querySelector(`[data-first-view="${i}"]`);
                          return `${el.tagName.toLowerCase()} ${getComputedStyle(el).fontWeight} "${el.textContent.trim().slice(0, 40)}"`; }""",
                index)
            families = {font["familyName"] for font in fonts if font["glyphCount"] > 0}
            if families:
                drawn[label] = families
        return drawn
    finally:
        context.close()


def _not_in_web_font(drawn: dict[str, set[str]]) -> dict[str, set[str]]:
    return {label: families for label, families in drawn.items() if families != {WEB_FONT}}


@pytest.mark.parametrize("path", PAGES)
def test_the_first_view_is_drawn_in_the_web_font_only(browser, base_url, path):
    drawn = first_view_fonts(browser, base_url + path)
    assert any(" 700 " in label for label in drawn), "the first view has bold text (the test needs it)"
    assert not _not_in_web_font(drawn), _not_in_web_font(drawn)


def test_without_the_bold_preload_bold_text_misses_the_web_font(browser, base_url):
    """The check above can fail: the bold face found only once the page is laid out comes too late."""
    drawn = first_view_fonts(browser, base_url + PAGES[1], drop_bold_preload=True)
    missed = _not_in_web_font(drawn)
    assert missed and all(" 700 " in label for label in missed), drawn
