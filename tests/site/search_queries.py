"""Searches as people type them on a phone (no diacritics, short), each with the page it must find.

Shared by the browser test (tests/site/test_search.py), which asserts each target is in the
first three results, and by anyone who wants the ranks printed (`-s`). Targets are page URLs
relative to the language's home ("" is the home page).
"""

from __future__ import annotations

VI = [
    ("loi 10", "troubleshooting/error-10/"),
    ("bot khong tra loi", ""),  # the home page: "Bot không trả lời khách? Bắt đầu từ đây"
    ("thu muc xong", "troubleshooting/done-folder/"),
    ("chi mot so khach bi loi", "troubleshooting/some-customers/"),
    ("chuyen quyen", "routing/"),
    ("tat chuyen giao", "troubleshooting/turn-off/"),
    ("instagram loi 100", "troubleshooting/instagram-100/"),
    ("lam moi quyen", "troubleshooting/refresh-permissions/"),
    ("pancake", "setups/"),
    ("dinh tuyen", "routing/"),
    ("another app is controlling", "troubleshooting/error-10/"),  # the error text, pasted as it is
    ("kiem tra trang thai chuyen giao", "troubleshooting/check-status/"),
    ("ma loi", "errors/"),
    ("hop thu meta", "troubleshooting/meta-inbox/"),
    ("tin nhan dung han", "troubleshooting/messages-stopped/"),
    ("tinh nang bot bi hong", "troubleshooting/broken-features/"),
    ("loi 190", "errors/"),  # what a code means: the error reference
    ("thuat ngu", "glossary/"),
    ("lien ket ngan", "agents/"),
    ("giao thuc chuyen giao", "handover/"),
    ("nut bam khong chay", "troubleshooting/broken-features/"),
    ("doi mat khau", "troubleshooting/refresh-permissions/"),
]

EN = [
    ("done folder", "troubleshooting/done-folder/"),
    ("error 10", "troubleshooting/error-10/"),
    ("bot not replying", ""),  # the home page: "Bot not replying? Start here"
    ("another app is controlling", "troubleshooting/error-10/"),
    ("turn off handover", "troubleshooting/turn-off/"),
    ("instagram error 100", "troubleshooting/instagram-100/"),
    ("refresh permissions", "troubleshooting/refresh-permissions/"),
    ("only some customers", "troubleshooting/some-customers/"),
    ("meta inbox", "troubleshooting/meta-inbox/"),
    ("messages stopped", "troubleshooting/messages-stopped/"),
    ("error codes", "errors/"),
    ("glossary", "glossary/"),
    ("conversation routing", "routing/"),
    ("check handover status", "troubleshooting/check-status/"),
    ("buttons not working", "troubleshooting/broken-features/"),
    ("settings json", "settings-schema/"),
    ("short links", "agents/"),
    ("not the thread owner", "troubleshooting/instagram-100/"),
    ("pancake", "setups/"),
    ("recommended setup", "setups/"),
]

QUERIES = {"vi": VI, "en": EN}
