"""Every real paste of the held-out corpus against its expected verdict and findings.

A miss fails, except a paste listed in `known_misses.yml` with the reason the checker still gets
it wrong; a listed paste that the checker now gets right fails too, so the list only shrinks
honestly. `scripts/corpus_score.py --details` prints the score per format and every miss.
"""

from __future__ import annotations

import pytest
import yaml

from checker.rules import RULES

from .corpus import CORPUS, all_pastes, ask, expected_answer, matches

PASTES = all_pastes()
KNOWN_MISSES: dict[str, str] = yaml.safe_load((CORPUS / "known_misses.yml").read_text(encoding="utf-8")) or {}


@pytest.mark.parametrize("paste", PASTES, ids=lambda p: p.id)
def test_paste(paste):
    answer = ask(paste)
    said = f"checker said {answer.describe()}, expected {expected_answer(paste).describe()}"
    if paste.id in KNOWN_MISSES:
        assert not matches(paste, answer), f"{paste.id} is right now: remove it from known_misses.yml"
        return
    assert matches(paste, answer), said


def test_known_misses_are_pastes_with_a_reason():
    ids = {paste.id for paste in PASTES}
    for paste_id, reason in KNOWN_MISSES.items():
        assert paste_id in ids, f"known_misses.yml names {paste_id}, which is not in the corpus"
        assert isinstance(reason, str) and len(reason.split()) >= 5, f"{paste_id}: give the reason it is missed"


# --- the corpus itself: these always gate -----------------------------------------------------

def test_corpus_is_large_enough():
    assert len(PASTES) >= 60


def test_expectations_are_well_formed():
    for paste in PASTES:
        expected = paste.expected
        if paste.expects_exit:
            assert expected == {"exit": 2}, paste.id
            continue
        assert expected["verdict"] in ("error", "warning", "ok"), paste.id
        named = set(expected["findings"]) | set(expected.get("passes", ()))
        assert named <= set(RULES), f"{paste.id}: unknown rule ids {named - set(RULES)}"
        assert not set(expected["findings"]) & set(expected.get("passes", ())), paste.id


def test_verdict_follows_the_expected_severities():
    order = {"info": 0, "warning": 1, "error": 2}
    verdict_of = {0: "ok", 1: "warning", 2: "error"}
    for paste in PASTES:
        if paste.expects_exit:
            continue
        worst = max((order[RULES[r].severity] for r in paste.expected["findings"]), default=0)
        assert paste.expected["verdict"] == verdict_of[worst], paste.id


def test_every_paste_has_its_source():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for paste in PASTES:
        assert f"`{paste.id}`" in sources, f"{paste.id} is not in SOURCES.md"
    listed = sources.count("| `")
    assert listed == len(PASTES), "SOURCES.md lists a paste that does not exist"


def test_no_real_access_token_in_the_corpus():
    from checker.tokens import text_has_token

    for paste in PASTES:
        assert not text_has_token(paste.path.read_text(encoding="utf-8")), paste.id
