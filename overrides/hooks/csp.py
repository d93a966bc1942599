"""The site's Content-Security-Policy, written once as data (directive -> allowed sources).

Every copy is rendered from here: the checker page's `<meta http-equiv>` (pyodide_assets.py),
the header in `deploy/nginx.conf` and `deploy/csp.txt` (scripts/write_deploy_headers.py) and
the static hosts' `_headers` (http_headers.py). Not a hook itself: the hooks import it (MkDocs
puts this folder on `sys.path` while it loads a hook).
"""

from __future__ import annotations

# Why each source is there (anything not listed falls back to default-src 'self'):
POLICY: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    # 'wasm-unsafe-eval' lets Pyodide compile its WebAssembly; no 'unsafe-eval' and no inline
    # script (external_scripts.py moves Material's inline start-up code into a file).
    "script-src": ("'self'", "'wasm-unsafe-eval'"),
    # style="…" attributes: in a few pages' figures, and set by Material's JavaScript.
    "style-src": ("'self'", "'unsafe-inline'"),
    # Material's stylesheet draws its icons from data: SVG URLs.
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "worker-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
    "frame-ancestors": ("'none'",),
}

# Browsers ignore these in a <meta> tag (CSP Level 3, section 3.3): only the HTTP header carries them.
HEADER_ONLY = frozenset({"frame-ancestors", "report-uri", "sandbox"})


def render(policy: dict[str, tuple[str, ...]]) -> str:
    return "; ".join(" ".join((directive, *sources)) for directive, sources in policy.items())


def header_value() -> str:
    """The policy for the Content-Security-Policy response header (every response of the site)."""
    return render(POLICY)


def meta_value() -> str:
    """The policy for a page's <meta http-equiv>: the header's, without the header-only directives."""
    return render({directive: sources for directive, sources in POLICY.items() if directive not in HEADER_ONLY})


def parse(value: str) -> dict[str, tuple[str, ...]]:
    """A policy string back to directive -> sources (to compare a built page or a response with POLICY)."""
    parsed: dict[str, tuple[str, ...]] = {}
    for part in value.split(";"):
        words = part.split()
        if words:
            parsed[words[0].lower()] = tuple(words[1:])
    return parsed
