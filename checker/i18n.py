"""User-interface strings of the report and the CLI (rule texts live with their rules)."""

from __future__ import annotations

from .model import T

ACCEPTED_SHAPES = T(
    "lỗi Graph API ({\"error\": …}) hoặc chỉ dòng thông báo lỗi; kết quả thread_owner, "
    "secondary_receivers, messaging_feature_status, subscribed_apps, Conversations API (is_owner); webhook (object: page "
    "hoặc instagram, kể cả một sự kiện messaging/standby đứng riêng); thân yêu cầu "
    "pass/take/request/release/extend_thread_control hoặc Send API có thread_control; "
    "{\"success\": …}; cài đặt JSON của trang này (có khoá \"messenger\" hoặc \"instagram\"); "
    "hoặc một danh sách [ … ] gồm nhiều thứ trên",
    "a Graph API error ({\"error\": …}) or just the error message line; a thread_owner, "
    "secondary_receivers, messaging_feature_status, subscribed_apps or Conversations API (is_owner) response; a webhook body "
    "(object: page or instagram, or a single messaging/standby event); a "
    "pass/take/request/release/extend_thread_control request body or a Send API body with "
    "thread_control; {\"success\": …}; this site's settings JSON (with a \"messenger\" or "
    "\"instagram\" key); or a list [ … ] of several of these",
)

INPUT_ERRORS: dict[str, T] = {
    "too_large": T(
        "Dữ liệu quá lớn: {size} byte. Giới hạn là {limit} byte (2 MB). Hãy chỉ dán phần "
        "cần kiểm tra (một lỗi, một webhook hoặc phần cài đặt).",
        "The input is too large: {size} bytes. The limit is {limit} bytes (2 MB). Paste only "
        "the part to check (one error, one webhook or the settings).",
    ),
    "invalid_utf8": T(
        "Dữ liệu không phải văn bản UTF-8: byte không hợp lệ ở vị trí {offset} (tính từ 0). "
        "Hãy lưu lại tệp với mã hoá UTF-8.",
        "The input is not UTF-8 text: invalid byte at offset {offset} (counting from 0). "
        "Save the file again as UTF-8.",
    ),
    "utf16": T(
        "Tệp được lưu bằng mã hoá UTF-16. Hãy lưu lại tệp với mã hoá UTF-8.",
        "The file is saved as UTF-16. Save it again as UTF-8.",
    ),
    "empty": T(
        "Không có gì để kiểm tra: dữ liệu trống.",
        "Nothing to check: the input is empty.",
    ),
    "only_annotations": T(
        "Chỉ thấy dòng chú thích hoặc dòng HTTP, không thấy JSON nào sau đó. Hãy dán cả phần "
        "JSON (thân yêu cầu hoặc phản hồi).",
        "Only comment or HTTP lines were found, with no JSON after them. Paste the JSON part "
        "too (the request or the response body).",
    ),
    "invalid_json": T(
        "JSON không hợp lệ ở dòng {line}, cột {column}: {reason}",
        "Invalid JSON at line {line}, column {column}: {reason}",
    ),
    "not_object": T(
        "Giá trị JSON thứ {index} là {kind}. Trình kiểm tra cần một đối tượng {…} hoặc một "
        "danh sách […].",
        "JSON value {index} is {kind}. The checker needs an object {…} or a list […].",
    ),
    "unrecognised": T(
        "Không nhận ra dạng dữ liệu này. Trình kiểm tra nhận: {accepted}. Xem ví dụ ở trang "
        "\"Định dạng cài đặt JSON\" của trang web này.",
        "This input has a shape the checker does not recognise. It accepts: {accepted}. See "
        "the examples on this site's \"Settings JSON format\" page.",
    ),
    "too_deep": T(
        "Dữ liệu lồng nhau quá sâu (hơn {limit} tầng) ở dòng {line}, cột {column}. Dữ liệu "
        "thật từ Meta không sâu như vậy; hãy kiểm tra lại phần đã dán.",
        "The input is nested too deeply (more than {limit} levels) at line {line}, column "
        "{column}. Real Meta data is never this deep; check what was pasted.",
    ),
    "cannot_read": T(
        "Không đọc được {path}: {reason}",
        "Cannot read {path}: {reason}",
    ),
    # A defect in the checker, not in the input: said in words, never as a traceback.
    "internal_error": T(
        "Trình kiểm tra gặp lỗi nội bộ với dữ liệu này, nên chưa có kết luận. Hãy gửi dữ liệu "
        "(đã xoá mã truy cập) cho nhóm hỗ trợ.",
        "The checker hit an internal error on this input, so there is no verdict. Please report "
        "it with the input (tokens removed).",
    ),
}

JSON_REASONS: dict[str, T] = {
    "expecting_value": T("cần một giá trị ở đây.", "a value is expected here."),
    "expecting_name": T(
        "cần tên trường trong dấu nháy kép \"…\".", "a field name in double quotes \"…\" is expected."
    ),
    "expecting_comma": T(
        "thiếu dấu phẩy giữa hai phần tử.", "a comma is missing between two items."
    ),
    "expecting_colon": T(
        "thiếu dấu hai chấm sau tên trường.", "a colon is missing after the field name."
    ),
    "unterminated_string": T(
        "chuỗi chưa có dấu nháy kép đóng.", "a string has no closing double quote."
    ),
    "control_char": T(
        "chuỗi chứa ký tự điều khiển (ví dụ xuống dòng); hãy viết \\n.",
        "a string contains a control character (such as a line break); write \\n instead.",
    ),
    "bad_escape": T("ký tự thoát \\ không hợp lệ.", "invalid \\ escape."),
    "trailing_comma": T(
        "có dấu phẩy thừa trước dấu đóng; hãy xoá dấu phẩy đó.",
        "there is an extra comma before the closing bracket; remove it.",
    ),
    "single_quotes": T(
        "JSON dùng dấu nháy kép \"…\", không dùng nháy đơn '…'.",
        "JSON uses double quotes \"…\", not single quotes '…'.",
    ),
    "number_too_long": T("số quá dài.", "a number is too long."),
    "other": T("{detail}", "{detail}"),
}

VALUE_KINDS: dict[str, T] = {
    "string": T("một chuỗi", "a string"),
    "number": T("một số", "a number"),
    "boolean": T("true/false", "true/false"),
    "null": T("null", "null"),
}

SHAPES: dict[str, T] = {
    "graph_error": T("lỗi Graph API", "Graph API error"),
    "error_text": T("dòng thông báo lỗi (không phải JSON)", "error message line (not JSON)"),
    "thread_owner": T("kết quả thread_owner", "thread_owner response"),
    "secondary_receivers": T("kết quả secondary_receivers", "secondary_receivers response"),
    "messaging_feature_status": T(
        "kết quả messaging_feature_status", "messaging_feature_status response"
    ),
    "subscribed_apps": T("danh sách đăng ký webhook", "webhook subscription list"),
    "webhook": T("webhook", "webhook body"),
    "webhook_event": T("một sự kiện webhook", "single webhook event"),
    "thread_control_call": T(
        "yêu cầu API chuyển quyền (…_thread_control)", "thread control API call (…_thread_control)"
    ),
    "send_api": T("thân yêu cầu Send API", "Send API request body"),
    "send_response": T("kết quả Send API", "Send API response"),
    "success_response": T("kết quả {\"success\": …}", "{\"success\": …} response"),
    "ad_message": T("mẫu tin nhắn quảng cáo", "ad message template"),
    "settings": T("cài đặt JSON", "settings JSON"),
    "conversations": T("kết quả Conversations API (is_owner)", "Conversations API response (is_owner)"),
}

REMOVED: dict[str, T] = {
    "bom": T("dấu BOM UTF-8 ở đầu", "a UTF-8 byte order mark"),
    "comment_lines": T("dòng chú thích // hoặc #", "// or # comment lines"),
    "http_status": T("dòng trạng thái HTTP", "an HTTP status line"),
    "http_headers": T("các dòng tiêu đề HTTP", "HTTP header lines"),
    "request_line": T("dòng yêu cầu (GET/POST …)", "a request line (GET/POST …)"),
}

NOTICES: dict[str, T] = {
    "removed": T("Đã bỏ qua {what} trước khi đọc JSON.", "Ignored {what} before reading the JSON."),
    "ignored_items": T(
        "Bỏ qua {count} phần không nhận ra trong danh sách.",
        "Ignored {count} list item(s) the checker does not recognise.",
    ),
    "ignored_keys": T(
        "Cài đặt: bỏ qua trường không biết: {keys}.",
        "Settings: ignored unknown field(s): {keys}.",
    ),
    "unknown_symptoms": T(
        "Cài đặt: không hiểu triệu chứng: {symptoms}.",
        "Settings: symptom(s) not understood: {symptoms}.",
    ),
}

UI: dict[str, T] = {
    "verdict": T("Kết quả", "Verdict"),
    "verdict_ok": T("ỔN: không thấy vấn đề", "OK: no problem found"),
    "verdict_warning": T("CẢNH BÁO: nên xem lại", "WARNING: worth a look"),
    "verdict_error": T("LỖI: cần sửa", "ERROR: needs fixing"),
    "counts": T("{error} lỗi, {warning} cảnh báo, {info} ghi chú", "{error} error(s), {warning} warning(s), {info} note(s)"),
    "sev_error": T("LỖI", "ERROR"),
    "sev_warning": T("CẢNH BÁO", "WARNING"),
    "sev_info": T("GHI CHÚ", "NOTE"),
    "fix": T("Cách sửa:", "How to fix:"),
    "doc": T("Hướng dẫn", "Guide"),
    "reference": T("Bảng mã lỗi", "Error reference"),
    "understood": T("Trình kiểm tra đã hiểu", "What the checker understood"),
    "shapes": T("Dạng dữ liệu", "Input shape"),
    "channels": T("Kênh", "Channel"),
    "apps": T("Ứng dụng", "Apps"),
    "bot": T("Bot (ứng dụng tự trả lời)", "Bot (the app that answers automatically)"),
    "errors": T("Mã lỗi", "Error codes"),
    "requests": T("Yêu cầu", "Requests"),
    "notices": T("Lưu ý", "Notes"),
    "none": T("(không có)", "(none)"),
    "input_error": T("Không kiểm tra được dữ liệu", "The input could not be checked"),
}

# What to paste instead, shown under an input error (the view's notices).
INPUT_GUIDANCE: dict[str, T] = {
    "unrecognised": T(
        "Hãy dán nguyên văn câu trả lời của Graph API, thân webhook, hoặc cài đặt JSON tạo từ biểu mẫu "
        "trên trang này.",
        "Paste the Graph API answer as it came, the webhook body, or the settings JSON the form on "
        "this page builds.",
    ),
    "only_annotations": T(
        "Sao chép cả phần thân JSON nằm dưới các dòng tiêu đề.",
        "Copy the JSON body under the header lines as well.",
    ),
}
