"""The checker page's guided form: its answers → settings JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .vocabulary import CHANNELS, STATUS_SHOWN
from .vocabulary import SYMPTOMS as _SYMPTOMS

SYMPTOMS = tuple(_SYMPTOMS)
# What Botcake's status box prints, in the words of the page's language ("select" is Meta's prompt).
SHOWN = {key: STATUS_SHOWN[key] for key in ("none", "unknown")}
NOTHING = "none"  # the answer "nothing selected" / "no default app"
SKIP = "skip"  # "I did not look" / "I don't know": the key is left out
OTHER = "other"  # the app is typed into the field named "<question>_other"

Answers = Mapping[str, Sequence[str]]


def _values(answers: Answers, name: str) -> list[str]:
    value = answers.get(name, ())
    if isinstance(value, str):
        value = [value]
    return [v.strip() for v in value if isinstance(v, str) and v.strip()]


def _one(answers: Answers, name: str) -> str | None:
    values = _values(answers, name)
    return values[0] if values else None


def _names(text: str | None) -> list[str]:
    """App names typed into a free field, one per line or separated by commas."""
    return [part.strip() for part in re.split(r"[,;\n]", text or "") if part.strip()]


def _app_answer(answers: Answers, name: str) -> tuple[bool, str | None]:
    """(answered, app or None) for a question whose answers are app names, none, other or skip."""
    choice = _one(answers, name)
    if choice is None or choice == SKIP:
        return False, None
    if choice == NOTHING:
        return True, None
    if choice == OTHER:
        typed = _names(_one(answers, f"{name}_other"))
        return (True, typed[0]) if typed else (False, None)
    return True, choice


def channel_settings(answers: Answers, channel: str, lang: str) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    apps = _values(answers, f"{channel}.apps") + _names(_one(answers, f"{channel}.apps_other"))
    if apps:
        settings["connected_apps"] = list(dict.fromkeys(apps))

    shown = _one(answers, f"{channel}.botcake_shows")
    if shown in SHOWN:
        settings["botcake_shows"] = SHOWN[shown].text(lang if lang in ("vi", "en") else "vi")
    elif shown == OTHER:
        typed = _names(_one(answers, f"{channel}.botcake_shows_other"))
        if typed:
            settings["botcake_shows"] = typed[0]

    answered, app = _app_answer(answers, f"{channel}.selected_app")
    if answered:
        settings["handover"] = {"selected_app": app}

    answered, app = _app_answer(answers, f"{channel}.default_app")
    if answered:
        settings["routing"] = {"default_app": app}

    symptoms = [s for s in _values(answers, f"{channel}.symptoms") if s in SYMPTOMS]
    if symptoms:
        settings["symptoms"] = list(dict.fromkeys(symptoms))
    return settings


def build_settings(answers: Answers, lang: str = "vi") -> dict[str, Any]:
    """The settings object for the channels the reader said the Page uses."""
    settings: dict[str, Any] = {"settings_version": 1}
    page = _one(answers, "page.name")
    if page:
        settings["page"] = {"name": page}
    for channel in CHANNELS:
        if _one(answers, f"{channel}.used"):
            settings[channel] = channel_settings(answers, channel, lang)
    return settings


def settings_json(answers_json: str, lang: str = "vi") -> str:
    """Browser entry point: the form's answers as JSON ({name: [values]}) -> settings JSON text."""
    answers = json.loads(answers_json)
    if not isinstance(answers, dict):
        raise ValueError("answers must be an object")
    return json.dumps(build_settings(answers, lang), ensure_ascii=False, indent=2)
