"""The CLI on hostile input, as a real subprocess: exit 0, 1 or 2 only, never a traceback, and an
input the checker cannot handle gets a short message in the chosen language."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .examples import ROOT

HOSTILE = {
    "superscript code": '{"error": {"message": "x", "code": "²"}}',
    "Arabic-Indic subcode": '{"error": {"message": "x", "code": 10, "error_subcode": "١٢"}}',
    "link_routes as a number": '{"messenger": {"connected_apps": ["Botcake"], "routing": {"link_routes": 5}}}',
    "request line https://[::1/": 'GET https://[::1/me/thread_owner?recipient=1\n{"data": []}',
    "lone surrogate echoed": '{"messenger": {"connected_apps": ["\\ud800"]}}',
    "lone surrogate in broken JSON": '{"error": "\\ud800" "code": 10}',
    "NaN and Infinity": '{"error": {"message": "x", "code": NaN, "error_subcode": Infinity}}',
    "huge numbers": '{"data": [{"thread_owner": {"app_id": 1e400, "expiration": 1234567890123456789012345}}]}',
    "nesting past the limit": "[" * 65 + "]" * 65,
    "quote and escaped-quote run": '"' + '\\"' * 5000,
    "short token beside error #10": '{"error": {"message": "(#10) x", "code": 10, "error_subcode": 2018300}, '
                                    '"access_token": "e"}',
    "NUL bytes": '{"error": {"message": "\x00\x00", "code": 10}}',
    "only a BOM": "\ufeff",
    "invalid UTF-8": b"{\"a\": \"\xff\xfe\"}",
}


def run(data: bytes, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", "-", *args], input=data, capture_output=True,
                          cwd=ROOT, timeout=120)


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_exit_code_is_0_1_or_2_and_no_traceback(name, fmt):
    value = HOSTILE[name]
    data = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    for lang in ("vi",) if fmt == "text" else ("en",):  # both languages, one per format: half the runs
        result = run(data, "--format", fmt, "--lang", lang)
        stderr = result.stderr.decode("utf-8", "replace")
        assert result.returncode in (0, 1, 2), (result.returncode, stderr)
        assert "Traceback" not in stderr, stderr
        if result.returncode == 2:
            assert stderr.strip() and len(stderr) < 2000, "a short message on stderr"
            assert result.stdout == b""
        else:
            output = result.stdout.decode("utf-8")
            if fmt == "json":
                report = json.loads(output)
                assert (result.returncode == 1) == (report["verdict"] == "error")


def test_short_token_beside_error_10_exits_1():
    result = run(HOSTILE["short token beside error #10"].encode(), "--format", "text", "--lang", "en")
    assert result.returncode == 1, result.stderr
    assert result.stdout.decode().startswith("Verdict: ERROR")


def _defect(*_args, **_kwargs):
    raise ZeroDivisionError("a defect in the checker")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_internal_error_is_exit_2_with_words(monkeypatch, capsysbinary, lang):
    """A defect anywhere in check + render: a short message in the chosen language, exit 2."""
    import io

    from checker import cli, i18n

    monkeypatch.setattr(cli, "check_bytes", _defect)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"data": []}')))
    assert cli.main(["-", "--lang", lang]) == 2
    out, err = capsysbinary.readouterr()
    assert out == b""
    assert err.decode() == i18n.INPUT_ERRORS["internal_error"].text(lang) + "\n"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_browser_facade_answers_an_internal_error(monkeypatch, lang):
    from checker import browser, i18n

    monkeypatch.setattr(browser, "check_text", _defect)
    answer = json.loads(browser.run('{"data": []}', lang))
    message = i18n.INPUT_ERRORS["internal_error"].text(lang)
    assert answer["ok"] is False and answer["input_error"]["message"] == message
    assert answer["view"]["verdict"] == "input-error" and message in answer["view"]["summary"]
    assert answer["view"]["findings"] == []  # nothing of a previous or partial verdict


def test_the_browser_facade_never_raises_on_a_lone_surrogate():
    from checker import browser

    answer = json.loads(browser.run('{"messenger": {"connected_apps": ["\ud800", "Botcake"]}}', "en"))
    assert answer["ok"] is True
    assert "\ufffd" in json.dumps(answer["report"]["understood"]["apps"], ensure_ascii=False)


@pytest.mark.parametrize("code", ["١٠", "１０", "¹⁰", "10²", "𝟏𝟎"])
def test_other_scripts_digits_are_no_number(code):
    """"١٠" is not error 10: a verdict must not come from a number nobody wrote."""
    from checker import check

    report = check(json.dumps({"error": {"message": f"(#{code}) x", "code": code, "error_subcode": code}}), "en")
    assert report["understood"]["errors"] == [{"code": None, "subcode": None}]
    assert all(f["id"] != "HC301" for f in report["findings"])
