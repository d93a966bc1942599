"""Session fixtures: one strict build of the site, one local server, one Chromium."""

from __future__ import annotations

import pytest

from tests.support.browser import is_local, launch
from tests.support.build import BuildResult, build_site
from tests.support.static_server import RunningServer, serve


@pytest.fixture(scope="session")
def site_server(tmp_path_factory) -> RunningServer:
    site_dir = tmp_path_factory.mktemp("site")
    server = serve(site_dir)
    server.site_dir = site_dir
    yield server
    server.stop()


@pytest.fixture(scope="session")
def site_build(site_server) -> BuildResult:
    """The site built once with `mkdocs build --strict`, served by `site_server`."""
    result = build_site(site_server.site_dir, site_server.url)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.log[-4000:]}")
    return result


@pytest.fixture(scope="session")
def site(site_build):
    return site_build.site_dir


@pytest.fixture(scope="session")
def base_url(site_server, site_build) -> str:
    return site_server.url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh browser page; the test fails if anything is requested from another host."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    foreign: list[str] = []
    context.on("request", lambda request: None if is_local(request.url, base_url) else foreign.append(request.url))
    page = context.new_page()
    page.foreign_requests = foreign
    yield page
    context.close()
    assert not foreign, f"requests left the local server: {foreign}"
