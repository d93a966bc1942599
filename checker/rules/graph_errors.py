"""HC3xx: the Graph API error catalogue, one rule per code/subcode, each tied to its entry in sources/errors.yml.

HC003 (an error the catalogue lacks) lives here too: it is the catalogue's other answer.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..model import ERROR, WARNING, DocTarget, Hit, T
from ..shapes import GraphError
from ..vocabulary import fold
from .definition import GraphErrorMatch, Rule, docs, fire

_STOPPED = "troubleshooting/messages-stopped/"
_REFRESH = "troubleshooting/refresh-permissions/"


def _raised_by_error(rule_id: str):
    def check(context: Context) -> Iterator[Hit]:
        if any(seen.rule == rule_id for seen in context.errors):
            yield fire()
    return check


def _entry(rule_id: str, name: str, code: int | None, subcode: int | None, anchor: str, message: str,
           title: T, meaning: T, fix: tuple[T, ...], doc: DocTarget, channel: str | None = None,
           severity: str = ERROR, patterns: tuple[str, ...] = (), reported_only: bool = False) -> Rule:
    """A catalogue row: its rule fires for every pasted error that the lookup resolves to it."""
    match = GraphErrorMatch(code, subcode, anchor, message, source=anchor, channel=channel,
                            patterns=patterns, reported_only=reported_only)
    return Rule(rule_id, name, severity, title, meaning, fix, {"default": doc}, _raised_by_error(rule_id),
                error=match)


def _d(page: str, anchor: str) -> DocTarget:
    return DocTarget(page, anchor)


_THREAD_OWNER_FIX = (
    T(
        "Xem ứng dụng nào đang giữ hội thoại: gọi GET /me/thread_owner?recipient=<PSID> "
        "rồi dán kết quả vào trình kiểm tra.",
        "Find the app that holds the conversation: call GET /me/thread_owner?recipient=<PSID> "
        "and paste the result into this checker.",
    ),
    T(
        "Xem {botcake_status_box}: ghi \"Không có\", \"Không xác định\" hoặc chính Botcake là ổn. Nếu "
        "ô ghi tên một ứng dụng khác, ứng dụng đó đang giữ các hội thoại: mở {any_handover_path} và "
        "tắt chuyển giao bằng cách bỏ chọn ứng dụng đó ({deselect}).",
        "Look at {botcake_status_box}: \"Không có\" (None), \"Không xác định\" (Unknown) or Botcake "
        "itself is fine. If it shows another app's name, that app holds the conversations: open "
        "{any_handover_path} and turn handover off by deselecting that app ({deselect}).",
    ),
    T(
        "Chuyển quyền trò chuyện: nên để trống như Botcake khuyên. Chỉ khi Trang đã có sẵn một ứng "
        "dụng mặc định, hoặc lỗi vẫn còn và ứng dụng đang giữ hội thoại là hộp thư của Meta hay một "
        "ứng dụng khác, mới đặt bot làm ứng dụng mặc định trong {messenger_routing_path}; đọc trước "
        "{before_you_choose}.",
        "Conversation Routing: leave it empty, as Botcake advises. Only if the Page already has a "
        "default app, or the error stays and the app holding the conversation is Meta's inbox or "
        "another app, make the bot the default app in {messenger_routing_path}; read "
        "{before_you_choose} first.",
    ),
    T(
        "Với hội thoại cũ: chờ 24 giờ không có tin nhắn để hội thoại nhàn rỗi trở lại, hoặc (theo "
        "phản ánh của người dùng, chưa có trong tài liệu của Meta) trả lời một lần trong Meta Business "
        "Suite rồi bấm {move_to_done}.",
        "For older conversations: wait 24 hours without messages until the conversation is idle "
        "again, or (as users report; not documented by Meta) reply once in Meta Business Suite and "
        "use {move_to_done}.",
    ),
)

_WINDOW_FIX = (
    T(
        "Chỉ gửi tin trả lời trong vòng 24 giờ kể từ tin nhắn cuối của khách; ngoài khung này, "
        "chờ khách nhắn lại.",
        "Reply within 24 hours of the customer's last message; outside that window, wait for the "
        "customer to write again.",
    ),
    T(
        "Khi nhân viên cần trả lời muộn, dùng thẻ HUMAN_AGENT (tối đa 7 ngày, ứng dụng phải được "
        "cấp quyền này), hoặc dùng tin nhắn tiện ích / tin nhắn marketing được Meta cho phép.",
        "When a person must answer late, use the HUMAN_AGENT tag (up to 7 days; the app needs that "
        "permission), or Meta's utility / marketing messages.",
    ),
)

_BLOCKED_FIX = (
    T(
        "Đừng gửi lại liên tục cho người này: lỗi không do cài đặt chuyển giao của Trang.",
        "Do not keep resending to this person: the Page's handover settings are not the cause.",
    ),
    T(
        "Bỏ người này khỏi chuỗi tin tự động (kịch bản chăm sóc, gửi tin hàng loạt) để bot không "
        "lặp lại lỗi.",
        "Take this person out of automated sends (sequences, broadcasts) so the bot stops repeating "
        "the error.",
    ),
)

_TOKEN_FIX = (
    T(
        "Làm mới quyền Facebook trong ứng dụng bot (ví dụ Botcake): đăng nhập lại bằng tài khoản "
        "quản trị Trang và cấp lại mọi quyền được hỏi ({refresh_path}).",
        "Refresh the Facebook permissions in the bot app (for example Botcake): log in again with "
        "a Page admin account and grant every permission it asks for ({refresh_path}).",
    ),
    T(
        "Nếu bạn tự viết bot: tạo lại mã truy cập Trang dài hạn (long-lived Page access token) và "
        "thay vào cấu hình.",
        "If you run your own bot: issue a new long-lived Page access token and put it in the "
        "configuration.",
    ),
)

_RATE_FIX = (
    T(
        "Giảm tốc độ gọi API: chờ vài phút rồi thử lại, tăng dần thời gian chờ giữa các lần thử.",
        "Slow down: wait a few minutes and retry, with growing pauses between attempts.",
    ),
    T(
        "Kiểm tra bot có đang gửi lặp (ví dụ hai ứng dụng cùng trả lời, hoặc vòng lặp gửi lại khi "
        "lỗi) không.",
        "Check whether the bot sends in a loop (for example two apps answering, or retrying on "
        "every error).",
    ),
)

_APP_REVIEW_FIX = (
    T(
        "Trong bảng điều khiển ứng dụng của Meta (App Dashboard, developers.facebook.com), gửi ứng dụng đi xét duyệt "
        "quyền pages_messaging và chuyển ứng dụng sang chế độ Trực tiếp (Live).",
        "In the Meta app dashboard (developers.facebook.com), submit pages_messaging for App Review "
        "and switch the app to Live mode.",
    ),
    T(
        "Nếu bạn dùng Botcake hoặc một dịch vụ có sẵn: làm mới quyền Facebook, vì ứng dụng của họ "
        "đã được duyệt; lỗi thường do quyền chưa được cấp đủ.",
        "If you use Botcake or another hosted service: refresh the Facebook permissions; their app "
        "is already reviewed, so the usual cause is a permission that was not granted.",
    ),
)

ENTRIES: tuple[Rule, ...] = (
    _entry(
        "HC301", "another-app-controls-thread", 10, 2018300, "2018300",
        "(#10) Message failed to send because another app is controlling this thread now.",
        T("Một ứng dụng khác đang giữ hội thoại (Messenger)",
          "Another app controls the conversation (Messenger)"),
        T("Bot của bạn không phải là ứng dụng đang giữ hội thoại này. "
          "Mỗi lúc chỉ một ứng dụng được trả lời; thường là do giao thức chuyển giao đang chọn "
          "một ứng dụng khác, ứng dụng mặc định không phải bot, hoặc ai đó đã trả lời trong "
          "Meta Business Suite.",
          "Your bot is not the app that holds this conversation. Only one app may reply at a "
          "time; usually the handover setting selects another app, the default app is not the "
          "bot, or someone replied in Meta Business Suite."),
        _THREAD_OWNER_FIX,
        _d("troubleshooting/error-10/", "steps"), "messenger",
        patterns=("another app is controlling this thread",),
    ),
    _entry(
        "HC302", "instagram-not-thread-owner", 100, 2534037, "2534037",
        "The action is invalid since it's not the thread owner.",
        T("Ứng dụng không giữ hội thoại Instagram",
          "The app does not own the Instagram conversation"),
        T("Đây là lỗi \"không giữ hội thoại\" phía Instagram, cùng nguyên nhân với lỗi #10 "
          "trên Messenger: một ứng dụng khác (thường là Hộp thư Instagram hoặc một công cụ chat "
          "khác) đang giữ hội thoại.",
          "This is Instagram's \"not the owner\" error, with the same cause as error #10 on "
          "Messenger: another app (often the Instagram Inbox or another chat tool) holds the "
          "conversation."),
        (
            T("Nếu màn hình Giao thức chuyển giao của Instagram ({instagram_handover_path}) đang chọn "
              "một ứng dụng khác bot: tắt chuyển giao bằng cách bỏ chọn ứng dụng đó ({deselect}).",
              "If the Instagram Handover Protocol screen ({instagram_handover_path}) selects an app "
              "other than the bot: turn handover off by deselecting that app ({deselect})."),
            T("Nếu Trang đã có sẵn một ứng dụng mặc định cho Instagram, hoặc lỗi vẫn còn và Hộp thư "
              "Instagram hay một ứng dụng khác đang giữ hội thoại: đặt bot làm ứng dụng mặc định trong "
              "{instagram_routing_path}; đọc trước {before_you_choose}.",
              "If the Page already has an Instagram default app, or the error stays and the Instagram "
              "Inbox or another app holds the conversation: make the bot the default app in "
              "{instagram_routing_path}; read {before_you_choose} first."),
            _THREAD_OWNER_FIX[3],
        ),
        _d("troubleshooting/instagram-100/", "steps"), "instagram",
        patterns=("not the thread owner",),
    ),
    _entry(
        "HC303", "outside-24-hour-window", 10, 2018278, "2018278",
        "(#10) This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview",
        T("Tin nhắn gửi ngoài khung 24 giờ (Messenger)",
          "Message sent outside the 24-hour window (Messenger)"),
        T("Đã quá 24 giờ kể từ tin nhắn cuối của khách, nên Messenger không cho gửi tin thường. "
          "Lỗi này không liên quan đến việc ứng dụng nào giữ hội thoại.",
          "More than 24 hours have passed since the customer's last message, so Messenger refuses "
          "a standard message. Thread ownership is not the cause."),
        _WINDOW_FIX, _d(_STOPPED, "window-24h"), "messenger",
        patterns=("outside of allowed window. learn more", "outside of allowed window"),
    ),
    _entry(
        "HC304", "instagram-outside-24-hour-window", 10, 2534022, "2534022",
        "This message is sent outside of allowed window.",
        T("Tin nhắn gửi ngoài khung 24 giờ (Instagram)",
          "Message sent outside the 24-hour window (Instagram)"),
        T("Khách chưa nhắn trong 24 giờ qua, nên Instagram không cho gửi tin thường vào hội "
          "thoại này.",
          "The customer has not written in the last 24 hours, so Instagram refuses a standard "
          "message in this conversation."),
        _WINDOW_FIX, _d(_STOPPED, "window-24h"), "instagram",
    ),
    _entry(
        "HC305", "news-messaging-permission-missing", 10, 2018065, "2018065",
        "This message is sent outside of allowed window. You need News Messaging permission to be able to send this message.",
        T("Thiếu quyền News Messaging", "News Messaging permission missing"),
        T("Ứng dụng cố gửi tin kiểu tin tức ngoài khung 24 giờ nhưng chưa có quyền News Messaging.",
          "The app tried to send a news message outside the 24-hour window without the News "
          "Messaging permission."),
        (
            T("Ngừng gửi loại tin này, hoặc xin quyền News Messaging cho Trang nếu Trang là một "
              "Trang tin tức.",
              "Stop sending this kind of message, or apply for News Messaging if the Page is a "
              "news publisher."),
            _WINDOW_FIX[0],
        ),
        _d(_STOPPED, "window-24h"), "messenger",
        patterns=("you need news messaging permission",),
    ),
    _entry(
        "HC306", "recipient-cannot-receive", 10, 2018108, "2018108",
        "They can't receive your messages right now.",
        T("Người nhận hiện không nhận được tin", "The recipient cannot receive messages right now"),
        T("Meta từ chối giao tin cho người này vào lúc này. Meta không giải thích lý do cụ thể; "
          "lỗi nằm ở phía người nhận, không phải ở cài đặt chuyển giao.",
          "Meta refuses to deliver to this person right now. Meta gives no precise reason; the "
          "cause lies with the recipient, not with the handover settings."),
        _BLOCKED_FIX, _d(_STOPPED, "blocked"), "messenger",
        patterns=("can't receive your messages right now", "cannot receive your messages right now"),
    ),
    _entry(
        "HC307", "user-thread-impact", 10, 2018336, "2018336",
        "User Thread Impact",
        T("Hội thoại với người này bị hạn chế", "This person's thread is restricted"),
        T("Meta đánh dấu hội thoại này là bị ảnh hưởng (\"User Thread Impact\"), nên tin "
          "không gửi được vào đó.",
          "Meta marks this conversation as impacted (\"User Thread Impact\"), so messages cannot "
          "be sent into it."),
        (
            T("Không gửi lại liên tục; thử lại sau hoặc để nhân viên trả lời trực tiếp trong Meta "
              "Business Suite.",
              "Do not resend in a loop; try later, or let a person answer in Meta Business Suite."),
            _BLOCKED_FIX[1],
        ),
        _d(_STOPPED, "blocked"), "messenger",
        patterns=("user thread impact",),
    ),
    _entry(
        "HC308", "page-temporarily-restricted", 10, 1893063, "1893063",
        "You are temporarily restricted from sending messages.",
        T("Trang tạm thời bị hạn chế gửi tin", "The Page is temporarily restricted from sending"),
        T("Meta tạm khoá việc gửi tin của Trang vì vi phạm chính sách. Mọi ứng dụng của Trang "
          "đều bị ảnh hưởng, không riêng bot.",
          "Meta has temporarily blocked the Page from sending for a policy reason. Every app on "
          "the Page is affected, not only the bot."),
        (
            T("Mở \"Chất lượng tài khoản\" (Account Quality) của Trang trong Meta Business Suite để "
              "xem lý do và gửi kháng nghị nếu thấy sai.",
              "Open the Page's \"Account Quality\" in Meta Business Suite to see the reason, and "
              "appeal if it is wrong."),
            T("Tạm dừng gửi tin hàng loạt cho đến khi hết hạn chế.",
              "Pause broadcasts until the restriction ends."),
        ),
        _d(_STOPPED, "restricted"), None,
        patterns=("temporarily restricted from sending",),
    ),
    _entry(
        "HC309", "permission-error", 200, None, "200",
        "(#200) Permissions error",
        T("Lỗi quyền (#200)", "Permission error (#200)"),
        T("Ứng dụng thiếu một quyền cần để làm việc này, thường là pages_messaging chưa được "
          "duyệt hoặc ứng dụng chưa ở chế độ Trực tiếp (Live).",
          "The app lacks a permission it needs, usually pages_messaging not reviewed or the app "
          "not in Live mode."),
        _APP_REVIEW_FIX, _d(_STOPPED, "app-not-live"), None,
    ),
    _entry(
        "HC310", "app-not-live", 200, 2018028, "2018028",
        "(#200) Cannot message users who are not admins, developers or testers of the app until pages_messaging permission is reviewed and the app is live.",
        T("Ứng dụng chưa Live hoặc chưa được duyệt pages_messaging",
          "App not live or pages_messaging not reviewed"),
        T("Ứng dụng chỉ gửi được cho quản trị viên, nhà phát triển và người thử nghiệm của nó, vì "
          "quyền pages_messaging chưa được duyệt hoặc ứng dụng chưa ở chế độ Trực tiếp.",
          "The app can only message its own admins, developers and testers, because "
          "pages_messaging is not reviewed or the app is not in Live mode."),
        _APP_REVIEW_FIX, _d(_STOPPED, "app-not-live"), None,
        patterns=("until pages_messaging permission is reviewed",),
    ),
    _entry(
        "HC311", "phone-number-messaging-not-reviewed", 200, 2018027, "2018027",
        "Cannot message users who are not admins, developers or testers of the app until pages_messaging_phone_number permission is reviewed and the app is live.",
        T("Chưa được duyệt quyền nhắn tin theo số điện thoại",
          "Phone-number messaging not reviewed"),
        T("Ứng dụng gửi tin tới số điện thoại nhưng quyền pages_messaging_phone_number chưa được "
          "duyệt.",
          "The app messages phone numbers but pages_messaging_phone_number has not been reviewed."),
        (
            T("Gửi quyền pages_messaging_phone_number đi xét duyệt, hoặc chỉ gửi theo PSID.",
              "Submit pages_messaging_phone_number for App Review, or message by PSID only."),
        ),
        _d(_STOPPED, "app-not-live"), None,
        patterns=("pages_messaging_phone_number",),
    ),
    _entry(
        "HC312", "person-not-available", 200, 1545041, "200-1545041",
        "Message Not Sent: This person isn't available right now.",
        T("Người nhận hiện không có mặt", "The person isn't available right now"),
        T("Người nhận không nhận tin lúc này (ví dụ tài khoản bị khoá hoặc đã rời Messenger). "
          "Cài đặt chuyển giao không phải nguyên nhân.",
          "The recipient cannot get messages now (for example the account is disabled or left "
          "Messenger). The handover settings are not the cause."),
        _BLOCKED_FIX, _d(_STOPPED, "blocked"), None,
        patterns=("message not sent: this person isn't available",),
    ),
    _entry(
        "HC313", "instagram-message-access-disabled", 200, 2534041, "2534041",
        "The account owner has disabled access to instagram direct messages.",
        T("Tài khoản Instagram đã tắt quyền truy cập tin nhắn",
          "The Instagram account has turned off message access"),
        T("Chủ tài khoản Instagram đã tắt \"Cho phép truy cập tin nhắn\", nên không ứng dụng nào "
          "đọc hay gửi tin Direct được.",
          "The Instagram account owner turned off \"Allow access to messages\", so no app can read "
          "or send Direct messages."),
        (
            T("Trong ứng dụng Instagram, vào {instagram_message_access_path} và bật công tắc đó.",
              "In the Instagram app, go to {instagram_message_access_path} and turn it on."),
        ),
        _d(_STOPPED, "instagram-access"), "instagram",
        patterns=("disabled access to instagram direct messages",),
    ),
    _entry(
        "HC314", "person-blocks-page", 551, None, "551",
        "User Block Error: This person isn't receiving messages from you right now.",
        T("Người nhận đang chặn tin của Trang", "The person is not receiving messages from you"),
        T("Người này đã chặn Trang hoặc tắt nhận tin từ Trang.",
          "This person blocked the Page or turned off its messages."),
        _BLOCKED_FIX, _d(_STOPPED, "blocked"), None,
        patterns=("isn't receiving messages from you", "user block error"),
    ),
    _entry(
        "HC315", "person-unavailable", 551, 1545041, "551-1545041",
        "This person isn't available right now.",
        T("Người nhận hiện không có mặt (#551)", "The person isn't available right now (#551)"),
        T("Cùng nhóm lỗi với #551: người nhận không nhận tin từ Trang vào lúc này.",
          "Same family as #551: the recipient does not accept messages from the Page right now."),
        _BLOCKED_FIX, _d(_STOPPED, "blocked"), None,
        patterns=("this person isn't available right now",),
    ),
    _entry(
        "HC316", "invalid-access-token", 190, None, "190",
        "Invalid OAuth access token.",
        T("Mã truy cập không hợp lệ", "Invalid access token"),
        T("Mã truy cập (access token) của Trang không còn dùng được: đã hết hạn, bị thu hồi hoặc "
          "sai. Mọi lệnh gửi của bot sẽ thất bại cho đến khi có mã mới.",
          "The Page access token no longer works: it expired, was revoked or is wrong. Every send "
          "fails until there is a new token."),
        _TOKEN_FIX, _d(_STOPPED, "token"), None,
        patterns=("invalid oauth access token", "error validating access token"),
    ),
    _entry(
        "HC317", "token-app-not-installed", 190, 458, "190-458",
        "App not installed",
        T("Người dùng đã gỡ ứng dụng (mã 190/458)", "The app was removed by the user (190/458)"),
        T("Tài khoản đã cấp mã truy cập không còn cài (cho phép) ứng dụng này.",
          "The account that granted the token no longer has this app installed (authorised)."),
        _TOKEN_FIX, _d(_REFRESH, "step-refresh"), None,
        patterns=("has not authorized application",),
    ),
    _entry(
        "HC318", "token-user-checkpointed", 190, 459, "190-459",
        "User checkpointed",
        T("Tài khoản Facebook đang bị kiểm tra bảo mật (190/459)",
          "The Facebook account is in a security checkpoint (190/459)"),
        T("Facebook yêu cầu tài khoản quản trị đăng nhập lại và xác minh, nên mã truy cập tạm "
          "thời không dùng được.",
          "Facebook asks the admin account to log in and verify itself, so the token is blocked "
          "meanwhile."),
        (
            T("Đăng nhập facebook.com bằng tài khoản quản trị và làm theo hướng dẫn xác minh.",
              "Log in to facebook.com with the admin account and follow the verification steps."),
            _TOKEN_FIX[0],
        ),
        _d(_REFRESH, "why-access-is-lost"), None,
        patterns=("checkpoint",),
    ),
    _entry(
        "HC319", "token-password-changed", 190, 460, "190-460",
        "Password changed",
        T("Mật khẩu quản trị viên đã đổi (190/460)", "The admin's password changed (190/460)"),
        T("Đổi mật khẩu tài khoản quản trị làm mọi mã truy cập cũ mất hiệu lực; bot mất quyền "
          "vào Trang.",
          "Changing the admin account's password invalidates the old tokens; the bot loses access "
          "to the Page."),
        _TOKEN_FIX, _d(_REFRESH, "why-access-is-lost"), None,
        patterns=("changed their password", "changed the password", "password has changed"),
    ),
    _entry(
        "HC320", "token-expired", 190, 463, "190-463",
        "Expired",
        T("Mã truy cập đã hết hạn (190/463)", "The access token expired (190/463)"),
        T("Mã truy cập đã quá hạn sử dụng.", "The access token is past its expiry time."),
        _TOKEN_FIX, _d(_REFRESH, "step-refresh"), None,
        patterns=("session has expired",),
    ),
    _entry(
        "HC321", "token-unconfirmed-user", 190, 464, "190-464",
        "Unconfirmed user",
        T("Tài khoản chưa xác nhận (190/464)", "Unconfirmed account (190/464)"),
        T("Tài khoản đã cấp mã truy cập chưa được xác nhận (email hoặc số điện thoại).",
          "The account that granted the token is not confirmed (email or phone)."),
        (
            T("Xác nhận email hoặc số điện thoại của tài khoản quản trị trên Facebook.",
              "Confirm the admin account's email or phone on Facebook."),
            _TOKEN_FIX[0],
        ),
        _d(_REFRESH, "why-access-is-lost"), None,
        patterns=("not a confirmed user", "unconfirmed user"),
    ),
    _entry(
        "HC322", "token-invalid", 190, 467, "190-467",
        "Invalid access token",
        T("Mã truy cập không còn hiệu lực (190/467)", "The access token is no longer valid (190/467)"),
        T("Phiên đăng nhập gắn với mã truy cập đã kết thúc (ví dụ quản trị viên đăng xuất), nên "
          "mã không dùng được nữa.",
          "The session behind the token ended (for example the admin logged out), so the token "
          "stopped working."),
        _TOKEN_FIX, _d(_REFRESH, "step-refresh"), None,
        patterns=("user logged out",),
    ),
    _entry(
        "HC323", "token-page-role-missing", 190, 492, "190-492",
        "Invalid session",
        T("Người cấp mã không còn vai trò trên Trang (190/492)",
          "The token's user has no role on the Page any more (190/492)"),
        T("Tài khoản đã tạo mã truy cập không còn là quản trị viên (hoặc không còn vai trò) trên "
          "Trang.",
          "The account that created the token is no longer an admin (or has no role) on the Page."),
        (
            T("Trong phần quyền truy cập Trang của cài đặt Trang, cấp lại vai trò cho tài khoản đó, "
              "hoặc dùng một tài khoản quản trị khác.",
              "In the Page access part of the Page's settings, give that account its role back, or "
              "use another admin account."),
            _TOKEN_FIX[0],
        ),
        _d(_REFRESH, "why-access-is-lost"), None,
    ),
    _entry(
        "HC324", "commerce-messages-disabled", 2022, None, "2022",
        "The ability to send commerce messages has been temporarily disabled due to a policy violation.",
        T("Tạm thời không gửi được tin thương mại", "Commerce messages temporarily disabled"),
        T("Meta tạm khoá tính năng gửi tin thương mại của Trang vì vi phạm chính sách.",
          "Meta temporarily turned off commerce messages for the Page after a policy violation."),
        (
            T("Xem lý do trong \"Chất lượng tài khoản\" của Trang và kháng nghị nếu cần; chờ hết "
              "thời gian hạn chế.",
              "Check the reason in the Page's \"Account Quality\" and appeal if needed; wait for "
              "the restriction to end."),
        ),
        _d(_STOPPED, "restricted"), None,
        patterns=("send commerce messages has been temporarily disabled",),
    ),
    _entry(
        "HC325", "not-a-handover-receiver", None, 2018171, "2018171",
        "Only available to Primary and Secondary Receivers.",
        T("Ứng dụng không có vai trò chuyển giao", "The app has no handover role"),
        T("Lệnh này thuộc giao thức chuyển giao kiểu cũ và chỉ dành cho ứng dụng có vai trò "
          "Primary hoặc Secondary Receiver. Các vai trò này đã được thay bằng Chuyển quyền trò "
          "chuyện.",
          "This call belongs to the legacy Handover Protocol and only works for apps with the "
          "Primary or Secondary Receiver role. Conversation Routing has replaced these roles."),
        (
            T("Ngừng gọi lệnh vai trò kiểu cũ (secondary_receivers…); dùng thread_owner và Chuyển "
              "quyền trò chuyện.",
              "Stop calling the legacy role endpoints (secondary_receivers…); use thread_owner and "
              "Conversation Routing."),
        ),
        _d(_STOPPED, "legacy-roles"), None, WARNING,
        patterns=("only available to primary and secondary receivers",),
    ),
    _entry(
        "HC326", "secondary-cannot-see-owner", 100, 2018234, "2018234",
        "(#100) Denying visibility of any secondary receiver to another secondary receiver other than itself.",
        T("Secondary Receiver không được xem ứng dụng đang giữ hội thoại",
          "A Secondary Receiver cannot see the thread owner"),
        T("Ứng dụng gọi thread_owner với vai trò Secondary Receiver (kiểu cũ) cho hội thoại "
          "do một Secondary khác giữ; chỉ Primary Receiver được xem.",
          "The app called thread_owner as a (legacy) Secondary Receiver for a thread held by "
          "another Secondary; only the Primary Receiver may see it."),
        (
            T("Gọi thread_owner bằng ứng dụng mặc định (hoặc Primary Receiver), hoặc kiểm tra trong "
              "cài đặt của Trang thay vì qua API.",
              "Call thread_owner from the default app (or the Primary Receiver), or check the "
              "Page's settings instead of the API."),
        ),
        _d(_STOPPED, "legacy-roles"), None, WARNING,
        patterns=("denying visibility of any secondary receiver",),
    ),
    _entry(
        "HC327", "messenger-automation-owns-thread", None, 2018321, "2018321",
        "The chat is currently controlled by Messenger while the user is in an automated question and answer flow.",
        T("Messenger đang chạy luồng hỏi đáp tự động", "Messenger runs an automated Q&A flow"),
        T("Một luồng hỏi đáp tự động của chính Meta đang giữ hội thoại, nên ứng dụng không "
          "gửi được cho đến khi luồng kết thúc.",
          "One of Meta's own automated question-and-answer flows holds the conversation, so the "
          "app cannot send until the flow ends."),
        (
            T("Thử gửi lại sau khi khách hoàn tất luồng hỏi đáp.",
              "Retry after the customer has finished the question flow."),
            T("Tắt các câu trả lời tự động của Meta (Câu hỏi thường gặp, trả lời tự động) trong "
              "Meta Business Suite nếu bot đã lo việc này.",
              "Turn off Meta's automated answers (FAQs, instant replies) in Meta Business Suite if "
              "the bot already does this."),
        ),
        _d(_STOPPED, "meta-automation"), "messenger",
        patterns=("automated question and answer flow",),
    ),
    _entry(
        "HC328", "rate-limited", 613, None, "613",
        "(#613) Calls to this api have exceeded the rate limit.",
        T("Gọi API quá giới hạn (#613)", "API rate limit exceeded (#613)"),
        T("Ứng dụng gọi API quá nhiều trong thời gian ngắn nên bị tạm chặn.",
          "The app made too many calls in a short time and is temporarily throttled."),
        _RATE_FIX, _d(_STOPPED, "rate-limit"), None, WARNING,
        patterns=("exceeded the rate limit",),
    ),
    _entry(
        "HC329", "instagram-rate-limited", 613, 2534040, "2534040",
        "Calls to this api have exceeded the rate limit.",
        T("Gọi API Instagram quá giới hạn", "Instagram API rate limit exceeded"),
        T("Ứng dụng gửi quá nhiều yêu cầu nhắn tin Instagram trong thời gian ngắn.",
          "The app sent too many Instagram messaging calls in a short time."),
        _RATE_FIX, _d(_STOPPED, "rate-limit"), "instagram", WARNING,
    ),
    _entry(
        "HC330", "app-request-limit", 4, None, "4",
        "(#4) Application request limit reached",
        T("Ứng dụng chạm giới hạn yêu cầu (#4)", "Application request limit reached (#4)"),
        T("Toàn bộ ứng dụng đã dùng hết hạn mức gọi API trong khoảng thời gian hiện tại.",
          "The app as a whole has used up its call quota for the current period."),
        _RATE_FIX, _d(_STOPPED, "rate-limit"), None, WARNING,
        patterns=("application request limit reached",),
    ),
    _entry(
        "HC331", "take-control-needs-routing", 27, None, "27",
        "(#27) Take thread control is not supported when Conversation Routing is not enabled.",
        T("Không lấy được quyền vì chưa bật Chuyển quyền trò chuyện",
          "Cannot take control: Conversation Routing is not enabled"),
        T("take_thread_control chỉ chạy khi Trang đã có ứng dụng mặc định (tức là đã bật Chuyển "
          "quyền trò chuyện) và ứng dụng được bật công tắc giành quyền kiểm soát. Khi chưa có ứng "
          "dụng mặc định, lệnh này bị chặn.",
          "take_thread_control only works once the Page has a default app (Conversation Routing "
          "enabled) and the app has the Take control of conversations switch on. Without that it is "
          "blocked."),
        (
            T("Nếu để trống như Botcake khuyên, lệnh này không dùng được và cũng không cần: đừng gọi "
              "take_thread_control. Chỉ chọn ứng dụng mặc định (thường là bot) trong "
              "{messenger_routing_path} khi có lý do rõ ràng; đọc trước {before_you_choose}.",
              "With both screens empty, as Botcake advises, this call cannot work and is not needed: "
              "do not call take_thread_control. Choose a default app (usually the bot) in "
              "{messenger_routing_path} only with a clear reason; read {before_you_choose} first."),
            T("Sau đó, mở {take_control_switch_path} và bật công tắc cho ứng dụng cần giành quyền kiểm soát.",
              "Then open {take_control_switch_path} and turn the switch on for the app that needs it."),
        ),
        _d(_STOPPED, "take-control-not-enabled"), None,
        patterns=("take thread control is not supported",),
    ),
    _entry(
        "HC332", "handover-apis-disabled", None, None, "hop-apis-disabled",
        "Handover Protocol APIs disabled for this page.",
        T("API của Giao thức chuyển giao bị tắt cho Trang",
          "Handover Protocol APIs are disabled for this Page"),
        T("Trang đã dùng Chuyển quyền trò chuyện (có ứng dụng mặc định); phần lớn lệnh của Giao "
          "thức chuyển giao kiểu cũ bị tắt, trừ chuyển quyền kiểm soát (pass) và nhả quyền (release).",
          "The Page uses Conversation Routing (it has a default app); most legacy Handover "
          "Protocol calls are off, except pass and release."),
        (
            T("Chuyển hoặc nhả quyền kiểm soát bằng trường thread_control trong Send API, hoặc bằng "
              "pass_thread_control / release_thread_control.",
              "Pass or release control with the Send API's thread_control field, or with "
              "pass_thread_control / release_thread_control."),
        ),
        _d(_STOPPED, "thread-control"), None,
        patterns=("handover protocol apis disabled",),
    ),
    _entry(
        "HC334", "recipient-not-found", 100, 2018001, "2018001",
        "(#100) No matching user found",
        T("Không tìm thấy người nhận (#100 / 2018001)", "No matching user found (#100 / 2018001)"),
        T("Mã người nhận (PSID) trong lệnh gửi không khớp với người nào mà Trang của bạn nhắn được: thường "
          "là mã của một Trang hoặc ứng dụng khác, hoặc mã bị cắt hay gõ sai. Cài đặt chuyển giao không phải "
          "nguyên nhân.",
          "The recipient id (PSID) in the send call matches nobody this Page can message: usually an id "
          "that belongs to another Page or app, or one that was cut or mistyped. The handover settings "
          "are not the cause."),
        (
            T("Lấy lại PSID từ webhook mới nhất của chính Trang đó (trường sender.id), đừng dùng mã từ Trang "
              "hoặc ứng dụng khác.",
              "Take the PSID again from this Page's latest webhook (its sender.id); never reuse an id from "
              "another Page or app."),
            T("Lưu mã dưới dạng chuỗi để không mất chữ số (mã dài hơn giới hạn số nguyên của một số ngôn ngữ).",
              "Store the id as a string so no digit is lost (it is longer than some languages' safe integers)."),
        ),
        _d(_STOPPED, "blocked"), None,
        patterns=("no matching user found",),
    ),
    _entry(
        "HC333", "human-agent-tag-unavailable", 100, None, "100-human-agent",
        "(#100) Hiện không thể gắn thẻ nhân viên cho trang/ứng dụng này",
        T("Không gắn được thẻ nhân viên (HUMAN_AGENT)", "The human agent tag cannot be used"),
        T("Theo phản ánh của người dùng (chưa có trong tài liệu Meta), lỗi này xuất hiện khi "
          "Chuyển quyền trò chuyện không cho ứng dụng giữ hoặc giành hội thoại để gửi tin có "
          "thẻ HUMAN_AGENT.",
          "Reported by users (not documented by Meta): this error shows up when Conversation "
          "Routing does not let the app hold or take the conversation to send a HUMAN_AGENT "
          "tagged message."),
        (
            T("Kiểm tra ứng dụng có được bật công tắc giành quyền kiểm soát ({take_control_switch_path}) "
              "và có phải ứng dụng mặc định không.",
              "Check that the app has the Take control of conversations switch on "
              "({take_control_switch_path}), and whether it is the default app."),
            T("Kiểm tra ứng dụng đã được duyệt quyền Human Agent.",
              "Check that the app has the Human Agent permission approved."),
        ),
        _d("faq/", "q-human-agent-tag"), None,
        patterns=("gan the nhan vien", "human_agent tag", "human agent tag"),
        reported_only=True,
    ),
)


def label(error: GraphError) -> str:
    """How an error is named in a finding: "#10 / 2018300", "#190" or the start of its message."""
    if error.code is None and error.subcode is None:
        return (error.message or "?")[:120]
    if error.subcode is None:
        return f"#{error.code}"
    return f"#{error.code} / {error.subcode}"


_FAMILY_HINTS = {
    10: T("Mã 10 là nhóm lỗi quyền/chính sách gửi tin; mã phụ này chưa có trong danh mục.",
          "Code 10 is the messaging permission/policy family; this subcode is not catalogued."),
    100: T("Mã 100 là lỗi tham số hoặc thao tác không hợp lệ; mã phụ này chưa có trong danh mục.",
           "Code 100 means an invalid parameter or action; this subcode is not catalogued."),
}
_NO_GUESS = T("Không đoán thay cho Meta: hãy xem thông báo đi kèm.",
              "No guess is made on Meta's behalf: read the message that came with it.")


def _hc003(context: Context) -> Iterator[Hit]:
    for seen in context.errors:
        if seen.rule is None:
            yield fire(label=label(seen.error), hint=_FAMILY_HINTS.get(seen.error.code or -1, _NO_GUESS))


HC003 = Rule(
    "HC003", "unknown-error-code", WARNING,
    T("Mã lỗi chưa có trong danh mục: {label}", "Error not in the catalogue: {label}"),
    T("Trình kiểm tra chưa biết lỗi này ({label}) nên không đoán nguyên nhân. {hint}",
      "The checker does not know this error ({label}), so it does not guess a cause. {hint}"),
    (
        T("So mã và thông báo với bảng mã lỗi; nếu không có, tìm mã trong tài liệu \"Error "
          "codes\" của Meta.",
          "Compare the code and message with the error table; if it is not there, look the "
          "code up in Meta's \"Error codes\" documentation."),
        T("Dán thêm kết quả GET /me/thread_owner?recipient=<PSID> để xem ứng dụng nào giữ hội thoại.",
          "Also paste GET /me/thread_owner?recipient=<PSID> to see who holds the conversation."),
    ),
    docs("errors/", "table"),
    check=_hc003,
)

_BY_CODE_SUB: dict[tuple[int | None, int | None], Rule] = {
    (r.error.code, r.error.subcode): r for r in ENTRIES if r.error and r.error.code is not None}
_BY_SUB: dict[int, list[Rule]] = {}
for _rule in ENTRIES:
    if _rule.error is not None and _rule.error.subcode is not None:
        _BY_SUB.setdefault(_rule.error.subcode, []).append(_rule)
# Codes whose generic entry honestly covers any subcode (their meaning does not depend on it).
_GENERIC_CODES = frozenset({190, 200, 551, 613, 4, 2022, 27})


def lookup(code: int | None, subcode: int | None, message: str | None) -> Rule | None:
    """The catalogue rule for an error: exact code/subcode, then subcode, then message, then the code."""
    if subcode is not None:
        exact = _BY_CODE_SUB.get((code, subcode))
        if exact is not None:
            return exact
        candidates = _BY_SUB.get(subcode, [])
        if len(candidates) == 1 and (code is None or _code(candidates[0]) in (None, code)):
            return candidates[0]
    by_message = match_message(message or "", code)
    if by_message is not None:
        return by_message
    if subcode is None:
        return _BY_CODE_SUB.get((code, None))
    # Known code, unknown subcode: the code's generic entry where the catalogue has one.
    return _BY_CODE_SUB.get((code, None)) if code in _GENERIC_CODES else None


def _code(rule: Rule) -> int | None:
    return rule.error.code if rule.error is not None else None


def match_message(message: str, code: int | None = None) -> Rule | None:
    """The catalogue rule whose message pattern the text contains (the most specific wins)."""
    folded = fold(message)
    if not folded:
        return None
    best: tuple[tuple[bool, int], Rule] | None = None
    for rule in ENTRIES:
        match = rule.error
        if match is None or (code is not None and match.code is not None and match.code != code):
            continue
        for pattern in match.patterns:
            score = (match.subcode is not None, len(pattern))
            if pattern in folded and (best is None or score > best[0]):
                best = (score, rule)
    return best[1] if best else None
