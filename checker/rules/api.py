"""HC2xx: rules about Graph API answers, webhooks and request bodies."""

from __future__ import annotations

from collections.abc import Iterator

from ..apps import AppRef, app_ref
from ..context import Context
from ..model import ERROR, INFO, WARNING, Hit, T
from ..shapes import ControlCall, Event
from ..vocabulary import (
    ANOTHER_APP,
    BOTH_CHANNELS,
    CHANNEL_NAMES,
    HANDOVER_PATH,
    IDLE,
    INSTAGRAM,
    MESSENGER,
    ROUTING_PATH,
    SOME_APP,
    TAKE_CONTROL_PATH,
    THE_APP,
)
from .definition import Rule, docs, fire

_ERR10 = "troubleshooting/error-10/"
_IG100 = "troubleshooting/instagram-100/"
_SOME = "troubleshooting/some-customers/"
_INBOX = "troubleshooting/meta-inbox/"
_STOPPED = "troubleshooting/messages-stopped/"

# The webhook fields Conversation Routing asks every app to subscribe to.
REQUIRED_FIELDS = ("messages", "messaging_postbacks", "messaging_referral", "messaging_handovers", "standby")
MAX_EXTEND_SECONDS = 7 * 24 * 3600


def events(context: Context, kind: str) -> Iterator[Event]:
    for item in context.webhooks:
        yield from (event for event in item.events if event.kind == kind)


def untyped_send(call: ControlCall) -> bool:
    """A Send API thread_control without control_type (HC250 speaks for it)."""
    return call.shape == "send_api" and not call.control_type_given


def passed_to(context: Context) -> Iterator[tuple[AppRef, AppRef | None]]:
    """(new owner, previous owner) of every pass: webhook events and pass calls."""
    for event in events(context, "pass"):
        if event.app is not None:
            yield event.app, event.previous
    for call in context.control_calls:
        if call.action == "pass" and call.target is not None and not untyped_send(call):
            yield call.target, None


def role_text(key: str, value: str) -> T:
    """One app_roles entry, the app named in each language."""
    ref = app_ref(key)
    return T(f"{ref.text('vi') if ref else key}: {value}", f"{ref.text('en') if ref else key}: {value}")


def _hc201(context: Context) -> Iterator[Hit]:
    for item in context.thread_owners:
        if item.owner is not None and not item.owner.is_inbox and context.is_bot(item.owner) is False:
            yield fire("instagram" if context.only_instagram else None, owner=item.owner, bot=context.bot)

HC201 = Rule(
    "HC201", "thread-owned-by-other-app", ERROR,
    T("{owner} đang giữ hội thoại, không phải bot", "{owner} holds the conversation, not the bot"),
    T("thread_owner cho biết {owner} đang giữ hội thoại này, nên {bot} không được trả "
      "lời (lỗi #10 hoặc #100).",
      "thread_owner says {owner} holds this conversation, so {bot} may not reply (error #10 "
      "or #100)."),
    (
        T("Nhờ {owner} chuyển quyền kiểm soát (pass) hoặc nhả quyền (release), hoặc chờ 24 giờ không có "
          "tin để hội thoại nhàn rỗi trở lại.",
          "Ask {owner} to pass or release control, or wait 24 quiet hours for the "
          "conversation to go idle."),
        T("Nếu {owner} là ứng dụng mặc định mà không nên nhận khách mới, đổi ứng dụng mặc định sang "
          "{bot}; đọc trước {before_you_choose}.",
          "If {owner} is the default app and should not get new customers, change the default app "
          "to {bot}; read {before_you_choose} first."),
    ),
    docs(_ERR10, "step-find-owner", instagram=(_IG100, "step-find-owner")),
    check=_hc201,
)


def _hc202(context: Context) -> Iterator[Hit]:
    for item in context.thread_owners:
        if item.owner is not None and item.owner.is_inbox:
            yield fire(owner=item.owner)

HC202 = Rule(
    "HC202", "thread-owned-by-inbox", ERROR,
    T("{owner} đang giữ hội thoại", "{owner} holds the conversation"),
    T("Hộp thư của Meta giữ hội thoại này, thường vì ai đó đã trả lời trong Meta "
      "Business Suite hoặc chuyển hội thoại vào thư mục chính. Bot không được trả lời cho tới "
      "khi hộp thư trả lại quyền kiểm soát.",
      "Meta's inbox holds this conversation, usually because someone replied in Meta Business "
      "Suite or moved the chat to the main folder. The bot may not reply until the inbox "
      "gives control back."),
    (
        T("Theo phản ánh của người dùng (chưa có trong tài liệu của Meta): trong Meta Business Suite, "
          "mở hội thoại và bấm {move_to_done}.",
          "Users report (not documented by Meta): in Meta Business Suite, open the conversation "
          "and use {move_to_done}."),
        T("Hoặc chờ 24 giờ không có tin để hội thoại nhàn rỗi trở lại.",
          "Or wait 24 quiet hours for the conversation to go idle."),
        T("Tránh trả lời trong Meta Business Suite ở những hội thoại bot đang lo.",
          "Avoid replying in Meta Business Suite in conversations the bot handles."),
    ),
    docs(_INBOX, "step-move-to-done"),
    check=_hc202,
)


def _hc203(context: Context) -> Iterator[Hit]:
    for item in context.thread_owners:
        if item.owner is not None and not item.owner.is_inbox and context.is_bot(item.owner) is None:
            yield fire(owner=item.owner)

HC203 = Rule(
    "HC203", "thread-owner-unconfirmed", INFO,
    T("{owner} đang giữ hội thoại", "{owner} holds the conversation"),
    T("thread_owner cho biết {owner} đang giữ hội thoại. Trình kiểm tra không biết mã "
      "ứng dụng của bot bạn nên không nói được đây có phải bot không.",
      "thread_owner says {owner} holds the conversation. The checker does not know your bot's "
      "app id, so it cannot tell whether this is the bot."),
    (
        T("So mã này với mã ứng dụng của bot (trong bảng điều khiển ứng dụng, hoặc hỏi nhà cung "
          "cấp bot).",
          "Compare this id with the bot's app id (in the app dashboard, or ask the bot vendor)."),
        T("Hoặc dán kèm cài đặt JSON có \"bot\": {\"name\": …, \"id\": …} trong một danh sách.",
          "Or paste it in a list together with a settings JSON holding \"bot\": {\"name\": …, "
          "\"id\": …}."),
    ),
    docs(_ERR10, "step-find-owner"),
    check=_hc203,
)


def _hc204(context: Context) -> Iterator[Hit]:
    if any(item.empty for item in context.thread_owners):
        yield fire()

HC204 = Rule(
    "HC204", "thread-idle", INFO,
    T("Hội thoại đang nhàn rỗi (thread_owner rỗng)", "The conversation is idle (empty thread_owner)"),
    T("thread_owner trả về danh sách rỗng: không ứng dụng nào đang giữ hội thoại (đã "
      "quá 24 giờ không có tin, hoặc ứng dụng giữ trước đó đã nhả quyền). Khi hội thoại nhàn rỗi, "
      "chỉ ứng dụng mặc định được trả lời; khi chưa có ứng dụng mặc định, ứng dụng nào cũng được.",
      "thread_owner returned an empty list: no app holds the conversation (24 quiet hours "
      "passed, or the app that held it released it). While idle only the default app may reply; "
      "with no default app any app may."),
    (
        T("Nếu bot vẫn không trả lời được, kiểm tra bot có phải ứng dụng mặc định không.",
          "If the bot still cannot reply, check whether it is the default app."),
    ),
    docs("routing/", "idle-active"),
    check=_hc204,
)


def _hc205(context: Context) -> Iterator[Hit]:
    if any(item.owner is None and not item.empty for item in context.thread_owners):
        yield fire()

HC205 = Rule(
    "HC205", "thread-owner-hidden", WARNING,
    T("Một ứng dụng khác đang giữ hội thoại (không thấy tên)",
      "Another app holds the conversation (name hidden)"),
    T("thread_owner chỉ trả về thời hạn, không có app_id: hội thoại đang có ứng dụng giữ, nhưng "
      "ứng dụng đã gọi lệnh không phải ứng dụng đang giữ, cũng không phải ứng dụng mặc định.",
      "thread_owner returned only an expiration, no app_id: the conversation has an owner, but "
      "the calling app is neither that owner nor the default app."),
    (
        T("Gọi lại thread_owner bằng ứng dụng mặc định để thấy ứng dụng đang giữ, hoặc xem cài đặt của Trang.",
          "Call thread_owner from the default app to see the owner, or check the Page's settings."),
        T("Chỉ đặt bot làm ứng dụng mặc định khi có lý do rõ ràng (bot gửi tin bị lỗi vì ứng dụng khác giữ "
          "hội thoại); đọc trước {before_you_choose}.",
          "Make the bot the default app only with a clear reason (its sends fail because another app "
          "holds the conversation); read {before_you_choose} first."),
    ),
    docs("routing/", "default-app"),
    check=_hc205,
)


def _hc206(context: Context) -> Iterator[Hit]:
    not_owned = sum(owned.count(False) for owned in (item.owned for item in context.conversations))
    if not_owned:
        yield fire(count=not_owned)


HC206 = Rule(
    "HC206", "conversation-not-owned", WARNING,
    T("Ứng dụng không giữ {count} hội thoại (is_owner = false)",
      "The app does not hold {count} conversation(s) (is_owner = false)"),
    T("Conversations API trả về is_owner = false: ứng dụng đã gọi lệnh không phải là ứng dụng đang giữ "
      "các hội thoại này, nên nó sẽ gặp lỗi #10 (Instagram: #100) nếu trả lời vào đó.",
      "The Conversations API returned is_owner = false: the app that made the call does not hold these "
      "conversations, so replying in them fails with error #10 (Instagram: #100)."),
    (
        T("Tìm ứng dụng đang giữ hội thoại bằng GET /me/thread_owner?recipient=<PSID>.",
          "Find the owning app with GET /me/thread_owner?recipient=<PSID>."),
        T("Nếu bot cần trả lời: tắt chuyển giao (bỏ chọn ứng dụng kia trong {any_handover_path}); chỉ "
          "đặt bot làm ứng dụng mặc định khi vẫn lỗi, sau khi đọc {before_you_choose}.",
          "If the bot should reply: turn handover off (deselect the other app in "
          "{any_handover_path}); make the bot the default app only if sends still fail, after "
          "reading {before_you_choose}."),
    ),
    docs(_ERR10, "step-find-owner"),
    check=_hc206,
)


def _hc210(context: Context) -> Iterator[Hit]:
    for item in context.secondary_receivers:
        others = tuple(a for a in item.apps if not a.is_inbox and context.is_bot(a) is not True)
        if others:
            yield fire(apps=others)

HC210 = Rule(
    "HC210", "other-apps-are-secondary-receivers", WARNING,
    T("Còn ứng dụng giữ vai trò Secondary Receiver: {apps}",
      "Apps still hold the Secondary Receiver role: {apps}"),
    T("secondary_receivers liệt kê {apps}. Đây là vai trò của giao thức chuyển giao kiểu cũ; "
      "bot có thể chuyển quyền kiểm soát hội thoại cho các ứng dụng này.",
      "secondary_receivers lists {apps}. This is a legacy Handover Protocol role; these apps "
      "can be handed conversations from the bot."),
    (
        T("Gỡ các ứng dụng không còn dùng trong {business_integrations_path}.",
          "Remove apps you no longer use under {business_integrations_path}."),
        T("Không cần vai trò thay thế: để trống cả hai màn hình như Botcake khuyên, trừ khi có lý do rõ "
          "ràng; đọc {before_you_choose}.",
          "No role needs to replace them: leave both screens empty, as Botcake advises, unless there "
          "is a clear reason; read {before_you_choose}."),
    ),
    docs("setups/", "remove-old-apps"),
    check=_hc210,
)


def _hc220(context: Context) -> Iterator[Hit]:
    for item in context.feature_status:
        flags = dict(item.flags)
        for flag, channel in (("msgr_multi_app", MESSENGER), ("ig_multi_app", INSTAGRAM)):
            if flag in flags and not flags[flag]:
                yield fire(channel, flag=flag, channel=CHANNEL_NAMES[channel], routing_path=ROUTING_PATH[channel])

HC220 = Rule(
    "HC220", "conversation-routing-not-enabled", WARNING,
    T("Chuyển quyền trò chuyện chưa bật ({channel})", "Conversation Routing is not enabled ({channel})"),
    T("messaging_feature_status cho thấy {flag} = false: {channel} chưa có ứng dụng mặc định "
      "(Botcake khuyên để trống như vậy). take_thread_control sẽ lỗi #27, và mọi ứng dụng kết nối "
      "đều nhận tin. Cách này ổn nếu chỉ một ứng dụng trả lời.",
      "messaging_feature_status shows {flag} = false: {channel} has no default app "
      "(which is what Botcake advises). take_thread_control fails with #27, and every connected "
      "app gets the messages. That is fine if only one app answers."),
    (
        T("Chỉ khi bot thật sự cần giành lại hội thoại, chọn bot làm ứng dụng mặc định trong "
          "{routing_path}; đọc trước {before_you_choose}.",
          "Only if the bot really must take conversations back, make it the default app in "
          "{routing_path}; read {before_you_choose} first."),
    ),
    docs("routing/", "zero-config"),
    check=_hc220,
)


def _hc230(context: Context) -> Iterator[Hit]:
    for item in context.webhooks:
        if any(event.standby for event in item.events):
            yield fire("instagram" if item.channel == INSTAGRAM else None,
                       channel=CHANNEL_NAMES.get(item.channel or "", BOTH_CHANNELS))

HC230 = Rule(
    "HC230", "standby-events", WARNING,
    T("Ứng dụng nhận sự kiện chờ (standby): nó không giữ hội thoại ({channel})",
      "The app receives standby events: it does not own the conversation ({channel})"),
    T("Tin của khách tới trong entry[].standby thay vì messaging. Nghĩa là ứng dụng nhận "
      "webhook này không giữ hội thoại; nếu đây là bot, nó sẽ lỗi #10 (Instagram: "
      "#100) khi trả lời.",
      "The customer's message arrived in entry[].standby instead of messaging. The app that "
      "received this webhook does not hold the conversation; if it is the bot, replying "
      "fails with #10 (Instagram: #100)."),
    (
        T("Tìm ứng dụng đang giữ hội thoại bằng GET /me/thread_owner?recipient=<PSID>.",
          "Find the owning app with GET /me/thread_owner?recipient=<PSID>."),
        T("Nếu bot cần trả lời: tắt chuyển giao (bỏ chọn ứng dụng kia trong {any_handover_path}); chỉ "
          "đặt bot làm ứng dụng mặc định khi vẫn lỗi, sau khi đọc {before_you_choose}.",
          "If the bot should reply: turn handover off (deselect the other app in "
          "{any_handover_path}); make the bot the default app only if sends still fail, after "
          "reading {before_you_choose}."),
    ),
    docs(_ERR10, "step-find-owner", instagram=(_IG100, "step-find-owner")),
    check=_hc230,
)


def _hc231(context: Context) -> Iterator[Hit]:
    for target, _previous in passed_to(context):
        if target.is_inbox:
            yield fire(app=target)

HC231 = Rule(
    "HC231", "control-passed-to-inbox", WARNING,
    T("Quyền kiểm soát hội thoại được chuyển cho {app}", "Control is passed to {app}"),
    T("Hội thoại được giao cho hộp thư của Meta. Từ lúc đó bot im lặng với khách này cho đến "
      "khi 24 giờ trôi qua không có tin, hoặc (theo phản ánh của người dùng) nhân viên bấm "
      "{move_to_done}.",
      "The conversation goes to Meta's inbox. From then on the bot is silent for this "
      "customer until 24 quiet hours pass or (as users report) a person uses {move_to_done}."),
    (
        T("Nếu đúng ý (khách cần người thật), nhắc nhân viên bấm {move_to_done} khi xử lý xong.",
          "If intended (the customer needs a person), have the agent use {move_to_done} when "
          "finished."),
        T("Nếu không: kiểm tra mã đích (target_app_id / app_id) trong lệnh của bot.",
          "If not: check the target (target_app_id / app_id) in the bot's call."),
    ),
    docs(_INBOX, "step-move-to-done"),
    check=_hc231,
)


def _hc232(context: Context) -> Iterator[Hit]:
    for target, previous in passed_to(context):
        if not target.is_inbox and context.is_bot(target) is not True:
            yield fire(app=target, previous=previous or IDLE)

HC232 = Rule(
    "HC232", "control-passed-to-app", INFO,
    T("Quyền kiểm soát hội thoại được chuyển cho {app}", "Control is passed to {app}"),
    T("Sự kiện pass_thread_control: {app} giờ giữ hội thoại (trước đó: {previous}). "
      "Ứng dụng khác chỉ nhận sự kiện chờ (standby) cho tới khi quyền kiểm soát được trả lại.",
      "pass_thread_control event: {app} now holds the conversation (before: {previous}). "
      "Other apps only get standby until control comes back."),
    (
        T("Không cần sửa nếu việc chuyển quyền kiểm soát này là có chủ đích.",
          "Nothing to fix if this pass was intended."),
    ),
    docs("handover/", "thread-control"),
    check=_hc232,
)


def _hc233(context: Context) -> Iterator[Hit]:
    for event in events(context, "take"):
        if event.app is not None and context.is_bot(event.app) is not True:
            yield fire("inbox" if event.app.is_inbox else None, app=event.app, take_control_path=TAKE_CONTROL_PATH)

HC233 = Rule(
    "HC233", "control-taken-by-other-app", WARNING,
    T("{app} đã giành quyền kiểm soát hội thoại", "{app} took control of the conversation"),
    T("Sự kiện take_thread_control: {app} đã giành hội thoại khỏi ứng dụng nhận webhook "
      "này. Nếu {app} là hộp thư của Meta, thường là do có người trả lời trong Meta Business "
      "Suite hoặc chuyển hội thoại vào thư mục chính.",
      "take_thread_control event: {app} took the conversation from the app that received "
      "this webhook. If {app} is Meta's inbox, usually someone replied in Meta Business Suite "
      "or moved the chat to the main folder."),
    (
        T("Nếu {app} là hộp thư: khi nhân viên xử lý xong, bấm {move_to_done}; theo phản ánh của "
          "người dùng, việc này giúp bot trả lời lại.",
          "If {app} is the inbox: users report that {move_to_done}, once the agent has finished, "
          "lets the bot answer again."),
        T("Nếu không mong muốn: tắt công tắc giành quyền kiểm soát của {app} trong "
          "{take_control_path}.",
          "If unwanted: turn the Take control of conversations switch off for {app} in "
          "{take_control_path}."),
    ),
    docs(_ERR10, "step-find-owner", inbox=(_INBOX, "cause")),
    check=_hc233,
)


def _hc234(context: Context) -> Iterator[Hit]:
    for event in events(context, "request"):
        yield fire(app=event.app or SOME_APP)

HC234 = Rule(
    "HC234", "control-requested", INFO,
    T("{app} xin quyền kiểm soát hội thoại", "{app} requests control of the conversation"),
    T("Sự kiện request_thread_control: {app} muốn giữ hội thoại. Ứng dụng nhận sự kiện (ứng "
      "dụng đang giữ) quyết định có chuyển quyền kiểm soát hay không; Meta không tự chuyển.",
      "request_thread_control event: {app} wants the conversation. The app receiving it (the "
      "current owner) decides whether to pass control; Meta does not pass it by itself."),
    (
        T("Nếu đồng ý, gọi pass_thread_control với target_app_id là mã của {app}.",
          "To agree, call pass_thread_control with target_app_id set to {app}'s id."),
    ),
    docs("handover/", "thread-control"),
    check=_hc234,
)


def _hc235(context: Context) -> Iterator[Hit]:
    for item in context.webhooks:
        for event in item.events:
            if event.kind == "app_roles":
                yield fire(roles=tuple(role_text(key, value) for key, value in event.roles) or ("—",),
                           handover_path=HANDOVER_PATH[item.channel or MESSENGER])

HC235 = Rule(
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
    docs("handover/", "roles"),
    check=_hc235,
)


def _hc236(context: Context) -> Iterator[Hit]:
    for event in events(context, "echo"):
        if event.app is not None and event.app.is_inbox:
            yield fire(app=event.app)

HC236 = Rule(
    "HC236", "reply-sent-from-inbox", WARNING,
    T("Có tin trả lời gửi từ {app}", "A reply was sent from {app}"),
    T("Tin echo mang app_id của hộp thư Meta: một người đã trả lời trong Meta Business Suite "
      "hoặc ứng dụng Messenger. Việc này khiến hộp thư giữ hội thoại và bot im lặng với khách đó.",
      "A message echo carries the app_id of Meta's inbox: a person replied from Meta Business "
      "Suite or the Messenger app. That makes the inbox take the conversation, and the bot "
      "goes silent for that customer."),
    (
        T("Sau khi trả lời tay, bấm {move_to_done}: theo phản ánh của người dùng, bot sẽ trả lời tiếp.",
          "After answering by hand, use {move_to_done}: users report that the bot then answers again."),
    ),
    docs(_INBOX, "cause"),
    check=_hc236,
)


def _hc240(context: Context) -> Iterator[Hit]:
    for item in context.subscriptions:
        fields = set(item.fields)
        if "messaging_handover" in fields:  # Meta's docs spell the field both ways
            fields.add("messaging_handovers")
        missing = tuple(f for f in REQUIRED_FIELDS if f not in fields)
        if missing:
            yield fire(fields=missing, app=item.app or THE_APP)

HC240 = Rule(
    "HC240", "webhook-fields-missing", WARNING,
    T("Thiếu trường webhook cần cho chuyển quyền kiểm soát: {fields}",
      "Webhook fields needed for routing are missing: {fields}"),
    T("{app} chưa đăng ký {fields}. Meta yêu cầu mọi ứng dụng đăng ký messages, "
      "messaging_postbacks, messaging_referral, messaging_handovers (có nơi viết "
      "messaging_handover) và standby; thiếu chúng thì ứng dụng không biết khi nào mình mất "
      "hay nhận lại quyền kiểm soát.",
      "{app} is not subscribed to {fields}. Meta asks every app to subscribe to messages, "
      "messaging_postbacks, messaging_referral, messaging_handovers (also spelled "
      "messaging_handover) and standby; without them the app never learns when it loses or "
      "regains control."),
    (
        T("Trong bảng điều khiển ứng dụng (App Dashboard) → Messenger (hoặc Instagram) → Webhooks, đăng ký thêm "
          "các trường còn thiếu cho Trang.",
          "In the app dashboard → Messenger (or Instagram) → Webhooks, subscribe the Page to "
          "the missing fields."),
    ),
    docs("handover/", "standby"),
    check=_hc240,
)


def _hc250(context: Context) -> Iterator[Hit]:
    for call in context.control_calls:
        if call.shape == "send_api" and not call.control_type_given:
            yield fire(app=call.target or ANOTHER_APP)

HC250 = Rule(
    "HC250", "thread-control-type-missing", WARNING,
    T("thread_control thiếu control_type", "thread_control has no control_type"),
    T("Send API có thread_control nhưng không có control_type. Theo tài liệu Messenger, khi "
      "đó Meta coi là \"release\": hội thoại về trạng thái nhàn rỗi và không ai nhận "
      "webhook, kể cả khi bạn muốn chuyển cho {app}.",
      "The Send API body has thread_control without control_type. Messenger's documentation "
      "treats that as \"release\": the conversation goes idle and no webhook is sent, even if "
      "you meant to pass it to {app}."),
    (
        T("Ghi rõ \"control_type\": \"pass\" (kèm app_id) hoặc \"release\".",
          "Write \"control_type\": \"pass\" (with app_id) or \"release\" explicitly."),
    ),
    docs(_STOPPED, "thread-control"),
    check=_hc250,
)


def _hc251(context: Context) -> Iterator[Hit]:
    if any(call.action == "release" and not untyped_send(call) for call in context.control_calls):
        yield fire()

HC251 = Rule(
    "HC251", "release-sends-no-webhook", INFO,
    T("Nhả quyền: hội thoại về trạng thái nhàn rỗi", "Release: the conversation goes idle"),
    T("Lệnh này nhả quyền kiểm soát hội thoại. Meta không gửi webhook cho ứng dụng nào; tin "
      "kế tiếp của khách sẽ tới ứng dụng mặc định (hoặc mọi ứng dụng nếu chưa có mặc định).",
      "This call releases the conversation. Meta sends no webhook to any app; the customer's "
      "next message goes to the default app (or to every app when there is none)."),
    (
        T("Không cần sửa nếu đúng ý; nếu muốn giao cho một ứng dụng cụ thể, dùng pass với app_id.",
          "Nothing to fix if intended; to hand it to one app, use pass with an app_id."),
    ),
    docs("routing/", "idle-active"),
    check=_hc251,
)


def _hc252(context: Context) -> Iterator[Hit]:
    if any(call.action == "pass" and call.target is None and not untyped_send(call) for call in context.control_calls):
        yield fire()

HC252 = Rule(
    "HC252", "pass-goes-to-default-app", INFO,
    T("Chuyển quyền kiểm soát mà không ghi ứng dụng đích", "Pass without a target app"),
    T("Lệnh chuyển quyền kiểm soát không có app_id/target_app_id, nên Meta giao hội thoại cho ứng "
      "dụng mặc định. Nếu Trang chưa có ứng dụng mặc định, lệnh có thể thất bại.",
      "The pass has no app_id/target_app_id, so Meta hands the conversation to the default "
      "app. If the Page has no default app, the call may fail."),
    (
        T("Ghi rõ mã ứng dụng đích nếu bạn muốn giao cho một ứng dụng cụ thể (Hộp thư Trang: "
          "263902037430900).",
          "Give the target app id if a specific app should get it (Page Inbox: "
          "263902037430900)."),
    ),
    docs("routing/", "default-app"),
    check=_hc252,
)


def _hc253(context: Context) -> Iterator[Hit]:
    if any(call.action == "take" for call in context.control_calls):
        yield fire(routing_path=ROUTING_PATH[MESSENGER], take_control_path=TAKE_CONTROL_PATH)

HC253 = Rule(
    "HC253", "take-control-requirements", INFO,
    T("take_thread_control cần điều kiện", "take_thread_control has requirements"),
    T("Lệnh giành quyền kiểm soát chỉ chạy khi Trang đã có ứng dụng mặc định (Chuyển quyền trò "
      "chuyện đã bật) và ứng dụng được bật công tắc giành quyền kiểm soát; nếu không sẽ lỗi #27.",
      "Taking control only works when the Page has a default app (Conversation Routing on) and "
      "the app has the Take control of conversations switch on; otherwise it fails with #27."),
    (
        T("Kiểm tra hai điều kiện trong {routing_path} và {take_control_path}.",
          "Check both in {routing_path} and {take_control_path}."),
    ),
    docs("routing/", "take-control"),
    check=_hc253,
)


def _hc254(context: Context) -> Iterator[Hit]:
    if any(call.action == "request" for call in context.control_calls):
        yield fire()

HC254 = Rule(
    "HC254", "request-control-not-guaranteed", INFO,
    T("request_thread_control không bảo đảm có quyền", "request_thread_control does not guarantee control"),
    T("Lệnh xin quyền chỉ dùng được khi Trang chưa có ứng dụng mặc định. {\"success\": true} chỉ "
      "có nghĩa là yêu cầu đã gửi; ứng dụng đang giữ (ví dụ hộp thư của Meta) có thể không bao giờ "
      "trả lời.",
      "Requesting control only works while the Page has no default app. {\"success\": true} only means "
      "the request was sent; the current owner (for example Meta's inbox) may never answer."),
    (
        T("Kiểm tra lại bằng thread_owner trước khi gửi tin.",
          "Check thread_owner again before sending."),
        T("Nếu ứng dụng đang giữ là hộp thư của Meta: theo phản ánh của người dùng, bấm {move_to_done} "
          "trên hội thoại đó; hoặc đặt bot làm ứng dụng mặc định, sau khi đọc {before_you_choose}.",
          "If the owner is Meta's inbox: users report that {move_to_done} on the conversation helps; "
          "or make the bot the default app, after reading {before_you_choose}."),
    ),
    docs("routing/", "zero-config"),
    check=_hc254,
)


def _hc255(context: Context) -> Iterator[Hit]:
    for call in context.control_calls:
        if call.action == "extend" and call.duration is not None and call.duration > MAX_EXTEND_SECONDS:
            yield fire(duration=call.duration)

HC255 = Rule(
    "HC255", "extend-too-long", WARNING,
    T("Thời gian gia hạn quá 7 ngày", "Extension longer than 7 days"),
    T("extend_thread_control nhận duration = {duration} giây, vượt quá 7 ngày (604800 giây) "
      "Meta cho phép.",
      "extend_thread_control got duration = {duration} seconds, more than the 7 days "
      "(604800 seconds) Meta allows."),
    (
        T("Dùng duration tối đa 604800.", "Use a duration of at most 604800."),
    ),
    docs("routing/", "idle-active"),
    check=_hc255,
)


def _hc256(context: Context) -> Iterator[Hit]:
    for result in context.call_results:
        if not result.success:
            yield fire(endpoint=result.endpoint or "?")

HC256 = Rule(
    "HC256", "call-not-successful", WARNING,
    T("Lệnh trả về success = false", "The call returned success = false"),
    T("Meta nhận lệnh nhưng không thực hiện ({endpoint}).",
      "Meta accepted the call but did not carry it out ({endpoint})."),
    (
        T("Gọi thread_owner để xem ứng dụng nào đang giữ hội thoại, rồi thử lại.",
          "Call thread_owner to see who holds the conversation, then retry."),
    ),
    docs(_STOPPED, "thread-control"),
    check=_hc256,
)


def _hc260(context: Context) -> Iterator[Hit]:
    for item in context.ad_messages:
        if item.app is not None and context.is_bot(item.app) is False:
            yield fire(app=item.app)

HC260 = Rule(
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
    docs(_SOME, "step-check-ads"),
    check=_hc260,
)


def _hc261(context: Context) -> Iterator[Hit]:
    for item in context.ad_messages:
        days = item.days
        if days is not None and (isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 30):
            yield fire(days=str(days)[:40])

HC261 = Rule(
    "HC261", "ad-control-expiration-invalid", WARNING,
    T("receiving_app_control_expiration ngoài khoảng 1–30", "receiving_app_control_expiration outside 1–30"),
    T("Giá trị {days} không hợp lệ; Meta chỉ nhận 1 đến 30 ngày và sẽ dùng 1 ngày.",
      "The value {days} is invalid; Meta accepts 1 to 30 days and falls back to 1 day."),
    (
        T("Đặt số ngày từ 1 đến 30.", "Set a number of days from 1 to 30."),
    ),
    docs("routing/", "ad-routing"),
    check=_hc261,
)


