"""Every real paste of the held-out corpus against its expected verdict and findings.

These are a measurement of today's checker, not a gate: a paste the checker gets wrong is
reported as xfailed with what it said and what was expected, so `./dev test` stays green while
every miss stays visible in its summary; a paste it gets right passes. `CORPUS_STRICT=1 ./dev test tests/corpus` makes every
mismatch a failure. `scripts/corpus_score.py` prints the score per format.
"""

from __future__ import annotations

import os

import pytest

from checker.rules import RULES

from .corpus import CORPUS, all_pastes, ask, expected_answer, matches

PASTES = all_pastes()
STRICT = os.environ.get("CORPUS_STRICT") == "1"


@pytest.mark.parametrize("paste", PASTES, ids=lambda p: p.id)
def test_paste(paste):
    answer = ask(paste)
    if matches(paste, answer):
        return
    message = f"checker said {answer.describe()}, expected {expected_answer(paste).describe()}"
    if not STRICT:
        pytest.xfail(message)
    pytest.fail(message)


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
