"""The CLI contract: exit codes 0/1/2, stdout and stderr, both languages, every bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .examples import EXAMPLES, ROOT, example

TOKEN = "EAAB" + "x7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz"
ERROR_10 = example("errors/2018300.json")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=60
    )


def test_error_finding_exits_1_with_json_contract():
    result = run(str(ERROR_10), "--format", "json", "--lang", "en")
    assert result.returncode == 1
    assert result.stderr == b""
    report = json.loads(result.stdout)
    assert report["verdict"] == "error"
    finding = report["findings"][0]
    assert {"id", "severity", "title", "fix", "doc"} <= set(finding)
    assert finding["id"] == "HC301"
    assert finding["doc"] == "en/troubleshooting/error-10/#steps"


def test_ok_input_exits_0_and_vietnamese_text_is_default():
    result = run(str(ROOT / "checker/schema/examples/botcake-only.json"))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("Kết quả: ỔN")
    assert "Trình kiểm tra đã hiểu:" in out and "Dạng dữ liệu: cài đặt JSON" in out


def test_text_output_in_english_has_numbered_fix_steps_and_link():
    result = run(str(ERROR_10), "--lang", "en", "--site-url", "https://help.example/")
    out = result.stdout.decode()
    assert result.returncode == 1
    assert "Verdict: ERROR" in out and "How to fix:" in out and "    1. " in out
    assert "→ Error #10: another app holds the conversation: https://help.example/en/troubleshooting/error-10/#steps" in out
    assert "What the checker understood:" in out


def test_warning_only_exits_0():
    result = run(str(EXAMPLES / "webhooks" / "standby.json"), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["verdict"] == "warning"


def test_stdin_dash():
    result = run("-", "--format", "json", stdin=ERROR_10.read_bytes())
    assert result.returncode == 1
    assert json.loads(result.stdout)["findings"][0]["id"] == "HC301"


@pytest.mark.parametrize("lang, needle", [("vi", "dòng 4, cột 5"), ("en", "line 4, column 5")])
def test_invalid_json_says_where_and_shows_the_line(lang, needle):
    result = run(str(EXAMPLES / "bad" / "missing-comma.json"), "--lang", lang)
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode()
    assert needle in err
    assert '"error_subcode": 2018300' in err and "    ^" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name, key_text", [
    ("empty.json", "Nothing to check"),
    ("blank.txt", "Nothing to check"),
    ("invalid-utf8.json", "offset 26"),
    ("utf16.json", "UTF-16"),
    ("scalar-number.json", "needs an object"),
    ("unrecognised-page-object.json", "Settings JSON format"),
    ("unrecognised-object.json", "nothing about Messenger"),
    ("deep-lists.json", "nested too deeply"),
    ("deep-unbalanced.json", "nested too deeply"),
    ("only-comments.txt", "no JSON after them"),
])
def test_bad_inputs_exit_2_with_a_clean_message(name, key_text):
    result = run(str(EXAMPLES / "bad" / name), "--lang", "en")
    assert result.returncode == 2
    assert result.stdout == b""
    assert key_text in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_missing_file_exits_2():
    result = run("does/not/exist.json")
    assert result.returncode == 2 and "Không đọc được" in result.stderr.decode()


def test_bom_comment_and_http_status_lines_are_accepted():
    body = ERROR_10.read_text(encoding="utf-8")
    text = "\ufeffHTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n// the #10 error\n" + body
    result = run("-", "--format", "json", stdin=text.encode())
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["understood"]["removed"] == ["bom", "http_status", "http_headers", "comment_lines"]


def test_one_megabyte_input_works_and_over_the_limit_is_refused():
    item = {"data": [{"id": "9988776655443322", "name": "Live Chat CRM"}]}
    blob = json.dumps([item] * 16000).encode()
    assert 1_000_000 <= len(blob) <= 2 * 1024 * 1024
    result = run("-", "--format", "json", stdin=blob)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["findings"][0]["id"] == "HC210"
    big = run("-", stdin=b" " * (2 * 1024 * 1024) + b"{}")
    assert big.returncode == 2 and b"2 MB" in big.stderr


def test_token_is_never_echoed():
    cases = [
        json.dumps({"data": [], "access_token": TOKEN}),
        f"GET /me/thread_owner?recipient=1&access_token={TOKEN}\n{{\"data\": []}}",
        '{"access_token": "' + TOKEN + '" "code": 10}',  # invalid JSON: the excerpt must hide it
        json.dumps({"error": {"message": f"bad token {TOKEN}", "code": 190}}),
        json.dumps({"messenger": {"connected_apps": [TOKEN]}}),
    ]
    for text in cases:
        for fmt in ("json", "text"):
            for lang in ("vi", "en"):
                result = run("-", "--format", fmt, "--lang", lang, stdin=text.encode())
                assert TOKEN[:20].encode() not in result.stdout + result.stderr, (text, fmt)
                if result.returncode != 2:
                    assert b"HC001" in result.stdout


def test_odd_token_in_access_token_field_is_hidden_too():
    secret = "zz9Q-not-an-EAA-token-but-secret-123456"
    result = run("-", "--format", "json", stdin=json.dumps({"data": [], "access_token": secret,
                                                           "messenger": {"connected_apps": [secret]}}).encode())
    assert secret.encode() not in result.stdout
