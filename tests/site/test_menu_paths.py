"""Menu paths are defined once (checker/vocabulary.py MENU_PATHS): every path a page writes
("label" → "label" → …) is one of them, or a segment of one, in the labels of the page's language,
and a label nobody has attested carries the "not attested" note next to it."""

from __future__ import annotations

import re

import pytest

from checker.model import LANGS
from checker.rules import RULES
from checker.vocabulary import ARROW, MENU_PATHS, NOT_ATTESTED, SCREEN_PLACES, SHARED_PLACEHOLDERS
from tests.support.docs import page_sources

LABEL = r'"[^"]{1,80}"'
GLOSS = r"(?: \([^()\"]{1,60}\))?"  # "Quản lý" (Manage) → …: an English page glosses a Vietnamese label
CHAIN = re.compile(rf"{LABEL}{GLOSS}(?:{re.escape(ARROW)}{LABEL}{GLOSS})+")
# A Vietnamese page may give the English screen's path after "tiếng Anh", and the reverse.
OTHER_LANGUAGE = {"vi": re.compile(r"tiếng Anh", re.I), "en": re.compile(r"Vietnamese|tiếng Việt", re.I)}
GLOSSARY = "glossary"  # lists each label in both languages, side by side
NOTE_DISTANCE = 160
# The words every "not attested" note has (the vocabulary's note, the glossary's source column).
NOTE_WORDS = {"vi": "chưa được xác minh", "en": "not attested"}  # characters after a path within which its "not attested" note must stand


def chains(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, labels) of every quoted-label path in the text, whitespace folded."""
    return [(m.start(), m.end(), tuple(re.findall(r'"([^"]+)"', m.group(0)))) for m in CHAIN.finditer(text)]


def _segment_of(labels: tuple[str, ...], path: tuple[str, ...]) -> bool:
    n = len(labels)
    return any(path[i:i + n] == labels for i in range(len(path) - n + 1))


def matching_paths(labels: tuple[str, ...], lang: str) -> list[str]:
    return [key for key, path in MENU_PATHS.items() if _segment_of(labels, path.labels(lang))]


def _label_lang(text: str, start: int, page_lang: str) -> str:
    before = text[max(0, start - 60):start]
    other = "en" if page_lang == "vi" else "vi"
    return other if OTHER_LANGUAGE[page_lang].search(before) else page_lang


def _folded(path) -> str:
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))


def problems(text: str, page_lang: str, bilingual: bool = False) -> list[str]:
    """What is wrong with the paths in a text; ``bilingual`` (the glossary) may write either language's labels."""
    found = []
    for start, end, labels in chains(text):
        lang = _label_lang(text, start, page_lang)
        keys = matching_paths(labels, lang)
        if not keys and bilingual:
            lang = "en" if lang == "vi" else "vi"
            keys = matching_paths(labels, lang)
        written = ARROW.join(f'"{label}"' for label in labels)
        if not keys:
            found.append(f"not a vocabulary path ({lang}): {written}")
            continue
        unattested = {label for key in keys for label in MENU_PATHS[key].unattested.get(lang, ())}
        note = NOTE_WORDS[page_lang]
        # From the path's start: a gloss in brackets right after a label may be the note itself.
        if unattested & set(labels) and note not in text[start:end + NOTE_DISTANCE]:
            found.append(f"{written}: {sorted(unattested & set(labels))} needs the note {note!r} after it")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_path_on_the_pages_is_a_vocabulary_path(lang):
    found = [f"{name}.{lang}.md: {problem}" for name, path in sorted(page_sources(lang).items())
             for problem in problems(_folded(path), lang, bilingual=name == GLOSSARY)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGS)
def test_the_pages_do_write_paths(lang):
    """The page test above would pass on pages without a single path: make sure it sees them."""
    seen = [labels for path in page_sources(lang).values() for _, _, labels in chains(_folded(path))]
    assert len(seen) >= 10


@pytest.mark.parametrize("lang", LANGS)
def test_the_checker_texts_use_only_vocabulary_paths(lang):
    """Every rule text, filled with the shared placeholders, writes the vocabulary's paths."""
    texts = [step.text(lang) for rule in RULES.values() for step in (rule.title, rule.explanation, *rule.fix)]
    texts += [value.text(lang) for value in SHARED_PLACEHOLDERS.values()]
    found = []
    for text in texts:
        filled = re.sub(r"\{(\w+)\}", lambda m: SHARED_PLACEHOLDERS[m.group(1)].text(lang)
                        if m.group(1) in SHARED_PLACEHOLDERS else m.group(0), text)
        found += problems(filled, lang)
    assert not found, "\n".join(found)


def test_the_matcher_finds_paths_glosses_and_bad_labels():
    text = 'Mở "Cài đặt" → "Trải nghiệm Trang mới" → "Chuyển quyền trò chuyện", rồi "Cài đặt trang" → "Thiết lập trang".'
    assert [labels for _, _, labels in chains(text)] == [
        ("Cài đặt", "Trải nghiệm Trang mới", "Chuyển quyền trò chuyện"), ("Cài đặt trang", "Thiết lập trang")]
    assert problems(text, "vi") == ['not a vocabulary path (vi): "Cài đặt trang" → "Thiết lập trang"']
    glossed = 'the path is "Quản lý" (Manage) → "Quyền truy cập Trang" (Page access) → "Tin nhắn nâng cao"'
    assert chains(glossed)[0][2] == ("Quản lý", "Quyền truy cập Trang", "Tin nhắn nâng cao")
    assert problems(glossed, "en") == []


def test_an_unattested_label_without_its_note_is_reported():
    bare = 'Mở "Cài đặt" → "Trải nghiệm Trang mới" → "Instagram Conversation Routing" rồi chọn bot.'
    noted = bare.replace('" rồi', '" (nhãn tiếng Việt chưa được xác minh) rồi')
    assert len(problems(bare, "vi")) == 1 and problems(noted, "vi") == []
    english = 'tiếng Anh: "Settings" → "Page setup" → "Instagram Conversation Routing"'
    assert problems(english, "vi") == []  # attested in English


def test_every_path_names_its_sources_or_says_nobody_attests_it():
    for key, path in MENU_PATHS.items():
        fully_unattested = all(set(path.unattested.get(lang, ())) == set(path.labels(lang)) for lang in LANGS)
        assert path.sources or fully_unattested, f"{key}: no source"
        assert all(source.startswith("https://") for source in path.sources), key
        for lang in LANGS:
            assert set(path.unattested.get(lang, ())) <= set(path.labels(lang)), f"{key}: unknown label flagged"
            if not path.attested(lang):
                assert NOT_ATTESTED[lang].text(lang) in path.text(lang)
                assert all(NOTE_WORDS[page] in NOT_ATTESTED[lang].text(page) for page in LANGS)


def test_every_screen_place_names_its_sources_and_marks_what_is_not_attested():
    for key, place in SCREEN_PLACES.items():
        assert place.sources and all(source.startswith("https://") for source in place.sources), key
        for lang in place.unattested:
            assert NOTE_WORDS[lang] in place.label.text(lang), f"{key}: the {lang} label needs the note"
