"""Every example input of the engine's tests gives, in the checker page, what the CLI gives.

Two ways: the exact JSON answer of checker.browser.check, from the page's own worker, wheel and
trimmed standard library (compared with `python -m checker --format json`); and the text the
page renders when the example is pasted and checked (verdict, findings, fixes, links).
"""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import (
    EXAMPLES,
    LANGS,
    PAGE_EXAMPLES,
    checked_count,
    cli,
    example_inputs,
    open_checker,
    wait_result,
)

pytestmark = pytest.mark.browser

# Starts a second copy of the page's worker from the page's own script configuration and
# returns checker.browser.check(text, lang) for every text.
RUN_IN_WORKER = """
async ([texts, langs]) => {
  const script = document.querySelector("script[data-checker-runtime]");
  const root = new URL("../../../", script.src);
  const worker = new Worker(new URL("./worker.js" + new URL(script.src).search, script.src), {type: "module"});
  const answers = [];
  let next = null;
  worker.onmessage = (event) => next && next(event.data);
  const message = () => new Promise((resolve) => { next = resolve; });
  worker.postMessage({type: "start", config: {
    indexURL: new URL(script.dataset.pyodide, root).href,
    stdlibURL: new URL(script.dataset.stdlib, root).href,
    wheelURL: new URL(script.dataset.wheel, root).href,
    lockInfo: JSON.parse(script.dataset.lockInfo)}});
  for (let m = await message(); m.type !== "ready"; m = await message()) {
    if (m.type === "failed") throw new Error(m.message);
  }
  let id = 0;
  for (const text of texts) {
    for (const lang of langs) {
      worker.postMessage({type: "call", id: ++id, op: "check", args: [text, lang]});
      const answer = await message();
      if ("error" in answer) throw new Error(answer.error);
      answers.push(answer.result);
    }
  }
  worker.terminate();
  return answers;
}
"""


def _text(path):
    return path.read_bytes().decode("utf-8")


def _name(path):
    folder = EXAMPLES if path.is_relative_to(EXAMPLES) else PAGE_EXAMPLES
    return path.relative_to(folder).as_posix()


def test_there_are_examples():
    assert len(example_inputs()) >= 10, "the engine's example files are missing"


def test_worker_answers_equal_cli(page, base_url):
    """checker.browser.check in the page's worker == `python -m checker --format json` for every example."""
    examples = example_inputs()
    not_text = []
    texts = []
    for path in examples:
        try:
            texts.append(_text(path))
        except UnicodeDecodeError:
            not_text.append(path)
    # Bytes that are not UTF-8 cannot be pasted; the CLI must call them an input error.
    for path in not_text:
        for lang in LANGS:
            assert not cli(path, lang)["ok"], _name(path)
    pasteable = [p for p in examples if p not in not_text]

    open_checker(page, base_url, "vi")
    answers = page.evaluate(RUN_IN_WORKER, [texts, list(LANGS)])
    mismatches = []
    for index, path in enumerate(pasteable):
        for offset, lang in enumerate(LANGS):
            answer = json.loads(answers[index * len(LANGS) + offset])
            expected = cli(path, lang)
            if expected["ok"]:
                same = answer.get("ok") and answer["report"] == expected["report"]
            else:
                message = (answer.get("input_error") or {}).get("message", "")
                same = not answer.get("ok") and message and message in expected["output"]
            if not same:
                mismatches.append(f"{_name(path)} [{lang}]")
    assert not mismatches, f"page and CLI differ on: {mismatches}"


@pytest.mark.parametrize("lang", LANGS)
def test_pasted_examples_render_the_cli_report(page, base_url, lang):
    """Each example, put in the paste box and checked, shows the CLI's verdict, findings, fixes and links."""
    open_checker(page, base_url, lang)
    problems = []
    for path in example_inputs():
        try:
            text = _text(path)
        except UnicodeDecodeError:
            continue  # covered by test_worker_answers_equal_cli: the CLI calls it an input error
        before = checked_count(page)
        page.fill("#checker-input", text)
        page.click("[data-checker-box=paste] button[type=submit]")
        wait_result(page, "paste", before)
        panel = page.locator("[data-checker-box=paste] [data-checker-result]")
        expected = cli(path, lang)
        shown = panel.evaluate("""(panel) => ({
            verdict: panel.dataset.verdict,
            heading: panel.querySelector("h3").textContent,
            findings: [...panel.querySelectorAll(".checker-findings > li")].map((li) => ({
                id: li.dataset.rule,
                title: li.querySelector(".checker-finding__title").textContent,
                fix: [...li.querySelectorAll("ol > li")].map((step) => step.textContent),
                links: [...li.querySelectorAll(".checker-finding__links a")].map((a) => a.href)})),
            text: panel.textContent})""")
        if not expected["ok"]:
            if shown["verdict"] != "input-error" or shown["heading"].split(": ", 1)[-1] not in expected["output"]:
                problems.append(f"{_name(path)}: input error not shown like the CLI")
            continue
        report = expected["report"]
        if shown["verdict"] != report["verdict"]:
            problems.append(f"{_name(path)}: verdict {shown['verdict']} != {report['verdict']}")
            continue
        want = [{
            "id": f["id"],
            "fix": f["fix"],
            "links": [base_url + f[key] for key in ("doc", "reference") if f.get(key)],
        } for f in report["findings"]]
        got = [{"id": f["id"], "fix": f["fix"], "links": f["links"]} for f in shown["findings"]]
        if got != want:
            problems.append(f"{_name(path)}: findings {got} != {want}")
        for finding, rendered in zip(report["findings"], shown["findings"], strict=False):
            # The title first for shop owners; the rule id after it, small, for support agents.
            if not rendered["title"].startswith(finding["title"]) or not rendered["title"].endswith(finding["id"]):
                problems.append(f"{_name(path)}: title {rendered['title']!r}")
    assert not problems, "\n".join(problems)
