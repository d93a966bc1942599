"""One redaction: 40 secret formats, each in JSON, a URL, a log line and a Python dict repr,
never leak through ``tokens.redact``, the CLI's JSON and text output or a share link; a short
"token" never changes the verdict, an id or a link."""

from __future__ import annotations

import io
import json
import runpy
import subprocess
import sys
from dataclasses import dataclass

import pytest

from checker import browser, i18n, tokens
from checker.rules import RULES
from checker.vocabulary import PAGE_TITLES

from .examples import ROOT, example

TOKEN = "EAAB" + "x7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz"
APP_ID = "123456789012345"
HEX32 = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
HEX64 = "0a1b2c3d4e5f60718293a4b5c6d7e8f9" + "f0e1d2c3b4a5968778695a4b3c2d1e0f"
OPAQUE = "pAt9-opaque-Xy7Qm2Lk4Jh6Gf8Ds0"
ERROR_10 = example("errors/2018300.json")
WINDOW = 10  # any 10 characters of a secret in the output count as a leak


@dataclass(frozen=True)
class Format:
    name: str
    secret: str  # what must never appear (a public prefix such as EAA or an app id may stay)
    json: str  # one "key": value member of a JSON object
    text: str  # the secret as it appears in a URL query or a log line
    pyrepr: str  # one 'key': value item of a Python dict


def kv(name: str, key: str, value: str, secret: str | None = None) -> Format:
    return Format(name, secret or value, f'"{key}": "{value}"', f"{key}={value}", f"'{key}': '{value}'")


def bare(name: str, text: str, secret: str) -> Format:
    escaped = text.replace("\\", "\\\\")
    return Format(name, secret, f'"note": "seen {escaped}"', text, f"'note': 'seen {escaped}'")


def header(name: str, key: str, value: str, secret: str) -> Format:
    return Format(name, secret, f'"headers": {{"{key}": "{value}"}}', f"{key}: {value}",
                  f"'headers': {{'{key}': '{value}'}}")


FORMATS = [
    bare("page token EAA", TOKEN, TOKEN[3:]),
    kv("user token in access_token", "access_token", "EAAGm0PX4ZCpsBAKq9rT1uV2wX3yZ4aB5cD6eF7", "m0PX4ZCpsBAKq9rT1uV2wX3yZ4aB5cD6eF7"),
    bare("Instagram IGQVJ", "IGQVJYeUk4NjBsWnRfa2x4Q0dQb1pWdnB3N3ZAzU0M5", "eUk4NjBsWnRfa2x4Q0dQb1pWdnB3N3ZAzU0M5"),
    bare("Instagram IGQWR", "IGQWRPcG5xQ1VTSkR0bXpiQmZAHeXNhcGx4dnN0ZA9", "PcG5xQ1VTSkR0bXpiQmZAHeXNhcGx4dnN0ZA9"),
    bare("Instagram IGAA", "IGAAKz8Lq0Wm3NxYpT5uVbC7dE9fG1hJ2kL4mN6", "Kz8Lq0Wm3NxYpT5uVbC7dE9fG1hJ2kL4mN6"),
    bare("app token APPID|SECRET", f"{APP_ID}|{HEX32}", HEX32),
    bare("app token URL-encoded %7C", f"{APP_ID}%7C{HEX32}", HEX32),
    kv("app token in access_token", "access_token", f"{APP_ID}|{HEX32}", HEX32),
    bare("client token APPID|CLIENT_TOKEN", f"{APP_ID}|c1i3nt70k3nAbCdEfGhIjKlMnOpQrStU", "c1i3nt70k3nAbCdEfGhIjKlMnOpQrStU"),
    kv("app_secret field", "app_secret", HEX32),
    kv("client_secret", "client_secret", "4d3c2b1a09f8e7d6c5b4a39281706f5e"),
    kv("appsecret_proof", "appsecret_proof", HEX64),
    kv("hub.verify_token", "hub.verify_token", "shop-verify-2026"),
    kv("verify_token field", "verify_token", "MyVerifyToken_81"),
    kv("page_access_token opaque", "page_access_token", OPAQUE),
    kv("clientSecret camelCase", "clientSecret", "cS-77e1f0a2b3c4d5e6f7"),
    kv("appSecret camelCase", "appSecret", "aS-0f9e8d7c6b5a4938271"),
    header("Authorization: Bearer opaque", "Authorization", "Bearer zq81XkP0mN7vB3cR5tY9uW2", "zq81XkP0mN7vB3cR5tY9uW2"),
    header("authorization: bearer lowercase", "authorization", "bearer lq81XkP0mN7vB3cR5tY9uW3", "lq81XkP0mN7vB3cR5tY9uW3"),
    header("AUTHORIZATION: BEARER uppercase", "AUTHORIZATION", "BEARER UQ81XKP0MN7VB3CR5TY9UW4", "UQ81XKP0MN7VB3CR5TY9UW4"),
    header("Authorization: OAuth EAA", "Authorization", "OAuth EAAC" + TOKEN[4:], TOKEN[4:]),
    header("Authorization: Token opaque", "Authorization", "Token tq81XkP0mN7vB3cR5tY9uW5", "tq81XkP0mN7vB3cR5tY9uW5"),
    bare("Bearer%20EAA URL-encoded", "Bearer%20EAAD" + TOKEN[4:], TOKEN[4:]),
    bare("access_token%3DEAA URL-encoded", "redirect%3Fx%3D1%26access_token%3DEAAE" + TOKEN[4:], TOKEN[4:]),
    bare("access_token%3D opaque URL-encoded", "next%3Daccess_token%3D" + OPAQUE + "%26x%3D1", OPAQUE),
    bare("double URL-encoded %253DEAA", "access_token%253DEAAF" + TOKEN[4:], TOKEN[4:]),
    bare("\\u0045AA JSON escape", "\\u0045AAG" + TOKEN[4:], TOKEN[4:]),
    bare("fully escaped \\u0045\\u0041\\u0041", "\\u0045\\u0041\\u0041H" + TOKEN[4:], TOKEN[4:]),
    kv("fb_exchange_token", "fb_exchange_token", "EAAJ" + TOKEN[4:], TOKEN[4:]),
    kv("input_token (debug_token)", "input_token", "in9-opaque-Xy7Qm2Lk4Jh6Gf8Ds1"),
    kv("refresh_token", "refresh_token", "rf9-opaque-Xy7Qm2Lk4Jh6Gf8Ds2"),
    kv("user_access_token", "user_access_token", "ua9-opaque-Xy7Qm2Lk4Jh6Gf8Ds3"),
    header("X-Access-Token header", "X-Access-Token", "xa9-opaque-Xy7Qm2Lk4Jh6Gf8Ds4", "xa9-opaque-Xy7Qm2Lk4Jh6Gf8Ds4"),
    kv("plain token key", "token", "tk9-opaque-Xy7Qm2Lk4Jh6Gf8Ds5"),
    bare("lowercase bearer in a log", "sent with bearer lb9opaqueXy7Qm2Lk4Jh6Gf8Ds6", "lb9opaqueXy7Qm2Lk4Jh6Gf8Ds6"),
    bare("escaped URL https:\\/\\/…?access_token=", "https:\\/\\/graph.facebook.com\\/me?access_token=" + OPAQUE[:-1] + "7", OPAQUE[:-1] + "7"),
    bare("URL fragment #access_token=", "https://shop.example/cb#access_token=fr9-opaque-Xy7Qm2Lk4Jh6Gf8Ds8&expires_in=3600", "fr9-opaque-Xy7Qm2Lk4Jh6Gf8Ds8"),
    bare("PHP array 'access_token' =>", "['access_token' => 'ph9-opaque-Xy7Qm2Lk4Jh6Gf8Ds9']", "ph9-opaque-Xy7Qm2Lk4Jh6Gf8Ds9"),
    bare("JSON inside a JSON string", '{\\"access_token\\":\\"js9-opaque-Xy7Qm2Lk4Jh6Gf8Da0\\"}', "js9-opaque-Xy7Qm2Lk4Jh6Gf8Da0"),
    kv("api_key", "api_key", "ak9-opaque-Xy7Qm2Lk4Jh6Gf8Da1"),
    kv("password", "password", "Pw9-opaque-Xy7Qm2Lk4Jh6Gf8Da2"),
    bare("bare app secret in a log", f"secret is {HEX32[::-1]}", HEX32[::-1]),
]


def contexts(f: Format) -> dict[str, str]:
    """The format in four places people paste from, each echoed somewhere in the output."""
    message = json.dumps(f"Request failed: {f.text}")
    return {
        "json": f'{{"error": {{"message": {message}}}, {f.json}}}',
        "url": f"GET https://graph.facebook.com/v21.0/me/thread_owner?recipient=1&{f.text}\n{{\"data\": []}}",
        "log": f"2026-12-01T09:00:00Z ERROR (#10) send failed {f.text} status=400",
        # A Python dict is read (checker.paste): its message echoes the secret's item too.
        "pyrepr": "{'error': {'message': " + repr(f"Request failed: {{{f.pyrepr}}}") + "}, " + f.pyrepr + "}",
    }


CASES = [(f, where, text) for f in FORMATS for where, text in contexts(f).items()]


def leaks(secret: str, output: str) -> list[str]:
    """Every WINDOW-long piece of the secret found in the output."""
    return [secret[i:i + WINDOW] for i in range(len(secret) - WINDOW + 1) if secret[i:i + WINDOW] in output]


def run_module(args: list[str], stdin: bytes) -> tuple[int, str, str]:
    """``python -m checker ARGS`` in this process: the same entry point, without a subprocess each."""
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for name in ("stdout", "stderr")}
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    sys.argv = ["checker", *args]
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout, sys.stderr = streams["stdout"], streams["stderr"]
    try:
        runpy.run_module("checker", run_name="__main__", alter_sys=False)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    out, err = (streams[n].buffer.getvalue().decode("utf-8", "replace") for n in ("stdout", "stderr"))
    return code, out, err


def test_there_are_at_least_30_formats_in_4_contexts():
    assert len(FORMATS) >= 30
    assert len({f.name for f in FORMATS}) == len(FORMATS)
    assert len(CASES) == 4 * len(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_redact_hides_every_format_everywhere(fmt):
    for where, text in contexts(fmt).items():
        assert fmt.secret in text or fmt.secret in json.loads(json.dumps(text)), where
        redacted = tokens.redact(text)
        assert not leaks(fmt.secret, redacted), (where, redacted)
        assert tokens.REDACTED in redacted
        assert tokens.redact(redacted) == redacted, "redaction is stable"


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_cli_json_and_text_output_never_show_a_secret(fmt):
    for where, text in contexts(fmt).items():
        for output in ("json", "text"):
            code, out, err = run_module(["-", "--format", output, "--lang", "en"], text.encode())
            assert code in (0, 1, 2), (where, output, err)
            assert "Traceback" not in err
            assert not leaks(fmt.secret, out + err), (where, output, out + err)


def test_the_echo_paths_are_really_exercised():
    """The contexts above put the secret where the report repeats input, so the test can fail."""
    fmt = kv("probe", "note", "visible-marker-1234567")
    echoed = {}
    for where, text in contexts(fmt).items():
        _, out, err = run_module(["-", "--format", "json", "--lang", "en"], text.encode())
        echoed[where] = "visible-marker-1234567" in out + err
    assert echoed == {"json": True, "url": True, "log": False, "pyrepr": True}


def test_a_real_subprocess_hides_them_too():
    text = "\n".join(contexts(f)["url"].split("\n")[0] for f in FORMATS[:12]) + '\n{"data": []}'
    for output in ("json", "text"):
        result = subprocess.run([sys.executable, "-m", "checker", "-", "--format", output],
                                input=text.encode(), capture_output=True, cwd=ROOT, timeout=60)
        shown = (result.stdout + result.stderr).decode()
        assert result.returncode in (0, 1), shown
        for fmt in FORMATS[:12]:
            assert not leaks(fmt.secret, shown), fmt.name


def _error_10(extra: dict) -> str:
    value = json.loads(ERROR_10.read_text(encoding="utf-8"))
    value.update(extra)
    return json.dumps(value)


@pytest.mark.parametrize("short", ["e", "r", "error", "HC301", "Pancake", "https", "10", "access", "token"])
def test_a_short_or_common_token_value_changes_nothing(short):
    """``"access_token": "e"`` beside error #10: the verdict, ids, links and texts stay whole."""
    plain = run_module(["-", "--format", "json", "--lang", "en"], _error_10({}).encode())
    code, out, err = run_module(["-", "--format", "json", "--lang", "en"], _error_10({"access_token": short}).encode())
    assert code == 1 == plain[0], err
    report, expected = json.loads(out), json.loads(plain[1])
    assert report["verdict"] == "error"
    assert [f["id"] for f in report["findings"]] == ["HC301"]
    assert report["findings"][0]["doc"] == "en/troubleshooting/error-10/#steps"
    assert report == expected
    code, text, err = run_module(["-", "--format", "text", "--lang", "en", "--site-url", "https://help.example/"],
                                 _error_10({"access_token": short}).encode())
    assert code == 1 and "Traceback" not in err
    assert text.startswith("Verdict: ERROR") and "[redacted]" not in text
    title = PAGE_TITLES["troubleshooting/error-10/"].text("en")
    assert f"→ {title}: https://help.example/en/troubleshooting/error-10/#steps" in text
    code, text, _ = run_module(["-", "--lang", "vi"], _error_10({"verify_token": short}).encode())
    assert code == 1 and "[redacted]" not in text


def test_a_long_literal_secret_is_hidden_only_as_a_whole_token():
    secret = "Shop-Secret-2026"
    text = json.dumps({"messenger": {"connected_apps": ["Botcake", secret, "x" + secret]}, "app_secret": secret})
    _, out, _ = run_module(["-", "--format", "json", "--lang", "en"], text.encode())
    names = [a["name"] for a in json.loads(out)["understood"]["apps"]]
    assert names == ["Botcake", "[redacted]", "x" + secret]
    link = "en/troubleshooting/error-10/#steps"  # a secret equal to a link the report writes
    _, out, _ = run_module(["-", "--format", "json", "--lang", "en"], _error_10({"app_secret": link}).encode())
    assert json.loads(out)["findings"][0]["doc"] == link


def test_checker_written_text_is_never_redacted():
    """Every title, explanation, fix step, name and link the checker writes survives redaction."""
    texts = []
    for rule in RULES.values():
        texts += [rule.name, *rule.title.__dict__.values(), *rule.explanation.__dict__.values()]
        texts += [t for step in rule.fix for t in step.__dict__.values()]
        texts += [d.href(lang) for d in rule.docs.values() for lang in ("vi", "en")]
    for table in (i18n.UI, i18n.NOTICES, i18n.INPUT_ERRORS, i18n.SHAPES, i18n.JSON_REASONS):
        texts += [t for entry in table.values() for t in entry.__dict__.values()]
    assert len(texts) > 300
    changed = [t for t in texts if tokens.redact(t) != t]
    assert not changed


def test_share_link_text_uses_the_same_redaction(monkeypatch):
    """A share link hides what the report hides: every shape, and every value the text puts after
    a secret key, wherever it is repeated."""
    for fmt in FORMATS:
        for where, text in contexts(fmt).items():
            shared = browser.redact(text)
            assert shared == tokens.redact(text, tokens.secrets_in(text))
            assert not leaks(fmt.secret, shared), (fmt.name, where, shared)
    calls = []
    monkeypatch.setattr(tokens, "redact", lambda text, extra=(): calls.append((text, set(extra))) or "R")
    assert browser.redact("x access_token=abc-secret-value-2026 abc-secret-value-2026") == "R"
    assert calls == [("x access_token=abc-secret-value-2026 abc-secret-value-2026", {"abc-secret-value-2026"})]
    worker = (ROOT / "overrides/assets/javascripts/checker/worker.js").read_text(encoding="utf-8")
    assert "browser.redact(" in worker


def test_find_secrets_and_token_detection():
    found, secrets = tokens.find_secrets({"a": [{"App_Secret": HEX32}, {"pageAccessToken": OPAQUE}], "x": "e"})
    assert found and secrets == {HEX32, OPAQUE}
    assert tokens.find_secrets({"verify_token": "shop-verify-2026"}) == (False, {"shop-verify-2026"})
    assert tokens.text_has_token(f"see {APP_ID}|{HEX32}")
    assert not tokens.text_has_token("access_token=PAGE_ACCESS_TOKEN and access_token=…")
    assert tokens.redact_value({"verdict": "error", "findings": [{"id": "HC001", "severity": "error", "title": TOKEN}]},
                               ["error"]) == {"verdict": "error", "findings": [
                                   {"id": "HC001", "severity": "error", "title": "EAA…[redacted]"}]}


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.text.endswith("=" + f.secret)], ids=lambda f: f.name)
def test_secrets_in_learns_every_field_value(fmt):
    for where, text in contexts(fmt).items():
        assert fmt.secret in tokens.secrets_in(text), where


def test_secrets_in_hides_values_repeated_without_their_key():
    """The excerpt fix proposed in hostile-findings.md: an excerpt of a line whose key was cut
    away (a request line's URL is blanked before JSON decoding) is hidden by what the raw input taught."""
    for name in ("X-Access-Token header", "PHP array 'access_token' =>"):
        fmt = next(f for f in FORMATS if f.name == name)
        raw = contexts(fmt)["url"]
        tail = raw.split("\n")[0].split(" ", 2)[2]  # what the excerpt shows: the line after the URL
        assert leaks(fmt.secret, tokens.redact(tail)), "without the raw input the tail alone leaks"
        assert not leaks(fmt.secret, tokens.redact(tail, tokens.secrets_in(raw)))
