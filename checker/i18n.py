"""User-interface strings of the report and the CLI (rule texts live with their rules)."""

from __future__ import annotations

from .model import T
from .vocabulary import PAGE_TITLES

ACCEPTED_SHAPES = T(
    "lỗi Graph API ({\"error\": …}) hoặc chỉ dòng thông báo lỗi; kết quả thread_owner, "
    "secondary_receivers, messaging_feature_status, subscribed_apps, Conversations API (is_owner); webhook (object: page "
    "hoặc instagram, kể cả một sự kiện messaging/standby đứng riêng); thân yêu cầu "
    "pass/take/request/release/extend_thread_control hoặc Send API có thread_control; "
    "{\"success\": …}; cài đặt JSON do biểu mẫu của trình kiểm tra tạo (có khoá \"messenger\" hoặc "
    "\"instagram\"); "
    "hoặc một danh sách [ … ] gồm nhiều thứ trên",
    "a Graph API error ({\"error\": …}) or just the error message line; a thread_owner, "
    "secondary_receivers, messaging_feature_status, subscribed_apps or Conversations API (is_owner) response; a webhook body "
    "(object: page or instagram, or a single messaging/standby event); a "
    "pass/take/request/release/extend_thread_control request body or a Send API body with "
    "thread_control; {\"success\": …}; the settings JSON the checker's form builds (with a \"messenger\" or "
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
        "Không nhận ra dạng dữ liệu này. Trình kiểm tra nhận: {accepted}. Xem ví dụ trong bài "
        f"\"{PAGE_TITLES['settings-schema/'].vi}\".",
        "The checker does not recognise what was pasted. It accepts: {accepted}. See the examples "
        f"in \"{PAGE_TITLES['settings-schema/'].en}\".",
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
    # Pastes with nothing to check: what they look like, and what to paste instead.
    "looks_html": T(
        "Đây có vẻ là mã HTML của một trang web (ví dụ trang lỗi của máy chủ), không phải câu trả "
        "lời của Meta. Hãy dán phần JSON mà Graph API trả về ({\"error\": …}) hoặc dòng lỗi trong "
        "nhật ký của bot. Xem các nút ví dụ trong bài \"Kiểm tra cấu hình\".",
        "This looks like the HTML of a web page (a server's error page, for example), not Meta's "
        "answer. Paste the JSON the Graph API returned ({\"error\": …}) or the error line from "
        "your bot's log. See the example buttons on the \"Check your setup\" page.",
    ),
    "looks_network": T(
        "Đây là lỗi mạng (không tìm thấy hoặc không kết nối được máy chủ, ví dụ graph.facebook.com): "
        "yêu cầu chưa đến được Meta nên chưa có lỗi Messenger nào để kiểm tra. Hãy kiểm tra DNS, "
        "tường lửa hoặc kết nối mạng của máy chủ bot rồi thử lại; nếu Meta trả lỗi, dán JSON đó vào "
        "đây. Xem ví dụ trong bài \"Kiểm tra cấu hình\".",
        "This is a network error (the server, such as graph.facebook.com, could not be found or "
        "reached): the request never got to Meta, so there is no Messenger error to check. Check "
        "the bot server's DNS, firewall or connection and try again; if Meta then returns an "
        "error, paste that JSON here. See the examples on the \"Check your setup\" page.",
    ),
    "looks_url": T(
        "Đây chỉ là một đường dẫn. Trình kiểm tra không mở đường dẫn (dữ liệu không rời khỏi trình "
        "duyệt): hãy mở nó, rồi dán nội dung JSON nhận được, hoặc dán lỗi, webhook hay cài đặt JSON. "
        "Xem các nút ví dụ trong bài \"Kiểm tra cấu hình\".",
        "This is only a link. The checker does not open links (nothing leaves your browser): open "
        "it and paste the JSON it returns, or paste an error, a webhook or the settings JSON. See "
        "the example buttons on the \"Check your setup\" page.",
    ),
    "looks_prose": T(
        "Đây có vẻ là một đoạn văn bản (câu hỏi hoặc mô tả), không có JSON hay dòng lỗi nào. Hãy "
        "dán nguyên văn lỗi mà công cụ hoặc nhật ký của bot hiện ra (ví dụ \"(#10) Message failed "
        "to send…\"), kết quả thread_owner, hoặc trả lời vài câu hỏi ở mục \"Chưa có JSON?\" trong "
        "bài \"Kiểm tra cấu hình\", nơi cũng có các nút ví dụ.",
        "This looks like text (a question or a description), with no JSON and no error line in "
        "it. Paste the exact error your tool or your bot's log shows (such as \"(#10) Message "
        "failed to send…\"), a thread_owner response, or answer the questions under \"No "
        "JSON?\" on the \"Check your setup\" page, which also has example buttons.",
    ),
    "json_unrelated": T(
        "JSON này đọc được nhưng không có gì về Messenger, Instagram hay Graph API (không có khoá "
        "error, entry, data, recipient, thread_owner, messenger…). Hãy dán lỗi Graph API, kết quả "
        "thread_owner hoặc subscribed_apps, một webhook hoặc cài đặt JSON do biểu mẫu của trình kiểm tra tạo. Xem các "
        "nút ví dụ trong bài \"Kiểm tra cấu hình\".",
        "This JSON reads fine but holds nothing about Messenger, Instagram or the Graph API (no "
        "error, entry, data, recipient, thread_owner, messenger… key). Paste a Graph API error, a "
        "thread_owner or subscribed_apps response, a webhook or this site's settings JSON. See "
        "the example buttons on the \"Check your setup\" page.",
    ),
    "only_http_status": T(
        "Chỉ thấy mã trạng thái HTTP (ví dụ \"Request failed with status code 400\"), không thấy "
        "câu trả lời của Meta. Lý do nằm trong phần thân phản hồi: hãy in và dán nó (axios: "
        "error.response.data; requests: response.text; PHP SDK: $e->getResponse()->getBody()). "
        "Xem ví dụ trong bài \"Kiểm tra cấu hình\".",
        "Only an HTTP status was found (such as \"Request failed with status code 400\"), not "
        "Meta's answer. The reason is in the response body: print it and paste it (axios: "
        "error.response.data; requests: response.text; PHP SDK: $e->getResponse()->getBody()). "
        "See the examples on the \"Check your setup\" page.",
    ),
    "too_many_values": T(
        "Có hơn {limit} giá trị JSON nối tiếp nhau (dòng {line}, cột {column}). Hãy chỉ dán vài "
        "mục cần kiểm tra: một lỗi, một webhook hoặc phần cài đặt.",
        "More than {limit} JSON values follow one another (line {line}, column {column}). Paste "
        "only the few items to check: one error, one webhook or the settings.",
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
    "thread_owner": T("kết quả thread_owner (ứng dụng đang giữ hội thoại)", "thread_owner response (the app holding the conversation)"),
    "secondary_receivers": T("kết quả secondary_receivers (vai trò kiểu cũ)", "secondary_receivers response (legacy roles)"),
    "messaging_feature_status": T(
        "kết quả messaging_feature_status", "messaging_feature_status response"
    ),
    "subscribed_apps": T("danh sách đăng ký webhook", "webhook subscription list"),
    "webhook": T("webhook", "webhook body"),
    "webhook_event": T("một sự kiện webhook", "single webhook event"),
    "thread_control_call": T(
        "lệnh chuyển, giành hoặc nhả quyền kiểm soát (…_thread_control)",
        "a pass, take or release control call (…_thread_control)",
    ),
    "send_api": T("thân yêu cầu Send API", "Send API request body"),
    "send_response": T("kết quả Send API", "Send API response"),
    "success_response": T("kết quả {\"success\": …}", "{\"success\": …} response"),
    "ad_message": T("mẫu tin nhắn quảng cáo", "ad message template"),
    "settings": T("cài đặt JSON (từ biểu mẫu)", "settings JSON (from the form)"),
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
    # How a paste that is not plain JSON was read (checker/paste/).
    "read_python": T(
        "Đã đọc như một dict/list của Python (nháy đơn, True/False/None), không phải JSON.",
        "Read as a Python dict/list (single quotes, True/False/None), not JSON.",
    ),
    "read_ruby": T(
        "Đã đọc như một hash của Ruby (=>, nil, :symbol), không phải JSON.",
        "Read as a Ruby hash (=>, nil, :symbol), not JSON.",
    ),
    "read_js": T(
        "Đã đọc như một đối tượng JavaScript (khoá không có nháy, nháy đơn, dấu phẩy thừa), không "
        "phải JSON.",
        "Read as a JavaScript object literal (unquoted keys, single quotes, trailing commas), not "
        "JSON.",
    ),
    "read_node": T(
        "Đã đọc như bản in console.log của Node (util.inspect); các phần Node rút gọn như [Object] "
        "không đọc được.",
        "Read as a Node console.log dump (util.inspect); parts Node shortened, such as [Object], "
        "could not be read.",
    ),
    "read_php_print_r": T("Đã đọc như kết quả print_r của PHP.", "Read as PHP print_r output."),
    "read_php_var_dump": T("Đã đọc như kết quả var_dump của PHP.", "Read as PHP var_dump output."),
    "not_strict_json": T(
        "Đây chưa phải JSON chuẩn (dòng {line}, cột {column}: {reason}) nhưng vẫn đọc được nên đã "
        "kiểm tra.",
        "This is not strict JSON (line {line}, column {column}: {reason}), but it could be read, "
        "so it was checked.",
    ),
    "read_log_lines": T(
        "Đã đọc {count} giá trị JSON nằm giữa các dòng nhật ký hoặc văn bản.",
        "Read {count} JSON value(s) found among log lines or text.",
    ),
    "read_split_lines": T(
        "Đã ghép một đối tượng bị chia trên nhiều dòng nhật ký có cùng tiền tố (ví dụ Heroku).",
        "Joined one object split over several log lines with the same prefix (Heroku, for "
        "example).",
    ),
    "read_error_lines": T(
        "Đã đọc {count} dòng thông báo lỗi viết bằng chữ (không phải JSON).",
        "Read {count} error message line(s) written as text (not JSON).",
    ),
    "ignored_text": T(
        "Bỏ qua {count} dòng văn bản khác (câu hỏi, dấu thời gian, dòng stack…).",
        "Ignored {count} other line(s) of text (a question, timestamps, stack lines…).",
    ),
    "read_escaped_json": T(
        "Đã đọc JSON được viết bên trong một chuỗi (có dấu \\\").",
        "Read JSON that was written inside a string (escaped with \\\").",
    ),
    "read_json_in_string": T(
        "Đã đọc JSON nằm trong một trường chuỗi (ví dụ \"body\" của yêu cầu batch).",
        "Read JSON held in a string field (such as a batch response's \"body\").",
    ),
    "read_batch": T(
        "Đã đọc phần \"body\" của từng kết quả trong yêu cầu batch của Graph API.",
        "Read the \"body\" of each answer in a Graph API batch response.",
    ),
    "read_nested_error": T(
        "Đã lấy lỗi Graph API (hoặc webhook) nằm sâu bên trong dữ liệu đã dán (ví dụ "
        "response.data của axios).",
        "Took the Graph API error (or webhook) found deep inside what was pasted (such as axios's "
        "response.data).",
    ),
    "read_channel_data": T(
        "Đã lấy sự kiện Messenger trong channelData của activity Bot Framework.",
        "Took the Messenger event from the Bot Framework activity's channelData.",
    ),
    "cut_off": T(
        "Phần đã dán bị cắt ngang (thiếu phần cuối); chỉ kiểm tra phần có. Nếu được, hãy dán lại "
        "đầy đủ.",
        "The paste was cut off (its end is missing); only what is there was checked. Paste it "
        "whole if you can.",
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
    "error_row": T("mã {code}", "code {code}"),
    "error_row_subcode": T("mã {code}, mã phụ {subcode}", "code {code}, subcode {subcode}"),
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
    "trace_ids": T("fbtrace_id (mã yêu cầu của Meta)", "fbtrace_id (Meta's request id)"),
    "checked_at": T("Thời điểm kiểm tra", "Checked at"),
}

# What to paste instead, shown under an input error (the view's notices).
INPUT_GUIDANCE: dict[str, T] = {
    "unrecognised": T(
        "Hãy dán nguyên văn câu trả lời của Graph API, thân webhook, hoặc cài đặt JSON do biểu mẫu ở "
        "trên tạo ra.",
        "Paste the Graph API answer as it came, the webhook body, or the settings JSON the form "
        "above builds.",
    ),
    "only_annotations": T(
        "Sao chép cả phần thân JSON nằm dưới các dòng tiêu đề.",
        "Copy the JSON body under the header lines as well.",
    ),
}
