"""What a reader sees, pinned piece by piece: understood rows, channels, notices, links, lists, fix steps."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from checker import browser, check_text
from checker.reporters import view_text
from checker.rules import RULES, RegistryError, build
from checker.rules.definition import Rule
from checker.vocabulary import CHANNEL_NAMES, KNOWN_APPS, STATUS_SHOWN, SYMPTOMS, status_words_are_folded

from .examples import ROOT, example

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def view(text: str, lang: str = "en") -> dict:
    return json.loads(browser.run(text, lang))["view"]


def rows(v: dict) -> dict[str, str]:
    return {row["label"]: row["value"] for row in v["understood"]["rows"]}


SETTINGS_TWO_APPS = json.dumps({"messenger": {"connected_apps": ["Botcake", "Pancake", "Chatfuel"],
                                              "routing": {"default_app": "none"}}})


def test_understood_lists_every_app():
    assert rows(view(SETTINGS_TWO_APPS))["Apps"] == "Botcake, Pancake, Chatfuel"


def test_understood_records_the_channels():
    text = example("settings/default-app-inbox-instagram.json").read_text(encoding="utf-8")
    assert rows(view(text))["Channel"] == "Instagram"
    assert rows(view(text, "vi"))["Kênh"] == "Instagram"


def test_notices_are_shown():
    text = example("lists/with-unrecognised-items.json").read_text(encoding="utf-8")
    items = view(text)["notices"]["items"]
    assert items and "list item" in items[0]


def test_instagram_findings_link_to_the_instagram_guide():
    text = example("settings/default-app-inbox-instagram.json").read_text(encoding="utf-8")
    hrefs = [link["href"] for f in view(text)["findings"] for link in f["links"]]
    assert "en/troubleshooting/turn-off/#step-routing-instagram" in hrefs


def test_list_values_show_every_item():
    finding = next(f for f in view(SETTINGS_TWO_APPS)["findings"] if f["id"] == "HC113")
    assert finding["explanation"].startswith("Botcake, Pancake, Chatfuel are connected")


def test_text_reporter_prints_every_fix_step():
    text = example("errors/2018300.json").read_text(encoding="utf-8")
    out = view_text(view(text))
    assert all(f"    {n}. " in out for n in (1, 2, 3, 4))


def test_link_text_is_the_page_title_never_a_path():
    text = example("errors/2018300.json").read_text(encoding="utf-8")
    links = view(text, "vi")["findings"][0]["links"]
    assert links[0] == {"href": "troubleshooting/error-10/#steps",
                        "text": "Lỗi #10: ứng dụng khác giữ hội thoại"}
    assert links[1] == {"href": "errors/#2018300", "text": "Bảng mã lỗi: mã 10, mã phụ 2018300"}
    assert all("/" not in link["text"] for link in links)


def test_error_rows_without_a_code_are_named_by_their_message_not_their_heading_id():
    """hop-apis-disabled is the row's heading id: a reader sees Meta's message instead."""
    text = json.dumps({"error": {"message": "Handover Protocol APIs disabled for this page.", "type": "OAuthException"}})
    links = view(text, "en")["findings"][0]["links"]
    assert links[1]["href"].endswith("#hop-apis-disabled")
    assert links[1]["text"] == "Error codes: Handover Protocol APIs disabled for this page."


def test_title_comes_before_the_rule_id_for_shop_owners():
    """The support summary and the text report put the title first and the id after it."""
    text = example("errors/2018300.json").read_text(encoding="utf-8")
    result = view(text, "en")
    title = result["findings"][0]["title"]
    assert f"[ERROR] {title} (HC301)" in result["support_summary"]
    assert f"[ERROR] {title} (HC301)" in view_text(result)


def test_vietnamese_report_names_apps_in_vietnamese():
    event = {"recipient": {"id": "1"}, "timestamp": 1, "app_roles": {"263902037430900": ["primary_receiver"]}}
    finding = view(json.dumps(event), "vi")["findings"][0]
    assert "Hộp thư Trang" in finding["explanation"] and "Page Inbox" not in finding["explanation"]


def test_support_summary_has_verdict_ids_codes_and_channel_but_no_token():
    token = "EAAB" + "x7Yz9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz"
    text = json.dumps([{"error": {"message": "(#10) x", "code": 10, "error_subcode": 2018300}},
                       {"data": [], "access_token": token}])
    summary = view(text)["support_summary"]
    assert summary.startswith("Verdict: ERROR") and "HC301" in summary and "#10/2018300" in summary
    assert "Messenger" in summary and token[:12] not in summary


def test_input_error_view_has_message_excerpt_and_no_findings():
    result = json.loads(browser.run(example("bad/missing-comma.json").read_text(encoding="utf-8"), "en"))
    assert result["ok"] is False
    v = result["view"]
    assert v["verdict"] == "input-error" and v["findings"] == []
    assert v["summary"] == result["input_error"]["message"] and v["excerpt"].endswith("^")


def test_check_is_run_without_the_view():
    text = example("errors/2018300.json").read_text(encoding="utf-8")
    ran, checked = json.loads(browser.run(text, "vi")), json.loads(browser.check(text, "vi"))
    ran.pop("view")
    assert ran == checked


# --- collect, then judge: the order of pasted items never matters ------------------------

MULTI = [
    ["settings/default-app-inbox-instagram.json", "thread-owner/list-owner-other.json"],
    ["settings/botcake-shows-app.json", "errors/2018300.json", "webhooks/standby.json"],
    ["errors/instagram-100-form.json", "thread-owner/page-inbox-number.json", "feature-status/instagram-off.json"],
    ["settings/link-and-ad-route-other-app.json", "ads/click-to-direct.json", "secondary-receivers/legacy-apps.json"],
]


@pytest.mark.parametrize("names", MULTI, ids=lambda n: "+".join(n))
def test_same_findings_and_links_whatever_the_order(names):
    items = [json.loads(example(n).read_text(encoding="utf-8")) for n in names]
    for lang in ("vi", "en"):
        results = {json.dumps(check_text(json.dumps(list(order))).to_dict(lang), sort_keys=True)
                   for order in itertools.permutations(items)}
        assert len(results) == 1


def test_settings_and_owner_link_to_instagram_in_either_order():
    settings = {"bot": {"name": "Botcake", "id": "1122334455667788"},
                "instagram": {"connected_apps": ["Botcake", "Pancake"]}}
    owner = {"data": [{"thread_owner": {"app_id": "5556667778889990"}}]}
    for items in ([settings, owner], [owner, settings]):
        report = check_text(json.dumps(items)).to_dict("en")
        hc201 = next(f for f in report["findings"] if f["id"] == "HC201")
        assert hc201["doc"] == "en/troubleshooting/instagram-100/#step-find-owner"


# --- the registry ---------------------------------------------------------------------------


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.id)
def test_rule_text_is_complete_in_both_languages(rule):
    for text in (rule.title, rule.explanation, *rule.fix):
        assert text.vi.strip() and text.en.strip()
        assert set(PLACEHOLDER.findall(text.vi)) == set(PLACEHOLDER.findall(text.en)), text
    for text in (rule.title, rule.explanation, *rule.fix):
        assert "Bài gốc" not in text.vi and "original article" not in text.en


def test_registry_rejects_a_duplicate_and_a_malformed_id():
    some = next(iter(RULES.values()))
    with pytest.raises(RegistryError, match="duplicate id"):
        build([some, some])
    bad = Rule("HC12", "x", "error", some.title, some.explanation, some.fix, some.docs)
    with pytest.raises(RegistryError, match="HC and three digits"):
        build([bad])


def test_todays_rule_ids_and_names_still_exist():
    names = json.loads((ROOT / "tests/data/rule_names.json").read_text(encoding="utf-8"))
    assert {rid: RULES[rid].name for rid in names} == names


# --- the vocabulary -------------------------------------------------------------------------


def test_schema_symptom_enum_is_the_vocabulary():
    schema = json.loads((ROOT / "checker/schema/settings.schema.json").read_text(encoding="utf-8"))
    enum = schema["$defs"]["channel"]["properties"]["symptoms"]["items"]["enum"]
    assert enum == list(SYMPTOMS)


def test_status_words_are_understood_when_read_back():
    assert status_words_are_folded()
    assert {"none", "unknown"} <= set(STATUS_SHOWN)


def test_channel_names_and_known_apps_have_both_languages():
    assert set(CHANNEL_NAMES) == {"messenger", "instagram"}
    assert all(app.name.vi and app.name.en for app in KNOWN_APPS)
