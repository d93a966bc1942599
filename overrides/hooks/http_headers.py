"""The site's HTTP response headers, written once as data, and the `_headers` file for static hosts.

Two kinds of headers:

* `SECURITY_HEADERS` go on every response (pages, assets, 404s). The Content-Security-Policy
  comes from csp.py. HSTS is not here: it belongs to whoever terminates TLS (README, Publishing).
* `CACHE_RULES` give Cache-Control by path; a path that no rule matches gets `DEFAULT_CACHE`.
  Each pattern is written the way `_headers` files write them (`*` matches any characters,
  slashes included) and becomes an nginx regular expression by `nginx_regex`, so nginx and the
  static hosts match the same paths.

Rendered by scripts/write_deploy_headers.py into `deploy/nginx.conf` (between its GENERATED
markers) and `deploy/csp.txt`; as a hook, this module writes `_headers` at the built site's root
(MkDocs would copy a `_headers` from docs/ too, but the i18n plugin would then also put one in
/en/, and a generated file cannot go stale).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import csp
from site_pages import is_inner_build

IMMUTABLE = "public, max-age=31536000, immutable"
DEFAULT_CACHE = "no-cache"  # HTML, our own CSS/JS, search index: revalidated with the ETag on every visit

# Powerful features the site never uses, denied to the page and to anything it might embed.
# `clipboard-write` stays allowed for the site itself: the copy-link buttons and the checker's
# "copy report" use navigator.clipboard. `sync-xhr` is not denied: Pyodide's Emscripten code
# reads files with a synchronous XMLHttpRequest in its worker. Only names Chromium knows are
# listed (an unknown one costs a console warning on every page; test_deploy.py checks them all):
# Debian's Chromium 156 does not know ambient-light-sensor, bluetooth or web-share.
DENIED_FEATURES = (
    "accelerometer", "autoplay", "browsing-topics", "camera", "clipboard-read", "display-capture",
    "encrypted-media", "fullscreen", "gamepad", "geolocation", "gyroscope", "hid",
    "identity-credentials-get", "idle-detection", "interest-cohort", "local-fonts", "magnetometer",
    "microphone", "midi", "otp-credentials", "payment", "picture-in-picture",
    "publickey-credentials-create", "publickey-credentials-get", "screen-wake-lock", "serial",
    "storage-access", "usb", "window-management", "xr-spatial-tracking",
)
SELF_FEATURES = ("clipboard-write",)


def permissions_policy() -> str:
    return ", ".join([f"{name}=()" for name in DENIED_FEATURES] + [f"{name}=(self)" for name in SELF_FEATURES])


SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": csp.header_value(),
    "Permissions-Policy": permissions_policy(),
    # Our pages share no window with another site's (a page opened from ours cannot reach back).
    "Cross-Origin-Opener-Policy": "same-origin",
    # Full address within the site, only the origin to other sites, nothing on HTTPS -> HTTP. A
    # support agent's link to a step keeps working: the `#step-…` fragment is never in a Referer,
    # nor is the checker's share link (its input is in the fragment too).
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    # For browsers older than CSP's frame-ancestors (old WebViews on cheap phones).
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True)
class CacheRule:
    pattern: str  # a path from the site root, `*` = any characters
    cache_control: str
    why: str


CACHE_RULES = (
    CacheRule("/assets/pyodide/*", IMMUTABLE, "the Pyodide runtime, in a folder named by its version"),
    CacheRule("/assets/checker/*", IMMUTABLE, "the checker wheel and its examples, in folders named by content hash"),
    CacheRule("/assets/javascripts/bundle.*", IMMUTABLE, "Material's script, named by content hash"),
    CacheRule("/assets/javascripts/workers/search.*", IMMUTABLE, "Material's search worker, named by content hash"),
    CacheRule("/assets/stylesheets/main.*", IMMUTABLE, "Material's stylesheet, named by content hash"),
    CacheRule("/assets/stylesheets/palette.*", IMMUTABLE, "Material's palette, named by content hash"),
    CacheRule("/assets/fonts/*.woff2", "public, max-age=2592000", "fonts change only with a new font release: 30 days"),
    CacheRule("/assets/images/*", "public, max-age=86400", "images keep their names when redrawn: one day"),
)


def nginx_regex(pattern: str) -> str:
    """The nginx `map` regex for a `_headers` pattern. Not anchored at the start, so the rules also
    hold when the site is served under a sub-path (SITE_URL=https://host/docs/)."""
    return "~" + ".*".join(re.escape(part) for part in pattern.split("*")) + "$"


def cache_control(path: str) -> str:
    """Cache-Control for a path from the site root, as nginx's map decides it (first match wins)."""
    for rule in CACHE_RULES:
        if re.search(nginx_regex(rule.pattern)[1:], path):
            return rule.cache_control
    return DEFAULT_CACHE


# --- renderings ------------------------------------------------------------------------


def nginx_cache_map() -> str:
    width = max(len(nginx_regex(rule.pattern)) for rule in CACHE_RULES) + 2
    lines = ["map $uri $help_site_cache_control {", f"    {'default':<{width}}\"{DEFAULT_CACHE}\";"]
    lines += [f"    {nginx_regex(rule.pattern):<{width}}\"{rule.cache_control}\";  # {rule.why}" for rule in CACHE_RULES]
    return "\n".join([*lines, "}"])


def nginx_add_headers() -> str:
    """The server block's add_header lines (`always`: 404s get them too)."""
    lines = [f"add_header {name} \"{value}\" always;" for name, value in SECURITY_HEADERS.items()]
    return "\n".join([*lines, "add_header Cache-Control $help_site_cache_control always;"])


def static_host_headers() -> str:
    """`_headers` for Netlify and Cloudflare Pages.

    Both apply every rule whose path matches, in file order. For a header set by two matching
    rules, Netlify keeps the later rule's value, Cloudflare joins both with a comma unless the
    later rule detaches the earlier one with `! Name` (a line Netlify's parser skips: it has no
    colon). So the site-wide rule comes first and every cache rule detaches its Cache-Control.
    Sources: docs.netlify.com/manage/routing/headers and the engine in netlify/build
    (packages/headers-parser); developers.cloudflare.com/pages/configuration/headers and
    cloudflare/workers-sdk (packages/workers-shared/utils/configuration/parseHeaders.ts).
    """
    lines = [
        "# Written by overrides/hooks/http_headers.py at build time (the same rules as deploy/nginx.conf).",
        "# Netlify and Cloudflare Pages read this file and do not serve it.",
        "/*",
    ]
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    lines.append(f"  Cache-Control: {DEFAULT_CACHE}")
    for rule in CACHE_RULES:
        lines += ["", f"# {rule.why}", rule.pattern, "  ! Cache-Control", f"  Cache-Control: {rule.cache_control}"]
    return "\n".join(lines) + "\n"


def csp_txt() -> str:
    return "\n".join([
        "# The site's Content-Security-Policy, sent on every response by deploy/nginx.conf and _headers.",
        "# Written by scripts/write_deploy_headers.py from overrides/hooks/csp.py: edit the policy there.",
        "#",
        "# The checker page carries the same policy in a <meta http-equiv> tag, without frame-ancestors",
        "# (browsers ignore it in a meta tag). Another host must send this header on every response,",
        "# the worker script included: a worker obeys its own script's policy, not the page's meta tag.",
        "",
        f"Content-Security-Policy: {csp.header_value()}",
        "",
    ])


# --- the hook --------------------------------------------------------------------------


def on_post_build(config):
    if is_inner_build(config):
        return  # an inner per-language build (its site_dir is a language folder)
    (Path(config.site_dir) / "_headers").write_text(static_host_headers(), encoding="utf-8")
