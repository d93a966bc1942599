"""The rule registry: every rule once, with its code, severity, text in vi and en, and links."""

from __future__ import annotations

from .errors import ENTRIES
from .model import ERROR, INFO, WARNING, DocTarget, Rule, T


def _docs(page: str, anchor: str, **variants: tuple[str, str]) -> dict[str, DocTarget]:
    docs = {"default": DocTarget(page, anchor)}
    docs.update({key: DocTarget(*target) for key, target in variants.items()})
    return docs


_TURN_OFF = "troubleshooting/turn-off/"
_ERR10 = "troubleshooting/error-10/"
_IG100 = "troubleshooting/instagram-100/"
_SOME = "troubleshooting/some-customers/"
_BROKEN = "troubleshooting/broken-features/"
_INBOX = "troubleshooting/meta-inbox/"
_STOPPED = "troubleshooting/messages-stopped/"

# Menu paths per channel, passed to rule texts as {handover_path} and {routing_path}.
HANDOVER_PATH = {
    "messenger": T(
        "\"Cài đặt trang\" → \"Trải nghiệm Trang mới\" → \"Nhắn tin nâng cao\" → "
        "\"Giao thức chuyển giao\" → \"Cấu hình\" "
        "ở dòng Messenger",
        "\"Page settings\" → \"New Pages Experience\" → \"Advanced messaging\" → "
        "\"Handover protocol\" → \"Configure\" on "
        "the Messenger row",
    ),
    "instagram": T(
        "\"Cài đặt trang\" → \"Trải nghiệm Trang mới\" → \"Nhắn tin nâng cao\" → "
        "\"Giao thức chuyển giao\" → \"Cấu hình\" "
        "ở dòng Instagram",
        "\"Page settings\" → \"New Pages Experience\" → \"Advanced messaging\" → "
        "\"Handover protocol\" → \"Configure\" on "
        "the Instagram row",
    ),
}
ROUTING_PATH = {
    "messenger": T(
        "\"Cài đặt trang\" → \"Chuyển quyền trò chuyện\" "
        "(facebook.com/settings?tab=msgr_conversation_routing)",
        "\"Page settings\" → \"Conversation Routing\" "
        "(facebook.com/settings?tab=msgr_conversation_routing)",
    ),
    "instagram": T(
        "\"Cài đặt trang\" → \"Thiết lập trang\" → \"Chuyển quyền trò chuyện trên Instagram\"",
        "\"Page settings\" → \"Page setup\" → \"Instagram Conversation Routing\"",
    ),
}
TAKE_CONTROL_PATH = T(
    "\"Cài đặt trang\" → \"Thiết lập trang\" → \"Nhắn tin nâng cao\"",
    "\"Page settings\" → \"Page setup\" → \"Advanced messaging\"",
)

# The six areas from the seed plus the extra symptom ids of the settings format.
SYMPTOMS: dict[str, tuple[T, tuple[str, str]]] = {
    "opt_in": (T("công cụ và tin nhắn opt-in", "opt-in tools and messages"), (_BROKEN, "opt-in")),
    "input_auto_reply": (
        T("nhập liệu và trả lời tự động", "user input and auto-replies"), (_BROKEN, "input-auto-reply")
    ),
    "buttons_quick_replies": (
        T("nút bấm và trả lời nhanh", "buttons and quick replies"), (_BROKEN, "buttons-quick-replies")
    ),
    "sequences": (T("kịch bản chăm sóc", "sequences"), (_BROKEN, "sequences")),
    "rules": (T("quy luật", "rules"), (_BROKEN, "rules")),
    "keywords": (T("từ khoá", "keywords"), (_BROKEN, "keywords")),
    "bot_silent": (T("bot không trả lời", "the bot is silent"), ("troubleshooting/", "by-symptom")),
    "error_10": (T("lỗi #10", "error #10"), (_ERR10, "symptom")),
    "instagram_100": (T("lỗi #100 trên Instagram", "error #100 on Instagram"), (_IG100, "symptom")),
    "old_conversations_fail": (
        T("hội thoại cũ vẫn lỗi", "old conversations still fail"),
        ("troubleshooting/after-the-fix/", "old-conversations"),
    ),
    "done_folder": (
        T("hội thoại bị chuyển vào thư mục \"Xong\"", "conversations moved to \"Done\""),
        ("troubleshooting/done-folder/", "symptom"),
    ),
    "some_customers": (
        T("chỉ một số khách bị lỗi", "only some customers are affected"), (_SOME, "per-conversation")
    ),
}

_RULES: tuple[Rule, ...] = (
    # --- HC0xx: about the input itself -----------------------------------------------------
    Rule(
        "HC001", "access-token-pasted", WARNING,
        T("Bạn đã dán một mã truy cập (access token)", "An access token was pasted"),
        T("Dữ liệu có một mã truy cập Meta. Trình kiểm tra không hiển thị lại mã này, nhưng ai "
          "có mã đều có thể nhắn tin thay trang của bạn, nên hãy coi như nó đã lộ.",
          "The input contains a Meta access token. The checker never shows it again, but anyone "
          "holding it can message as your Page, so treat it as leaked."),
        (
            T("Tạo mã mới: làm mới quyền Facebook trong ứng dụng bot, hoặc tạo lại mã truy cập "
              "trang nếu bạn tự viết bot.",
              "Get a new token: refresh the Facebook permissions in the bot app, or issue a new "
              "Page access token if you run your own bot."),
            T("Lần sau, xoá trường access_token (hoặc phần access_token=… trong đường dẫn) trước "
              "khi dán hay chia sẻ.",
              "Next time, delete the access_token field (or the access_token=… part of the URL) "
              "before pasting or sharing."),
        ),
        _docs("troubleshooting/refresh-permissions/", "renew-token"),
    ),
    Rule(
        "HC002", "wrong-inbox-app-id", ERROR,
        T("Mã ứng dụng {value} không phải Hộp thư Trang", "App id {value} is not the Page Inbox"),
        T("{value} trông giống mã của Hộp thư Trang nhưng sai chữ số (mã này từng bị in sai trong "
          "tài liệu và trong một số thư viện). Chuyển quyền tới mã sai sẽ không tới Hộp thư Trang.",
          "{value} looks like the Page Inbox id but has wrong digits (this typo appears in some "
          "documentation and libraries). Passing control to it never reaches the Page Inbox."),
        (
            T("Dùng đúng mã Hộp thư Trang: 263902037430900 (Hộp thư Instagram: 1217981644879628).",
              "Use the real Page Inbox id: 263902037430900 (Instagram Inbox: 1217981644879628)."),
            T("Đừng so khớp cứng với mã 14 chữ số 26390203743090 khi đọc tin nhắn echo.",
              "Never match message echoes against the 14-digit 26390203743090."),
        ),
        _docs("handover/", "page-inbox-app"),
    ),
    Rule(
        "HC003", "unknown-error-code", WARNING,
        T("Mã lỗi chưa có trong danh mục: {label}", "Error not in the catalogue: {label}"),
        T("Trình kiểm tra chưa biết lỗi này ({label}) nên không đoán nguyên nhân. {hint}",
          "The checker does not know this error ({label}), so it does not guess a cause. {hint}"),
        (
            T("So mã và thông báo với bảng mã lỗi; nếu không có, tìm mã trong tài liệu \"Error "
              "codes\" của Meta.",
              "Compare the code and message with the error table; if it is not there, look the "
              "code up in Meta's \"Error codes\" documentation."),
            T("Dán thêm kết quả GET /me/thread_owner?recipient=<PSID> để xem ai giữ cuộc trò chuyện.",
              "Also paste GET /me/thread_owner?recipient=<PSID> to see who holds the conversation."),
        ),
        _docs("errors/", "table"),
    ),
    # --- HC1xx: the settings JSON -----------------------------------------------------------
    Rule(
        "HC101", "botcake-shows-handover-app", ERROR,
        T("Botcake cho thấy giao thức chuyển giao đang bật ({channel}: {app})",
          "Botcake shows handover is on ({channel}: {app})"),
        T("Ô giao thức chuyển giao trong cài đặt Botcake hiện tên một ứng dụng. Đây là cài đặt "
          "sai: bot sẽ lỗi ở tin opt-in, trả lời tự động, nút bấm, kịch bản, quy luật và từ khoá. "
          "Đúng là ô này hiện \"Không có\" hoặc \"Không xác định\".",
          "Botcake's handover field shows an app name. This setting is wrong: opt-in messages, "
          "auto-replies, buttons, sequences, rules and keywords break. The correct value is "
          "\"None\" (\"Không có\") or \"Unknown\" (\"Không xác định\")."),
        (
            T("Mở {handover_path}.", "Open {handover_path}."),
            T("Bấm lại vào ứng dụng đang được chọn để bỏ chọn, cho đến khi chỉ còn chữ \"Chọn\".",
              "Click the selected app again to deselect it, until only \"Select\" remains."),
            T("Làm mới quyền Facebook trong Botcake, rồi chờ tối đa 24 giờ để thay đổi có hiệu lực.",
              "Refresh the Facebook permissions in Botcake, then allow up to 24 hours for the "
              "change to apply."),
        ),
        _docs(_TURN_OFF, "messenger", instagram=(_TURN_OFF, "instagram")),
    ),
    Rule(
        "HC102", "handover-app-selected", ERROR,
        T("Giao thức chuyển giao đang chọn {app} ({channel})",
          "The handover setting selects {app} ({channel})"),
        T("Màn hình giao thức chuyển giao của Meta đang chọn một ứng dụng cho {channel}. Khi đó "
          "ứng dụng được chọn nhận cuộc trò chuyện, còn bot có thể gặp lỗi #10 và các tính năng "
          "tự động bị hỏng. Khi chỉ dùng bot (hoặc bot và Pancake), hãy để trống mục này.",
          "Meta's handover screen selects an app for {channel}. That app receives the "
          "conversations, and the bot can hit error #10 and lose its automations. With only a bot "
          "(or a bot plus Pancake), leave this empty."),
        (
            T("Mở {handover_path}.", "Open {handover_path}."),
            T("Bấm lại vào {app} để bỏ chọn; khi ô chỉ còn \"Chọn\" là chuyển giao đã tắt.",
              "Click {app} again to deselect it; when the field shows only \"Select\", handover "
              "is off."),
            T("Làm mới quyền Facebook trong bot và chờ tối đa 24 giờ.",
              "Refresh the Facebook permissions in the bot and allow up to 24 hours."),
        ),
        _docs(_TURN_OFF, "step-messenger-deselect", instagram=(_TURN_OFF, "step-instagram-deselect")),
    ),
    Rule(
        "HC103", "legacy-primary-receiver-not-bot", WARNING,
        T("Primary Receiver (kiểu cũ) là {app}, không phải bot ({channel})",
          "The (legacy) Primary Receiver is {app}, not the bot ({channel})"),
        T("Trong cài đặt vai trò kiểu cũ, {app} là Primary Receiver nên nhận cuộc trò chuyện "
          "trước bot. Meta đã thay vai trò bằng Chuyển quyền trò chuyện, nhưng cài đặt cũ còn sót "
          "vẫn có thể khiến bot chỉ nhận sự kiện standby.",
          "In the legacy role settings, {app} is the Primary Receiver, so it gets conversations "
          "before the bot. Meta replaced roles with Conversation Routing, but a left-over setting "
          "can still leave the bot with only standby events."),
        (
            T("Mở {handover_path} và bỏ chọn vai trò của {app}.",
              "Open {handover_path} and clear the role of {app}."),
            T("Cấu hình {routing_path} thay cho vai trò cũ.",
              "Configure {routing_path} instead of the old roles."),
        ),
        _docs("handover/", "roles"),
    ),
    Rule(
        "HC104", "bot-not-connected", WARNING,
        T("{bot} không có trong danh sách ứng dụng kết nối ({channel})",
          "{bot} is not among the connected apps ({channel})"),
        T("Danh sách ứng dụng kết nối với {channel} không có {bot}, nên bot không nhận được tin "
          "trên kênh này.",
          "The apps connected to {channel} do not include {bot}, so the bot gets no messages on "
          "this channel."),
        (
            T("Nếu bot cần trả lời trên {channel}: kết nối lại trang (hoặc tài khoản Instagram) "
              "trong {bot} và cấp đủ quyền.",
              "If the bot should answer on {channel}: reconnect the Page (or Instagram account) in "
              "{bot} and grant every permission."),
            T("Nếu bạn không dùng bot trên kênh này, bỏ qua cảnh báo.",
              "If you do not use the bot on this channel, ignore this warning."),
        ),
        _docs("setups/", "botcake-only"),
    ),
    Rule(
        "HC110", "default-app-not-bot", ERROR,
        T("Ứng dụng mặc định là {app}, không phải bot ({channel})",
          "The default app is {app}, not the bot ({channel})"),
        T("Chuyển quyền trò chuyện đang giao mọi cuộc trò chuyện mới cho {app}. {bot} chỉ nhận "
          "sự kiện standby và gặp lỗi #10 (Instagram: #100) khi trả lời, trừ khi {app} chủ động "
          "chuyển quyền.",
          "Conversation Routing hands every new conversation to {app}. {bot} only gets standby "
          "events and hits error #10 (Instagram: #100) when it replies, unless {app} passes "
          "control."),
        (
            T("Mở {routing_path}.", "Open {routing_path}."),
            T("Chọn {bot} làm ứng dụng mặc định, rồi lưu.", "Choose {bot} as the default app and save."),
            T("Nếu {app} cần một số khách (ví dụ khách từ một đường dẫn), dùng định tuyến theo "
              "đường dẫn thay vì đặt {app} làm mặc định.",
              "If {app} needs some customers (for example from one link), use link routing "
              "instead of making {app} the default."),
        ),
        _docs(_ERR10, "step-default-app", instagram=(_IG100, "step-default-app")),
    ),
    Rule(
        "HC111", "default-app-is-inbox", ERROR,
        T("Hộp thư của Meta là ứng dụng mặc định ({channel})",
          "Meta's inbox is the default app ({channel})"),
        T("{app} đang là ứng dụng mặc định, nên mọi cuộc trò chuyện mới thuộc về hộp thư và bot "
          "không được trả lời. Hộp thư không bao giờ tự chuyển quyền lại cho bot.",
          "{app} is the default app, so every new conversation belongs to the inbox and the bot "
          "may not reply. The inbox never passes control back by itself."),
        (
            T("Mở {routing_path}.", "Open {routing_path}."),
            T("Đổi ứng dụng mặc định sang {bot}, rồi lưu.", "Change the default app to {bot} and save."),
            T("Với hội thoại đang kẹt, chuyển chúng vào thư mục \"Xong\" trong Meta Business Suite.",
              "For stuck conversations, move them to \"Done\" in Meta Business Suite."),
        ),
        _docs(_TURN_OFF, "step-routing-messenger", instagram=(_TURN_OFF, "step-routing-instagram")),
    ),
    Rule(
        "HC112", "handover-and-routing-disagree", WARNING,
        T("Giao thức chuyển giao và Chuyển quyền trò chuyện chọn hai ứng dụng khác nhau ({channel})",
          "Handover and Conversation Routing name different apps ({channel})"),
        T("Giao thức chuyển giao chọn {handover_app}, còn ứng dụng mặc định là {default_app}. Hai "
          "cài đặt giành nhau cuộc trò chuyện, nên kết quả khó đoán.",
          "The handover setting selects {handover_app} while the default app is {default_app}. "
          "The two settings compete for conversations, so the outcome is unpredictable."),
        (
            T("Bỏ chọn ứng dụng trong {handover_path}.", "Deselect the app in {handover_path}."),
            T("Chỉ giữ một nơi quyết định: ứng dụng mặc định trong {routing_path}.",
              "Keep one place in charge: the default app in {routing_path}."),
        ),
        _docs("routing/", "vs-handover"),
    ),
    Rule(
        "HC113", "several-apps-without-default-app", WARNING,
        T("Nhiều ứng dụng nhưng chưa có ứng dụng mặc định ({channel})",
          "Several apps but no default app ({channel})"),
        T("{apps} cùng kết nối mà không có ứng dụng mặc định (chế độ không cấu hình). Mọi ứng dụng "
          "đều nhận tin và có thể cùng trả lời một khách; lệnh take_thread_control bị chặn (lỗi "
          "#27). Bài gốc khuyên chưa chọn ứng dụng nào cho đến khi Meta ổn định; cách đó chấp "
          "nhận được nếu chỉ một ứng dụng tự động trả lời.",
          "{apps} are connected with no default app (zero-config mode). Every app gets the "
          "messages and two of them may answer the same customer; take_thread_control is blocked "
          "(error #27). The original article advises choosing no app until Meta's feature is "
          "stable; that is fine as long as only one app answers automatically."),
        (
            T("Đảm bảo chỉ {bot} tự động trả lời; tắt trả lời tự động trong các ứng dụng còn lại.",
              "Make sure only {bot} answers automatically; turn off auto-replies in the others."),
            T("Nếu thấy trả lời trùng hoặc lỗi #10, đặt {bot} làm ứng dụng mặc định trong "
              "{routing_path}.",
              "If you see double replies or error #10, make {bot} the default app in "
              "{routing_path}."),
        ),
        _docs("routing/", "zero-config"),
    ),
    Rule(
        "HC114", "no-default-app", INFO,
        T("Chưa chọn ứng dụng mặc định ({channel})", "No default app chosen ({channel})"),
        T("Không có ứng dụng mặc định và chỉ một ứng dụng trả lời: đúng với khuyến nghị của bài "
          "gốc. Điều cần biết: ở chế độ này không ứng dụng nào lấy lại được quyền bằng "
          "take_thread_control (lỗi #27), và hội thoại do hộp thư giữ chỉ trở về rảnh sau 24 giờ.",
          "No default app and a single answering app: this follows the original article's advice. "
          "Know the trade-off: no app can take control back with take_thread_control (error #27), "
          "and a chat held by the inbox only returns to idle after 24 hours."),
        (
            T("Không cần sửa. Nếu sau này gặp lỗi #10, đặt {bot} làm ứng dụng mặc định trong "
              "{routing_path}.",
              "Nothing to fix. If error #10 appears later, make {bot} the default app in "
              "{routing_path}."),
        ),
        _docs("routing/", "recommendation"),
    ),
    Rule(
        "HC115", "route-to-other-app", WARNING,
        T("{route} đưa khách tới {app}, không phải bot ({channel})",
          "{route} sends customers to {app}, not the bot ({channel})"),
        T("Khách vào qua {route} được giao cho {app}, nên bot im lặng với họ cho đến khi {app} "
          "chuyển quyền. Vì vậy chỉ một số khách bị ảnh hưởng.",
          "Customers arriving through {route} are handed to {app}, so the bot stays silent for "
          "them until {app} passes control. That is why only some customers are affected."),
        (
            T("Mở {routing_path} và xem phần định tuyến theo đường dẫn / quảng cáo.",
              "Open {routing_path} and look at link / ad routing."),
            T("Nếu bot cần trả lời các khách này, đổi ứng dụng nhận thành {bot}; nếu đúng ý bạn, "
              "giữ nguyên.",
              "If the bot should answer these customers, change the receiving app to {bot}; if "
              "this is intended, keep it."),
        ),
        _docs(_SOME, "step-check-links", ad=(_SOME, "step-check-ads")),
    ),
    Rule(
        "HC116", "routed-app-not-connected", WARNING,
        T("{app} được định tuyến nhưng không có trong danh sách kết nối ({channel})",
          "{app} is routed to but not among the connected apps ({channel})"),
        T("Chuyển quyền trò chuyện nhắc tới {app}, nhưng danh sách ứng dụng kết nối không có nó. "
          "Hoặc danh sách bạn nhập còn thiếu, hoặc định tuyến trỏ tới một ứng dụng đã gỡ, khiến "
          "khách không được ai trả lời.",
          "Conversation Routing names {app}, but the connected apps do not include it. Either the "
          "list you entered is incomplete, or routing points at a removed app and nobody answers "
          "those customers."),
        (
            T("Đối chiếu {routing_path} với danh sách ứng dụng kết nối.",
              "Compare {routing_path} with the list of connected apps."),
            T("Đổi các mục định tuyến tới {app} sang một ứng dụng còn kết nối (thường là bot).",
              "Point the routes that use {app} at a connected app (usually the bot)."),
        ),
        _docs("routing/", "default-app"),
    ),
    Rule(
        "HC117", "bot-cannot-take-control", WARNING,
        T("{bot} không được phép lấy lại cuộc trò chuyện ({channel})",
          "{bot} may not take conversations back ({channel})"),
        T("Một ứng dụng khác nhận một phần khách, nhưng {bot} không có quyền \"kiểm soát cuộc "
          "trò chuyện\". Khi cần, bot không thể tự lấy lại cuộc trò chuyện.",
          "Another app receives some customers, but {bot} lacks the \"take control of "
          "conversations\" permission. The bot cannot take a conversation back when it needs to."),
        (
            T("Mở {take_control_path} và bật quyền kiểm soát cuộc trò chuyện cho {bot} ({channel}).",
              "Open {take_control_path} and allow {bot} to take control of conversations "
              "({channel})."),
        ),
        _docs("routing/", "take-control"),
    ),
    Rule(
        "HC118", "take-control-without-default-app", INFO,
        T("Quyền kiểm soát cuộc trò chuyện chưa có tác dụng ({channel})",
          "The take-control permission has no effect yet ({channel})"),
        T("{apps} được phép kiểm soát cuộc trò chuyện, nhưng chưa có ứng dụng mặc định nên "
          "take_thread_control vẫn bị chặn (lỗi #27).",
          "{apps} may take control of conversations, but with no default app take_thread_control "
          "is still blocked (error #27)."),
        (
            T("Nếu cần lấy quyền, chọn một ứng dụng mặc định trong {routing_path}; nếu không, "
              "không cần làm gì.",
              "If taking control matters, choose a default app in {routing_path}; otherwise "
              "nothing to do."),
        ),
        _docs("routing/", "zero-config"),
    ),
    Rule(
        "HC119", "unknown-apps-connected", WARNING,
        T("Có ứng dụng lạ hoặc cũ đang kết nối ({channel}): {apps}",
          "Unknown or old apps are connected ({channel}): {apps}"),
        T("Ngoài bot, Pancake và hộp thư của Meta, trang còn kết nối {apps}. Ứng dụng cũ vẫn "
          "tham gia chuyển giao và có thể giữ cuộc trò chuyện của khách.",
          "Besides the bot, Pancake and Meta's inbox, the Page is connected to {apps}. Old apps "
          "still take part in handover and can hold customers' conversations."),
        (
            T("Vào \"Cài đặt trang\" → \"Ứng dụng kinh doanh\" (Business integrations) và gỡ các "
              "ứng dụng không còn dùng.",
              "Open \"Page settings\" → \"Business integrations\" and remove the apps you no "
              "longer use."),
        ),
        _docs("setups/", "remove-old-apps"),
    ),
    Rule(
        "HC120", "symptom-reported", WARNING,
        T("Triệu chứng: {symptom} ({channel})", "Symptom: {symptom} ({channel})"),
        T("Bạn báo lỗi ở mục \"{symptom}\". Các tính năng này cần bot giữ cuộc trò chuyện; khi "
          "một ứng dụng khác hoặc hộp thư giữ nó, chúng ngừng chạy. Nếu cài đặt đã đúng, các "
          "hội thoại cũ có thể vẫn kẹt tới khi rảnh trở lại.",
          "You report trouble with \"{symptom}\". These features need the bot to hold the "
          "conversation; when another app or the inbox holds it, they stop. If the settings are "
          "already right, older conversations may stay stuck until they are idle again."),
        (
            T("Sửa các lỗi cài đặt ở trên (nếu có) trước.", "Fix the settings errors above first, if any."),
            T("Thử lại với một khách mới nhắn lần đầu; hội thoại cũ cần tối đa 24 giờ.",
              "Test with a customer who writes for the first time; older chats need up to 24 hours."),
        ),
        {"default": DocTarget(_BROKEN, "cause"),
         **{key: DocTarget(*target) for key, (_, target) in SYMPTOMS.items()}},
    ),
    # --- HC2xx: API responses, webhooks and request bodies ----------------------------------
    Rule(
        "HC201", "thread-owned-by-other-app", ERROR,
        T("{owner} đang giữ cuộc trò chuyện, không phải bot", "{owner} holds the conversation, not the bot"),
        T("thread_owner cho biết {owner} đang giữ cuộc trò chuyện này, nên {bot} không được trả "
          "lời (lỗi #10 hoặc #100).",
          "thread_owner says {owner} holds this conversation, so {bot} may not reply (error #10 "
          "or #100)."),
        (
            T("Nhờ {owner} chuyển quyền (pass) hoặc nhả quyền (release), hoặc chờ 24 giờ không có "
              "tin để cuộc trò chuyện rảnh lại.",
              "Ask {owner} to pass or release control, or wait 24 quiet hours for the "
              "conversation to go idle."),
            T("Nếu {owner} không nên nhận khách mới, đặt {bot} làm ứng dụng mặc định.",
              "If {owner} should not get new customers, make {bot} the default app."),
        ),
        _docs(_ERR10, "step-find-owner", instagram=(_IG100, "step-find-owner")),
    ),
    Rule(
        "HC202", "thread-owned-by-inbox", ERROR,
        T("{owner} đang giữ cuộc trò chuyện", "{owner} holds the conversation"),
        T("Hộp thư của Meta giữ cuộc trò chuyện này, thường vì ai đó đã trả lời trong Meta "
          "Business Suite hoặc chuyển hội thoại vào thư mục chính. Bot không được trả lời cho tới "
          "khi hộp thư trả quyền.",
          "Meta's inbox holds this conversation, usually because someone replied in Meta Business "
          "Suite or moved the chat to the main folder. The bot may not reply until the inbox "
          "gives control back."),
        (
            T("Trong Meta Business Suite, mở cuộc trò chuyện và chuyển vào thư mục \"Xong\".",
              "In Meta Business Suite, open the conversation and move it to \"Done\"."),
            T("Hoặc chờ 24 giờ không có tin để cuộc trò chuyện rảnh lại.",
              "Or wait 24 quiet hours for the conversation to go idle."),
            T("Tránh trả lời trong Meta Business Suite ở những cuộc trò chuyện bot đang lo.",
              "Avoid replying in Meta Business Suite in conversations the bot handles."),
        ),
        _docs(_INBOX, "step-move-to-done"),
    ),
    Rule(
        "HC203", "thread-owner-unconfirmed", INFO,
        T("{owner} đang giữ cuộc trò chuyện", "{owner} holds the conversation"),
        T("thread_owner cho biết {owner} đang giữ cuộc trò chuyện. Trình kiểm tra không biết mã "
          "ứng dụng của bot bạn nên không nói được đây có phải bot không.",
          "thread_owner says {owner} holds the conversation. The checker does not know your bot's "
          "app id, so it cannot tell whether this is the bot."),
        (
            T("So mã này với mã ứng dụng của bot (trong trang quản lý ứng dụng, hoặc hỏi nhà cung "
              "cấp bot).",
              "Compare this id with the bot's app id (in the app dashboard, or ask the bot vendor)."),
            T("Hoặc dán kèm cài đặt JSON có \"bot\": {\"name\": …, \"id\": …} trong một danh sách.",
              "Or paste it in a list together with a settings JSON holding \"bot\": {\"name\": …, "
              "\"id\": …}."),
        ),
        _docs(_ERR10, "step-find-owner"),
    ),
    Rule(
        "HC204", "thread-idle", INFO,
        T("Cuộc trò chuyện đang rảnh (thread_owner rỗng)", "The conversation is idle (empty thread_owner)"),
        T("thread_owner trả về danh sách rỗng: không ứng dụng nào đang giữ cuộc trò chuyện (đã "
          "quá 24 giờ không có tin, hoặc chủ cũ đã nhả quyền). Khi rảnh, chỉ ứng dụng mặc định "
          "được trả lời; ở chế độ không cấu hình, ứng dụng nào cũng được.",
          "thread_owner returned an empty list: no app holds the conversation (24 quiet hours "
          "passed, or the owner released it). While idle only the default app may reply; in "
          "zero-config mode any app may."),
        (
            T("Nếu bot vẫn không trả lời được, kiểm tra bot có phải ứng dụng mặc định không.",
              "If the bot still cannot reply, check whether it is the default app."),
        ),
        _docs("routing/", "idle-active"),
    ),
    Rule(
        "HC205", "thread-owner-hidden", WARNING,
        T("Một ứng dụng khác đang giữ cuộc trò chuyện (không thấy tên)",
          "Another app holds the conversation (name hidden)"),
        T("thread_owner chỉ trả về thời hạn, không có app_id: cuộc trò chuyện đang có chủ, nhưng "
          "ứng dụng đã gọi lệnh không phải chủ và cũng không phải ứng dụng mặc định.",
          "thread_owner returned only an expiration, no app_id: the conversation has an owner, but "
          "the calling app is neither that owner nor the default app."),
        (
            T("Gọi lại thread_owner bằng ứng dụng mặc định để thấy chủ, hoặc xem cài đặt trang.",
              "Call thread_owner from the default app to see the owner, or check the Page settings."),
            T("Đặt bot làm ứng dụng mặc định nếu bot cần trả lời mọi cuộc trò chuyện mới.",
              "Make the bot the default app if it should answer every new conversation."),
        ),
        _docs("routing/", "default-app"),
    ),
    Rule(
        "HC210", "other-apps-are-secondary-receivers", WARNING,
        T("Còn ứng dụng giữ vai trò Secondary Receiver: {apps}",
          "Apps still hold the Secondary Receiver role: {apps}"),
        T("secondary_receivers liệt kê {apps}. Đây là vai trò của giao thức chuyển giao kiểu cũ; "
          "các ứng dụng này có thể nhận quyền giữ cuộc trò chuyện từ bot.",
          "secondary_receivers lists {apps}. This is a legacy Handover Protocol role; these apps "
          "can be handed conversations from the bot."),
        (
            T("Gỡ các ứng dụng không còn dùng trong \"Cài đặt trang\" → \"Ứng dụng kinh doanh\".",
              "Remove apps you no longer use under \"Page settings\" → \"Business integrations\"."),
            T("Dùng Chuyển quyền trò chuyện thay cho vai trò kiểu cũ.",
              "Use Conversation Routing instead of the legacy roles."),
        ),
        _docs("setups/", "remove-old-apps"),
    ),
    Rule(
        "HC220", "conversation-routing-not-enabled", WARNING,
        T("Chuyển quyền trò chuyện chưa bật ({channel})", "Conversation Routing is not enabled ({channel})"),
        T("messaging_feature_status cho thấy {flag} = false: {channel} chưa có ứng dụng mặc định "
          "(chế độ không cấu hình). take_thread_control sẽ lỗi #27, và mọi ứng dụng kết nối đều "
          "nhận tin. Cách này ổn nếu chỉ một ứng dụng trả lời.",
          "messaging_feature_status shows {flag} = false: {channel} has no default app "
          "(zero-config mode). take_thread_control fails with #27, and every connected app gets "
          "the messages. That is fine if only one app answers."),
        (
            T("Nếu bot cần lấy lại cuộc trò chuyện, chọn bot làm ứng dụng mặc định trong "
              "{routing_path}.",
              "If the bot must take conversations back, make it the default app in {routing_path}."),
        ),
        _docs("routing/", "zero-config"),
    ),
    Rule(
        "HC230", "standby-events", WARNING,
        T("Ứng dụng nhận sự kiện standby: nó không giữ cuộc trò chuyện ({channel})",
          "The app receives standby events: it does not own the conversation ({channel})"),
        T("Tin của khách tới trong entry[].standby thay vì messaging. Nghĩa là ứng dụng nhận "
          "webhook này không giữ cuộc trò chuyện; nếu đây là bot, nó sẽ lỗi #10 (Instagram: "
          "#100) khi trả lời.",
          "The customer's message arrived in entry[].standby instead of messaging. The app that "
          "received this webhook does not hold the conversation; if it is the bot, replying "
          "fails with #10 (Instagram: #100)."),
        (
            T("Tìm ứng dụng đang giữ cuộc trò chuyện bằng GET /me/thread_owner?recipient=<PSID>.",
              "Find the owning app with GET /me/thread_owner?recipient=<PSID>."),
            T("Nếu bot cần trả lời: tắt giao thức chuyển giao và đặt bot làm ứng dụng mặc định.",
              "If the bot should reply: turn handover off and make the bot the default app."),
        ),
        _docs(_ERR10, "step-find-owner", instagram=(_IG100, "step-find-owner")),
    ),
    Rule(
        "HC231", "control-passed-to-inbox", WARNING,
        T("Quyền trò chuyện được chuyển cho {app}", "Control is passed to {app}"),
        T("Cuộc trò chuyện được giao cho hộp thư của Meta. Từ lúc đó bot im lặng với khách này "
          "cho đến khi nhân viên chuyển hội thoại vào \"Xong\" hoặc 24 giờ trôi qua không có tin.",
          "The conversation goes to Meta's inbox. From then on the bot is silent for this "
          "customer until a person moves the chat to \"Done\" or 24 quiet hours pass."),
        (
            T("Nếu đúng ý (khách cần người thật), nhắc nhân viên bấm \"Xong\" khi xử lý xong.",
              "If intended (the customer needs a person), have the agent click \"Done\" when "
              "finished."),
            T("Nếu không: kiểm tra mã đích (target_app_id / app_id) trong lệnh của bot.",
              "If not: check the target (target_app_id / app_id) in the bot's call."),
        ),
        _docs(_INBOX, "step-move-to-done"),
    ),
    Rule(
        "HC232", "control-passed-to-app", INFO,
        T("Quyền trò chuyện được chuyển cho {app}", "Control is passed to {app}"),
        T("Sự kiện pass_thread_control: {app} giờ giữ cuộc trò chuyện (trước đó: {previous}). "
          "Ứng dụng khác chỉ nhận standby cho tới khi quyền được trả lại.",
          "pass_thread_control event: {app} now holds the conversation (before: {previous}). "
          "Other apps only get standby until control comes back."),
        (
            T("Không cần sửa nếu đây là chuyển giao có chủ đích.",
              "Nothing to fix if this hand-over was intended."),
        ),
        _docs("handover/", "thread-control"),
    ),
    Rule(
        "HC233", "control-taken-by-other-app", WARNING,
        T("{app} đã lấy quyền trò chuyện", "{app} took control of the conversation"),
        T("Sự kiện take_thread_control: {app} đã lấy cuộc trò chuyện khỏi ứng dụng nhận webhook "
          "này. Nếu {app} là hộp thư của Meta, thường là do có người trả lời trong Meta Business "
          "Suite hoặc chuyển hội thoại vào thư mục chính.",
          "take_thread_control event: {app} took the conversation from the app that received "
          "this webhook. If {app} is Meta's inbox, usually someone replied in Meta Business Suite "
          "or moved the chat to the main folder."),
        (
            T("Nếu {app} là hộp thư: chuyển hội thoại vào \"Xong\" khi nhân viên xử lý xong.",
              "If {app} is the inbox: move the chat to \"Done\" when the agent has finished."),
            T("Nếu không mong muốn: tắt quyền \"kiểm soát cuộc trò chuyện\" của {app} trong "
              "{take_control_path}.",
              "If unwanted: turn off \"take control of conversations\" for {app} in "
              "{take_control_path}."),
        ),
        _docs(_ERR10, "step-find-owner", inbox=(_INBOX, "cause")),
    ),
    Rule(
        "HC234", "control-requested", INFO,
        T("{app} xin quyền trò chuyện", "{app} requests control of the conversation"),
        T("Sự kiện request_thread_control: {app} muốn giữ cuộc trò chuyện. Ứng dụng nhận sự kiện "
          "(chủ hiện tại) quyết định có chuyển quyền hay không; Meta không tự chuyển.",
          "request_thread_control event: {app} wants the conversation. The app receiving it (the "
          "current owner) decides whether to pass control; Meta does not pass it by itself."),
        (
            T("Nếu đồng ý, gọi pass_thread_control với target_app_id là mã của {app}.",
              "To agree, call pass_thread_control with target_app_id set to {app}'s id."),
        ),
        _docs("handover/", "thread-control"),
    ),
    Rule(
        "HC235", "legacy-app-roles-event", INFO,
        T("Sự kiện app_roles (vai trò kiểu cũ)", "app_roles event (legacy roles)"),
        T("Vai trò chuyển giao kiểu cũ vừa thay đổi: {roles}. Meta đã thay vai trò bằng Chuyển "
          "quyền trò chuyện; sự kiện này chỉ cho biết cài đặt cũ còn tồn tại.",
          "A legacy handover role changed: {roles}. Meta replaced roles with Conversation "
          "Routing; this event only shows the old setting still exists."),
        (
            T("Kiểm tra {handover_path} và bỏ chọn các vai trò không cần.",
              "Check {handover_path} and clear roles you do not need."),
        ),
        _docs("handover/", "roles"),
    ),
    Rule(
        "HC236", "reply-sent-from-inbox", WARNING,
        T("Có tin trả lời gửi từ {app}", "A reply was sent from {app}"),
        T("Tin echo mang app_id của hộp thư Meta: một người đã trả lời trong Meta Business Suite "
          "hoặc ứng dụng Messenger. Việc này khiến hộp thư giữ cuộc trò chuyện và bot im lặng với "
          "khách đó.",
          "A message echo carries the app_id of Meta's inbox: a person replied from Meta Business "
          "Suite or the Messenger app. That makes the inbox take the conversation, and the bot "
          "goes silent for that customer."),
        (
            T("Sau khi trả lời tay, chuyển hội thoại vào thư mục \"Xong\" để bot trả lời tiếp.",
              "After answering by hand, move the chat to \"Done\" so the bot can answer again."),
        ),
        _docs(_INBOX, "cause"),
    ),
    Rule(
        "HC240", "webhook-fields-missing", WARNING,
        T("Thiếu trường webhook cần cho chuyển quyền: {fields}",
          "Webhook fields needed for routing are missing: {fields}"),
        T("{app} chưa đăng ký {fields}. Meta yêu cầu mọi ứng dụng đăng ký messages, "
          "messaging_postbacks, messaging_referral, messaging_handovers (có nơi viết "
          "messaging_handover) và standby; thiếu chúng thì ứng dụng không biết khi nào mình mất "
          "hay nhận lại quyền.",
          "{app} is not subscribed to {fields}. Meta asks every app to subscribe to messages, "
          "messaging_postbacks, messaging_referral, messaging_handovers (also spelled "
          "messaging_handover) and standby; without them the app never learns when it loses or "
          "regains control."),
        (
            T("Trong trang quản lý ứng dụng → Messenger (hoặc Instagram) → Webhooks, đăng ký thêm "
              "các trường còn thiếu cho trang.",
              "In the app dashboard → Messenger (or Instagram) → Webhooks, subscribe the Page to "
              "the missing fields."),
        ),
        _docs("handover/", "standby"),
    ),
    Rule(
        "HC250", "thread-control-type-missing", WARNING,
        T("thread_control thiếu control_type", "thread_control has no control_type"),
        T("Send API có thread_control nhưng không có control_type. Theo tài liệu Messenger, khi "
          "đó Meta coi là \"release\": cuộc trò chuyện về trạng thái rảnh và không ai nhận "
          "webhook, kể cả khi bạn muốn chuyển cho {app}.",
          "The Send API body has thread_control without control_type. Messenger's documentation "
          "treats that as \"release\": the conversation goes idle and no webhook is sent, even if "
          "you meant to pass it to {app}."),
        (
            T("Ghi rõ \"control_type\": \"pass\" (kèm app_id) hoặc \"release\".",
              "Write \"control_type\": \"pass\" (with app_id) or \"release\" explicitly."),
        ),
        _docs(_STOPPED, "thread-control"),
    ),
    Rule(
        "HC251", "release-sends-no-webhook", INFO,
        T("Nhả quyền: cuộc trò chuyện về trạng thái rảnh", "Release: the conversation goes idle"),
        T("Lệnh này nhả quyền giữ cuộc trò chuyện. Meta không gửi webhook cho ứng dụng nào; tin "
          "kế tiếp của khách sẽ tới ứng dụng mặc định (hoặc mọi ứng dụng nếu chưa có mặc định).",
          "This call releases the conversation. Meta sends no webhook to any app; the customer's "
          "next message goes to the default app (or to every app when there is none)."),
        (
            T("Không cần sửa nếu đúng ý; nếu muốn giao cho một ứng dụng cụ thể, dùng pass với app_id.",
              "Nothing to fix if intended; to hand it to one app, use pass with an app_id."),
        ),
        _docs("routing/", "idle-active"),
    ),
    Rule(
        "HC252", "pass-goes-to-default-app", INFO,
        T("Chuyển quyền không ghi ứng dụng đích", "Pass without a target app"),
        T("Lệnh chuyển quyền không có app_id/target_app_id, nên Meta giao cuộc trò chuyện cho ứng "
          "dụng mặc định. Nếu trang chưa có ứng dụng mặc định, lệnh có thể thất bại.",
          "The pass has no app_id/target_app_id, so Meta hands the conversation to the default "
          "app. If the Page has no default app, the call may fail."),
        (
            T("Ghi rõ mã ứng dụng đích nếu bạn muốn giao cho một ứng dụng cụ thể (Hộp thư Trang: "
              "263902037430900).",
              "Give the target app id if a specific app should get it (Page Inbox: "
              "263902037430900)."),
        ),
        _docs("routing/", "default-app"),
    ),
    Rule(
        "HC253", "take-control-requirements", INFO,
        T("take_thread_control cần điều kiện", "take_thread_control has requirements"),
        T("Lệnh lấy quyền chỉ chạy khi trang đã bật Chuyển quyền trò chuyện (có ứng dụng mặc "
          "định) và ứng dụng được phép \"kiểm soát cuộc trò chuyện\"; nếu không sẽ lỗi #27.",
          "Taking control only works when the Page has Conversation Routing on (a default app) "
          "and the app may \"take control of conversations\"; otherwise it fails with #27."),
        (
            T("Kiểm tra hai điều kiện trong {routing_path} và {take_control_path}.",
              "Check both in {routing_path} and {take_control_path}."),
        ),
        _docs("routing/", "take-control"),
    ),
    Rule(
        "HC254", "request-control-not-guaranteed", INFO,
        T("request_thread_control không bảo đảm có quyền", "request_thread_control does not guarantee control"),
        T("Lệnh xin quyền chỉ dùng được ở chế độ không cấu hình. {\"success\": true} chỉ có "
          "nghĩa là yêu cầu đã gửi; chủ hiện tại (ví dụ hộp thư của Meta) có thể không bao giờ "
          "trả lời.",
          "Requesting control only works in zero-config mode. {\"success\": true} only means "
          "the request was sent; the current owner (for example Meta's inbox) may never answer."),
        (
            T("Kiểm tra lại bằng thread_owner trước khi gửi tin.",
              "Check thread_owner again before sending."),
            T("Nếu chủ là hộp thư của Meta, chuyển hội thoại vào \"Xong\" hoặc đặt bot làm ứng dụng "
              "mặc định.",
              "If the owner is Meta's inbox, move the chat to \"Done\" or make the bot the default "
              "app."),
        ),
        _docs("routing/", "zero-config"),
    ),
    Rule(
        "HC255", "extend-too-long", WARNING,
        T("Thời gian gia hạn quá 7 ngày", "Extension longer than 7 days"),
        T("extend_thread_control nhận duration = {duration} giây, vượt quá 7 ngày (604800 giây) "
          "Meta cho phép.",
          "extend_thread_control got duration = {duration} seconds, more than the 7 days "
          "(604800 seconds) Meta allows."),
        (
            T("Dùng duration tối đa 604800.", "Use a duration of at most 604800."),
        ),
        _docs("routing/", "idle-active"),
    ),
    Rule(
        "HC256", "call-not-successful", WARNING,
        T("Lệnh trả về success = false", "The call returned success = false"),
        T("Meta nhận lệnh nhưng không thực hiện ({endpoint}).",
          "Meta accepted the call but did not carry it out ({endpoint})."),
        (
            T("Gọi thread_owner để xem ai đang giữ cuộc trò chuyện, rồi thử lại.",
              "Call thread_owner to see who holds the conversation, then retry."),
        ),
        _docs(_STOPPED, "thread-control"),
    ),
    Rule(
        "HC260", "ad-routes-to-other-app", WARNING,
        T("Quảng cáo giao khách cho {app}", "The ad hands customers to {app}"),
        T("Mẫu tin quảng cáo có receiving_app_id = {app}, nên khách bấm quảng cáo sẽ thuộc về "
          "{app}, không phải bot.",
          "The ad message template has receiving_app_id = {app}, so customers who click the ad "
          "belong to {app}, not the bot."),
        (
            T("Trong Trình quản lý quảng cáo, đổi ứng dụng nhận tin của quảng cáo thành bot nếu bot "
              "cần trả lời.",
              "In Ads Manager, change the ad's receiving app to the bot if the bot should answer."),
        ),
        _docs(_SOME, "step-check-ads"),
    ),
    Rule(
        "HC261", "ad-control-expiration-invalid", WARNING,
        T("receiving_app_control_expiration ngoài khoảng 1–30", "receiving_app_control_expiration outside 1–30"),
        T("Giá trị {days} không hợp lệ; Meta chỉ nhận 1 đến 30 ngày và sẽ dùng 1 ngày.",
          "The value {days} is invalid; Meta accepts 1 to 30 days and falls back to 1 day."),
        (
            T("Đặt số ngày từ 1 đến 30.", "Set a number of days from 1 to 30."),
        ),
        _docs("routing/", "ad-routing"),
    ),
)


def _error_rule(entry) -> Rule:
    return Rule(
        entry.rule_id, entry.name, entry.severity, entry.title, entry.meaning, entry.fix,
        {"default": entry.doc}, entry.reference,
    )


RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}
RULES.update({entry.rule_id: _error_rule(entry) for entry in ENTRIES})
RULES = dict(sorted(RULES.items()))

# Codes of rules that were removed: never reuse them.
RETIRED: frozenset[str] = frozenset()


def get(rule_id: str) -> Rule:
    """The rule with this code; a clear error for a code that does not exist."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"no rule {rule_id!r}; known rules: {', '.join(RULES)}") from None
