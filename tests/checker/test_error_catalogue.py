"""The catalogue's answer for each pasted error: code and subcode first, then a known message under
any code, the channel's own variant, an honest "not in our catalogue" (HC003) for the rest; every
error of a paste named; how the paste was read shown to the reader in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from checker import browser, check_text
from checker.inputs import InputError
from checker.rules import RULES
from checker.rules.graph_errors import lookup, written_codes

REGISTER = yaml.safe_load((Path(__file__).resolve().parents[2] / "sources" / "errors.yml").read_text(encoding="utf-8"))


def ids(text: str) -> list[str]:
    return sorted({f["id"] for f in check_text(text).to_dict("en")["findings"]})


def body(code: int | None, message: str, subcode: int | None = None, type_: str = "OAuthException") -> str:
    error: dict = {"message": message, "type": type_}
    if code is not None:
        error["code"] = code
    if subcode is not None:
        error["error_subcode"] = subcode
    return json.dumps({"error": error})


@pytest.mark.parametrize("code, subcode, message, expected", [
    # Code and subcode decide first, whatever the message says.
    (10, 2018300, "anything at all", "HC301"),
    (10, 2018065, "(#10) This message is sent outside of allowed window.", "HC305"),
    # A message that identifies a known error, under an older or different code.
    (10, None, "(#10) Cannot message users who are not admins, developers or testers of the app until "
               "pages_messaging permission is reviewed and the app is live.", "HC310"),
    (200, None, "(#200) This person isn't receiving messages from you right now", "HC314"),
    (200, None, "(#200) This person isn't available right now", "HC312"),
    (551, None, "This person isn't available right now", "HC315"),
    (100, None, "(#100) No matching user found", "HC334"),
    # A subcode written in the text counts.
    (None, None, "(#10/2018065) This message is sent outside of allowed window.", "HC305"),
    (None, None, 'Response: {"error":{"message":"x","code":10,"error_subcode":2018065}}', "HC305"),
    (10, None, "(#10) This message is sent outside of allowed window. error_subcode: 2018065", "HC305"),
    # Messenger and Instagram told apart: subcode, wording of the channel, the pasted item's channel.
    (10, 2534022, "This message is sent outside of allowed window.", "HC304"),
    (10, None, "This message is sent outside of allowed window. (IGApiException)", "HC304"),
    (10, None, "(#10) This message is sent outside of allowed window.", "HC303"),
    # Generic codes whose meaning does not depend on the rest.
    (190, None, "Some new wording", "HC316"),
    (613, None, "Calls to this api have exceeded the rate limit.", "HC328"),
    # HC333 only on its own wording.
    (100, None, "(#100) Hiện không thể gắn thẻ nhân viên cho trang/ứng dụng này", "HC333"),
])
def test_lookup(code, subcode, message, expected):
    rule = lookup(code, subcode, message)
    assert rule is not None and rule.id == expected


def test_instagram_channel_of_the_item_picks_the_instagram_variant():
    assert lookup(10, None, "This message is sent outside of allowed window.", "instagram").id == "HC304"
    assert lookup(10, None, "This message is sent outside of allowed window.", "messenger").id == "HC303"


@pytest.mark.parametrize("message", [
    "(#100) The parameter recipient is required",
    "(#100) Object does not exist, cannot be loaded due to missing permissions",
    "(#100) Length of param message[text] must be less than or equal to 640",
    "(#100) The URL provided is not whitelisted for messenger extensions",
    "(#100) Message cannot be empty, must provide valid attachment or text",
    "(#100) Incorrect number of files uploaded. Must upload exactly one file",
    "Unsupported request - method type: get",
])
def test_ordinary_100_errors_are_not_in_the_catalogue(message):
    assert lookup(100, None, message) is None
    assert ids(body(100, message)) == ["HC003"]


def test_not_in_the_catalogue_says_what_the_code_means_and_what_to_try():
    finding = check_text(body(100, "(#100) The parameter recipient is required")).to_dict("en")["findings"][0]
    assert finding["id"] == "HC003" and finding["severity"] == "warning"
    assert "Code 100 means an invalid parameter" in finding["explanation"]
    assert "it is not a handover error" in finding["explanation"]
    assert finding["fix"][0].startswith("Compare the code and message with the error table")
    vi = check_text(body(100, "(#100) The parameter recipient is required")).to_dict("vi")["findings"][0]
    assert "Mã 100 là lỗi tham số" in vi["explanation"]


def test_unknown_subcode_of_a_specific_code_is_not_guessed():
    assert lookup(10, 9999999, "(#10) Something new") is None
    assert lookup(100, 9999999, "(#100) Something new") is None


def test_three_different_errors_in_a_log_are_three_findings():
    log = "\n".join([
        "2024-05-01T10:00:00Z ERROR send failed: (#10) Message failed to send because another app is controlling this thread now.",
        "2024-05-01T10:00:05Z ERROR send failed: (#551) This person isn't receiving messages from you right now.",
        "2024-05-01T10:00:09Z ERROR send failed: (#190) Error validating access token: Session has expired on Friday",
    ])
    assert ids(log) == ["HC301", "HC314", "HC320"]


def test_a_message_is_matched_whatever_its_length():
    stack = "x" * 5000
    assert ids(body(None, f"{stack} (#10) Message failed to send because another app is controlling this thread now.")) \
        == ["HC301"]


def wordings():
    for key, entry in REGISTER.items():
        for wording in entry.get("wordings", ()):
            yield pytest.param(key, wording, id=f"{key}:{wording['text'][:30]}")


@pytest.mark.parametrize("key, wording", list(wordings()))
def test_vendor_wordings_of_the_register_give_their_rule(key, wording):
    assert wording["source"].startswith("https://")
    rule = next(r for r in RULES.values() if r.error is not None and r.error.source == key)
    assert ids(wording["text"]) == [wording.get("rule", rule.id)]


def test_the_register_records_every_vendor_wording_the_brief_names():
    texts = " ".join(w["text"] for e in REGISTER.values() for w in e.get("wordings", ()))
    for needle in ("Không gửi được tin nhắn do có ứng dụng khác", "Người này hiện không có mặt",
                   "Tạm thời bạn bị chặn", "not whitelisted for messenger extensions", "gắn thẻ nhân viên"):
        assert needle in texts


# --- how the paste was read reaches the reader ---------------------------------------------

def view(text: str, lang: str) -> dict:
    return json.loads(browser.run(text, lang))["view"]


def test_reader_notices_reach_the_view_in_both_languages_after_removed():
    paste = "\ufeff{'error': {'message': '(#10) Message failed to send because another app is controlling this thread now.', 'code': 10}}"
    en = view(paste, "en")["notices"]["items"]
    vi = view(paste, "vi")["notices"]["items"]
    assert en[0].startswith("Ignored ") and vi[0].startswith("Đã bỏ qua ")  # the "removed" notice (the BOM) first
    assert "Read as a Python dict/list (single quotes, True/False/None), not JSON." in en[1:]
    assert "Đã đọc như một dict/list của Python (nháy đơn, True/False/None), không phải JSON." in vi[1:]


def test_log_lines_notice_names_the_count():
    log = "10:00 ERROR {\"error\": {\"message\": \"x\", \"code\": 4}}\n10:01 ERROR {\"error\": {\"message\": \"y\", \"code\": 613}}"
    assert "Read 2 JSON value(s) found among log lines or text." in view(log, "en")["notices"]["items"]
    assert "Đã đọc 2 giá trị JSON nằm giữa các dòng nhật ký hoặc văn bản." in view(log, "vi")["notices"]["items"]


@pytest.mark.parametrize("message, expected", [
    ("(#10) x error_subcode: 2018065", (10, 2018065)),
    ('{"code":10,"error_subcode":2534022}', (10, 2534022)),
    ("#10 / 2018065 outside window", (10, 2018065)),
    ("on 12/2018065 something", (12, 2018065)),  # only a catalogued subcode is read from "n/m"
    ("released 12/20181010", (None, None)),
    ("HTTP code: 200", (None, None)),
])
def test_codes_written_in_a_message(message, expected):
    assert written_codes(message) == expected


# --- the settings snapshot: a Graph batch answer judged as one state -------------------------

SNAPSHOT = Path(__file__).resolve().parents[1] / "examples" / "snapshot"


def snapshot(name: str, lang: str = "en") -> dict:
    return check_text((SNAPSHOT / f"{name}.json").read_text(encoding="utf-8")).to_dict(lang)


def test_snapshot_is_one_state_with_the_bot_found_among_the_subscribed_apps():
    report = snapshot("healthy")
    assert report["verdict"] == "ok"
    (state,) = report["findings"]
    assert state["id"] == "HC270"
    assert state["explanation"] == (
        "Read together: Conversation Routing on Messenger on, on Instagram on (messaging_feature_status); "
        "apps subscribed to the Page: Botcake, Pancake; bot: Botcake; Botcake holds the conversation (the bot). "
        "The other findings of this report judge that same state.")
    vi = snapshot("healthy", "vi")["findings"][0]["explanation"]
    assert "Chuyển quyền trò chuyện Messenger bật, Instagram bật" in vi and "Botcake giữ hội thoại (là bot)" in vi
    assert "Read the \"body\" of each answer in a Graph API batch response." in report["notices"]


def test_snapshot_missing_fields_say_that_other_apps_lists_are_uncertain():
    report = snapshot("bot-not-subscribed-standby")
    missing = [f for f in report["findings"] if f["id"] == "HC240"]
    assert [f["title"] for f in missing] == ["Webhook fields needed for routing are missing: messaging_handovers, standby"]
    assert "Meta does not document whether the list is complete (uncertain)" in missing[0]["explanation"]
    vi = next(f for f in snapshot("bot-not-subscribed-standby", "vi")["findings"] if f["id"] == "HC240")
    assert "(chưa chắc chắn)" in vi["explanation"]


def test_snapshot_thread_owned_by_the_page_inbox_is_an_error():
    report = snapshot("owner-page-inbox")
    assert report["verdict"] == "error"
    assert {f["id"] for f in report["findings"]} == {"HC202", "HC270"}
    state = next(f for f in report["findings"] if f["id"] == "HC270")
    assert "Page Inbox (Meta Business Suite) holds the conversation (not the bot)" in state["explanation"]


def test_snapshot_operation_answering_an_error_is_a_finding():
    report = snapshot("one-operation-error")
    assert {f["id"] for f in report["findings"]} == {"HC003", "HC270"}
    assert report["understood"]["errors"] == [{"code": 100, "subcode": None}]
    state = next(f for f in report["findings"] if f["id"] == "HC270")
    assert "no thread_owner answer (that step needs a customer's PSID and is optional)" in state["explanation"]


# --- errors written as text in places the readers now look -----------------------------------

def test_an_error_line_held_in_a_json_string_is_read():
    assert ids('"local.ERROR: Error sending payload: (#105) param name_placeholder[buttons] has too many elements."') \
        == ["HC003"]


def test_a_bare_code_in_a_json_string_is_still_a_string():
    with pytest.raises(InputError):
        check_text('"(#10) hello"')


def test_an_error_written_in_a_string_field_named_like_an_error_is_read():
    paste = '{"external_error" => "190 - Error validating access token: Session has expired on Tuesday"}'
    assert ids(paste) == ["HC320"]


def test_a_code_heading_gives_its_code_to_the_wording_under_it():
    assert ids("#551\n\nThis user is currently unavailable, this user cannot receive your messages\n") == ["HC314"]
    assert ids("Mã lỗi #551:\nNgười này hiện không có mặt\n") == ["HC315"]


def test_a_vendor_table_row_gives_code_and_subcode():
    assert ids("2 | 2018344 | Service temporarily unavailable Privacy ToS not accepted |\n") == ["HC003"]
    report = check_text("2 | 2018344 | Service temporarily unavailable Privacy ToS not accepted |\n").to_dict("en")
    assert report["understood"]["errors"] == [{"code": 2, "subcode": 2018344}]


def test_a_catalogued_subcode_named_as_the_error_code_in_prose_counts():
    assert ids("The only error I found is Meta error code `2534022` when replying.") == ["HC304"]
    with pytest.raises(InputError):  # a number the catalogue does not know stays prose
        check_text("The only error I found is Meta error code `2999999` when replying.")


def test_metas_unknown_error_minus_one_is_not_in_the_catalogue_with_its_meaning():
    report = check_text('In chatwoot I see the message `"(#-1) Erro interno inesperado"`.').to_dict("en")
    (finding,) = report["findings"]
    assert finding["id"] == "HC003" and "Code -1 is an unexpected internal error on Meta's side" in finding["explanation"]
