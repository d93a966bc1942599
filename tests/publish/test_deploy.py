"""deploy/nginx.conf with the real nginx: MIME types, precompressed bodies, cache lifetimes, the
security headers on every kind of response, the Content-Security-Policy (no violation on any page
in Chromium), the 404 per language; the static hosts' `_headers` against what nginx sends; the
deploy files against their one source (overrides/hooks/csp.py, http_headers.py)."""

from __future__ import annotations

import gzip
import importlib.util
import re
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import PAGE_EXAMPLES, checked_count, wait_result
from tests.publish import nginx, static_hosts
from tests.publish.hooks import load_hook
from tests.publish.pages import content_pages
from tests.support.build import ROOT
from tests.support.html import html_pages

http_headers = load_hook("http_headers")
csp = sys.modules["csp"]  # the policy module the hooks import

# Pinned here in full, not read from csp.py: a change to the policy must show in this test too.
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; "
       "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
IMMUTABLE = "public, max-age=31536000, immutable"
# Headers the server makes per response; every other header nginx sends comes from our rules.
SERVER_MADE = {"server", "date", "content-type", "content-length", "last-modified", "etag", "connection",
               "accept-ranges", "content-encoding", "vary", "transfer-encoding", "location"}


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


# A page, the checker page, both 404s, the .mjs, the .wasm (plain and precompressed), the worker
# script, an image, a font, a hashed stylesheet: `*` patterns are resolved in the built site.
RESPONSE_KINDS = [
    ("", None), ("en/troubleshooting/error-10/", "br"), ("checker/", "gzip"),
    ("no-such-page/", None), ("en/no-such-page/", "br"),
    ("assets/pyodide/*/pyodide.mjs", "br"), ("assets/pyodide/*/pyodide.asm.wasm", None),
    ("assets/pyodide/*/pyodide.asm.wasm", "br"), ("assets/pyodide/*/pyodide.asm.wasm", "gzip"),
    ("assets/javascripts/checker/worker.js", None), ("assets/images/social-vi.png", None),
    ("assets/fonts/*.woff2", None), ("assets/stylesheets/main.*.min.css", "br"),
]


@pytest.mark.parametrize("pattern, encoding", RESPONSE_KINDS)
def test_security_headers_on_every_kind_of_response(server, site, pattern, encoding):
    path = asset(site, pattern) if "*" in pattern else pattern
    status, headers, _ = fetch(server.url + path, encoding)
    assert status in (200, 404), path
    if encoding and status == 200 and not path.endswith((".png", ".woff2")):
        assert headers["Content-Encoding"] == encoding.split(",")[0], path  # the precompressed file was served
    for name, value in http_headers.SECURITY_HEADERS.items():
        assert headers.get_all(name) == [value], (path, name)  # present once, exactly the rule's value
    assert headers["Content-Security-Policy"] == CSP
    policy = headers["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics", "clipboard-read"):
        assert f"{feature}=()" in policy.split(", "), feature
    assert "clipboard-write=(self)" in policy.split(", "), "the copy-link buttons need the clipboard"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Server"] == "nginx", "server_tokens off: no version"
    assert "Strict-Transport-Security" not in headers, "HSTS only where TLS is terminated"
    assert headers.get_all("Cache-Control") == [http_headers.cache_control("/" + path)]


def test_error_pages_do_not_show_the_nginx_version(server):
    request = urllib.request.Request(server.url + "assets/", method="GET")  # a folder: nginx's own 403 page
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        body = error.read().decode()
        assert error.code == 403 and "nginx/" not in body and error.headers["Server"] == "nginx"
    else:
        pytest.fail("a folder without index.html must not be listed")


def test_checker_meta_policy_is_the_header_policy_without_header_only_directives(server, site):
    _, headers, _ = fetch(server.url + "checker/")
    header = csp.parse(headers["Content-Security-Policy"])
    assert header["frame-ancestors"] == ("'none'",)
    for page in ("checker/index.html", "en/checker/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
        assert len(metas) == 1, page
        meta = csp.parse(metas[0])
        assert "frame-ancestors" not in meta, "ignored in a meta tag: only the header carries it"
        assert meta == {name: sources for name, sources in header.items() if name not in csp.HEADER_ONLY}, page


def test_deploy_files_are_written_from_the_header_source():
    """deploy/nginx.conf's generated lines and deploy/csp.txt match csp.py and http_headers.py."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "write_deploy_headers.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (ROOT / "deploy" / "csp.txt").read_text(encoding="utf-8")
    assert f"Content-Security-Policy: {CSP}\n" in text and "sha256" not in text


def test_the_writer_rewrites_stale_files_and_exits_1(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("write_deploy_headers", ROOT / "scripts" / "write_deploy_headers.py")
    writer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(writer)
    stale_conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8").replace("nosniff", "sniff-away")
    monkeypatch.setattr(writer, "NGINX", tmp_path / "nginx.conf")
    monkeypatch.setattr(writer, "CSP_TXT", tmp_path / "csp.txt")
    monkeypatch.setattr(writer, "ROOT", tmp_path)
    writer.NGINX.write_text(stale_conf, encoding="utf-8")
    writer.CSP_TXT.write_text("Content-Security-Policy: frame-ancestors 'self'\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["write_deploy_headers.py", "--check"])
    assert writer.main() == 1 and "sniff-away" in writer.NGINX.read_text(encoding="utf-8")  # --check writes nothing
    monkeypatch.setattr(sys, "argv", ["write_deploy_headers.py"])
    assert writer.main() == 1
    assert writer.NGINX.read_text(encoding="utf-8") == (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    assert writer.CSP_TXT.read_text(encoding="utf-8") == (ROOT / "deploy" / "csp.txt").read_text(encoding="utf-8")
    assert writer.main() == 0


# --- the static hosts' _headers ----------------------------------------------------------


def test_headers_file_is_shipped_at_the_site_root_only(site):
    assert (site / "_headers").is_file()
    assert not list(site.glob("*/**/_headers")), "one file, at the root (Netlify and Cloudflare read only that one)"
    text = (site / "_headers").read_text(encoding="utf-8")
    rules = static_hosts.parse(text)
    assert len(rules) <= static_hosts.CLOUDFLARE_MAX_RULES
    assert max(len(line) for line in text.splitlines()) <= static_hosts.CLOUDFLARE_MAX_LINE
    assert rules[0].path == "/*", "the site-wide rule first: later rules override it"


def sample_paths(site) -> list[str]:
    """One path for every cache rule (a real file it matches) and for the default: pages, 404s,
    our own scripts and styles, the search index, Material's unhashed lunr files."""
    paths = ["/", "/en/", "/checker/", "/en/troubleshooting/error-10/", "/no-such-page/", "/en/no-such-page/",
             "/assets/javascripts/copy-link.js", "/assets/javascripts/checker/worker.js",
             "/assets/stylesheets/site.css", "/search/search_index.json", "/sitemap.xml", "/404.html"]
    paths += ["/" + asset(site, pattern) for pattern in (
        "assets/javascripts/lunr/min/*.js", "assets/pyodide/*/pyodide.mjs", "assets/pyodide/*/pyodide.asm.wasm")]
    for rule in http_headers.CACHE_RULES:
        matches = sorted(p for p in site.rglob("*") if p.is_file()
                         and re.search(http_headers.nginx_regex(rule.pattern)[1:], "/" + p.relative_to(site).as_posix()))
        assert matches, f"{rule.pattern} matches no file of the site"
        paths += ["/" + matches[0].relative_to(site).as_posix(), "/" + matches[-1].relative_to(site).as_posix()]
    return list(dict.fromkeys(paths))


@pytest.mark.parametrize("host", ["cloudflare", "netlify"])
def test_static_host_headers_match_what_nginx_sends(server, site, host):
    """`_headers` read as each host reads it gives, for every sample path, the headers nginx sends
    (except those the server makes itself: type, length, dates, compression)."""
    rules = static_hosts.parse((site / "_headers").read_text(encoding="utf-8"))
    resolve = static_hosts.cloudflare_headers if host == "cloudflare" else static_hosts.netlify_headers
    differences = []
    for path in sample_paths(site):
        _, headers, _ = fetch(server.url + path.lstrip("/"))
        from_nginx = {name.lower(): value for name, value in headers.items() if name.lower() not in SERVER_MADE}
        from_file = resolve(rules, path)
        if from_file != from_nginx:
            differences.append(f"{path}:\n  nginx   {from_nginx}\n  {host:<7} {from_file}")
    assert not differences, "\n".join(differences)


def test_no_file_matches_two_cache_rules(site):
    """nginx's map takes the first matching rule, the static hosts the last: with no overlap, both agree."""
    overlapping = []
    for path in (p for p in site.rglob("*") if p.is_file()):
        uri = "/" + path.relative_to(site).as_posix()
        matching = [rule.pattern for rule in http_headers.CACHE_RULES
                    if re.search(http_headers.nginx_regex(rule.pattern)[1:], uri)]
        if len(matching) > 1:
            overlapping.append(f"{uri}: {matching}")
    assert not overlapping, overlapping[:10]


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
        # A check runs under these headers too (the worker obeys the CSP of its own response), and
        # Chromium read the Permissions-Policy: the camera denied, the clipboard allowed to the site.
        before = checked_count(page)
        page.fill("#checker-input", (PAGE_EXAMPLES / "errors/2018300.json").read_text(encoding="utf-8"))
        page.click("[data-checker-box=paste] button[type=submit]")
        wait_result(page, "paste", before)
        assert page.text_content("[data-checker-box=paste] [data-checker-result]").strip()
        assert page.evaluate("document.featurePolicy.allowsFeature('camera')") is False
        known = set(page.evaluate("document.featurePolicy.features()"))
        named = {part.split("=")[0] for part in http_headers.permissions_policy().split(", ")}
        assert named <= known, f"features Chromium does not know: {sorted(named - known)}"
        assert page.evaluate("document.featurePolicy.allowsFeature('clipboard-write')") is True
    finally:
        context.close()
    assert not problems, "\n".join(problems[:30])
