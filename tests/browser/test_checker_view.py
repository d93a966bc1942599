"""The page as a phone and a laptop show it: the runtime's download counted in MB while it
arrives, the verdict brought into view and focused after a check, and the report view of
`checker.browser.run` laid out field by field: what the page shows equals the view Python
returns for the same text (title first, rule id small, every fix step, links with their text),
and "copy a summary for support" copies the view's support summary.
"""

from __future__ import annotations

import json
import re

import pytest

from checker.browser import run
from tests.browser.conftest import LANGS, READY, checked_count, checker_path, open_checker, wait_result
from tests.checker.examples import example

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
LAPTOP = {"width": 1280, "height": 800}
ERROR_10 = example("errors/2018300.json").read_text(encoding="utf-8")
STATUSES = """
window.__statuses = [];
new MutationObserver(() => {
  const status = document.querySelector("[data-checker-status]");
  const text = status && status.textContent;
  if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
}).observe(document, {subtree: true, childList: true, characterData: true});
"""
DOWNLOAD = {"vi": r"Đang tải bộ kiểm tra: \d+,\d / \d+,\d MB \(\d+%\)",
            "en": r"Downloading the checker: \d+\.\d of \d+\.\d MB \(\d+%\)"}


@pytest.mark.parametrize("lang", LANGS)
def test_loading_shows_the_downloaded_amount_from_the_first_message(browser, base_url, lang):
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.add_init_script(STATUSES)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        # 16 Mbps: slow enough to see several counts, fast enough for a test.
        cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 40,
                                                       "downloadThroughput": 2_000_000, "uploadThroughput": 500_000})
        page.goto(base_url + checker_path(lang))
        page.wait_for_selector(READY, timeout=120_000)
        statuses = page.evaluate("window.__statuses")
        counts = [s for s in statuses if re.fullmatch(DOWNLOAD[lang] + "…", s)]
        assert len(counts) >= 2, statuses
        # The first word the reader sees after the page's own is a count, never a lost step.
        assert re.fullmatch(DOWNLOAD[lang] + "…", statuses[1] if statuses[0] != counts[0] else statuses[0]), statuses
        numbers = [int(re.search(r"\((\d+)%\)", s).group(1)) for s in counts]
        assert numbers == sorted(numbers) and numbers[0] < 100
        assert statuses[-1] in ("Bộ kiểm tra đã sẵn sàng.", "The checker is ready.")
        total = page.evaluate("document.querySelector('[data-checker-progress]').max")
        assert 2_000_000 < total < 15_000_000  # bytes on the wire, brotli here
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_verdict_is_brought_into_view_and_focused(browser, base_url, lang, viewport):
    context = browser.new_context(viewport=viewport)
    try:
        page = open_checker(context.new_page(), base_url, lang)
        page.fill("#checker-input", ERROR_10)
        page.click("[data-checker-box=paste] button[type=submit]")
        wait_result(page, "paste", 0)
        page.wait_for_timeout(100)
        verdict = "[data-checker-box=paste] .checker-verdict"
        assert page.evaluate(f"document.activeElement === document.querySelector('{verdict}')")
        top = page.locator(verdict).bounding_box()["y"]
        assert 0 <= top < viewport["height"] / 2, top
        # The live region announces the same summary.
        assert page.text_content("[data-checker-box=paste] [data-checker-live]") == page.text_content(verdict)
        # The guided form: its verdict first, the generated JSON after it.
        page.check("#f-messenger-apps-pancake")
        page.click("[data-checker-box=form] button[type=submit]")
        wait_result(page, "form", 0)
        page.wait_for_timeout(100)
        form_verdict = "[data-checker-box=form] .checker-verdict"
        assert page.evaluate(f"document.activeElement === document.querySelector('{form_verdict}')")
        box = page.locator(form_verdict).bounding_box()
        assert 0 <= box["y"] < viewport["height"] / 2
        assert box["y"] < page.locator("#checker-form-json").bounding_box()["y"]
    finally:
        context.close()


def test_a_pasted_input_is_checked_and_shown_without_taking_the_focus(watched, base_url):
    page = open_checker(watched, base_url, "en")
    page.focus("#checker-input")
    page.evaluate("""(text) => {
        const box = document.querySelector('#checker-input');
        const data = new DataTransfer();
        data.setData('text/plain', text);
        box.value = text;
        box.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true}));
    }""", ERROR_10)
    wait_result(page, "paste", 0)
    assert page.evaluate("document.activeElement.id") == "checker-input"


# --- the page shows the view of checker.browser.run, every field of it -------------------

# Inputs whose views between them hold every kind of field: errors with and without a channel,
# an fbtrace_id, Instagram link variants, several findings, notices, an OK verdict, webhooks,
# a token in a URL (shown redacted),
# an input error with its excerpt, and one with guidance.
VIEW_INPUTS = [
    "errors/2018300.json", "errors/instagram-100-form.json", "errors/190-463.json", "errors/with-comments.txt",
    "settings/botcake-only.json", "settings/botcake-shows-app.json", "settings/default-app-inbox-instagram.json",
    "settings/several-apps-no-default.json", "settings/symptoms.json", "lists/with-unrecognised-items.json",
    "tokens/token-in-url.txt",
    "thread-owner/page-inbox-number.json", "webhooks/pass-to-inbox.json",
    "bad/missing-comma.json", "bad/unrecognised-object.json",
]
# The page's clock during these tests: 2025-12-01 10:53:47 UTC, in Vietnam (UTC+07:00).
CHECKED_AT = "2025-12-01T10:53:47Z"
CHECKED_AT_MS, TIME_ZONE, UTC_OFFSET_MINUTES = 1764586427000, "Asia/Ho_Chi_Minh", 420
# Every field of the view and of a finding, each one laid out by the page (SHOWN below reads
# them all back): a field added to the view fails test_the_view_has_only_fields_the_page_shows
# until the page shows it too.
VIEW_FIELDS = {"verdict", "summary", "findings", "understood", "notices", "excerpt", "support_summary"}
FINDING_FIELDS = {"id", "severity", "severity_label", "title", "explanation", "fix_label", "fix", "links"}

# What the result panel shows, read back into the view's shape.
SHOWN = """(panel) => {
  const text = (node) => (node ? node.textContent : null);
  const section = (box, items) => box ? {title: text(box.querySelector("h4")), items} : null;
  const understood = panel.querySelector(".checker-understood__box");
  const notices = panel.querySelector(".checker-notices__box");
  return {
    verdict: panel.dataset.verdict,
    summary: text(panel.querySelector(".checker-verdict")),
    support_summary: text(panel.querySelector(".checker-support__text")),
    excerpt: text(panel.querySelector(".checker-excerpt")),
    findings: [...panel.querySelectorAll(".checker-findings > li")].map((li) => ({
      id: text(li.querySelector(".checker-finding__rule")),
      severity: [...li.classList].find((c) => c.startsWith("checker-finding--"))?.slice("checker-finding--".length) ?? null,
      severity_label: text(li.querySelector(".checker-finding__severity")),
      title: text(li.querySelector(".checker-finding__title > span")),
      heading: text(li.querySelector(".checker-finding__title")),
      explanation: text(li.querySelector(".checker-finding__explanation")),
      fix_label: text(li.querySelector(".checker-finding__label")),
      fix: [...li.querySelectorAll(".checker-finding__fix > li")].map(text),
      links: [...li.querySelectorAll(".checker-finding__links a")].map((a) => ({href: a.getAttribute("href"), text: text(a)})),
    })),
    understood: section(understood, understood
      ? [...understood.querySelectorAll("dt")].map((dt) => ({label: text(dt), value: text(dt.nextElementSibling)})) : null),
    notices: section(notices, notices ? [...notices.querySelectorAll("li")].map(text) : null),
  };
}"""


def python_view(text: str, lang: str) -> dict:
    """What `from checker.browser import run` returns for the text, at the page's moment and zone."""
    return json.loads(run(text, lang, CHECKED_AT_MS, UTC_OFFSET_MINUTES))["view"]


def expected_shown(view: dict, base_url: str) -> dict:
    """The view as the page lays it out: links resolved against the site, empty sections left out."""
    return {
        "verdict": view["verdict"],
        "summary": view["summary"],
        "support_summary": view["support_summary"],
        "excerpt": view["excerpt"],
        "findings": [{
            **{key: f[key] for key in FINDING_FIELDS - {"links"}},
            "heading": f"{f['title']} {f['severity_label']} · {f['id']}",
            "links": [{"href": base_url + link["href"], "text": link["text"]} for link in f["links"]],
        } for f in view["findings"]],
        "understood": {"title": view["understood"]["title"], "items": view["understood"]["rows"]}
        if view["understood"]["rows"] else None,
        "notices": view["notices"] if view["notices"]["items"] else None,
    }


@pytest.fixture
def clocked(browser):
    """A page whose clock is fixed at CHECKED_AT in Vietnam's time zone, allowed to use the clipboard."""
    context = browser.new_context(timezone_id=TIME_ZONE, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.console = []
    page.on("console", lambda m: page.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.console.append(f"pageerror: {e}"))
    page.clock.set_fixed_time(CHECKED_AT)
    yield page
    context.close()


def test_the_view_has_only_fields_the_page_shows():
    for name in VIEW_INPUTS:
        view = python_view(example(name).read_text(encoding="utf-8"), "en")
        assert set(view) == VIEW_FIELDS, name
        assert all(set(f) == FINDING_FIELDS for f in view["findings"]), name


def test_the_inputs_cover_every_kind_of_field():
    views = [python_view(example(name).read_text(encoding="utf-8"), "vi") for name in VIEW_INPUTS]
    assert len(VIEW_INPUTS) >= 8
    assert {v["verdict"] for v in views} >= {"error", "warning", "ok", "input-error"}
    assert any(v["excerpt"] for v in views) and any(v["notices"]["items"] for v in views)
    assert any(len(v["findings"]) > 1 for v in views) and any(len(f["fix"]) >= 3 for v in views for f in v["findings"])
    assert any(len(f["links"]) > 1 for v in views for f in v["findings"])
    assert any("fbtrace_id" in v["support_summary"] for v in views)


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_shows_the_view_of_run_field_by_field(clocked, base_url, lang):
    page = open_checker(clocked, base_url, lang)
    differ = []
    for name in VIEW_INPUTS:
        text = example(name).read_text(encoding="utf-8")
        before = checked_count(page)
        page.fill("#checker-input", text)
        page.click("[data-checker-box=paste] button[type=submit]")
        wait_result(page, "paste", before)
        shown = page.locator("[data-checker-box=paste] [data-checker-result]").evaluate(SHOWN)
        expected = expected_shown(python_view(text, lang), base_url)
        if shown != expected:
            differ.append(f"{name}:\n  page:   {shown}\n  python: {expected}")
    assert not differ, "\n".join(differ)
    assert not [m for m in page.console if m.startswith("pageerror")], page.console


@pytest.mark.parametrize("lang", LANGS)
def test_copy_a_summary_for_support_copies_the_views_text(clocked, base_url, lang):
    page = open_checker(clocked, base_url, lang)
    page.fill("#checker-input", ERROR_10)
    page.click("[data-checker-box=paste] button[type=submit]")
    wait_result(page, "paste", 0)
    panel = page.locator("[data-checker-box=paste] [data-checker-result]")
    button = panel.locator(".checker-support__copy")
    # On the verdict: right under the summary, before the first finding.
    assert button.text_content() == {"vi": "Sao chép tóm tắt cho bộ phận hỗ trợ", "en": "Copy a summary for support"}[lang]
    assert button.bounding_box()["y"] < panel.locator(".checker-findings").bounding_box()["y"]
    button.click()
    page.wait_for_function("() => document.querySelector('.checker-support [data-checker-copied]').textContent")
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = python_view(ERROR_10, lang)["support_summary"]
    assert copied == expected
    moment = {"vi": "Thời điểm kiểm tra: 2025-12-01 17:53:47 (UTC+07:00)",
              "en": "Checked at: 2025-12-01 17:53:47 (UTC+07:00)"}[lang]
    assert "AbCdEfGhIjK" in copied and moment in copied and "HC301" in copied and "#10/2018300" in copied
    assert panel.locator(".checker-support [data-checker-copied]").text_content() == \
        {"vi": "Đã sao chép.", "en": "Copied."}[lang]
