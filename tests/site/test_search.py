"""Search in Debian Chromium as people use it: queries typed key by key without diacritics find the
page meant among the first three results, in each language; the index is downloaded only once
search is used."""

from __future__ import annotations

import pytest

from tests.site.search_queries import QUERIES

pytestmark = pytest.mark.browser

ARTICLE = "troubleshooting/error-10/"
PREFIX = {"vi": "", "en": "en/"}


def ranked_pages(page, query: str, home: str) -> list[str]:
    """Type `query` into Material's search; the result pages in their order, relative to `home`."""
    box = page.locator("input.md-search__input")
    box.click()
    # The index loads when search is first used (search-on-demand.js): type once it is built.
    page.wait_for_selector("html[data-search='ready']", state="attached", timeout=30_000)
    box.fill("")
    page.evaluate("window.__lastSearchState = undefined")
    box.press_sequentially(query, delay=20)  # Material reads the query on key events, as a person types
    # Results render after the counter; wait until both have settled on the whole query.
    page.wait_for_function(
        """() => {
            const meta = document.querySelector('.md-search-result__meta').textContent.trim();
            const count = document.querySelectorAll('.md-search-result__item').length;
            const state = meta + '|' + count + '|' + document.querySelector('input.md-search__input').value;
            if (/^(Nhập để bắt đầu|Type to start)/.test(meta) || state !== window.__lastSearchState) {
                window.__lastSearchState = state; window.__stableSince = performance.now(); return false;
            }
            return performance.now() - window.__stableSince > 500;
        }""",
        polling=100,
        timeout=20_000,
    )
    # One result item per page: its first link is the page, the others its sections.
    hrefs = page.locator(".md-search-result__item").evaluate_all(
        "items => items.map(li => li.querySelector('a').href.split(/[?#]/)[0])")
    pages = []
    for href in hrefs:
        assert href.startswith(home), f"{query!r} found {href}, outside {home}"
        if href[len(home):] not in pages:
            pages.append(href[len(home):])
    return pages


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    pages = {}
    contexts = []
    for lang, prefix in PREFIX.items():
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        pages[lang] = context.new_page()
        pages[lang].goto(base_url + prefix + ARTICLE)
    yield pages
    for context in contexts:
        context.close()


RANKS: dict[tuple[str, str], int | None] = {}


@pytest.mark.parametrize("lang, query, target",
                         [(lang, query, target) for lang, queries in QUERIES.items() for query, target in queries],
                         ids=lambda value: value if isinstance(value, str) else None)
def test_query_typed_without_diacritics_finds_its_page_in_the_top_three(search_page, base_url, lang, query, target):
    home = base_url + PREFIX[lang]
    pages = ranked_pages(search_page[lang], query, home)
    rank = pages.index(target) + 1 if target in pages else None
    RANKS[(lang, query)] = rank
    print(f"\n{lang} {query!r}: rank {rank} of {len(pages)} ({', '.join(pages[:3])})")
    assert rank is not None and rank <= 3, f"{query!r} ({lang}): {target} at rank {rank}; first: {pages[:5]}"


def test_each_language_has_at_least_fifteen_queries():
    for lang, queries in QUERIES.items():
        assert len(queries) >= 15, lang
        assert all(query.isascii() and query == query.lower() for query, _ in queries), "typed as on a phone"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_article_page_loads_no_search_index_until_search_is_used(browser, base_url, lang):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(base_url + PREFIX[lang] + ARTICLE)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        loaded = [url for url in requested if "search_index" in url or "/workers/search." in url or "/lunr/" in url]
        assert not loaded, f"search files loaded before anyone searched: {loaded}"
        assert requested, "the request log works"

        with page.expect_request(lambda request: "search/search_index.json" in request.url):
            page.locator("label.md-header__button[for='__search']").click()  # the phone's search icon
        page.locator("input.md-search__input").press_sequentially("chuyen giao" if lang == "vi" else "handover")
        page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0", timeout=15_000)
        index_requests = [url for url in requested if "search_index.json" in url]
        assert index_requests == [base_url + PREFIX[lang] + "search/search_index.json"]
    finally:
        context.close()


@pytest.mark.parametrize("key", ["/", "s"])
def test_the_keyboard_shortcut_starts_search(page, base_url, key):
    page.goto(base_url + ARTICLE)
    page.wait_for_load_state("networkidle")
    with page.expect_request(lambda request: "search/search_index.json" in request.url):
        page.keyboard.press(key)
    page.keyboard.type("loi 10", delay=30)
    page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0", timeout=15_000)
