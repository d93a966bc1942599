"""The one decision rule (tests/data/decision_rule.yml) is stated word for word on every page that touches it."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

RULE = yaml.safe_load((Path(__file__).parents[1] / "data" / "decision_rule.yml").read_text(encoding="utf-8"))
CASES = [(page, rule, lang) for page, rules in RULE["pages"].items() for rule in rules for lang in ("vi", "en")]
# Links to the "before you choose" section point at a page-relative address; the words are the same.
BEFORE_YOU_CHOOSE = 'href="[^"]*routing/#before-you-choose"|href="#before-you-choose"'


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _article_text(site: Path, page: str, lang: str) -> tuple[str, str]:
    root = site if lang == "vi" else site / "en"
    url = page[: -len("index")] if page.endswith("index") else page + "/"
    source = (root / url / "index.html").read_text(encoding="utf-8")
    article = source[source.index("<article"): source.index("</article>")]
    return _normalise(html.unescape(re.sub(r"<[^>]+>", "", article))), article


@pytest.mark.parametrize("page, rule, lang", CASES, ids=[f"{p}-{r}-{lang}" for p, r, lang in CASES])
def test_page_states_the_rule_word_for_word(site, page, rule, lang):
    text, article = _article_text(site, page, lang)
    wording = _normalise(RULE[rule][lang])
    assert wording in text, f"{lang}/{page} does not state the {rule} rule as written in decision_rule.yml"
    if rule == "routing":
        assert re.search(BEFORE_YOU_CHOOSE, article), f"{lang}/{page}: the routing rule must link to #before-you-choose"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_page_calls_the_bot_itself_a_wrong_setting(site, lang):
    """The old misreading: 'any app name in the box is wrong'. The wrong-setting section names another app."""
    text, _ = _article_text(site, "troubleshooting/check-status", lang)
    start = text.index({"vi": "Cài đặt sai", "en": "The wrong setting"}[lang])
    wrong = text[start: start + 400]
    assert {"vi": "khác Botcake", "en": "other than Botcake"}[lang] in wrong
