"""HC0xx: rules about the pasted input itself (tokens, wrong app ids, uncatalogued errors are in graph_errors)."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..model import ERROR, WARNING, Hit, T
from .definition import Rule, docs, fire


def _hc001(context: Context) -> Iterator[Hit]:
    if context.token_found:
        yield fire()

HC001 = Rule(
    "HC001", "access-token-pasted", WARNING,
    T("Bạn đã dán một mã truy cập (access token)", "An access token was pasted"),
    T("Dữ liệu có một mã truy cập Meta. Trình kiểm tra không hiển thị lại mã này, nhưng ai "
      "có mã đều có thể nhắn tin thay Trang của bạn, nên hãy coi như nó đã lộ.",
      "The input contains a Meta access token. The checker never shows it again, but anyone "
      "holding it can message as your Page, so treat it as leaked."),
    (
        T("Tạo mã mới: làm mới quyền Facebook trong ứng dụng bot, hoặc tạo lại mã truy cập "
          "Trang nếu bạn tự viết bot.",
          "Get a new token: refresh the Facebook permissions in the bot app, or issue a new "
          "Page access token if you run your own bot."),
        T("Lần sau, xoá trường access_token (hoặc phần access_token=… trong đường dẫn) trước "
          "khi dán hay chia sẻ.",
          "Next time, delete the access_token field (or the access_token=… part of the URL) "
          "before pasting or sharing."),
    ),
    docs("troubleshooting/refresh-permissions/", "renew-token"),
    check=_hc001,
)


def _hc002(context: Context) -> Iterator[Hit]:
    for value in sorted(context.typo_ids):
        yield fire(value=value)

HC002 = Rule(
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
    docs("handover/", "page-inbox-app"),
    check=_hc002,
)


