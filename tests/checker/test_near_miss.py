"""Every rule has one near miss: an input that almost triggers it, and must not.

Each entry names what makes it a near miss, and (where one exists) the neighbouring rule that
fires instead, so the input is known to have been read and judged.
"""

from __future__ import annotations

import json

import pytest

from checker import check_text
from checker.rules import RULES

BOT_ID = "1122334455667788"
OTHER_ID = "5556667778889990"
PAGE_INBOX = "263902037430900"
BOT = {"bot": {"name": "Botcake", "id": BOT_ID}, "messenger": {}}


def messenger(**section):
    return {"settings_version": 1, "messenger": section}


def error(code, subcode=None, message=""):
    inner = {"message": message, "code": code}
    if subcode is not None:
        inner["error_subcode"] = subcode
    return {"error": inner}


def event(**body):
    return {"sender": {"id": "1"}, "recipient": {"id": "2"}, "timestamp": 1, **body}


def webhook(*events, standby=False):
    return {"object": "page", "entry": [{"id": "2", "time": 1, ("standby" if standby else "messaging"): list(events)}]}


def owner(app_id):
    return {"data": [{"thread_owner": {"app_id": app_id, "expiration": 1}}]}


# rule id: (input, the rule that fires instead or None, why it is a near miss)
NEAR_MISS = {
    "HC001": ({"data": [], "access_token": "PAGE_ACCESS_TOKEN"}, "HC204", "a documentation placeholder, not a token"),
    "HC002": ({"recipient": {"id": "1"}, "target_app_id": int(PAGE_INBOX)}, "HC231", "the real Page Inbox id"),
    "HC003": (error(190, 999), "HC316", "an unknown subcode of a code whose meaning does not depend on it"),
    "HC101": (messenger(connected_apps=["Botcake", "Pancake"], botcake_shows="Botcake"), None,
              "the status box shows the bot itself"),
    "HC102": (messenger(connected_apps=["Botcake"], handover={"selected_app": "Botcake"}), None,
              "handover selects the bot itself"),
    "HC103": (messenger(connected_apps=["Botcake"], handover={"primary_receiver": "Botcake"}), None,
              "the legacy Primary Receiver is the bot"),
    "HC104": (messenger(connected_apps=["Pancake", "Botcake"]), None, "the bot is connected, second in the list"),
    "HC110": (messenger(connected_apps=["Botcake"], routing={"default_app": "Botcake"}), None, "the bot is the default"),
    "HC111": (messenger(connected_apps=["Botcake", "Pancake"], routing={"default_app": "Pancake"}), "HC110",
              "the default app is another app, not the inbox"),
    "HC112": (messenger(connected_apps=["Botcake", "Pancake"], handover={"selected_app": "Pancake"},
                        routing={"default_app": "Pancake"}), "HC102", "both settings name the same app"),
    "HC113": (messenger(connected_apps=["Botcake", "Hộp thư Trang"], routing={"default_app": "none"}), "HC114",
              "two apps connected, but one is the inbox (it does not answer by itself)"),
    "HC114": (messenger(connected_apps=["Botcake"], routing={"default_app": "Không xác định"}), None,
              "the default app is unknown, not none"),
    "HC115": (messenger(connected_apps=["Botcake"], routing={"default_app": "Botcake",
                                                             "link_routes": [{"link": "m.me/x", "app": "Botcake"}]}),
              None, "a link route that goes to the bot"),
    "HC116": (messenger(connected_apps=["Botcake", "Pancake"], routing={"default_app": "Pancake"}), "HC110",
              "the routed app is connected"),
    "HC117": (messenger(connected_apps=["Botcake", "Pancake"], routing={"default_app": "Pancake",
                                                                       "take_control": ["Botcake"]}), "HC110",
              "another app gets customers, and the bot may take control"),
    "HC118": (messenger(connected_apps=["Botcake"], routing={"default_app": "none", "take_control": []}), "HC114",
              "no default app, and no app has the take-control permission"),
    "HC119": (messenger(connected_apps=["Botcake", "Pancake", "Hộp thư Trang"]), None, "every connected app is known"),
    "HC120": (messenger(connected_apps=["Botcake"], symptoms=["the weather"]), None, "a symptom the format lacks"),
    "HC201": ([BOT, owner(BOT_ID)], None, "the owner is the bot"),
    "HC202": (owner(OTHER_ID), "HC203", "the owner is an app, not the inbox"),
    "HC203": (owner(PAGE_INBOX), "HC202", "the owner is the inbox, whose id is known"),
    "HC204": (owner(OTHER_ID), "HC203", "an owner is named: not idle"),
    "HC205": ({"data": [{"thread_owner": {"app_id": OTHER_ID, "expiration": 1}}]}, "HC203", "the owner is visible"),
    "HC206": ({"data": [{"id": "t_1", "is_owner": True}, {"id": "t_2", "is_owner": True}]}, None,
              "every conversation is owned by the calling app"),
    "HC210": ({"data": [{"id": PAGE_INBOX, "name": "Page Inbox"}]}, None, "the only secondary receiver is the inbox"),
    "HC220": ({"messaging_feature_status": {"msgr_multi_app": True, "ig_multi_app": True}}, None, "routing is on"),
    "HC230": (webhook(event(message={"mid": "m", "text": "hi"})), None, "the message came in messaging"),
    "HC231": (webhook(event(pass_thread_control={"new_owner_app_id": OTHER_ID})), "HC232", "passed to an app"),
    "HC232": (webhook(event(pass_thread_control={"new_owner_app_id": PAGE_INBOX})), "HC231", "passed to the inbox"),
    "HC233": ([BOT, webhook(event(take_thread_control={"new_owner_app_id": BOT_ID}))], None, "the bot took control"),
    "HC234": (webhook(event(pass_thread_control={"new_owner_app_id": OTHER_ID})), "HC232", "a pass, not a request"),
    "HC235": (webhook(event(message={"mid": "m", "text": "roles"})), None, "a message, not an app_roles event"),
    "HC236": ([BOT, webhook(event(message={"mid": "m", "is_echo": True, "app_id": int(BOT_ID)}))], None,
              "the echo comes from the bot"),
    "HC240": ({"data": [{"name": "Botcake", "id": BOT_ID, "subscribed_fields": [
        "messages", "messaging_postbacks", "messaging_referral", "messaging_handover", "standby"]}]}, None,
        "every field, handover spelled the singular way"),
    "HC250": ({"recipient": {"id": "1"}, "message": {"text": "x"},
               "thread_control": {"app_id": OTHER_ID, "control_type": "pass"}}, "HC232", "control_type is given"),
    "HC251": ({"recipient": {"id": "1"}, "message": {"text": "x"}, "thread_control": {"app_id": OTHER_ID}}, "HC250",
              "no control_type: Meta reads it as release, but HC250 speaks for it"),
    "HC252": ({"recipient": {"id": "1"}, "target_app_id": OTHER_ID}, "HC232", "the pass names its target"),
    "HC253": ('POST /me/request_thread_control\n{"recipient": {"id": "1"}}', "HC254", "a request, not a take"),
    "HC254": ('POST /me/take_thread_control\n{"recipient": {"id": "1"}}', "HC253", "a take, not a request"),
    "HC255": ('POST /me/extend_thread_control\n{"recipient": {"id": "1"}, "duration": 604800}', None,
              "exactly seven days"),
    "HC256": ({"success": True}, None, "the call succeeded"),
    "HC260": ([BOT, {"message": {"text": "hi", "receiving_app_id": int(BOT_ID)}}], None, "the ad goes to the bot"),
    "HC261": ({"message": {"text": "hi", "receiving_app_id": OTHER_ID, "receiving_app_control_expiration": 30}},
              None, "30 days, the longest allowed"),
    "HC270": ([{"messaging_feature_status": {"msgr_multi_app": True}}, owner(BOT_ID)], None,
              "feature status and thread owner without the Page's subscribed_apps: not the whole snapshot"),
    "HC301": (error(10, 2018278), "HC303", "code 10, another subcode"),
    "HC302": (error(100, 2018234), "HC326", "code 100, another subcode"),
    "HC303": (error(10, 2534022), "HC304", "the Instagram window subcode"),
    "HC304": (error(10, 2018278), "HC303", "the Messenger window subcode"),
    "HC305": (error(10, None, "This message is sent outside of allowed window."), "HC303",
              "the window message without the News Messaging sentence"),
    "HC306": (error(10, 2018336), "HC307", "code 10, the neighbouring recipient subcode"),
    "HC307": (error(10, 2018108), "HC306", "code 10, the neighbouring recipient subcode"),
    "HC308": (error(2022), "HC324", "another policy restriction"),
    "HC309": (error(200, 2018028), "HC310", "code 200 with its app-review subcode"),
    "HC310": (error(200, 2018027), "HC311", "the phone-number review subcode"),
    "HC311": (error(200, 2018028), "HC310", "the pages_messaging review subcode"),
    "HC312": (error(551, 1545041), "HC315", "the same subcode under code 551"),
    "HC313": (error(200, 1545041), "HC312", "code 200, another recipient subcode"),
    "HC314": (error(551, 1545041), "HC315", "code 551 with a subcode"),
    "HC315": (error(200, 1545041), "HC312", "the same subcode under code 200"),
    "HC316": (error(190, 463), "HC320", "code 190 with a known subcode"),
    "HC317": (error(190, 459), "HC318", "the next token subcode"),
    "HC318": (error(190, 460), "HC319", "the next token subcode"),
    "HC319": (error(190, 463), "HC320", "the next token subcode"),
    "HC320": (error(190, 464), "HC321", "the next token subcode"),
    "HC321": (error(190, 467), "HC322", "the next token subcode"),
    "HC322": (error(190, 492), "HC323", "the next token subcode"),
    "HC323": (error(190, 458), "HC317", "the first token subcode"),
    "HC324": (error(10, 1893063), "HC308", "a restriction on all sending"),
    "HC325": (error(100, 2018234), "HC326", "the other legacy-role error"),
    "HC326": (error(None, 2018171), "HC325", "the other legacy-role error"),
    "HC327": (error(10, 2018300), "HC301", "another app, not Meta's automation, holds the thread"),
    "HC328": (error(613, 2534040), "HC329", "the Instagram rate limit"),
    "HC329": (error(613), "HC328", "the rate limit without the Instagram subcode"),
    "HC330": (error(613), "HC328", "the per-call rate limit, not the app's quota"),
    "HC331": (error(4), "HC330", "a limit, not the take-control error"),
    "HC332": (error(None, None, "Only available to Primary and Secondary Receivers."), "HC325",
              "another legacy Handover Protocol message"),
    "HC333": (error(100, 2534037), "HC302", "code 100 with the Instagram owner subcode"),
    "HC334": (error(100, 2018002), "HC003", "code 100 with a subcode the catalogue lacks"),
}


def _ids(value) -> set[str]:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return {h.rule for h in check_text(text).hits}


@pytest.mark.parametrize("rule_id", sorted(NEAR_MISS))
def test_near_miss_does_not_fire(rule_id):
    value, instead, why = NEAR_MISS[rule_id]
    fired = _ids(value)
    assert rule_id not in fired, f"{rule_id} fired on its near miss ({why})"
    if instead is not None:
        assert instead in fired, f"the near miss of {rule_id} should raise {instead} ({why}); got {sorted(fired)}"


def test_every_rule_has_a_near_miss():
    assert set(NEAR_MISS) == set(RULES)
