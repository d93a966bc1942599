"""The checker's voice (issue 12): the chosen terms of tests/data/terms.yml in every text a reader
sees, the decision rule of tests/data/decision_rule.yml, the "before you choose" section before
any "choose a default app" step, and Botcake credited for its 24-hour figure."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from checker import check_text, i18n, vocabulary
from checker.engine import fmt
from checker.model import LANGS, T
from checker.rules import RULES
from checker.vocabulary import BEFORE_YOU_CHOOSE, SHARED_PLACEHOLDERS

from .examples import ROOT, example

DATA = Path(__file__).parents[1] / "data"
TERMS = yaml.safe_load((DATA / "terms.yml").read_text(encoding="utf-8"))
SCHEMA = json.loads((ROOT / "checker/schema/settings.schema.json").read_text(encoding="utf-8"))


def _pattern(variant: str, match_case: bool) -> re.Pattern[str]:
    # The same matching as tests/site/test_terminology.py: word boundaries only around letters.
    start = r"(?<!\w)" if variant[:1].isalnum() else ""
    end = r"(?!\w)" if variant[-1:].isalnum() else ""
    return re.compile(start + re.escape(variant) + end, 0 if match_case else re.IGNORECASE)


RETIRED = [(entry["concept"], lang, variant, _pattern(variant, bool(entry.get("match_case"))))
           for entry in TERMS for lang in LANGS for variant in entry.get("retired", {}).get(lang, [])]


def _texts_of(value: object) -> list[T]:
    if isinstance(value, T):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _texts_of(item)]
    if isinstance(value, (tuple, list)):
        return [t for item in value for t in _texts_of(item)]
    return [t for name in ("name", "title") if isinstance(getattr(value, name, None), T)
            for t in _texts_of(getattr(value, name))]


def _schema_descriptions(node: object, found: dict[str, list[str]]) -> dict[str, list[str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description":
                found["en"].append(value)
            elif key == "x-description-vi":
                found["vi"].append(value)
            else:
                _schema_descriptions(value, found)
    elif isinstance(node, list):
        for item in node:
            _schema_descriptions(item, found)
    return found


def reader_texts(lang: str) -> list[str]:
    """Every checker text a reader may see, placeholders filled with the shared words."""
    pairs = [t for rule in RULES.values() for t in (rule.title, rule.explanation, *rule.fix)]
    for module in (i18n, vocabulary):
        pairs += [t for name, value in vars(module).items() if name.isupper() for t in _texts_of(value)]
    texts = [fmt(t.text(lang), dict(SHARED_PLACEHOLDERS), lang) for t in pairs]
    return texts + _schema_descriptions(SCHEMA, {"vi": [], "en": []})[lang]


def test_reader_texts_are_collected():
    """Guards the collector: rule texts, UI strings, vocabulary words and schema descriptions are all there."""
    vi = reader_texts("vi")
    assert len(vi) > 300
    assert any(text == "Kết quả" for text in vi) and any("Hộp thư Trang" in text for text in vi)
    assert any("Ứng dụng mặc định" in text for text in _schema_descriptions(SCHEMA, {"vi": [], "en": []})["vi"])


@pytest.mark.parametrize("lang", LANGS)
def test_checker_texts_use_only_the_chosen_terms(lang):
    found = [f"{concept}: {variant!r} in {text[:120]!r}" for text in reader_texts(lang)
             for concept, variant_lang, variant, pattern in RETIRED if variant_lang == lang and pattern.search(text)]
    assert not found, "\n".join(found)


INTERNAL = re.compile(r"\b(?:error_timeout|thread_control_call|graph_error|success_response|[a-z]+/[a-z0-9-]+/#[a-z0-9-]+)\b")


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests/checker/snapshots").glob("*.txt")))
def test_no_internal_word_in_what_a_reader_sees(name):
    """Shape keys and raw paths stay out of the report text (the link lines print their URL after a colon)."""
    text = (ROOT / "tests/checker/snapshots" / name).read_text(encoding="utf-8")
    prose = "\n".join(line.split(": ", 1)[0] if line.lstrip().startswith("→") else line for line in text.splitlines())
    assert not INTERNAL.findall(prose)


CHOOSE_DEFAULT = {
    "vi": re.compile(r"(đặt|chọn|đổi)[^.;]{0,40}(làm|sang)?[^.;]{0,20}ứng dụng mặc định|ứng dụng mặc định sang", re.I),
    "en": re.compile(r"(make|making|choose|change)[^.;]{0,40}default app", re.I),
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_choose_a_default_app_step_points_to_before_you_choose(lang):
    steps = [(rule.id, step.text(lang)) for rule in RULES.values() for step in rule.fix]
    # "route that link instead of making it the default app" advises against, not for.
    suggesting = [(rule_id, text) for rule_id, text in steps
                  if CHOOSE_DEFAULT[lang].search(re.sub(r"(instead of|thay vì)[^.;]*", "", text))]
    assert len(suggesting) >= 8, "the matcher no longer finds the steps"
    missing = [f"{rule_id}: {text}" for rule_id, text in suggesting if "{before_you_choose}" not in text]
    assert not missing, "\n".join(missing)
    assert "#before-you-choose" not in BEFORE_YOU_CHOOSE.text(lang), "named by its title, never a raw path"


@pytest.mark.parametrize("lang", LANGS)
def test_the_24_hour_figure_for_a_change_to_apply_is_botcakes(lang):
    apply = {"vi": re.compile(r"24 giờ[^.;]{0,30}(hiệu lực|áp dụng)"), "en": re.compile(r"24 hours[^.;]{0,30}(apply|effect)")}
    texts = [text for text in reader_texts(lang) if apply[lang].search(text)]
    assert texts, "the figure is used"
    assert all("Botcake" in text for text in texts), texts


def _findings(name: str, lang: str) -> list[dict]:
    return check_text(example(name).read_text(encoding="utf-8")).to_dict(lang)["findings"]


def test_a_box_showing_the_bot_itself_is_fine():
    """Done when (issue 12): Botcake's box shows "Botcake" with Botcake chosen: no error about the box."""
    assert not [f for f in _findings("settings/botcake-shows-botcake.json", "vi") if f["id"] in ("HC101", "HC102")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_box_showing_another_app_says_turn_handover_off_by_deselecting_it(lang):
    finding = next(f for f in _findings("settings/botcake-shows-pancake.json", lang) if f["id"] == "HC101")
    assert finding["severity"] == "error" and "Pancake" in finding["title"]
    turn_off = {"vi": "Tắt chuyển giao bằng cách bỏ chọn Pancake", "en": "Turn handover off by deselecting Pancake"}
    assert any(step.startswith(turn_off[lang]) for step in finding["fix"])
    fine = {"vi": ('"Không có"', '"Không xác định"', "chính Botcake"),
            "en": ('"Không có" (None)', '"Không xác định" (Unknown)', "Botcake itself")}
    assert all(word in finding["explanation"] for word in fine[lang])
