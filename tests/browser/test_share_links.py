"""Share links as a hostile or unlucky reader gets them: a small link that inflates past the
input limit, damaged, cut or unknown-version fragments, links made before the format had a
version, a link too long for chat apps, and the address the page was opened at."""

from __future__ import annotations

import base64
import json
import os
import zlib

import pytest

from tests.browser.conftest import LANGS, SETTLED, checked_count, checker_path, open_checker, wait_result

pytestmark = pytest.mark.browser

LIMIT = 2 * 1024 * 1024  # checker/inputs.py MAX_BYTES, also read by the page from its script tag
MESSAGES = {
    "too_large": {"vi": "lớn hơn 2 MB", "en": "larger than 2 MB"},
    "malformed": {"vi": "bị hỏng", "en": "is damaged"},
    "truncated": {"vi": "không đầy đủ", "en": "is incomplete"},
    "version": {"vi": "không đọc được", "en": "cannot read"},
    "long": {"vi": "ký tự", "en": "characters long"},
}
SETTINGS = {"messenger": {"connected_apps": ["Botcake", "Pancake"], "botcake_shows": "Pancake"}}


def deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def fragment(data: bytes, version: str = "v1.") -> str:
    return "#input=" + version + b64url(deflate(data))


def bomb(size: int) -> bytes:
    """Raw deflate of `size` bytes of spaces, made piece by piece (never all in memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 20)
    out = [packer.compress(b'{"a": "')]
    for _ in range(size // len(chunk)):
        out.append(packer.compress(chunk))
    out.append(packer.flush())
    return b"".join(out)


def note(page) -> str:
    return page.text_content("#checker-input-note").strip()


def open_fragment(page, base_url: str, lang: str, hash_: str):
    page.goto(base_url + checker_path(lang) + hash_)
    page.wait_for_selector(SETTLED, timeout=90_000)
    return page


@pytest.mark.parametrize("lang", LANGS)
def test_a_share_link_bomb_is_capped_with_a_message_and_the_tab_stays_responsive(watched, base_url, lang):
    data = bomb(300 * 1024 * 1024)  # 300 MB inflated, about 300 KB in the link
    assert len(data) < 400_000
    page = open_fragment(watched, base_url, lang, "#input=v1." + b64url(data))
    page.wait_for_function("() => document.querySelector('#checker-input-note').textContent.trim()", timeout=30_000)
    assert MESSAGES["too_large"][lang] in note(page), note(page)
    assert page.input_value("#checker-input") == ""
    # The tab answers at once and never held the 300 MB.
    assert page.evaluate("() => 1 + 1") == 2
    assert page.evaluate("() => performance.memory.usedJSHeapSize") < 64 * 1024 * 1024
    # …and the checker still works.
    page.fill("#checker-input", json.dumps(SETTINGS))
    page.click("[data-checker-box=paste] button[type=submit]")
    wait_result(page, "paste", 0)


def test_a_link_just_under_the_limit_still_opens(watched, base_url):
    text = json.dumps({**SETTINGS, "page": {"name": "x" * (LIMIT - 200)}})
    assert len(text.encode()) <= LIMIT
    page = open_fragment(watched, base_url, "en", fragment(text.encode()))
    page.wait_for_function("() => document.querySelector('#checker-input').value.length > 0", timeout=30_000)
    assert page.input_value("#checker-input") == text
    assert note(page) == ""


@pytest.mark.parametrize("lang", LANGS)
def test_damaged_cut_and_unknown_fragments_say_why_next_to_the_paste_box(watched, base_url, lang):
    good = deflate(json.dumps(SETTINGS).encode() * 20)
    cases = [
        ("malformed", "#input=v1.***not-base64***"),
        ("malformed", "#input=v1."),
        ("malformed", "#input=v1." + b64url(b"\xff\xfe not deflate at all " * 10)),
        ("truncated", "#input=v1." + b64url(good[: len(good) // 2])),
        ("version", "#input=v2." + b64url(good)),
        ("malformed", "#input=v1." + b64url(deflate(b"\xff\xfe\xfd invalid utf-8"))),
    ]
    page = open_checker(watched, base_url, lang)
    for kind, hash_ in cases:
        page.evaluate("(h) => { location.hash = h; }", hash_)
        page.wait_for_function("() => document.querySelector('#checker-input-note').textContent.trim()", timeout=10_000)
        assert MESSAGES[kind][lang] in note(page), (kind, hash_[:40], note(page))
        assert page.input_value("#checker-input") == ""
        assert page.locator("#checker-input-note").is_visible()
        # Next to the paste box: the note sits right under the text box.
        box = page.locator("#checker-input").bounding_box()
        near = page.locator("#checker-input-note").bounding_box()
        assert 0 <= near["y"] - (box["y"] + box["height"]) < 40
        page.evaluate("() => { document.querySelector('#checker-input-note').textContent = ''; location.hash = ''; }")


@pytest.mark.parametrize("version", ["v1.", ""])
def test_versioned_and_older_links_both_open_and_check(watched, base_url, version):
    # Links made before the version prefix (#input=<base64url>) keep working.
    text = json.dumps(SETTINGS, indent=2)
    page = open_fragment(watched, base_url, "en", fragment(text.encode(), version))
    wait_result(page, "paste", 0)
    assert page.input_value("#checker-input") == text
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "error"


@pytest.mark.parametrize("lang", LANGS)
def test_a_long_link_gets_a_warning_and_a_shorter_way(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    share_box = "[data-checker-share-box]"
    # A short link: no warning.
    page.fill("#checker-input", json.dumps(SETTINGS))
    page.click("[data-checker-share]")
    page.wait_for_selector(f"{share_box}:not([hidden])")
    assert page.input_value("#checker-share-url").startswith(base_url + checker_path(lang) + "#input=v1.")
    assert page.locator("[data-checker-share-warning]").is_hidden()
    # A long one (text that does not compress): warned, with its length and the figure.
    noise = os.urandom(3000).hex()
    long_text = json.dumps({**SETTINGS, "page": {"name": noise}})
    page.fill("#checker-input", long_text)
    page.click("[data-checker-share]")
    page.wait_for_function("() => !document.querySelector('[data-checker-share-warning]').hidden")
    link = page.input_value("#checker-share-url")
    assert len(link) > 2000
    warning = page.text_content("[data-checker-share-warning]")
    assert MESSAGES["long"][lang] in warning and "Messenger" in warning and "Zalo" in warning
    assert f"{len(link):,}".replace(",", "." if lang == "vi" else ",") in warning, warning
    # The shorter way: the masked text itself, copied.
    page.click("[data-checker-copy-text]")
    page.wait_for_function("() => document.querySelector('[data-checker-share-warning] [data-checker-copied]').textContent")
    assert page.evaluate("navigator.clipboard.readText()") == long_text
    # Where the figure comes from is said on the page.
    privacy = page.text_content("#privacy + ul")
    assert ("2.000" if lang == "vi" else "2,000") in privacy and "Zalo" in privacy


def test_the_share_link_uses_the_address_the_page_was_opened_at(browser, base_url):
    # The same server under another name: the link must carry that name, not the build's SITE_URL.
    other = base_url.replace("127.0.0.1", "localhost")
    context = browser.new_context()
    try:
        page = context.new_page()
        open_checker(page, other, "en")
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page.fill("#checker-input", json.dumps(SETTINGS))
        before = checked_count(page)
        page.click("[data-checker-box=paste] button[type=submit]")
        wait_result(page, "paste", before)
        page.click("[data-checker-share]")
        page.wait_for_selector("[data-checker-share-box]:not([hidden])")
        assert page.input_value("#checker-share-url").startswith(other + "en/checker/#input=v1.")
        links = page.eval_on_selector_all(".checker-finding__links a", "els => els.map(e => e.href)")
        assert links and all(link.startswith(other) for link in links), links
    finally:
        context.close()
