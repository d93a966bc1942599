"""Property-based: any JSON value and any text give a valid report or a clean input error."""

from __future__ import annotations

import contextlib
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import InputError, check_text, render_input_error
from checker.inputs import MAX_DEPTH, _check_depth, _position
from checker.model import SEVERITIES

from .hostile import check_one, generate

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)
# Values that look like what Meta sends, so the rules (not just the shape check) get exercised.
keys = st.sampled_from([
    "error", "code", "error_subcode", "message", "data", "thread_owner", "app_id", "messenger",
    "instagram", "routing", "default_app", "handover", "selected_app", "botcake_shows", "object",
    "entry", "standby", "messaging", "pass_thread_control", "new_owner_app_id", "thread_control",
    "control_type", "recipient", "success", "symptoms", "connected_apps", "take_control",
    "link_routes", "app", "receiving_app_id", "messaging_feature_status", "access_token", "id",
])
leaves = st.none() | st.booleans() | st.sampled_from([
    10, 2018300, 100, 2534037, 190, 463, 263902037430900, "263902037430900", "1217981644879628",
    26390203743090, "Botcake", "Pancake", "Không có", "page", "instagram", "pass", "release",
    "EAABx7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz", "", 0, -1, 1.5,
]) | st.text(max_size=10)
shaped = st.recursive(
    leaves,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=25,
)


def _assert_valid(text: str) -> None:
    try:
        report = check_text(text)
    except InputError as exc:
        for lang in ("vi", "en"):
            error = render_input_error(exc, lang)
            assert error["message"] and not PLACEHOLDER.search(error["message"])
        return
    for lang in ("vi", "en"):
        data = report.to_dict(lang)
        json.dumps(data)
        assert data["verdict"] in ("ok", "warning", "error")
        severities = {f["severity"] for f in data["findings"]}
        assert severities <= set(SEVERITIES)
        expected = "error" if "error" in severities else "warning" if "warning" in severities else "ok"
        assert data["verdict"] == expected
        for finding in data["findings"]:
            assert not PLACEHOLDER.search(json.dumps(finding, ensure_ascii=False))
            assert finding["id"] and finding["title"] and finding["fix"] and finding["doc"]
            assert "EAABx7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz" not in json.dumps(finding, ensure_ascii=False)
        order = [(SEVERITIES.index(f["severity"]), f["id"]) for f in data["findings"]]
        assert order == sorted(order)


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_any_json_value(value):
    _assert_valid(json.dumps(value))


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(shaped)
def test_meta_shaped_values(value):
    _assert_valid(json.dumps(value, ensure_ascii=False))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.text(max_size=200))
def test_any_text(text):
    _assert_valid(text)


def test_meta_shaped_values_reach_the_rules():
    """The Meta-shaped strategy must exercise the rules, not only the shape check (fails if it drifts)."""
    fired: set[str] = set()

    @settings(max_examples=300, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(shaped)
    def run(value):
        with contextlib.suppress(InputError):
            fired.update(h.rule for h in check_text(json.dumps(value, ensure_ascii=False)).hits)

    run()
    # Measured: six rules (HC001, HC002, HC104, HC119, HC205, HC256) fire on these 300 inputs; a
    # strategy that stops reaching the rules (only shape checks, or only input errors) fails here.
    assert len(fired) >= 4, f"only {sorted(fired)} fired"


class _Draws:
    """The Chooser of tests/checker/hostile.py on hypothesis's data, so failures shrink."""

    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def choice(self, seq):
        return self.data.draw(st.sampled_from(list(seq)))

    def randint(self, a: int, b: int) -> int:
        return self.data.draw(st.integers(a, b))

    def random(self) -> float:
        return self.data.draw(st.floats(0, 1))


@settings(max_examples=1200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_hostile_fields_in_every_shape(data):
    """Wrong types in every field of every example shape: a report or an InputError, never a crash
    (the rendered output must also be writable as UTF-8, as the CLI writes it)."""
    text = generate(_Draws(data))
    crash = check_one(text)
    assert crash is None, f"{text[:300]!r}\n{crash}"


# The crashes and their neighbours, named one by one so each failure says where it is.
KNOWN_HOSTILE = {
    "superscript digit as a code": '{"error": {"message": "x", "code": "²"}}',
    "Arabic-Indic digits as a subcode": '{"error": {"message": "x", "code": 10, "error_subcode": "١٢"}}',
    "superscript expiration": '{"data": [{"thread_owner": {"app_id": "1122334455667788", "expiration": "¹⁰"}}]}',
    "link_routes given as a number": '{"messenger": {"connected_apps": ["Botcake"], "routing": {"link_routes": 5}}}',
    "ad_routes given as true": '{"messenger": {"routing": {"ad_routes": true}}}',
    "request line GET https://[::1/…": 'GET https://[::1/me/thread_owner?recipient=1\n{"data": []}',
    "request line with a bad bracketed host": 'GET https://[zz]/me/thread_owner\n{"data": []}',
    "lone surrogate echoed as an app name": '{"messenger": {"connected_apps": ["\\ud800"]}}',
    "lone surrogate in an excerpt": '{"error": "\ud800" "code": 10}',
    "NaN and Infinity": '{"error": {"message": "x", "code": NaN, "error_subcode": Infinity}}',
    "huge numbers": '{"data": [{"thread_owner": {"app_id": 1e400, "expiration": 123456789012345678901234567890}}]}',
    "nesting at the limit": "[" * 64 + "]" * 64,
    "nesting past the limit": "[" * 65 + "]" * 65,
    "null everywhere": '{"object": null, "entry": [null, {"messaging": [null, {"pass_thread_control": null}]}]}',
    "list where a string belongs": '{"messenger": {"connected_apps": [["Botcake"]], "botcake_shows": ["Pancake"]}}',
}


@pytest.mark.parametrize("name", list(KNOWN_HOSTILE))
def test_known_hostile_inputs(name):
    crash = check_one(KNOWN_HOSTILE[name])
    assert crash is None, crash



# The former bracket pattern (quadratic on runs of " and \"), kept as the reference behaviour.
_OLD_BRACKETS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}]')


def _old_check_depth(text: str) -> tuple[int, int] | None:
    depth = 0
    for match in _OLD_BRACKETS.finditer(text):
        token = match.group(0)
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _position(text, match.start())
        elif token in "]}":
            depth = max(0, depth - 1)
    return None


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(
    st.text(alphabet='[]{}"\\\n a', max_size=300)
    | st.builds(lambda n, tail: "[" * n + tail, st.integers(50, 70), st.text(alphabet='[]{}"\\\n a', max_size=100))
    | st.lists(st.sampled_from(["[", "[", "{", '"', '\\"', "\\", "]", "\n", '"x"', '"[["']), min_size=60,
               max_size=200).map("".join)
)
def test_linear_depth_check_matches_the_former_pattern(text):
    """The one-pass depth check rejects exactly what the former pattern did, at the same place."""
    try:
        _check_depth(text)
        got = None
    except InputError as exc:
        assert exc.key == "too_deep"
        got = (exc.line, exc.column)
    assert got == _old_check_depth(text)
