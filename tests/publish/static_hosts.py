"""Reads a `_headers` file the way Netlify and Cloudflare Pages do, to tell which headers each
host would send for a path. Written from their documented formats and their published engines:

* Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers; cloudflare/workers-sdk
  packages/workers-shared/utils/configuration/parseHeaders.ts and
  packages/pages-shared/asset-server/rulesEngine.ts): a line starting with `/` opens a rule,
  `name: value` adds a header, `! name` detaches one; `*` matches any characters, `:name` one
  segment; every matching rule applies in file order: its detaches remove earlier values, a
  header already set by an earlier rule gets the new value appended (", "). Limits: 100 rules,
  2,000 characters a line.
* Netlify (docs.netlify.com/manage/routing/headers; netlify/build packages/headers-parser and
  netlify/primitives packages/headers): lines without a colon are skipped, a whole-segment `*`
  matches the rest (the slash before it optional), paths match case-insensitively with an
  optional trailing slash, and for a header set by several matching rules the later rule wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CLOUDFLARE_MAX_RULES = 100
CLOUDFLARE_MAX_LINE = 2000


@dataclass
class Rule:
    path: str
    headers: dict[str, str] = field(default_factory=dict)  # lower-case name -> value
    detached: list[str] = field(default_factory=list)


def parse(text: str) -> list[Rule]:
    rules: list[Rule] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("/"):
            rules.append(Rule(line))
            continue
        assert rules, f"line {number}: a header before any path"
        if line.startswith("! "):
            rules[-1].detached.append(line[2:].strip().lower())
            continue
        name, separator, value = line.partition(":")
        assert separator and name.strip() and " " not in name.strip() and value.strip(), f"line {number}: {raw!r}"
        name = name.strip().lower()
        previous = rules[-1].headers.get(name)
        rules[-1].headers[name] = f"{previous}, {value.strip()}" if previous else value.strip()
    return rules


def _cloudflare_regex(path: str) -> re.Pattern[str]:
    pattern = "(?P<splat>.*)".join(re.escape(part) for part in path.split("*"))
    pattern = re.sub(r":([A-Za-z]\w*)", r"(?P<\1>[^/]+)", pattern)
    return re.compile(f"^{pattern}$")


def _netlify_regex(path: str) -> re.Pattern[str]:
    parts = []
    for part in (p.rstrip() for p in path.split("/") if p.rstrip()):
        if part.startswith(":"):
            parts.append("([^/]+)")
        elif part == "*":
            parts.append("?(.*)")
        elif "*" in part:
            parts.append(part.replace("*", "(.*)"))  # Netlify leaves the rest of such a part unescaped
        else:
            parts.append(re.escape(part))
    return re.compile(f"^/{'/'.join(parts)}/?$", re.I)


def cloudflare_headers(rules: list[Rule], path: str) -> dict[str, str]:
    sent: dict[str, str] = {}
    set_by_rules: set[str] = set()
    for rule in rules:
        if not _cloudflare_regex(rule.path).match(path):
            continue
        for name in rule.detached:
            sent.pop(name, None)
        for name, value in rule.headers.items():
            sent[name] = f"{sent[name]}, {value}" if name in set_by_rules and name in sent else value
            set_by_rules.add(name)
    return sent


def netlify_headers(rules: list[Rule], path: str) -> dict[str, str]:
    sent: dict[str, str] = {}
    for rule in rules:
        if _netlify_regex(rule.path).match(path):
            sent.update(rule.headers)
    return sent
