"""Every check has a deadline; a worker that overruns it or dies is replaced, and the next
check works without reloading the page. The page never leaves an earlier verdict on screen
under a failure.

The production page has no test hook: the tests shorten the deadline by editing the script
tag's data-check-timeout before the module runs (as a host could), and make the worker hang or
die by serving, for the first worker only, worker.js behind a few lines of test code.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import EXAMPLES, LANGS, READY, checked_count, open_checker, wait_result

pytestmark = pytest.mark.browser

DEADLINE_MS = 2000
SHORT_DEADLINE = """
new MutationObserver((_, observer) => {
  const script = document.querySelector("script[data-checker-runtime]");
  if (script) { script.dataset.checkTimeout = "DEADLINE"; observer.disconnect(); }
}).observe(document, {childList: true, subtree: true});
""".replace("DEADLINE", str(DEADLINE_MS))
RECORD_WORKERS = """
(() => {
  const Original = window.Worker;
  window.__workers = [];
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      if (String(url).includes("/checker/worker.js")) window.__workers.push(this);
    }
  };
})();
"""
# Prepended to worker.js: from the second check on, the check never returns (HANG) or the
# worker throws outside any handler, which ends it with an error event (DIE).
HANG = """let calls = 0;
self.addEventListener("message", (event) => {
  if (event.data && event.data.op === "check" && ++calls >= 2) event.stopImmediatePropagation();
});
"""
DIE = """let calls = 0;
self.addEventListener("message", (event) => {
  if (event.data && event.data.op === "check" && ++calls >= 2) {
    event.stopImmediatePropagation();
    setTimeout(() => { throw new Error("test: the worker dies"); });
  }
});
"""
WORDS = {
    "deadline": {"vi": f"quá {DEADLINE_MS // 1000} giây", "en": f"longer than {DEADLINE_MS // 1000} seconds"},
    "crashed": {"vi": "bị dừng đột ngột", "en": "stopped unexpectedly"},
    "next": {"vi": "không cần tải lại trang", "en": "without reloading the page"},
    "restarted": {"vi": "đã khởi động lại", "en": "has restarted"},
}
ERROR_10 = (EXAMPLES / "errors/2018300.json").read_text(encoding="utf-8")
HEALTHY = (EXAMPLES / "settings/botcake-only.json").read_text(encoding="utf-8")


def press_check(page, text: str) -> None:
    page.fill("#checker-input", text)
    page.click("[data-checker-box=paste] button[type=submit]")


def checked(page, text: str) -> None:
    before = checked_count(page)
    press_check(page, text)
    wait_result(page, "paste", before)


def failed(page, text: str) -> str:
    press_check(page, text)
    page.wait_for_selector("[data-checker-box=paste] [data-checker-result][data-verdict=failed]", timeout=30_000)
    return page.text_content("[data-checker-box=paste] [data-checker-result]")


def serve_first_worker_with(page, prefix: str) -> list[str]:
    served = []

    def handle(route):
        served.append(route.request.url)
        if len(served) > 1:
            return route.continue_()
        response = route.fetch()
        route.fulfill(response=response, body=prefix + response.text())

    page.route(re.compile(r".*/javascripts/checker/worker\.js(\?.*)?$"), handle)
    return served


def assert_failure_then_recovery(page, lang: str, kind: str) -> None:
    checked(page, ERROR_10)  # a first verdict, which must not survive the failure
    assert page.locator("[data-checker-box=paste] .checker-findings").count() == 1
    text = failed(page, HEALTHY)
    assert WORDS[kind][lang] in text and WORDS["next"][lang] in text, text
    assert page.locator("[data-checker-box=paste] .checker-findings").count() == 0
    assert "error_" not in text and "check_" not in text
    # A fresh worker starts by itself; the next check works without a reload.
    page.wait_for_selector(READY, timeout=60_000)
    assert WORDS["restarted"][lang] in page.text_content("[data-checker-status]")
    checked(page, HEALTHY)
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "ok"
    checked(page, ERROR_10)
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "error"


@pytest.mark.parametrize("lang", LANGS)
def test_a_check_past_its_deadline_is_stopped_and_the_next_one_works(watched, base_url, lang):
    page = watched
    page.add_init_script(SHORT_DEADLINE)
    served = serve_first_worker_with(page, HANG)
    open_checker(page, base_url, lang)
    assert_failure_then_recovery(page, lang, "deadline")
    assert len(served) == 2  # one hung worker, one fresh one


@pytest.mark.parametrize("lang", LANGS)
def test_a_worker_that_dies_is_replaced_and_the_next_check_works(watched, base_url, lang):
    page = watched
    page.add_init_script(SHORT_DEADLINE)
    served = serve_first_worker_with(page, DIE)
    open_checker(page, base_url, lang)
    assert_failure_then_recovery(page, lang, "crashed")
    assert len(served) == 2


def test_a_worker_that_stops_answering_is_replaced_from_the_browser_cache(watched, base_url, site_server):
    page = watched
    page.add_init_script(SHORT_DEADLINE)
    page.add_init_script(RECORD_WORKERS)
    site_server.log.clear()
    open_checker(page, base_url, "en")
    checked(page, ERROR_10)
    page.evaluate("window.__workers.at(-1).terminate()")  # gone without a word
    text = failed(page, HEALTHY)
    assert WORDS["deadline"]["en"] in text
    page.wait_for_selector(READY, timeout=60_000)
    checked(page, HEALTHY)
    assert page.get_attribute("[data-checker-box=paste] [data-checker-result]", "data-verdict") == "ok"
    assert page.evaluate("window.__workers.length") == 2
    # The fresh worker's runtime came from the browser's cache, not the network.
    wasm = [p for p in site_server.log.paths if p.endswith(".wasm")]
    assert len(wasm) == 1, wasm


def test_the_guided_form_recovers_too(watched, base_url):
    page = watched
    page.add_init_script(SHORT_DEADLINE)
    page.add_init_script(RECORD_WORKERS)
    open_checker(page, base_url, "vi")
    page.evaluate("window.__workers.at(-1).terminate()")
    page.click("[data-checker-box=form] button[type=submit]")
    page.wait_for_selector("[data-checker-box=form] [data-checker-result][data-verdict=failed]", timeout=30_000)
    assert WORDS["deadline"]["vi"] in page.text_content("[data-checker-box=form] [data-checker-result]")
    page.wait_for_selector(READY, timeout=60_000)
    page.click("[data-checker-box=form] button[type=submit]")
    wait_result(page, "form", 0)
    assert page.get_attribute("[data-checker-box=form] [data-checker-result]", "data-verdict") in ("ok", "warning", "error")
    assert page.input_value("#checker-form-json").strip().startswith("{")

