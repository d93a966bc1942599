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
    T("Ô chuyển giao trong Botcake ghi {app}: ứng dụng đó đang giữ hội thoại ({channel})",
      "Botcake's handover box shows {app}: that app holds the conversations ({channel})"),
    T("Ô Giao thức chuyển giao trong Botcake ghi {app}, không phải \"Không có\", \"Không xác định\" "
      "hay chính {bot}. Nghĩa là {app} đang giữ các hội thoại, nên tin opt-in, trả lời tự động, nút "
      "bấm, kịch bản, quy luật và từ khoá của bot không chạy. Ô ghi \"Không có\", \"Không xác "
      "định\" hoặc tên chính bot là ổn, không cần sửa.",
      "Botcake's handover box shows {app}, not \"Không có\" (None), \"Không xác định\" (Unknown) or "
      "{bot} itself. That means {app} holds the conversations, so the bot's opt-in messages, "
      "auto-replies, buttons, sequences, rules and keywords stop working. \"None\", \"Unknown\" "
      "or the bot itself in the box is fine; nothing to fix."),
    (
        T("Mở {handover_path}.", "Open {handover_path}."),
        T("Tắt chuyển giao bằng cách bỏ chọn {app}: {deselect}.",
          "Turn handover off by deselecting {app}: {deselect}."),
        T("Làm mới quyền Facebook trong Botcake ({refresh_path}); {wait_24h}.",
          "Refresh the Facebook permissions in Botcake ({refresh_path}); {wait_24h}."),
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
    T("Màn hình Giao thức chuyển giao đang chọn {app} ({channel})",
      "The Handover Protocol screen selects {app} ({channel})"),
    T("Trên màn hình Giao thức chuyển giao của Meta, {channel} đang chọn {app}, một ứng dụng khác "
      "bot. Khi đó {app} giữ các hội thoại: bot gặp lỗi #10 và các tính năng tự động ngừng chạy. "
      "Không chọn ứng dụng nào (chỉ có nút \"Chọn\") hoặc chọn chính {bot} là ổn.",
      "On Meta's Handover Protocol screen, {channel} selects {app}, an app other than the bot. "
      "{app} then holds the conversations: the bot hits error #10 and its automations stop. No "
      "app selected (only the \"Select\" button) or {bot} itself is fine."),
    (
        T("Mở {handover_path}.", "Open {handover_path}."),
        T("Tắt chuyển giao bằng cách bỏ chọn {app}: {deselect}.",
          "Turn handover off by deselecting {app}: {deselect}."),
        T("Làm mới quyền Facebook trong bot ({refresh_path}); {wait_24h}.",
          "Refresh the Facebook permissions in the bot ({refresh_path}); {wait_24h}."),
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
    T("Trong cài đặt vai trò kiểu cũ, {app} là Primary Receiver nên nhận hội thoại trước bot. "
      "Meta đã thay các vai trò này bằng Chuyển quyền trò chuyện, nhưng cài đặt cũ còn sót lại vẫn "
      "có thể khiến bot chỉ nhận sự kiện chờ (standby).",
      "In the legacy role settings, {app} is the Primary Receiver, so it gets conversations "
      "before the bot. Meta replaced roles with Conversation Routing, but a left-over setting "
      "can still leave the bot with only standby events."),
    (
        T("Mở {handover_path} và bỏ chọn vai trò của {app}.",
          "Open {handover_path} and clear the role of {app}."),
        T("Không cần chọn gì thay thế: Botcake khuyên để trống cả {routing_path}, trừ khi có lý do "
          "rõ ràng; đọc {before_you_choose}.",
          "Nothing needs to replace it: Botcake advises leaving {routing_path} empty too unless "
          "there is a clear reason; read {before_you_choose}."),
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
        T("Nếu bot cần trả lời trên {channel}: kết nối lại Trang (hoặc tài khoản Instagram) "
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
    T("Chuyển quyền trò chuyện đang giao mọi hội thoại mới cho {app}. {bot} chỉ nhận sự kiện chờ "
      "(standby) và gặp lỗi #10 (Instagram: #100) khi trả lời, trừ khi {app} chuyển quyền kiểm soát "
      "cho bot.",
      "Conversation Routing hands every new conversation to {app}. {bot} only gets standby "
      "events and hits error #10 (Instagram: #100) when it replies, unless {app} passes "
      "control to the bot."),
    (
        T("Mở {routing_path}.", "Open {routing_path}."),
        T("Nếu bot cần trả lời khách mới: đọc {before_you_choose}, rồi đổi ứng dụng mặc định sang "
          "{bot} và lưu.",
          "If the bot should answer new customers: read {before_you_choose}, then change the "
          "default app to {bot} and save."),
        T("Nếu {app} chỉ cần một số khách (ví dụ khách từ một đường dẫn), giao riêng đường dẫn đó "
          "cho {app} thay vì để {app} làm ứng dụng mặc định.",
          "If {app} needs only some customers (for example from one link), route that link to "
          "{app} instead of making {app} the default app."),
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
    T("{app} đang là ứng dụng mặc định, nên mọi hội thoại mới thuộc về hộp thư và bot không được "
      "trả lời. Theo phản ánh của người dùng, hộp thư không tự chuyển quyền kiểm soát lại cho bot "
      "(Meta không nói rõ điều này).",
      "{app} is the default app, so every new conversation belongs to the inbox and the bot "
      "may not reply. Users report that the inbox does not pass control back by itself (Meta "
      "does not say)."),
    (
        T("Mở {routing_path}.", "Open {routing_path}."),
        T("Đọc {before_you_choose}, rồi đổi ứng dụng mặc định sang {bot} và lưu.",
          "Read {before_you_choose}, then change the default app to {bot} and save."),
        T("Với hội thoại đang kẹt: theo phản ánh của người dùng (chưa có trong tài liệu của Meta), "
          "bấm {move_to_done} trên hội thoại đó trong Meta Business Suite thường giúp bot trả lời lại.",
          "For stuck conversations: users report (not documented by Meta) that {move_to_done} on "
          "the conversation in Meta Business Suite usually lets the bot answer again."),
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
      "Handover Protocol and Conversation Routing name different apps ({channel})"),
    T("Giao thức chuyển giao chọn {handover_app}, còn ứng dụng mặc định là {default_app}. Hai "
      "cài đặt tranh nhau giữ hội thoại, nên không biết trước ứng dụng nào sẽ trả lời.",
      "The Handover Protocol screen selects {handover_app} while the default app is "
      "{default_app}. The two settings compete for the conversations, so nobody can tell which "
      "app will answer."),
    (
        T("Bỏ chọn ứng dụng trong {handover_path}.", "Deselect the app in {handover_path}."),
        T("Chỉ để một nơi quyết định: ứng dụng mặc định trong {routing_path}.",
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
    T("{apps} cùng kết nối mà chưa có ứng dụng mặc định. Ứng dụng nào cũng nhận tin, nên hai ứng "
      "dụng có thể cùng trả lời một khách; lệnh take_thread_control bị chặn (lỗi #27). Botcake "
      "khuyên để trống cả hai màn hình cho tới khi tính năng này của Meta chạy ổn định; cách này "
      "ổn khi chỉ một ứng dụng tự động trả lời.",
      "{apps} are connected with no default app. Every app gets the messages, so two of them "
      "may answer the same customer; take_thread_control is blocked (error #27). Botcake advises "
      "leaving both screens empty until Meta's feature works reliably; that is fine as long as "
      "only one app answers automatically."),
    (
        T("Để chỉ {bot} tự động trả lời: tắt phần trả lời tự động trùng ở các ứng dụng còn lại.",
          "Let only {bot} answer automatically: turn off the overlapping auto-replies in the others."),
        T("Chỉ khi bot gửi tin bị lỗi #10 vì hộp thư của Meta hay một ứng dụng khác giữ hội thoại, "
          "mới tính tới việc chọn {bot} làm ứng dụng mặc định trong {routing_path}; đọc trước "
          "{before_you_choose}.",
          "Only when the bot's sends fail with error #10 because Meta's inbox or another app holds "
          "the conversation, consider making {bot} the default app in {routing_path}; read "
          "{before_you_choose} first."),
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
    T("Không có ứng dụng mặc định và chỉ một ứng dụng trả lời: đúng như Botcake khuyên (để trống "
      "cả hai màn hình). Cần biết: khi để trống, không ứng dụng nào giành lại hội thoại bằng "
      "take_thread_control được (lỗi #27), và hội thoại do hộp thư giữ chỉ trở về nhàn rỗi sau "
      "24 giờ.",
      "No default app and a single answering app: this is what Botcake advises (both screens "
      "empty). Know the trade-off: no app can take a conversation back with take_thread_control "
      "(error #27), and a conversation held by the inbox only becomes idle again after 24 hours."),
    (
        T("Không cần sửa. Chỉ khi bot gửi tin bị lỗi #10 vì hộp thư của Meta hay một ứng dụng khác "
          "giữ hội thoại, mới chọn {bot} làm ứng dụng mặc định trong {routing_path}; đọc trước "
          "{before_you_choose}.",
          "Nothing to fix. Only when the bot's sends fail with error #10 because Meta's inbox or "
          "another app holds the conversation, make {bot} the default app in {routing_path}; read "
          "{before_you_choose} first."),
    ),
    docs("routing/", "recommendation"),
    check=_hc114,
)


_ROUTES_SHOWN = 10  # a finding names at most this many routes, then says how many more


def _hc115(context: Context) -> Iterator[Hit]:
    # One finding per app and kind of route, naming its routes: a list of thousands of links to
    # the same app is one problem, and its report stays as long as the input, not longer.
    for bot, channel, s in context.channel_sections():
        grouped: dict[tuple[str, AppRef], list[T]] = {}
        for route in s.routes:
            if route.app is not None and not route.app.same(bot):
                words = ROUTE_LINK if route.kind == "link" else ROUTE_AD
                label = T(words.vi.format(label=route.label), words.en.format(label=route.label))
                grouped.setdefault((route.kind, route.app), []).append(label)
        for (kind, app), labels in grouped.items():
            shown = labels[:_ROUTES_SHOWN]
            if len(labels) > _ROUTES_SHOWN:
                more = len(labels) - _ROUTES_SHOWN
                shown.append(T(f"và {more} mục khác", f"and {more} more"))
            yield fire("ad" if kind == "ad" else "default", route=tuple(shown), app=app, **common(bot, channel))


HC115 = Rule(
    "HC115", "route-to-other-app", WARNING,
    T("{route} đưa khách tới {app}, không phải bot ({channel})",
      "{route} sends customers to {app}, not the bot ({channel})"),
    T("Khách vào qua {route} được giao cho {app}, nên bot im lặng với họ cho đến khi {app} "
      "chuyển quyền kiểm soát cho bot. Vì vậy chỉ một số khách bị ảnh hưởng.",
      "Customers arriving through {route} are handed to {app}, so the bot stays silent for "
      "them until {app} passes control to the bot. That is why only some customers are affected."),
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
    T("Chuyển quyền trò chuyện nhắc tới {app}, nhưng danh sách ứng dụng kết nối không có ứng dụng "
      "này. Hoặc danh sách bạn nhập còn thiếu, hoặc định tuyến trỏ tới một ứng dụng đã gỡ, khiến "
      "những khách đó không được ai trả lời.",
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
    T("{bot} không được phép giành lại hội thoại ({channel})",
      "{bot} may not take conversations back ({channel})"),
    T("Một ứng dụng khác nhận một phần khách, nhưng công tắc giành quyền kiểm soát của {bot} đang "
      "tắt. Khi cần, bot không tự giành lại hội thoại được.",
      "Another app receives some customers, but {bot}'s Take control of conversations switch is "
      "off. The bot cannot take a conversation back when it needs to."),
    (
        T("Mở {take_control_path} và bật công tắc giành quyền kiểm soát cho {bot} ({channel}).",
          "Open {take_control_path} and turn the switch on for {bot} ({channel})."),
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
    T("Công tắc giành quyền kiểm soát chưa có tác dụng ({channel})",
      "The Take control of conversations switch has no effect yet ({channel})"),
    T("{apps} được bật công tắc giành quyền kiểm soát, nhưng chưa có ứng dụng mặc định nên "
      "take_thread_control vẫn bị chặn (lỗi #27).",
      "{apps} have the Take control of conversations switch on, but with no default app "
      "take_thread_control is still blocked (error #27)."),
    (
        T("Không cần làm gì nếu bạn để trống cả hai màn hình như Botcake khuyên. Chỉ chọn ứng dụng "
          "mặc định trong {routing_path} khi có lý do rõ ràng; đọc trước {before_you_choose}.",
          "Nothing to do if you leave both screens empty, as Botcake advises. Choose a default app "
          "in {routing_path} only with a clear reason; read {before_you_choose} first."),
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
    T("Ngoài bot, Pancake và hộp thư của Meta, Trang còn kết nối {apps}. Ứng dụng cũ vẫn tham "
      "gia chuyển giao và có thể giữ hội thoại của khách.",
      "Besides the bot, Pancake and Meta's inbox, the Page is connected to {apps}. Old apps "
      "still take part in handover and can hold customers' conversations."),
    (
        T("Mở {business_integrations_path} và gỡ các ứng dụng không còn dùng.",
          "Open {business_integrations_path} and remove the apps you no longer use."),
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
    T("Bạn báo lỗi ở mục \"{symptom}\". Các tính năng này cần bot giữ hội thoại; khi một ứng "
      "dụng khác hoặc hộp thư giữ hội thoại, chúng ngừng chạy. Nếu cài đặt đã đúng, các hội thoại "
      "cũ có thể vẫn kẹt cho tới khi nhàn rỗi trở lại.",
      "You report trouble with \"{symptom}\". These features need the bot to hold the "
      "conversation; when another app or the inbox holds it, they stop. If the settings are "
      "already right, older conversations may stay stuck until they are idle again."),
    (
        T("Sửa các lỗi cài đặt ở trên (nếu có) trước.", "Fix the settings errors above first, if any."),
        T("Thử lại với một khách nhắn cho Trang lần đầu; hội thoại cũ cần tối đa 24 giờ để nhàn rỗi "
          "trở lại.",
          "Test with a customer who writes to the Page for the first time; older conversations "
          "need up to 24 hours to become idle again."),
    ),
    {"default": DocTarget(_BROKEN, "cause"),
     **{key: symptom.doc for key, symptom in SYMPTOMS.items()}},
    check=_hc120,
)


