"""checker/form.py in CPython: the guided form's answers become the settings JSON the engine reads."""

from __future__ import annotations

import json

from checker import browser, form


def test_answers_become_settings():
    answers = {
        "page.name": ["Shop Hoa Mai"],
        "messenger.used": ["yes"],
        "messenger.apps": ["Botcake", "Pancake"],
        "messenger.apps_other": ["Zalo Bridge, Pancake"],
        "messenger.botcake_shows": ["none"],
        "messenger.selected_app": ["other"],
        "messenger.selected_app_other": ["Pancake"],
        "messenger.default_app": ["skip"],
        "messenger.symptoms": ["keywords", "not-a-symptom"],
        "instagram.apps": ["Botcake"],  # Instagram not ticked: left out
    }
    assert json.loads(form.settings_json(json.dumps(answers), "vi")) == {
        "settings_version": 1,
        "page": {"name": "Shop Hoa Mai"},
        "messenger": {
            "connected_apps": ["Botcake", "Pancake", "Zalo Bridge"],
            "botcake_shows": "Không có",
            "handover": {"selected_app": "Pancake"},
            "symptoms": ["keywords"],
        },
    }


def test_nothing_selected_is_null_and_words_follow_the_language():
    answers = {"instagram.used": ["yes"], "instagram.botcake_shows": ["unknown"],
               "instagram.selected_app": ["none"], "instagram.default_app": ["none"]}
    settings = form.build_settings(answers, "en")
    assert settings["instagram"] == {"botcake_shows": "Unknown", "handover": {"selected_app": None},
                                     "routing": {"default_app": None}}


def test_built_settings_are_accepted_by_the_engine():
    answers = {"messenger.used": ["yes"], "messenger.apps": ["Botcake", "Pancake"],
               "messenger.botcake_shows": ["other"], "messenger.botcake_shows_other": ["Pancake"]}
    answer = json.loads(browser.check(form.settings_json(json.dumps(answers), "en"), "en"))
    assert answer["ok"] and answer["report"]["verdict"] == "error"
