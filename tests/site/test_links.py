"""Links as support agents use them, in Debian Chromium: the language switch keeps the step and the
checker's fragment, copy-link copies the address the page was opened at, /favicon.ico exists,
and `./dev build` says when SITE_URL is missing."""

from __future__ import annotations

import os
import struct
import subprocess
from urllib.parse import urljoin, urlsplit

import pytest

from tests.support.build import ROOT

DEEP = "troubleshooting/error-10/"


def _switch_to(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang='{lang}']").click()


@pytest.mark.browser
@pytest.mark.parametrize("start, lang, end", [
    (DEEP, "en", "en/" + DEEP),
    ("en/" + DEEP, "vi", DEEP),
])
def test_language_switch_keeps_the_step(page, base_url, start, lang, end):
    page.goto(base_url + start + "#step-find-owner")
    _switch_to(page, lang)
    page.wait_for_url(base_url + end + "#step-find-owner")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("#step-find-owner").count() == 1


@pytest.mark.browser
def test_language_switch_follows_a_fragment_set_after_load(page, base_url):
    page.goto(base_url + DEEP)
    page.locator(".md-sidebar--secondary a[href='#step-default-app']").click()  # the reader moves to another step
    _switch_to(page, "en")
    page.wait_for_url(base_url + "en/" + DEEP + "#step-default-app")


@pytest.mark.browser
def test_language_switch_keeps_the_checkers_input_fragment(page, base_url):
    fragment = "#input=eyJlcnJvciI6eyJjb2RlIjoxMH19"
    page.goto(base_url + "checker/" + fragment)
    page.wait_for_load_state("networkidle")
    current = page.evaluate("location.hash")
    assert current.startswith("#input="), "the checker keeps a share link's fragment"
    _switch_to(page, "en")
    page.wait_for_url(lambda url: urlsplit(url).path.endswith("/en/checker/"))
    assert page.evaluate("location.hash") == current


@pytest.mark.browser
def test_without_javascript_the_switch_still_opens_the_other_language(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + DEEP + "#step-find-owner")
        href = urljoin(page.url, page.locator(".md-select__link[hreflang='en']").get_attribute("href"))
        assert href == base_url + "en/" + DEEP, "the static link opens the same page, at its top"
        page.goto(href)
        assert page.locator("html").get_attribute("lang") == "en"
    finally:
        context.close()


@pytest.mark.browser
def test_copy_link_copies_the_address_the_page_was_opened_at(browser, base_url):
    """The build's SITE_URL is http://127.0.0.1:PORT/; the reader opens the page as localhost."""
    other = base_url.replace("127.0.0.1", "localhost")
    assert other != base_url
    context = browser.new_context()
    try:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=other.rstrip("/"))
        page = context.new_page()
        page.goto(other + DEEP)
        page.locator("button.copy-link[data-copy-link='step-find-owner']").click()
        page.wait_for_function("() => document.querySelector('.copy-link-status')?.textContent")
        assert page.evaluate("navigator.clipboard.readText()") == other + DEEP + "#step-find-owner"
    finally:
        context.close()


def _ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count > 0, "an ICO file"
    sizes = []
    for n in range(count):
        width, _height, _colors, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * n: 22 + 16 * n])
        assert data[offset: offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


@pytest.mark.browser
def test_favicon_ico_is_served(page, base_url):
    response = page.request.get(base_url + "favicon.ico")
    assert response.status == 200
    assert {16, 32} <= set(_ico_sizes(response.body()))


def test_build_warns_when_site_url_is_unset(tmp_path):
    """`./dev build` without SITE_URL says, on stderr, what that means for copied links."""
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    done = subprocess.run(["./dev", "build", "--site-dir", str(tmp_path / "site")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    warning = [line for line in done.stderr.splitlines() if "SITE_URL" in line]
    assert len(warning) == 1 and warning[0].startswith("\033[1;33mwarning: SITE_URL is not set")
    assert "SITE_URL=https://" in warning[0] and "127.0.0.1:8000" in warning[0]
    with_url = subprocess.run(["./dev", "build", "--site-dir", str(tmp_path / "site2")], cwd=ROOT,
                              env=dict(env, SITE_URL="http://example.test/"), capture_output=True, text=True, timeout=600)
    assert with_url.returncode == 0 and "SITE_URL is not set" not in with_url.stderr
