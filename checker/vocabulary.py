"""The shared words: channels, symptoms, menu paths, known apps, Botcake's status box, page titles.

Everything above this module (shapes, rules, the form, the report view, the generated pages)
reads these words from here, so a name or a menu path is written once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .model import DocTarget, T

# --- channels ------------------------------------------------------------------------------

MESSENGER, INSTAGRAM = "messenger", "instagram"
CHANNELS = (MESSENGER, INSTAGRAM)
CHANNEL_NAMES = {MESSENGER: "Messenger", INSTAGRAM: "Instagram"}
BOTH_CHANNELS = "Messenger/Instagram"

# --- menu paths, as Vietnamese and English vendors' help pages copy them from the screen -----
#
# One entry per settings place (the table of /work/briefs/menu-paths.md, checked 2026-12-01).
# The pages write the same labels; tests/site/test_menu_paths.py holds them to this table.
# A label no stored vendor page shows is listed in ``unattested`` and written with the note below.

ARROW = " → "
NOT_ATTESTED = {
    "vi": T("nhãn tiếng Việt chưa được xác minh", "Vietnamese label not attested"),
    "en": T("nhãn tiếng Anh chưa được xác minh", "English label not attested"),
}


@dataclass(frozen=True)
class MenuPath:
    """A settings place: the screen's labels in each language, which of them nobody has attested, the sources."""

    id: str
    vi: tuple[str, ...]
    en: tuple[str, ...]
    sources: tuple[str, ...]
    unattested: dict[str, tuple[str, ...]] = field(default_factory=dict)
    older: bool = False  # an older screen, mentioned on the pages but never given as a step

    def labels(self, lang: str) -> tuple[str, ...]:
        return self.vi if lang == "vi" else self.en

    def attested(self, lang: str) -> bool:
        return not self.unattested.get(lang)

    def text(self, lang: str) -> str:
        """The path as the pages write it: quoted labels joined by arrows, the note when a label is not attested."""
        path = ARROW.join(f'"{label}"' for label in self.labels(lang))
        return path if self.attested(lang) else f"{path} ({NOT_ATTESTED[lang].text(lang)})"

    @property
    def label(self) -> T:
        return T(self.text("vi"), self.text("en"))


_BOTCAKE_HANDOVER = "https://docs.botcake.io/nang-cao/changelog/giao-thuc-chuyen-giao"
_ECHO = "https://echoglobal.helpdocs.io/article/9lfidaug6r-using-meta-s-handover-protocol"
_MANYCHAT = "https://support.manychat.com/en/support/solutions/articles/36000103309-handover-protocol"
_HARASOCIAL = "https://support.harasocial.com/support/solutions/articles/42000104536"
_DOOPAGE = "https://how.doopage.com/faq-1/faq/23.-xu-ly-khi-gap-cac-ma-loi-khi-gui-tin-nhan-qua-fanpage"
_META_ROUTING = "https://developers.facebook.com/documentation/business-messaging/messenger-platform/conversation-routing"
_META_IG_ROUTING = "https://developers.facebook.com/docs/messenger-platform/instagram/features/conversation-routing/"
_AHACHAT = "https://ahachat.com/help/docs/giao-thuc-chuyen-giao"
_SETTINGS_VI, _SETTINGS_EN = ("Cài đặt", "Trải nghiệm Trang mới"), ("Settings", "Page setup")

MENU_PATHS: dict[str, MenuPath] = {m.id: m for m in (
    MenuPath("handover-screen",
             (*_SETTINGS_VI, "Nhắn tin nâng cao", "Giao thức chuyển giao", "Cấu hình"),
             (*_SETTINGS_EN, "Advanced messaging", "Handover protocol", "Configure"),
             (_BOTCAKE_HANDOVER, _ECHO, _MANYCHAT)),
    MenuPath("routing-messenger",
             (*_SETTINGS_VI, "Chuyển quyền trò chuyện"),
             ("Settings", "Conversation Routing"),
             (_HARASOCIAL, _DOOPAGE, _META_ROUTING)),
    MenuPath("routing-instagram",
             (*_SETTINGS_VI, "Instagram Conversation Routing"),
             (*_SETTINGS_EN, "Instagram Conversation Routing"),
             (_META_IG_ROUTING,), unattested={"vi": ("Instagram Conversation Routing",)}),
    MenuPath("take-control-switch",
             (*_SETTINGS_VI, "Nhắn tin nâng cao"),
             (*_SETTINGS_EN, "Advanced messaging", "Take control of conversations"),
             (_META_IG_ROUTING,)),
    MenuPath("botcake-error-log", ("Cấu hình", "Lịch sử lỗi"), ("Cấu hình", "Lịch sử lỗi"),
             ("https://docs.botcake.io/cau-hinh/quan-tri-vien-va-lich-su-loi",)),
    MenuPath("botcake-refresh", ("Cài đặt", "Làm mới quyền"), ("Settings", "Refresh permissions"),
             ("https://docs.antbuddy.com/tai-lieu-antbuddy-huong-dan-su-dung-antbuddy-docs-user-guide/"
              "quan-tri-khach-hang-antcrm-antcrm-customer-management/tin-nhan-da-kenh-conversation/"
              "ma-loi-thuong-gap-khi-gui-tin-qua-facebook-common-error-codes-when-sending-messages-via-facebook",),
             unattested={"en": ("Refresh permissions",)}),
    MenuPath("business-integrations", ("Tích hợp doanh nghiệp",), ("Business Integrations",), (),
             unattested={"vi": ("Tích hợp doanh nghiệp",), "en": ("Business Integrations",)}),
    # In the Instagram app, not on the Page: the English labels as Nirvana AI's and Khoros's guides show them.
    MenuPath("instagram-message-access",
             ("Cài đặt", "Quyền riêng tư", "Tin nhắn", "Công cụ được kết nối", "Cho phép truy cập tin nhắn"),
             ("Settings", "Privacy", "Messages", "Connected tools", "Allow access to messages"),
             ("https://docs.nirvana-ai.com/integrations/channels/instagram-platform-guide",
              "https://community.khoros.com/t5/Khoros-Care-Blog/Instagram-Messaging-Access-Controls/ba-p/626238"),
             unattested={"vi": ("Quyền riêng tư", "Tin nhắn", "Công cụ được kết nối", "Cho phép truy cập tin nhắn")}),
    MenuPath("older-handover-screen",
             ("Quản lý", "Quyền truy cập Trang", "Tin nhắn nâng cao", "Cấu hình"),
             ("Quản lý", "Quyền truy cập Trang", "Tin nhắn nâng cao", "Cấu hình"),
             (_AHACHAT,), older=True),
    MenuPath("older-app-settings",
             ("Settings", "Messenger Platform", "App Settings", "Configure"),
             ("Settings", "Messenger Platform", "App Settings", "Configure"),
             (_MANYCHAT,), older=True),
)}

# Places on a screen that are not menu paths (a row, a button, a folder, a box), from the same
# table: said once here, with their sources, and used by the rules through placeholders.


@dataclass(frozen=True)
class ScreenPlace:
    id: str
    label: T
    sources: tuple[str, ...]
    unattested: frozenset[str] = frozenset()  # languages whose label no stored vendor page shows


_WOZTELL = "https://support.woztell.com/portal/en/kb/articles/pass-thread-control"
_HARAVAN = "https://support.haravan.com/support/solutions/articles/42000087769"
SCREEN_PLACES: dict[str, ScreenPlace] = {p.id: p for p in (
    ScreenPlace("handover-deselect",
                T("bấm lại vào ứng dụng đang chọn cho đến khi nút \"Chọn\" hiện lại",
                  "click the selected app again until \"Select\" shows again"),
                (_BOTCAKE_HANDOVER, _MANYCHAT)),
    ScreenPlace("handover-messenger-row",
                T("dòng Messenger (\"Cấu hình cho ứng dụng nhận tin nhắn trên Messenger\")",
                  "the \"Messenger receiver\" row"),
                (_AHACHAT, _ECHO, _MANYCHAT)),
    ScreenPlace("handover-instagram-row",
                T(f"dòng Instagram ({NOT_ATTESTED['vi'].vi})", "the \"Instagram receiver\" row"),
                (_MANYCHAT,), frozenset({"vi"})),
    ScreenPlace("move-to-done", T("\"Chuyển đến thư mục Xong\"", "\"Move to Done\""), (_HARASOCIAL, _WOZTELL)),
    ScreenPlace("too-many-messages",
                T("mục \"Quá nhiều tin nhắn\" ở facebook.com/<id-trang>/settings/?tab=messenger_platform",
                  f"the same tab, facebook.com/<page-id>/settings/?tab=messenger_platform "
                  f"({NOT_ATTESTED['en'].en})"),
                (_HARAVAN,), frozenset({"en"})),
    ScreenPlace("botcake-status-box",
                T("ô Giao thức chuyển giao trong \"Cài đặt\" của Botcake",
                  "the handover box in Botcake's \"Settings\""),
                (_BOTCAKE_HANDOVER,)),
)}

HANDOVER_ROW = {
    "messenger": SCREEN_PLACES["handover-messenger-row"].label,
    "instagram": SCREEN_PLACES["handover-instagram-row"].label,
}
HANDOVER_DESELECT = SCREEN_PLACES["handover-deselect"].label
MOVE_TO_DONE = SCREEN_PLACES["move-to-done"].label
BOTCAKE_STATUS_BOX = SCREEN_PLACES["botcake-status-box"].label

HANDOVER_PATH = {
    channel: T(f"{MENU_PATHS['handover-screen'].text('vi')} ở {HANDOVER_ROW[channel].vi}",
               f"{MENU_PATHS['handover-screen'].text('en')} on {HANDOVER_ROW[channel].en}")
    for channel in CHANNEL_NAMES
}
ROUTING_PATH = {
    MESSENGER: T(f"{MENU_PATHS['routing-messenger'].text('vi')} "
                 "(facebook.com/settings?tab=msgr_conversation_routing)",
                 f"{MENU_PATHS['routing-messenger'].text('en')} "
                 "(facebook.com/settings?tab=msgr_conversation_routing)"),
    INSTAGRAM: MENU_PATHS["routing-instagram"].label,
}
TAKE_CONTROL_PATH = T(
    f"{MENU_PATHS['take-control-switch'].text('vi')} (tên công tắc: {NOT_ATTESTED['vi'].vi})",
    MENU_PATHS["take-control-switch"].text("en"),
)
BUSINESS_INTEGRATIONS_PATH = MENU_PATHS["business-integrations"].label
REFRESH_PATH = T(f"Botcake: {MENU_PATHS['botcake-refresh'].text('vi')}",
                 f"Botcake: {MENU_PATHS['botcake-refresh'].text('en')}")

# Before any "choose a default app" step: the pages' "before you choose" section, named by its title.
BEFORE_YOU_CHOOSE = T("mục \"Trước khi chọn ứng dụng mặc định\" trong bài \"Chuyển quyền trò chuyện\"",
                      "the \"Before you choose a default app\" section of \"Conversation Routing\"")
# Botcake's figure, credited wherever it is used (it is not Meta's documentation).
WAIT_24H = T("theo Botcake, Meta có thể cần tới 24 giờ để áp dụng thay đổi",
             "according to Botcake, Meta may take up to 24 hours to apply the change")

# Every rule text may use these placeholders (the engine and the generated pages fill them in).
SHARED_PLACEHOLDERS: dict[str, T] = {
    "business_integrations_path": BUSINESS_INTEGRATIONS_PATH,
    "refresh_path": REFRESH_PATH,
    "move_to_done": MOVE_TO_DONE,
    "deselect": HANDOVER_DESELECT,
    "before_you_choose": BEFORE_YOU_CHOOSE,
    "wait_24h": WAIT_24H,
    "botcake_status_box": BOTCAKE_STATUS_BOX,
    "error_log_path": T(f"Botcake: {MENU_PATHS['botcake-error-log'].text('vi')}",
                        f"Botcake: {MENU_PATHS['botcake-error-log'].text('en')} "
                        "(Botcake's Vietnamese labels)"),
    "messenger_routing_path": ROUTING_PATH[MESSENGER],
    "instagram_routing_path": ROUTING_PATH[INSTAGRAM],
    "messenger_handover_path": HANDOVER_PATH[MESSENGER],
    "instagram_handover_path": HANDOVER_PATH[INSTAGRAM],
    "any_handover_path": MENU_PATHS["handover-screen"].label,
    "take_control_switch_path": TAKE_CONTROL_PATH,
    "instagram_message_access_path": MENU_PATHS["instagram-message-access"].label,
    "too_many_messages": SCREEN_PLACES["too-many-messages"].label,
}

# --- pages the checker links to, with their front-matter titles (tests/site checks them) ----

PAGE_TITLES: dict[str, T] = {
    "": T("Bắt đầu", "Start here"),
    "errors/": T("Bảng mã lỗi", "Error codes"),
    "faq/": T("Câu hỏi thường gặp", "Frequently asked questions"),
    "handover/": T("Giao thức chuyển giao", "Handover Protocol"),
    "routing/": T("Chuyển quyền trò chuyện", "Conversation Routing"),
    "setups/": T("Cách thiết lập khuyên dùng", "Recommended setups"),
    "settings-schema/": T("Định dạng cài đặt JSON", "Settings JSON format"),
    "troubleshooting/": T("Xử lý sự cố", "Troubleshooting"),
    "troubleshooting/after-the-fix/": T("Sau khi sửa", "After the fix"),
    "troubleshooting/broken-features/": T("Tính năng bot bị hỏng", "Broken bot features"),
    "troubleshooting/done-folder/": T("Hội thoại bị chuyển vào thư mục Xong", "Conversations moved to the Done folder"),
    "troubleshooting/error-10/": T("Lỗi #10: ứng dụng khác giữ hội thoại", "Error #10: another app holds the conversation"),
    "troubleshooting/instagram-100/": T("Lỗi #100 trên Instagram", "Instagram error #100"),
    "troubleshooting/messages-stopped/": T("Tin nhắn ngừng hẳn", "Messages stopped entirely"),
    "troubleshooting/meta-inbox/": T("Hộp thư của Meta giữ hội thoại", "Meta's inbox holds the conversation"),
    "troubleshooting/refresh-permissions/": T("Làm mới quyền Facebook", "Refresh Facebook permissions"),
    "troubleshooting/some-customers/": T("Chỉ một số khách bị lỗi", "Only some customers affected"),
    "troubleshooting/turn-off/": T("Tắt chuyển giao", "Turn handover off"),
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
    Symptom("done_folder", T("hội thoại bị chuyển vào thư mục Xong", "conversations moved to the Done folder"),
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
# Known apps that are chatbots (a snapshot without settings takes such an app as the bot).
BOT_APP_KEYS = frozenset({BOTCAKE.key})

# Words standing for an app the input does not name.
SOME_APP = T("một ứng dụng", "an app")
THE_APP = T("ứng dụng", "the app")
ANOTHER_APP = T("ứng dụng khác", "another app")
IDLE = T("trạng thái nhàn rỗi", "idle")
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
