"""The shared words: channels, symptoms, menu paths, known apps, Botcake's status box, page titles.

Everything above this module (shapes, rules, the form, the report view, the generated pages)
reads these words from here, so a name or a menu path is written once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .model import DocTarget, T

# --- channels ------------------------------------------------------------------------------

MESSENGER, INSTAGRAM = "messenger", "instagram"
CHANNELS = (MESSENGER, INSTAGRAM)
CHANNEL_NAMES = {MESSENGER: "Messenger", INSTAGRAM: "Instagram"}
BOTH_CHANNELS = "Messenger/Instagram"

# --- menu paths (Meta's Page settings, New Pages Experience; the only UI era Meta shows now) --

HANDOVER_PATH = {
    channel: T(
        "\"Cài đặt trang\" → \"Trải nghiệm Trang mới\" → \"Nhắn tin nâng cao\" → "
        f"\"Giao thức chuyển giao\" → \"Cấu hình\" ở dòng {name}",
        "\"Page settings\" → \"New Pages Experience\" → \"Advanced messaging\" → "
        f"\"Handover protocol\" → \"Configure\" on the {name} row",
    )
    for channel, name in CHANNEL_NAMES.items()
}
ROUTING_PATH = {
    MESSENGER: T(
        "\"Cài đặt trang\" → \"Chuyển quyền trò chuyện\" "
        "(facebook.com/settings?tab=msgr_conversation_routing)",
        "\"Page settings\" → \"Conversation Routing\" "
        "(facebook.com/settings?tab=msgr_conversation_routing)",
    ),
    INSTAGRAM: T(
        "\"Cài đặt trang\" → \"Thiết lập trang\" → \"Chuyển quyền trò chuyện trên Instagram\"",
        "\"Page settings\" → \"Page setup\" → \"Instagram Conversation Routing\"",
    ),
}
TAKE_CONTROL_PATH = T(
    "\"Cài đặt trang\" → \"Thiết lập trang\" → \"Nhắn tin nâng cao\"",
    "\"Page settings\" → \"Page setup\" → \"Advanced messaging\"",
)
BUSINESS_INTEGRATIONS_PATH = T(
    "\"Cài đặt trang\" → \"Ứng dụng kinh doanh\" (Business integrations)",
    "\"Page settings\" → \"Business integrations\"",
)

# --- pages the checker links to, with their front-matter titles (tests/site checks them) ----

PAGE_TITLES: dict[str, T] = {
    "": T("Trợ giúp Giao thức chuyển giao và Chuyển quyền trò chuyện",
          "Handover Protocol and Conversation Routing help"),
    "errors/": T("Bảng mã lỗi", "Error codes"),
    "faq/": T("Câu hỏi thường gặp", "Frequently asked questions"),
    "handover/": T("Giao thức chuyển giao (Handover Protocol)", "Handover Protocol"),
    "routing/": T("Chuyển quyền trò chuyện (Conversation Routing)", "Conversation Routing"),
    "setups/": T("Cách thiết lập khuyên dùng", "Recommended setups"),
    "settings-schema/": T("Định dạng cài đặt JSON", "Settings JSON format"),
    "troubleshooting/": T("Xử lý sự cố", "Troubleshooting"),
    "troubleshooting/after-the-fix/": T("Sau khi đã sửa cài đặt", "After the fix"),
    "troubleshooting/broken-features/": T("Tính năng của bot bị hỏng do cài đặt chuyển giao",
                                          "Bot features broken by the handover setting"),
    "troubleshooting/done-folder/": T("Hội thoại bị chuyển vào thư mục \"Xong\"",
                                      "Conversations moved to the \"Done\" folder"),
    "troubleshooting/error-10/": T("Lỗi #10: ứng dụng khác đang giữ cuộc trò chuyện",
                                   "Error #10: another app is controlling this thread"),
    "troubleshooting/instagram-100/": T("Instagram lỗi #100: không phải ứng dụng giữ cuộc trò chuyện",
                                        "Instagram error #100: not the thread owner"),
    "troubleshooting/messages-stopped/": T("Tin nhắn dừng hẳn", "Messages stopped"),
    "troubleshooting/meta-inbox/": T("Hộp thư của Meta giữ hội thoại", "Meta's inbox holds the conversation"),
    "troubleshooting/refresh-permissions/": T("Làm mới quyền Facebook", "Refresh Facebook permissions"),
    "troubleshooting/some-customers/": T("Chỉ một số khách bị ảnh hưởng", "Only some customers affected"),
    "troubleshooting/turn-off/": T("Tắt Giao thức chuyển giao", "Turn the Handover Protocol off"),
}

# --- symptoms of the settings format and the guided form -----------------------------------


@dataclass(frozen=True)
class Symptom:
    key: str
    name: T
    doc: DocTarget
    aliases: tuple[str, ...] = ()  # folded words a settings file may use instead of the key


_BROKEN = "troubleshooting/broken-features/"
SYMPTOMS: dict[str, Symptom] = {s.key: s for s in (
    Symptom("opt_in", T("công cụ và tin nhắn opt-in", "opt-in tools and messages"), DocTarget(_BROKEN, "opt-in"),
            ("opt in", "optin", "tin nhan opt in", "cong cu va tin nhan opt in")),
    Symptom("input_auto_reply", T("nhập liệu và trả lời tự động", "user input and auto-replies"),
            DocTarget(_BROKEN, "input-auto-reply"),
            ("nhap lieu", "tra loi tu dong", "auto reply", "nhap lieu va tra loi tu dong")),
    Symptom("buttons_quick_replies", T("nút bấm và trả lời nhanh", "buttons and quick replies"),
            DocTarget(_BROKEN, "buttons-quick-replies"),
            ("nut bam", "tra loi nhanh", "buttons", "quick replies", "nut bam va tra loi nhanh")),
    Symptom("sequences", T("kịch bản chăm sóc", "sequences"), DocTarget(_BROKEN, "sequences"),
            ("kich ban cham soc", "sequence", "kich ban")),
    Symptom("rules", T("quy luật", "rules"), DocTarget(_BROKEN, "rules"), ("quy luat", "rule")),
    Symptom("keywords", T("từ khoá", "keywords"), DocTarget(_BROKEN, "keywords"), ("tu khoa", "keyword")),
    Symptom("bot_silent", T("bot không trả lời", "the bot is silent"), DocTarget("troubleshooting/", "by-symptom")),
    Symptom("error_10", T("lỗi #10", "error #10"), DocTarget("troubleshooting/error-10/", "symptom")),
    Symptom("instagram_100", T("lỗi #100 trên Instagram", "error #100 on Instagram"),
            DocTarget("troubleshooting/instagram-100/", "symptom")),
    Symptom("old_conversations_fail", T("hội thoại cũ vẫn lỗi", "old conversations still fail"),
            DocTarget("troubleshooting/after-the-fix/", "old-conversations")),
    Symptom("done_folder", T("hội thoại bị chuyển vào thư mục \"Xong\"", "conversations moved to \"Done\""),
            DocTarget("troubleshooting/done-folder/", "symptom")),
    Symptom("some_customers", T("chỉ một số khách bị lỗi", "only some customers are affected"),
            DocTarget("troubleshooting/some-customers/", "per-conversation")),
)}

# --- known apps ----------------------------------------------------------------------------

PAGE_INBOX_ID = "263902037430900"
INSTAGRAM_INBOX_ID = "1217981644879628"
# Wrong ids seen in the wild: a 14-digit typo printed in Meta's message_echoes reference and
# the id from howdyai/botkit#1530. Neither is the Page Inbox.
TYPO_INBOX_IDS = ("26390203743090", "263902037438966")


@dataclass(frozen=True)
class KnownApp:
    key: str
    id: str | None
    name: T
    aliases: tuple[str, ...]  # folded (see fold())
    inbox: bool = False


PAGE_INBOX = KnownApp(
    "page_inbox", PAGE_INBOX_ID,
    T("Hộp thư Trang (Meta Business Suite)", "Page Inbox (Meta Business Suite)"),
    ("page inbox", "hop thu trang", "hop thu", "meta business suite", "business suite",
     "facebook business suite", "facebook page inbox", "meta inbox", "meta business suite inbox",
     "hop thu meta business suite", "facebook inbox"),
    inbox=True,
)
INSTAGRAM_INBOX = KnownApp(
    "instagram_inbox", INSTAGRAM_INBOX_ID,
    T("Hộp thư Instagram (Meta Business Suite)", "Instagram Inbox (Meta Business Suite)"),
    ("instagram inbox", "hop thu instagram", "instagram direct inbox", "ig inbox"),
    inbox=True,
)
BOTCAKE = KnownApp("botcake", None, T("Botcake", "Botcake"), ("botcake", "bot cake", "botcake.io"))
PANCAKE = KnownApp("pancake", None, T("Pancake", "Pancake"), ("pancake", "pancake pos", "pages.fm", "pancake.vn"))
KNOWN_APPS = (PAGE_INBOX, INSTAGRAM_INBOX, BOTCAKE, PANCAKE)

# Words standing for an app the input does not name.
SOME_APP = T("một ứng dụng", "an app")
THE_APP = T("ứng dụng", "the app")
ANOTHER_APP = T("ứng dụng khác", "another app")
IDLE = T("trạng thái rảnh", "idle")
APP_BY_ID = T("ứng dụng {id}", "app {id}")

# --- what Botcake's handover status box (and Meta's selector) can show ---------------------

# The words as the screens print them, per language (the guided form writes these).
STATUS_SHOWN = {
    "none": T("Không có", "None"),
    "unknown": T("Không xác định", "Unknown"),
    "select": T("Chọn", "Select"),
}
# Folded words that mean "no app", "unknown" and the empty selector's prompt.
NONE_WORDS = frozenset({"", "khong co", "khong", "none", "no", "null", "off", "tat", "-", "no app"})
UNKNOWN_WORDS = frozenset({"khong xac dinh", "unknown", "chua xac dinh", "not set"})
SELECT_WORDS = frozenset({"chon", "select", "choose", "chon ung dung", "select app"})

_SPACE = re.compile(r"\s+")


class _WithoutMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks (category Mn) and keeps the rest,
    filled the first time each character is seen: folding costs one pass in C, not a Python call
    per character (thousands of app names are folded)."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.category(chr(point)) == "Mn" else point
        self[point] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """Lowercase, without accents (đ → d), single spaces: for forgiving name matching."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        text = decomposed.translate(_WITHOUT_MARKS)
    return _SPACE.sub(" ", text.casefold()).strip()


def status_words_are_folded() -> bool:
    """Every word the screens print is understood when read back (tested)."""
    folded = {fold(word.text(lang)) for word in STATUS_SHOWN.values() for lang in ("vi", "en")}
    return folded <= NONE_WORDS | UNKNOWN_WORDS | SELECT_WORDS
