"""HC1xx: rules about the settings JSON (what the reader saw on Botcake's and Meta's screens), per channel."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..apps import APP, UNKNOWN, AppIndex, AppRef
from ..context import Context
from ..model import ERROR, INFO, WARNING, DocTarget, Hit, T
from ..shapes import ChannelSettings
from ..vocabulary import (
    CHANNEL_NAMES,
    HANDOVER_PATH,
    INSTAGRAM,
    ROUTING_PATH,
    SYMPTOMS,
    TAKE_CONTROL_PATH,
)
from .definition import Rule, docs, fire

_TURN_OFF = "troubleshooting/turn-off/"
_ERR10 = "troubleshooting/error-10/"
_IG100 = "troubleshooting/instagram-100/"
_SOME = "troubleshooting/some-customers/"
_BROKEN = "troubleshooting/broken-features/"

ROUTE_LINK = T("Đường dẫn {label}", "Link {label}")
ROUTE_AD = T("Quảng cáo \"{label}\"", "Ad \"{label}\"")


def common(bot: AppRef, channel: str) -> dict[str, Any]:
    """The values every settings rule's text may use."""
    return {
        "channel": CHANNEL_NAMES[channel],
        "bot": bot,
        "handover_path": HANDOVER_PATH[channel],
        "routing_path": ROUTING_PATH[channel],
        "take_control_path": TAKE_CONTROL_PATH,
    }


def variant_for(channel: str) -> str | None:
    return "instagram" if channel == INSTAGRAM else None


def selected_app(s: ChannelSettings) -> AppRef | None:
    """The app Meta's handover selector names (None when nothing is selected)."""
    return s.handover_selected[1] if s.handover_selected is not None and s.handover_selected[0] == APP else None


def default_app(s: ChannelSettings) -> AppRef | None:
    return s.default_app[1] if s.default_app is not None and s.default_app[0] == APP else None


def no_default_app(s: ChannelSettings) -> bool:
    """Routing was described and its default app is "none" or "unknown"."""
    return s.routing_given and s.default_app is not None and s.default_app[0] != APP


def _hc101(context: Context) -> Iterator[Hit]:
    # Decision rule (issue 12): "None", "Unknown" or the bot itself is fine; another app holds the chats.
    for bot, channel, s in context.channel_sections():
        shows = s.botcake_shows
        if shows is not None and shows[0] == APP and shows[1] is not None and not shows[1].same(bot):
            yield fire(variant_for(channel), app=shows[1], **common(bot, channel))

HC101 = Rule(
    "HC101", "botcake-shows-handover-app", ERROR,
    T("Botcake cho thấy giao thức chuyển giao đang bật ({channel}: {app})",
      "Botcake shows handover is on ({channel}: {app})"),
    T("Ô giao thức chuyển giao trong cài đặt Botcake hiện {app}, một ứng dụng khác bot: ứng dụng "
      "đó đang giữ cuộc trò chuyện, nên bot lỗi ở tin opt-in, trả lời tự động, nút bấm, kịch bản, "
      "quy luật và từ khoá. Ô này ổn khi hiện \"Không có\", \"Không xác định\" hoặc chính {bot}.",
      "Botcake's handover field shows {app}, an app other than the bot: that app holds the "
      "conversations, so opt-in messages, auto-replies, buttons, sequences, rules and keywords "
      "break. The field is fine when it shows \"None\", \"Unknown\" or {bot} itself."),
    (
        T("Mở {handover_path}.", "Open {handover_path}."),
        T("Bấm lại vào ứng dụng đang được chọn để bỏ chọn, cho đến khi chỉ còn chữ \"Chọn\".",
          "Click the selected app again to deselect it, until only \"Select\" remains."),
        T("Làm mới quyền Facebook trong Botcake, rồi chờ tối đa 24 giờ để thay đổi có hiệu lực.",
          "Refresh the Facebook permissions in Botcake, then allow up to 24 hours for the "
          "change to apply."),
    ),
    docs(_TURN_OFF, "messenger", instagram=(_TURN_OFF, "instagram")),
    check=_hc101,
)


def _hc102(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        selected = selected_app(s)
        if selected is not None and not selected.same(bot):
            yield fire(variant_for(channel), app=selected, **common(bot, channel))

HC102 = Rule(
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
    docs(_TURN_OFF, "step-messenger-deselect", instagram=(_TURN_OFF, "step-instagram-deselect")),
    check=_hc102,
)


def _hc103(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        if s.primary is not None and s.primary[0] == APP and s.primary[1] is not None and not s.primary[1].same(bot):
            yield fire(variant_for(channel), app=s.primary[1], **common(bot, channel))

HC103 = Rule(
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
    docs("handover/", "roles"),
    check=_hc103,
)


def _hc104(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        if s.connected and not any(bot.same(a) for a in s.connected):
            yield fire(variant_for(channel), **common(bot, channel))

HC104 = Rule(
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
    docs("setups/", "botcake-only"),
    check=_hc104,
)


def _hc110(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        default = default_app(s)
        if default is not None and not default.is_inbox and not default.same(bot):
            yield fire(variant_for(channel), app=default, **common(bot, channel))

HC110 = Rule(
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
    docs(_ERR10, "step-default-app", instagram=(_IG100, "step-default-app")),
    check=_hc110,
)


def _hc111(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        default = default_app(s)
        if default is not None and default.is_inbox:
            yield fire(variant_for(channel), app=default, **common(bot, channel))

HC111 = Rule(
    "HC111", "default-app-is-inbox", ERROR,
    T("Hộp thư của Meta là ứng dụng mặc định ({channel})",
      "Meta's inbox is the default app ({channel})"),
    T("{app} đang là ứng dụng mặc định, nên mọi cuộc trò chuyện mới thuộc về hộp thư và bot "
      "không được trả lời. Theo phản ánh của người dùng, hộp thư không tự chuyển quyền lại cho bot.",
      "{app} is the default app, so every new conversation belongs to the inbox and the bot "
      "may not reply. Users report that the inbox does not pass control back by itself."),
    (
        T("Mở {routing_path}.", "Open {routing_path}."),
        T("Đổi ứng dụng mặc định sang {bot}, rồi lưu.", "Change the default app to {bot} and save."),
        T("Với hội thoại đang kẹt, người dùng cho biết chuyển chúng vào thư mục \"Xong\" trong Meta "
          "Business Suite thường giúp bot trả lời lại (chưa có trong tài liệu của Meta).",
          "For stuck conversations, users report that moving them to \"Done\" in Meta Business Suite "
          "usually lets the bot answer again (not documented by Meta)."),
    ),
    docs(_TURN_OFF, "step-routing-messenger", instagram=(_TURN_OFF, "step-routing-instagram")),
    check=_hc111,
)


def _hc112(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        default, selected = default_app(s), selected_app(s)
        if default is not None and selected is not None and not selected.same(default):
            yield fire(variant_for(channel), handover_app=selected, default_app=default, **common(bot, channel))

HC112 = Rule(
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
    docs("routing/", "vs-handover"),
    check=_hc112,
)


def _hc113(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        answering = [a for a in s.connected if not a.is_inbox]
        if no_default_app(s) and len(answering) >= 2:
            yield fire(variant_for(channel), apps=tuple(answering), **common(bot, channel))

HC113 = Rule(
    "HC113", "several-apps-without-default-app", WARNING,
    T("Nhiều ứng dụng nhưng chưa có ứng dụng mặc định ({channel})",
      "Several apps but no default app ({channel})"),
    T("{apps} cùng kết nối mà không có ứng dụng mặc định (chế độ không cấu hình). Mọi ứng dụng "
      "đều nhận tin và có thể cùng trả lời một khách; lệnh take_thread_control bị chặn (lỗi "
      "#27). Bài hướng dẫn của Botcake khuyên chưa chọn ứng dụng nào cho đến khi tính năng "
      "của Meta ổn định; cách đó chấp nhận được nếu chỉ một ứng dụng tự động trả lời.",
      "{apps} are connected with no default app (zero-config mode). Every app gets the "
      "messages and two of them may answer the same customer; take_thread_control is blocked "
      "(error #27). Botcake's help article advises choosing no app until Meta's feature is "
      "stable; that is fine as long as only one app answers automatically."),
    (
        T("Đảm bảo chỉ {bot} tự động trả lời; tắt trả lời tự động trong các ứng dụng còn lại.",
          "Make sure only {bot} answers automatically; turn off auto-replies in the others."),
        T("Nếu thấy trả lời trùng hoặc lỗi #10, đặt {bot} làm ứng dụng mặc định trong "
          "{routing_path}.",
          "If you see double replies or error #10, make {bot} the default app in "
          "{routing_path}."),
    ),
    docs("routing/", "zero-config"),
    check=_hc113,
)


def _hc114(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        answering = [a for a in s.connected if not a.is_inbox]
        if (no_default_app(s) and len(answering) < 2 and s.default_app is not None
                and s.default_app[0] != UNKNOWN):
            yield fire(variant_for(channel), **common(bot, channel))

HC114 = Rule(
    "HC114", "no-default-app", INFO,
    T("Chưa chọn ứng dụng mặc định ({channel})", "No default app chosen ({channel})"),
    T("Không có ứng dụng mặc định và chỉ một ứng dụng trả lời: đúng với khuyến nghị trong bài "
      "hướng dẫn của Botcake. Điều cần biết: ở chế độ này không ứng dụng nào lấy lại được quyền bằng "
      "take_thread_control (lỗi #27), và hội thoại do hộp thư giữ chỉ trở về rảnh sau 24 giờ.",
      "No default app and a single answering app: this follows Botcake's help article. "
      "Know the trade-off: no app can take control back with take_thread_control (error #27), "
      "and a chat held by the inbox only returns to idle after 24 hours."),
    (
        T("Không cần sửa. Nếu sau này gặp lỗi #10, đặt {bot} làm ứng dụng mặc định trong "
          "{routing_path}.",
          "Nothing to fix. If error #10 appears later, make {bot} the default app in "
          "{routing_path}."),
    ),
    docs("routing/", "recommendation"),
    check=_hc114,
)


def _hc115(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        for route in s.routes:
            if route.app is not None and not route.app.same(bot):
                words = ROUTE_LINK if route.kind == "link" else ROUTE_AD
                label = T(words.vi.format(label=route.label), words.en.format(label=route.label))
                yield fire("ad" if route.kind == "ad" else "default", route=label, app=route.app,
                           **common(bot, channel))

HC115 = Rule(
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
    docs(_SOME, "step-check-links", ad=(_SOME, "step-check-ads")),
    check=_hc115,
)


def _hc116(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        if not s.connected:
            continue
        connected, seen = AppIndex(s.connected), AppIndex()
        missing: list[AppRef] = []
        for ref in [default_app(s)] + [r.app for r in s.routes]:
            if ref is not None and not ref.is_inbox and not connected.has_same(ref) and not seen.has_same(ref):
                missing.append(ref)
                seen.add(ref)
        for ref in missing:
            yield fire(variant_for(channel), app=ref, **common(bot, channel))

HC116 = Rule(
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
    docs("routing/", "default-app"),
    check=_hc116,
)


def _hc117(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        default = default_app(s)
        others_receive = (default is not None and not default.same(bot)) or any(
            r.app is not None and not r.app.same(bot) for r in s.routes)
        if others_receive and s.take_control is not None and not any(bot.same(a) for a in s.take_control):
            yield fire(variant_for(channel), **common(bot, channel))

HC117 = Rule(
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
    docs("routing/", "take-control"),
    check=_hc117,
)


def _hc118(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        if no_default_app(s) and s.take_control:
            yield fire(variant_for(channel), apps=s.take_control, **common(bot, channel))

HC118 = Rule(
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
    docs("routing/", "zero-config"),
    check=_hc118,
)


def _hc119(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        unknown = [a for a in s.connected if a.known is None and not a.same(bot)]
        if unknown:
            yield fire(variant_for(channel), apps=tuple(unknown), **common(bot, channel))

HC119 = Rule(
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
    docs("setups/", "remove-old-apps"),
    check=_hc119,
)


def _hc120(context: Context) -> Iterator[Hit]:
    for bot, channel, s in context.channel_sections():
        for symptom in s.symptoms:
            yield fire(symptom, symptom=SYMPTOMS[symptom].name, **common(bot, channel))

HC120 = Rule(
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
     **{key: symptom.doc for key, symptom in SYMPTOMS.items()}},
    check=_hc120,
)


