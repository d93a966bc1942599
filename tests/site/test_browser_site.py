"""The site in Debian Chromium: language switching, search in each language, 404 pages."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

DEEP_PAGE = "troubleshooting/error-10/"


def _search(page, query: str) -> list[str]:
    """Type a query into Material's search and return the result links (site-relative)."""
    box = page.locator("input.md-search__input")
    box.click()
    # The index loads when search is first used (search-on-demand.js): type once it is built.
    page.wait_for_selector("html[data-search='ready']", state="attached", timeout=30_000)
    box.fill("")
    box.press_sequentially(query)  # Material reads the query on key events, as a person types
    # Results render after the counter; wait until both have settled on the whole query.
    page.wait_for_function(
        """() => {
            const meta = document.querySelector('.md-search-result__meta').textContent.trim();
            const count = document.querySelectorAll('.md-search-result__item').length;
            const state = meta + '|' + count;
            if (/^(Nhập để bắt đầu|Type to start)/.test(meta) || state !== window.__lastSearchState) {
                window.__lastSearchState = state; window.__stableSince = performance.now(); return false;
            }
            return performance.now() - window.__stableSince > 600;
        }""",
        polling=100,
        timeout=15_000,
    )
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(a => a.href)")


def test_switching_language_on_a_deep_page_stays_on_that_page(page, base_url):
    page.goto(base_url + DEEP_PAGE)
    assert page.locator("html").get_attribute("lang") == "vi"
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link[hreflang='en']").click()
    page.wait_for_url(base_url + "en/" + DEEP_PAGE)
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Search"
    results = _search(page, "handover")
    assert results and all(url.startswith(base_url + "en/") for url in results)

    page.keyboard.press("Escape")
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link[hreflang='vi']").click()
    page.wait_for_url(base_url + DEEP_PAGE)
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "Tìm kiếm"


@pytest.mark.parametrize("query", ["chuyen", "huong dan", "giao thuc chuyen giao", "dinh tuyen", "chuyển giao", "định tuyến"])
def test_vietnamese_search_finds_pages_with_or_without_diacritics(page, base_url, query):
    page.goto(base_url)
    results = _search(page, query)
    assert results, f"'{query}' found nothing"
    assert not [url for url in results if url.startswith(base_url + "en/")]


def test_english_search_returns_no_vietnamese_page(page, base_url):
    page.goto(base_url + "en/")
    for query in ("chuyển giao", "chuyen", "handover"):
        results = _search(page, query)
        assert all(url.startswith(base_url + "en/") for url in results), (query, results)
    assert _search(page, "handover"), "English search finds English pages"


@pytest.mark.parametrize("path, lang, text, home", [
    ("khong-co-trang-nay/", "vi", "404 - Không tìm thấy trang", ""),
    ("en/no-such-page/", "en", "404 - Page not found", "en/"),
])
def test_404_pages_are_translated_and_their_links_work(page, base_url, path, lang, text, home):
    response = page.goto(base_url + path)
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").first.inner_text().strip() == text
    page.locator("article a").first.click()
    page.wait_for_url(base_url + home)
    assert page.locator("html").get_attribute("lang") == lang


def test_404_language_switcher_leads_to_the_other_home(page, base_url):
    page.goto(base_url + "en/no-such-page/")
    hrefs = page.locator(".md-select__link").evaluate_all("els => els.map(a => [a.hreflang, a.href])")
    assert dict(hrefs) == {"vi": base_url, "en": base_url + "en/"}


def test_vietnamese_renders_in_the_site_font(page, base_url):
    page.goto(base_url)
    page.evaluate("document.fonts.ready")
    family = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).fontFamily")
    assert "Be Vietnam Pro" in family
    assert page.evaluate("document.fonts.check('16px \"Be Vietnam Pro\"', 'Định tuyến hội thoại')")
