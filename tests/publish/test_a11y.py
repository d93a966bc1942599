"""Accessibility in Chromium: axe-core finds nothing on any page in either language, in the light and
the dark scheme (the
checker page after a verdict is covered by tests/browser/test_checker_page.py), and a
keyboard alone reaches the skip link, search, navigation, content links and copy-link buttons
with a visible focus."""

from __future__ import annotations

import pytest

from tests.publish.pages import content_pages

pytestmark = pytest.mark.browser

CHECKER_PAGES = {"checker/", "en/checker/"}  # axe'd before and after a verdict by tests/browser/


def _pages() -> list[str]:
    # Collected from the sources, so the test ids exist before the build; the build is then
    # compared with this list in test_every_built_page_is_audited.
    from tests.support.docs import page_sources

    urls = []
    for lang, prefix in (("vi", ""), ("en", "en/")):
        for name in sorted(page_sources(lang)):
            url = "" if name == "index" else name[: -len("index")] if name.endswith("/index") else name + "/"
            urls.append(prefix + url)
    return urls


PAGES = _pages()
NOT_FOUND = ["khong-co-trang-nay/", "en/no-such-page/"]


def _axe(page):
    from axe_playwright_python.sync_playwright import Axe

    page.mouse.move(0, 0)  # a hovered primary button changes colour: never audit a hover state
    return Axe().run(page)


def test_every_built_page_is_audited(site):
    assert sorted(content_pages(site)) == sorted(PAGES)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("url", [u for u in PAGES if u not in CHECKER_PAGES] + NOT_FOUND)
def test_axe_finds_no_violation(page, base_url, url, scheme):
    page.emulate_media(color_scheme=scheme)  # the site follows the system's scheme
    response = page.goto(base_url + url)
    assert response.status == (404 if url in NOT_FOUND else 200)
    page.wait_for_load_state("networkidle")
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    results = _axe(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("url", ["troubleshooting/error-10/", "en/troubleshooting/error-10/"])
def test_keyboard_reaches_every_kind_of_control_with_visible_focus(page, base_url, url):
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")
    reached: dict[str, bool] = {}
    kinds = {
        "skip": ".md-skip",
        "search": "input.md-search__input, label.md-search__icon, .md-header [for=__search]",
        "nav": ".md-nav--primary a.md-nav__link",
        "content": "article.md-content__inner a:not(.headerlink)",
        "copy": "article button.copy-link",
    }
    for _ in range(400):
        page.keyboard.press("Tab")
        info = page.evaluate("""(kinds) => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
            const box = el.getBoundingClientRect();
            const kind = Object.keys(kinds).find(k => el.matches(kinds[k]));
            return {kind, ring, visible: box.width > 0 && box.height > 0};
        }""", kinds)
        if info and info["kind"] and info["kind"] not in reached:
            reached[info["kind"]] = info["ring"] and info["visible"]
        if len(reached) == len(kinds):
            break
    assert set(reached) == set(kinds), f"Tab never reached: {set(kinds) - set(reached)}"
    assert all(reached.values()), f"focus is not visible on: {[k for k, ok in reached.items() if not ok]}"
