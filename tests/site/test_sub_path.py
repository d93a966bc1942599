"""SITE_URL with a sub-path: the same site works when published under /docs/."""

from __future__ import annotations

import pytest

from tests.support.browser import is_local
from tests.support.build import build_site
from tests.support.static_server import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("sub-path-site")
    server = serve(site_dir, prefix="/docs/")
    result = build_site(site_dir, server.url)
    assert result.returncode == 0, result.log[-3000:]
    yield server
    server.stop()


def test_site_works_under_a_sub_path(browser, sub_path_site):
    base = sub_path_site.url
    assert base.endswith("/docs/")
    context = browser.new_context()
    failed, foreign = [], []
    context.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    context.on("request", lambda r: None if is_local(r.url, base) else foreign.append(r.url))
    page = context.new_page()
    try:
        page.goto(base + "troubleshooting/error-10/")
        assert page.locator("html").get_attribute("lang") == "vi"
        canonical = page.locator("link[rel=canonical]").get_attribute("href")
        assert canonical == base + "troubleshooting/error-10/"
        page.locator(".md-header__option .md-select").hover()
        page.locator(".md-select__link[hreflang='en']").click()
        page.wait_for_url(base + "en/troubleshooting/error-10/")
        page.wait_for_load_state("networkidle")
        assert not failed, failed
        assert not foreign, foreign
        assert all(path.startswith("/docs/") for path in sub_path_site.log.paths)
    finally:
        context.close()
