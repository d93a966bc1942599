"""The paste readers (checker/paste/): each reader alone, hostile inputs, and how each example was read."""

from __future__ import annotations

import json

import pytest

from checker import InputError, check_text, inputs
from checker.i18n import INPUT_ERRORS, NOTICES
from checker.paste import errorlines, guidance, nested, php, relaxed
from checker.paste import read as read_paste

from .examples import EXAMPLES, all_examples

PASTES = [e for e in all_examples() if e.id.startswith("pastes/") and "read" in e.expected]


def parse(text: str) -> inputs.Parsed:
    return inputs.parse(text)


def values(text: str) -> list:
    return [p.value for p in parse(text).pieces]


# --- every paste example: the readers and notices its expectation names -------------------------

@pytest.mark.parametrize("example", PASTES, ids=lambda e: e.id)
def test_paste_example_is_read_as_expected(example):
    parsed = inputs.parse(example.path.read_bytes().decode("utf-8-sig"))
    read = example.expected["read"]
    keys = [key for key, _ in parsed.notices]
    for key in read.get("notices", ()):
        assert key in keys, f"notice {key} missing: {keys}"
    for reader in read.get("readers", ()):
        assert reader in parsed.readers
    assert parsed.cut_off == read.get("cut_off", False)


def test_every_notice_and_input_error_key_has_both_languages():
    for table in (NOTICES, INPUT_ERRORS):
        for key, text in table.items():
            assert text.vi.strip() and text.en.strip(), key
            assert text.vi != text.en, key


def test_every_paste_format_has_two_examples_with_a_source():
    sources = (EXAMPLES / "pastes" / "SOURCES.md").read_text(encoding="utf-8")
    formats = {}
    for example in all_examples():
        if example.id.startswith("pastes/"):
            formats.setdefault(example.id.split("/")[1], []).append(example)
            assert example.path.name in sources, f"{example.id} has no source in SOURCES.md"
    assert len(formats) >= 11
    for name, examples in formats.items():
        assert len(examples) >= 2, name


# --- the relaxed literal reader ------------------------------------------------------------------

def test_python_repr_reads_like_json():
    result = relaxed.read("{'a': True, 'b': None, 'c': (1, 2.5), u'd': u'x', 'e': b'y', 'f': 'it\\'s'}")
    assert result.value == {"a": True, "b": None, "c": [1, 2.5], "d": "x", "e": "y", "f": "it's"}
    assert result.dialect == "python" and not result.truncated


def test_ruby_hash_forms():
    assert relaxed.read('{"a"=>1, :b=>nil, c: :sym, "d" => [1, 2]}').value == {
        "a": 1, "b": None, "c": "sym", "d": [1, 2]}
    assert relaxed.read('{"a"=>1}').dialect == "ruby"


def test_javascript_literal():
    result = relaxed.read("{ key: 'v', other: undefined, list: [1, 2,], `t`: 1, $x: -3e2, }")
    assert result.value == {"key": "v", "other": None, "list": [1, 2], "t": 1, "$x": -300.0}
    assert result.dialect == "js"


def test_node_inspect_markers():
    text = ("<ref *1> AxiosError { a: [Object], b: [Array], c: [Function: bound f], d: [Circular *1], "
            "e: Map(2) { 'k': 1 }, f: [ 1, ... 98 more items ], [Symbol(kCapture)]: false, "
            "g: 'x' +\n   'y', h: 2024-01-02T03:04:05.678Z, i: [Object: null prototype] { z: 1 }, "
            "j: [Getter/Setter], k: Object <[Object: null prototype] {}> }")
    result = relaxed.read(text)
    assert result.value == {"a": None, "b": None, "c": None, "d": None, "e": {"k": 1}, "f": [1],
                            "Symbol(kCapture)": False, "g": "xy", "h": "2024-01-02T03:04:05.678Z",
                            "i": {"z": 1}, "j": None, "k": None}
    assert result.dialect == "node"


def test_python_lists_are_not_node_markers():
    assert relaxed.read("[None, True, False]").value == [None, True, False]


def test_cut_copy_keeps_what_is_complete():
    result = relaxed.read("{'error': {'message': '(#10) Mess")
    assert result.truncated and result.value == {"error": {"message": "(#10) Mess"}}
    # A number or word cut by the copy may be incomplete: it is left out.
    assert relaxed.read('{"code": 10, "error_subcode": 20183').value == {"code": 10}
    assert relaxed.read('{"ok": tr').value == {}


@pytest.mark.parametrize("text", ['{"a": tru}', "{error}", "{1, 2}", "{'a' 'b': 1 2}", "[1 2]",
                                  "{a b: 1}", "{'a': 1 'b': 2}", "(", "{'a':"])
def test_not_a_literal_fails_cleanly(text):
    try:
        result = relaxed.read(text)
    except relaxed.Failed:
        return
    assert result.truncated  # only a cut copy may read, and it says so


def test_nesting_limit_holds():
    assert relaxed.read("[" * 64 + "]" * 64).value is not None
    with pytest.raises(relaxed.TooDeep):
        relaxed.read("[" * 65 + "]" * 65)
    with pytest.raises(relaxed.TooDeep):
        relaxed.read("{'a': " * 65 + "1" + "}" * 65)


def test_lone_surrogates_become_replacement_characters():
    value = relaxed.read("{'m': '\\ud800 and \\ud83d\\ude00'}").value
    assert value == {"m": "\ufffd and \U0001f600"}
    json.dumps(value, ensure_ascii=False).encode("utf-8")


def test_huge_numbers_do_not_crash():
    digits = "9" * 5000
    assert relaxed.read("{'code': " + digits + "}").value == {"code": digits}
    assert relaxed.read("{'x': 1e999999}").value == {"x": float("inf")}


def test_escapes():
    assert relaxed.read(r"{'a': '\x41\u0042\U00000043\n\t\\\q'}").value == {"a": "ABC\n\t\\\\q"}


# --- PHP ---------------------------------------------------------------------------------------

def test_print_r_nested_and_multiline_values():
    text = ("Array\n(\n    [error] => Array\n        (\n            [message] => first line\n"
            "second line\n            [code] => 10\n            [flag] => \n        )\n\n)\n")
    lines = text.split("\n")
    value, after, cut = php.read_print_r(lines, 0)
    assert value == {"error": {"message": "first line\nsecond line", "code": 10, "flag": ""}}
    assert not cut and after == 11


def test_var_dump_strings_are_read_by_byte_length():
    text = 'array(2) {\n  ["m"]=>\n  string(12) "a "q"\nbị x"\n  ["n"]=>\n  NULL\n}\n'
    value, _, cut = php.read_var_dump(text.split("\n"), 0)
    assert value == {"m": 'a "q"\nbị x', "n": None} and not cut


def test_php_nesting_limit():
    depth = 65
    lines = ["Array", "("]
    for _ in range(depth):
        lines += ["    [a] => Array", "        ("]
    lines += [")"] * (depth + 1)
    with pytest.raises(InputError) as caught:
        parse("\n".join(lines))
    assert caught.value.key == "too_deep"


def test_php_object_properties_drop_visibility():
    text = "Foo\\Bar Object\n(\n    [body:protected] => x\n    [c:Foo\\Bar:private] => 1\n)"
    lines = text.split("\n")
    assert php.read_print_r(lines, 0)[0] == {"body": "x", "c": 1}


# --- error lines ---------------------------------------------------------------------------------

def test_koala_client_error_fields():
    error, strong = errorlines.error_in_line(
        "Koala::Facebook::ClientError: type: OAuthException, code: 10, error_subcode: 2018300, "
        "message: (#10) Message failed to send because another app is controlling this thread now., "
        "x-fb-trace-id: AbC+1/x [HTTP 403]")
    assert strong and error == {"error": {
        "message": "(#10) Message failed to send because another app is controlling this thread now.",
        "type": "OAuthException", "code": 10, "error_subcode": 2018300, "fbtrace_id": "AbC+1/x"}}


@pytest.mark.parametrize("line, code, subcode", [
    ("(#10) Message failed to send because another app is controlling this thread now", 10, None),
    ("facebook.GraphAPIError: (#100) Param recipient[id] must be a valid ID string", 100, None),
    ("Graph returned an error: (#200) Permissions error", 200, None),
    ("FacebookRequestError: (#551) This person isn't available right now.", 551, None),
    ("send failed error_subcode: 2018065 (#10) …", 10, 2018065),
    ("(#10) send failed, subcode 2018065", 10, 2018065),
    ("Mã lỗi #100 - Hiện không thể gắn thẻ nhân viên cho trang / ứng dụng này", 100, None),
    ("An unknown error occurred (code 1, subcode 1965014)", 1, 1965014),
])
def test_codes_written_in_text(line, code, subcode):
    error, strong = errorlines.error_in_line(line)
    assert strong
    assert error["error"].get("code") == code and error["error"].get("error_subcode") == subcode
    assert error["error"]["message"] == line


@pytest.mark.parametrize("line", ["Tại sao bot của tôi bị lỗi?", "hello, my bot is broken",
                                  "at Request.<anonymous> (/app/services/graph-api.js:250:20)",
                                  '  File "/usr/lib/python3/site-packages/facebook/__init__.py", line 3',
                                  "2024-05-02 10:14:03 INFO webhook received", "code: 200"])
def test_lines_that_are_not_errors(line):
    assert errorlines.error_in_line(line) is None


def test_every_error_line_is_read_without_a_length_limit():
    padding = "x" * 3000
    text = (f"{padding}\n2024-01-01 ERROR (#10) Message failed to send because another app is "
            f"controlling this thread now.\n{padding} (#551) This person isn't available right now.\n"
            "(#190) Error validating access token: Session has expired\n")
    codes = [v["error"]["code"] for v in values(text)]
    assert codes == [10, 551, 190]
    report = check_text(text).to_dict("en")
    assert {"HC301", "HC314"} <= {f["id"] for f in report["findings"]}


def test_weak_error_lines_only_when_nothing_stronger():
    text = "Error: send failed\n{\"error\": {\"message\": \"(#10) x\", \"code\": 10}}\n"
    assert values(text) == [{"error": {"message": "(#10) x", "code": 10}}]
    assert values("Không gửi được tin nhắn do có ứng dụng khác đang giữ quyền xử lý hội thoại") == [
        {"error": {"message": "Không gửi được tin nhắn do có ứng dụng khác đang giữ quyền xử lý hội thoại"}}]


def test_a_traceback_line_repeating_the_json_error_is_one_error():
    text = ('facebook.GraphAPIError: (#10) Message failed to send because another app is controlling '
            'this thread now.\n{"error": {"message": "(#10) Message failed to send because another app is '
            'controlling this thread now.", "code": 10, "error_subcode": 2018300}}\n')
    assert len(parse(text).pieces) == 1


# --- log lines -----------------------------------------------------------------------------------

def test_json_after_prefixes_on_many_lines():
    lines = [f'2024-01-01T10:00:0{i}Z INFO incoming {{"success": true}}' for i in range(3)]
    parsed = parse("\n".join(lines))
    assert [p.value for p in parsed.pieces] == [{"success": True}] * 3
    assert [p.line for p in parsed.pieces] == [1, 2, 3]
    assert ("read_log_lines", (("count", 3),)) in parsed.notices


def test_one_object_split_over_heroku_lines():
    prefix = "2020-10-29T07:06:32.53474{}+00:00 app[web.1]: "
    body = ["{ error:", "  { message: '(#10) Message failed to send because another app is controlling "
            "this thread now.',", "  type: 'OAuthException',", "  code: 10,", "  error_subcode: 2018300,",
            "  fbtrace_id: 'AHhD6jUM6ARRq8Fkxx5vPub' } }", "Unable to send: Error: 400"]
    text = "\n".join(prefix.format(i % 10) + line for i, line in enumerate(body))
    parsed = parse(text)
    assert parsed.pieces[0].value["error"]["error_subcode"] == 2018300
    assert ("read_split_lines", ()) in parsed.notices


def test_log_brackets_are_not_lists():
    text = '[2024-05-02 10:14:03] [INFO] [web.1] production.ERROR: x {"error": {"code": 190, "message": "m"}}'
    assert values(text) == [{"error": {"code": 190, "message": "m"}}]


def test_question_around_a_paste_is_ignored():
    text = 'Cho mình hỏi sao vậy ạ?\n{"data": [{"thread_owner": {"app_id": "263902037430900"}}]}\nCảm ơn!'
    parsed = parse(text)
    assert [p.value for p in parsed.pieces] == [{"data": [{"thread_owner": {"app_id": "263902037430900"}}]}]
    assert ("ignored_text", (("count", 2),)) in parsed.notices


# --- values inside values ------------------------------------------------------------------------

def test_json_in_string_fields_and_batch_bodies():
    batch = json.dumps([{"code": 400, "headers": [], "body": json.dumps({"error": {"code": 10, "message": "m"}})}])
    assert values(batch) == [[{"error": {"code": 10, "message": "m"}}]]


def test_escaped_json_string():
    assert values(json.dumps(json.dumps({"error": {"code": 10, "message": "m"}}))) == [
        {"error": {"code": 10, "message": "m"}}]


def test_bot_framework_message_activity_is_unwrapped_to_the_event():
    event = {"sender": {"id": "1"}, "recipient": {"id": "2"}, "timestamp": 1, "message": {"mid": "m", "text": "hi"}}
    activity = {"type": "message", "channelId": "facebook", "channelData": event, "text": "hi"}
    notices: set[str] = set()
    assert nested.extract(activity, notices) == [event] and "read_channel_data" in notices


def test_errors_deep_inside_a_dump_are_found_once():
    dump = {"name": "AxiosError", "response": {"data": {"error": {"code": 10, "message": "m"}}},
            "cause": {"response": {"data": {"error": {"code": 10, "message": "m"}}}}}
    assert nested.extract(dump, set()) == [{"error": {"code": 10, "message": "m"}}]


def test_json_in_strings_respects_the_nesting_limit():
    deep = "[" * 40 + "]" * 40
    value: object = {"b": deep}
    for _ in range(30):
        value = [value]
    notices: set[str] = set()
    assert nested.unwrap(value, notices) == value and not notices  # would go past 64 levels


# --- what the paste looks like when nothing can be read -----------------------------------------

@pytest.mark.parametrize("text, key", [
    ("<!doctype html><html><body>502 Bad Gateway</body></html>", "looks_html"),
    ("Error: getaddrinfo ENOTFOUND graph.facebook.com", "looks_network"),
    ("Error: read ECONNRESET", "looks_network"),
    ("curl: (6) Could not resolve host: graph.facebook.com", "looks_network"),
    ("https://business.facebook.com/latest/inbox", "looks_url"),
    ("Bot không trả lời khách, mọi người giúp với", "looks_prose"),
    ("My bot stopped answering customers yesterday", "looks_prose"),
    ('{"foo": "bar"}', "json_unrelated"),
    ("AxiosError: Request failed with status code 400", "only_http_status"),
])
def test_guidance_for_what_cannot_be_checked(text, key):
    with pytest.raises(InputError) as caught:
        parse(text)
    assert caught.value.key == key


def test_real_json_mistakes_keep_their_position():
    with pytest.raises(InputError) as caught:
        parse('{\n  "error": {\n    "code": 10\n    "error_subcode": 2018300\n  }\n}')
    assert (caught.value.key, caught.value.line, caught.value.column) == ("invalid_json", 4, 5)


def test_not_strict_json_is_read_with_its_position_in_a_notice():
    parsed = parse('{"error": {"code": 10, "error_subcode": 2018300,}}')
    notice = dict(parsed.notices)["not_strict_json"]
    assert dict(notice)["line"] == 1 and dict(notice)["column"] == 48


def test_guidance_language_detection():
    assert guidance.language_of("Bot không trả lời") == "vi"
    assert guidance.language_of("Bot does not answer") == "en"


# --- hostile inputs: nothing crashes, nothing hangs ----------------------------------------------

@pytest.mark.parametrize("text", [
    "'" * 200_000,
    "\\" * 200_000,
    '"' * 200_000,
    "{" * 64 + "x" * 1000,
    "[" * 60 + "'" + "a" * 100_000,
    "{'a': [" * 30 + "\n" * 10,
    "a(" * 50_000,
    "<" * 100_000,
    "[Object]" * 20_000,
    "{'" + "\\u" * 50_000,
    ("x [y {z " * 10_000) + "\n",
    "Array\n(\n" + "    [a] => 1\n" * 20_000,
    'array(1) {\n  ["a"]=>\n  string(99999999) "x\n',
    "\n".join(f"2024 app[web.1]: {{ a: {i}," for i in range(5_000)),
    "\ud800\udfff\ud800{'a': '\ud800'}",
])
def test_hostile_input_is_read_or_refused_cleanly(text):
    try:
        check_text(text).to_dict("vi")
    except InputError as exc:
        assert exc.key in INPUT_ERRORS


def test_reader_is_fine_with_many_small_values():
    text = "\n".join(f"{{'a': {i}}}" for i in range(2_000))
    reading = read_paste(text)
    assert len(reading.found) == 2_000


def test_size_limit_holds_for_every_reader():
    with pytest.raises(InputError) as caught:
        parse("{'a': '" + "x" * (inputs.MAX_BYTES + 1) + "'}")
    assert caught.value.key == "too_large"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_notice_the_readers_give_renders_in_both_languages(lang):
    """What the engine does with Parsed.notices: fmt(NOTICES[key].text(lang), dict(params), lang)."""
    from checker.engine import fmt

    seen = set()
    for example in all_examples():
        if example.is_bad:
            continue
        for key, params in inputs.parse(example.path.read_bytes().decode("utf-8-sig")).notices:
            text = fmt(NOTICES[key].text(lang), dict(params), lang)
            assert "{" not in text.replace("{\"", "").replace("{…", ""), (key, text)
            seen.add(key)
    assert {"read_python", "read_ruby", "read_js", "read_node", "read_php_print_r", "read_php_var_dump",
            "cut_off", "read_log_lines", "read_split_lines", "read_error_lines", "read_escaped_json",
            "read_batch", "read_channel_data", "read_nested_error", "not_strict_json"} <= seen
