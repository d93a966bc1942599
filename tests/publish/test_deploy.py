"""deploy/nginx.conf with the real nginx: MIME types, precompressed bodies, cache lifetimes,
the Content-Security-Policy (no violation on any page in Chromium) and the 404 per language."""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request

import pytest

from tests.publish import nginx
from tests.publish.pages import content_pages
from tests.support.html import html_pages

CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
IMMUTABLE = "public, max-age=31536000, immutable"


@pytest.fixture(scope="module")
def server(site, tmp_path_factory):
    running = nginx.start(site, tmp_path_factory.mktemp("nginx"))
    yield running
    running.stop()


def fetch(url: str, encoding: str | None = None):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def asset(site, pattern: str) -> str:
    found = sorted(site.glob(pattern))
    assert found, pattern
    return found[0].relative_to(site).as_posix()


def test_modules_and_webassembly_have_their_mime_types(server, site):
    status, headers, _ = fetch(server.url + asset(site, "assets/pyodide/*/pyodide.mjs"))
    assert status == 200 and headers["Content-Type"].split(";")[0] == "text/javascript"
    status, headers, _ = fetch(server.url + asset(site, "assets/pyodide/*/pyodide.asm.wasm"))
    assert status == 200 and headers["Content-Type"] == "application/wasm"


@pytest.mark.parametrize("encoding, expected", [("br", "br"), ("gzip", "gzip"), ("br, gzip", "br"), (None, None)])
def test_precompressed_bodies_are_served_when_accepted(server, site, encoding, expected):
    import brotli

    for path in ("troubleshooting/error-10/", asset(site, "assets/pyodide/*/pyodide.asm.wasm")):
        status, headers, body = fetch(server.url + path, encoding)
        assert status == 200
        assert headers.get("Content-Encoding") == expected, (path, encoding)
        assert "Accept-Encoding" in (headers.get("Vary") or "")
        original = (site / path / "index.html" if path.endswith("/") else site / path).read_bytes()
        plain = brotli.decompress(body) if expected == "br" else gzip.decompress(body) if expected == "gzip" else body
        assert plain == original


@pytest.mark.parametrize("pattern, cache", [
    ("assets/pyodide/*/pyodide.asm.wasm", IMMUTABLE),
    ("assets/pyodide/*/python_stdlib-*.zip", IMMUTABLE),
    ("assets/checker/*/*.whl", IMMUTABLE),
    ("assets/javascripts/bundle.*.min.js", IMMUTABLE),
    ("assets/stylesheets/main.*.min.css", IMMUTABLE),
    ("index.html", "no-cache"),
    ("en/troubleshooting/error-10/index.html", "no-cache"),
    ("assets/javascripts/copy-link.js", "no-cache"),
    ("search/search_index.json", "no-cache"),
])
def test_cache_lifetimes(server, site, pattern, cache):
    path = asset(site, pattern)
    status, headers, _ = fetch(server.url + path.removesuffix("index.html"))
    assert status == 200 and headers["Cache-Control"] == cache, path


@pytest.mark.parametrize("path", ["", "en/troubleshooting/error-10/", "no-such-page/", "assets/images/social-vi.png"])
def test_security_headers_on_every_response(server, path):
    _, headers, _ = fetch(server.url + path)
    assert headers["Content-Security-Policy"] == CSP
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path, lang, heading", [
    ("khong-co-trang-nay/", "vi", "404 - Không tìm thấy trang"),
    ("troubleshooting/khong-co/", "vi", "404 - Không tìm thấy trang"),
    ("en/no-such-page/", "en", "404 - Page not found"),
    ("en/troubleshooting/nothing/", "en", "404 - Page not found"),
])
def test_each_language_gets_its_own_404(server, path, lang, heading):
    status, headers, body = fetch(server.url + path)
    html = body.decode()
    assert status == 404 and f'<html lang="{lang}"' in html and heading in html
    assert headers["Cache-Control"] == "no-cache"


def test_a_short_link_without_slash_is_redirected_relatively(server):
    request = urllib.request.Request(server.url + "loi-10", method="HEAD")
    opener = urllib.request.build_opener(type("NoRedirect", (urllib.request.HTTPRedirectHandler,), {
        "redirect_request": lambda *args, **kwargs: None}))
    with pytest.raises(urllib.error.HTTPError) as raised:
        opener.open(request, timeout=10)
    assert raised.value.code == 301 and raised.value.headers["Location"] == "/loi-10/"


def test_no_page_has_an_inline_script(site):
    """The CSP allows no inline script: Material's are moved to a file by external_scripts.py."""
    inline = []
    for path in html_pages(site):
        for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", path.read_text(encoding="utf-8"), re.S):
            if "src=" not in attrs and "application/json" not in attrs and body.strip():
                inline.append(f"{path.relative_to(site)}: {body[:60]}")
    assert not inline, inline[:10]


@pytest.mark.browser
def test_no_page_breaks_the_content_security_policy(browser, server, site):
    """Every page and both 404s in Chromium under the nginx headers: no CSP violation, no
    console error, every request answered, search and Material's scripts running."""
    context = browser.new_context()
    problems: list[str] = []
    context.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400
               and "/no-such" not in r.url and "/khong-co" not in r.url else None)
    page = context.new_page()
    page.on("console", lambda m: problems.append(f"{page.url}: console {m.type}: {m.text}")
            if m.type == "error" and not ("/no-such-page/" in page.url and "status of 404" in m.text) else None)
    page.on("pageerror", lambda e: problems.append(f"{page.url}: {e}"))
    page.add_init_script("""document.addEventListener('securitypolicyviolation', e =>
        console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));""")
    try:
        for url in [*content_pages(site), "no-such-page/", "en/no-such-page/"]:
            page.goto(server.url + url)
            page.wait_for_load_state("networkidle")
            # Material's bundle ran (it mounts the search box) and so did our init file.
            assert page.evaluate("typeof __md_get === 'function' && !!document.querySelector('.md-search__form')"), url
        page.goto(server.url + "checker/")
        page.wait_for_selector("[data-checker][data-state=ready], [data-checker][data-state=error]", timeout=90_000)
        assert page.get_attribute("[data-checker]", "data-state") == "ready", "Pyodide starts under the CSP"
    finally:
        context.close()
    assert not problems, "\n".join(problems[:30])
