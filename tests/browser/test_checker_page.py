"""The checker page as a reader uses it, in both languages: load, paste, examples, guided form,
share links, safety (text only, CSP, no request carries the input), keyboard, axe."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import (
    LANGS,
    PAGE_EXAMPLES,
    SETTLED,
    checked_count,
    checker_path,
    cli,
    open_checker,
    wait_result,
)
from tests.support.browser import is_local

pytestmark = pytest.mark.browser

MARKER = "PASTED-MARKER-7f3a9c"
XSS = "<img src=x onerror=alert(1)>"
TOKEN = "EAAB" + "x7Yq2" * 10


def paste_and_check(page, text: str, box: str = "paste") -> None:
    before = checked_count(page, box)
    page.fill("#checker-input", text)
    page.click("[data-checker-box=paste] button[type=submit]")
    wait_result(page, box, before)


def result_text(page, box: str = "paste") -> str:
    return page.text_content(f"[data-checker-box={box}] [data-checker-result]")


@pytest.mark.parametrize("lang", LANGS)
def test_loads_and_checks_in_both_languages(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)
    assert page.get_attribute("html", "lang") == lang
    assert page.locator("#checker").count() and page.locator("#form").count() and page.locator("#privacy").count()
    paste_and_check(page, (PAGE_EXAMPLES / "settings/botcake-shows-app.json").read_text(encoding="utf-8"))
    report = cli(PAGE_EXAMPLES / "settings/botcake-shows-app.json", lang)["report"]
    text = result_text(page)
    assert report["findings"][0]["title"] in text
    assert all(step in text for step in report["findings"][0]["fix"])
    link = page.locator(".checker-finding__links a").first.get_attribute("href")
    assert link == base_url + report["findings"][0]["doc"]
    # The guide the link points at exists, in the same language.
    response = page.request.get(link)
    assert response.ok
    # The verdict is announced to screen readers.
    assert page.text_content("[data-checker-box=paste] [data-checker-live]").strip()
    assert page.get_attribute("[data-checker-box=paste] [data-checker-live]", "aria-live") == "polite"


@pytest.mark.parametrize("lang", LANGS)
def test_example_buttons_load_and_check(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)
    buttons = page.locator("[data-example]")
    assert buttons.count() >= 6
    for index in range(buttons.count()):
        name = buttons.nth(index).get_attribute("data-example")
        before = checked_count(page)
        buttons.nth(index).click()
        wait_result(page, "paste", before)
        expected = cli(PAGE_EXAMPLES / name, lang)
        assert expected["ok"], name
        assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == \
            expected["report"]["verdict"], name
        assert page.input_value("#checker-input") == (PAGE_EXAMPLES / name).read_text(encoding="utf-8")


WAITING = {"vi": "ngay khi tải xong", "en": "as soon as it is ready"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_press_before_the_runtime_is_ready_says_so_beside_the_button_then_runs(watched, base_url, lang):
    page = watched
    # Hold the runtime back: the page must take input and answer the press by itself.
    held = []
    page.route(re.compile(r".*/assets/pyodide/.*\.wasm$"), lambda route: held.append(route))
    page.goto(base_url + checker_path(lang))
    assert page.get_attribute("[data-checker]", "data-state") == "loading"
    page.fill("#checker-input", (PAGE_EXAMPLES / "errors/2018300.json").read_text(encoding="utf-8"))
    page.click("[data-checker-box=paste] button[type=submit]")
    beside = page.locator("[data-checker-box=paste] .checker__actions [data-checker-message]")
    assert WAITING[lang] in beside.text_content()
    assert beside.is_visible()
    # The guided form answers a press the same way, beside its own button.
    page.click("[data-checker-box=form] button[type=submit]")
    form_message = page.locator("[data-checker-box=form] [data-checker-actions] [data-checker-message]")
    assert WAITING[lang] in form_message.text_content()
    for route in held:
        route.continue_()
    page.unroute(re.compile(r".*/assets/pyodide/.*\.wasm$"))
    wait_result(page, "paste", 0)
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "error"
    wait_result(page, "form", 0)
    assert beside.text_content() == "" and form_message.text_content() == ""
    # The JavaScript JSON pre-check is gone: the page never judges the text itself.
    page.fill("#checker-input", '{"error": {"code": 10,, }}')
    page.wait_for_timeout(200)
    assert page.text_content("#checker-input-note").strip() == ""


@pytest.mark.parametrize("lang", LANGS)
def test_guided_form_builds_shows_and_checks_the_json(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)
    page.check("#f-messenger-apps-pancake")
    page.check("#f-messenger-botcake_shows-other")
    page.fill("#f-messenger-botcake_shows-other-name", "Pancake")
    page.check("#f-messenger-selected_app-pancake")
    page.check("#f-messenger-default_app-none")
    page.check("#f-messenger-symptom-keywords")
    page.click("[data-checker-box=form] button[type=submit]")
    wait_result(page, "form", 0)
    settings = json.loads(page.input_value("#checker-form-json"))
    assert settings["messenger"] == {
        "connected_apps": ["Botcake", "Pancake"],
        "botcake_shows": "Pancake",
        "handover": {"selected_app": "Pancake"},
        "routing": {"default_app": None},
        "symptoms": ["keywords"],
    }
    assert "instagram" not in settings
    assert page.get_attribute("[data-checker-box=form] [data-checker-result]", "data-verdict") == "error"
    ids = page.eval_on_selector_all("[data-checker-box=form] .checker-findings > li", "els => els.map(e => e.dataset.rule)")
    assert ids, "the form's settings gave no finding"


@pytest.mark.parametrize("lang", LANGS)
def test_share_link_round_trip_redacts_tokens(watched, base_url, lang, browser):
    page = open_checker(watched, base_url, lang)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    text = json.dumps({"access_token": TOKEN, "error": {"code": 10, "error_subcode": 2018300,
                                                        "message": MARKER}}, indent=2)
    paste_and_check(page, text)
    page.click("[data-checker-share]")
    page.wait_for_selector("[data-checker-share-box]:not([hidden])")
    link = page.input_value("#checker-share-url")
    assert link.startswith(base_url + checker_path(lang) + "#input=")
    assert TOKEN not in link and MARKER not in link
    other = page.context.new_page()
    other.goto(link)
    other.wait_for_selector(SETTLED, timeout=90_000)
    wait_result(other, "paste", 0)
    shared = other.input_value("#checker-input")
    assert TOKEN not in shared and MARKER in shared and "redacted" in shared
    assert other.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "error"
    # The input travels in the fragment only: no request carried it.
    for url, body in page.requests:
        assert MARKER not in url and MARKER.encode() not in body and "input=" not in urlsplit(url).query


@pytest.mark.parametrize("lang", LANGS)
def test_results_are_text_never_markup(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)
    settings = {"messenger": {"connected_apps": ["Botcake", XSS], "botcake_shows": XSS,
                              "handover": {"selected_app": XSS}}}
    paste_and_check(page, json.dumps(settings))
    panel = page.locator("[data-checker-box=paste] [data-checker-result]")
    assert XSS in panel.text_content()
    assert panel.locator("img").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_navigating_away_and_back(watched, base_url):
    page = open_checker(watched, base_url, "vi")
    paste_and_check(page, (PAGE_EXAMPLES / "errors/2018300.json").read_text(encoding="utf-8"))
    page.goto(base_url)
    page.go_back()
    page.wait_for_selector(SETTLED, timeout=90_000)
    assert page.get_attribute("[data-checker]", "data-state") == "ready"
    paste_and_check(page, (PAGE_EXAMPLES / "settings/botcake-only.json").read_text(encoding="utf-8"))
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "ok"
    page.go_forward()
    page.go_back()
    page.wait_for_selector(SETTLED, timeout=90_000)
    paste_and_check(page, (PAGE_EXAMPLES / "errors/190-463.json").read_text(encoding="utf-8"))
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "error"


@pytest.mark.parametrize("lang", LANGS)
def test_no_request_leaves_the_site_or_carries_the_input(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)
    text = json.dumps({"page": {"name": MARKER}, "messenger": {"connected_apps": ["Botcake"]}})
    paste_and_check(page, text)
    page.fill("#f-page-name", MARKER)
    page.click("[data-checker-box=form] button[type=submit]")
    wait_result(page, "form", 0)
    page.click("[data-checker-share]")
    page.wait_for_selector("[data-checker-share-box]:not([hidden])")
    assert page.requests
    for url, body in page.requests:
        assert is_local(url, base_url), url
        assert MARKER not in url and MARKER.encode() not in body, url


@pytest.mark.parametrize("lang", LANGS)
def test_content_security_policy_holds_without_violations(watched, base_url, lang):
    page = watched
    page.add_init_script("""window.__violations = [];
        document.addEventListener("securitypolicyviolation",
            (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));""")
    open_checker(page, base_url, lang)
    policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "'wasm-unsafe-eval'" in policy and "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert "'unsafe-eval'" not in policy.replace("'wasm-unsafe-eval'", "")
    paste_and_check(page, (PAGE_EXAMPLES / "errors/2018300.json").read_text(encoding="utf-8"))
    assert page.evaluate("window.__violations") == []
    assert not [m for m in page.console if "Content Security Policy" in m or "Refused to" in m], page.console
    assert not [m for m in page.console if m.startswith(("error", "pageerror"))], page.console


@pytest.mark.parametrize("path", ["", "en/", "handover/", "en/troubleshooting/error-10/"])
def test_no_pyodide_on_other_pages(watched, base_url, path):
    page = watched
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("script[data-checker-runtime]").count() == 0
    loaded = [url for url, _ in page.requests if "/assets/pyodide/" in url or "/assets/checker/" in url
              or "/javascripts/checker/" in url]
    assert loaded == []


@pytest.mark.parametrize("lang", LANGS)
def test_axe_finds_nothing_before_and_after_a_verdict(watched, base_url, lang):
    from axe_playwright_python.sync_playwright import Axe

    page = open_checker(watched, base_url, lang)
    axe = Axe()
    before = axe.run(page)
    assert before.violations_count == 0, before.generate_report()
    paste_and_check(page, (PAGE_EXAMPLES / "settings/botcake-shows-app.json").read_text(encoding="utf-8"))
    page.click("[data-checker-share]")
    page.fill("#f-page-name", "Shop")
    page.click("[data-checker-box=form] button[type=submit]")
    wait_result(page, "form", 0)
    page.mouse.move(0, 0)
    after = axe.run(page)
    assert after.violations_count == 0, after.generate_report()


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_only(watched, base_url, lang):
    page = open_checker(watched, base_url, lang)

    def tab_to(selector: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("#checker-input")
    page.keyboard.insert_text((PAGE_EXAMPLES / "errors/2018300.json").read_text(encoding="utf-8"))
    tab_to("[data-checker-box=paste] button[type=submit]", 3)
    page.keyboard.press("Enter")
    wait_result(page, "paste", 0)
    # Ctrl+Enter from the text box checks as well; an example button works with the Space key.
    page.focus("#checker-input")
    page.keyboard.press("Control+Enter")
    wait_result(page, "paste", 1)
    page.focus("#checker-input")  # a check moves focus to its verdict, after the examples
    tab_to("[data-example]")
    page.keyboard.press("Space")
    wait_result(page, "paste", 2)
    # The guided form: tick a box and submit, keys only.
    tab_to("#f-messenger-apps-pancake")
    page.keyboard.press("Space")
    tab_to("[data-checker-box=form] button[type=submit]", 200)
    page.keyboard.press("Enter")
    wait_result(page, "form", 0)
    assert "Pancake" in page.input_value("#checker-form-json")


def test_stalled_runtime_turns_into_an_error(watched, base_url):
    page = watched
    page.route(re.compile(r".*/assets/pyodide/.*\.wasm$"), lambda route: None)  # never answered

    def shorten(route):
        response = route.fetch()
        body = response.text()
        assert 'data-idle-timeout="30000"' in body
        route.fulfill(response=response, body=body.replace('data-idle-timeout="30000"', 'data-idle-timeout="1500"'))

    page.route(base_url + "en/checker/", shorten)
    page.goto(base_url + "en/checker/")
    page.wait_for_selector("[data-checker][data-state=error]", timeout=20_000)
    assert "Nothing of the checker has arrived for 2 seconds" in page.text_content("[data-checker-status]")
    # A press now says why nothing happens, beside the button, in words.
    page.fill("#checker-input", "{}")
    page.click("[data-checker-box=paste] button[type=submit]")
    message = page.text_content("[data-checker-box=paste] .checker__actions [data-checker-message]")
    assert "reload the page" in message and "error_" not in message


def test_missing_webassembly_is_explained(watched, base_url):
    page = watched
    page.add_init_script("delete globalThis.WebAssembly")
    page.goto(base_url + "checker/")
    page.wait_for_selector("[data-checker][data-state=error]", timeout=20_000)
    assert "WebAssembly" in page.text_content("[data-checker-status]")


def test_file_url_is_explained(browser, site):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto((site / "en" / "checker" / "index.html").as_uri())
        page.wait_for_selector("[data-checker][data-state=error]", timeout=20_000)
        assert "file://" in page.text_content("[data-checker-status]")
    finally:
        context.close()
