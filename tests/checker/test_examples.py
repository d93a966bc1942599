"""Data-driven: every example file gives its expected verdict and set of finding ids."""

from __future__ import annotations

import pytest

from checker import InputError, check_bytes
from checker.rules import RULES

from .examples import all_examples

EXAMPLES = all_examples()
GOOD = [e for e in EXAMPLES if not e.is_bad]
BAD = [e for e in EXAMPLES if e.is_bad]
# "pending" names the catalogue or engine change an example waits for: it must fail until then
# (strict: once it passes, the marker has to go).
GOOD_PARAMS = [
    pytest.param(e, id=e.id, marks=pytest.mark.xfail(strict=True, reason=e.expected["pending"]))
    if "pending" in e.expected else pytest.param(e, id=e.id)
    for e in GOOD
]


@pytest.mark.parametrize("example", GOOD_PARAMS)
def test_example(example):
    report = check_bytes(example.path.read_bytes()).to_dict("vi")
    found = {f["id"] for f in report["findings"]}
    assert report["verdict"] == example.expected["verdict"]
    assert found == set(example.expected["findings"])
    assert not found & set(example.expected.get("passes", ())), "a rule the example must pass fired"


@pytest.mark.parametrize("example", BAD, ids=lambda e: e.id)
def test_bad_example(example):
    with pytest.raises(InputError) as caught:
        check_bytes(example.path.read_bytes())
    error = caught.value
    assert error.key == example.expected["key"]
    for field in ("line", "column"):
        if field in example.expected:
            assert getattr(error, field) == example.expected[field]
    if "reason" in example.expected:
        assert error.params["reason"] == example.expected["reason"]


@pytest.mark.parametrize("rule_id", list(RULES))
def test_every_rule_has_an_example_that_raises_it(rule_id):
    """(Its near miss, the example that must not raise it, is in test_near_miss.py.)"""
    failing = [e.id for e in GOOD if "pending" not in e.expected and rule_id in e.expected["findings"]]
    assert failing, f"{rule_id} has no example that raises it"


def test_expectations_name_known_rules():
    for example in GOOD:
        unknown = (set(example.expected["findings"]) | set(example.expected.get("passes", ()))) - set(RULES)
        assert not unknown, f"{example.id}: unknown rule ids {unknown}"
