"""Writes the response headers into deploy/nginx.conf and deploy/csp.txt from their one source.

The source is overrides/hooks/csp.py (the Content-Security-Policy) and
overrides/hooks/http_headers.py (every header and the cache rules). In nginx.conf only the lines
between `# BEGIN GENERATED <name>` and `# END GENERATED <name>` are replaced; csp.txt is written
whole. (The site's `_headers` is written by the http_headers hook at build time.)

    .venv/bin/python scripts/write_deploy_headers.py          # write; exit 1 if a file changed
    .venv/bin/python scripts/write_deploy_headers.py --check  # write nothing; exit 1 if one would change

Exit 1 when a file was (or would be) changed, so a CI run on stale files fails;
tests/publish/test_deploy.py runs `--check`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))

import http_headers  # noqa: E402  (needs overrides/hooks on sys.path, as MkDocs does for hooks)

NGINX = ROOT / "deploy" / "nginx.conf"
CSP_TXT = ROOT / "deploy" / "csp.txt"


def fill(text: str, name: str, body: str) -> str:
    """`text` with the lines between the GENERATED markers called `name` replaced by `body`,
    indented like the BEGIN marker."""
    label = re.escape(name)
    marker = re.compile(rf"^(?P<indent>[ \t]*)# BEGIN GENERATED {label}\b[^\n]*\n.*?^[ \t]*# END GENERATED {label}\n",
                        re.M | re.S)
    found = list(marker.finditer(text))
    if len(found) != 1:
        raise SystemExit(f"{NGINX.relative_to(ROOT)}: expected one '# BEGIN GENERATED {name}' ... "
                         f"'# END GENERATED {name}' pair, found {len(found)}")
    indent = found[0].group("indent")
    lines = [f"{indent}{line}" if line else "" for line in body.splitlines()]
    block = "\n".join([f"{indent}# BEGIN GENERATED {name} (scripts/write_deploy_headers.py: do not edit by hand)",
                       *lines, f"{indent}# END GENERATED {name}"]) + "\n"
    return text[:found[0].start()] + block + text[found[0].end():]


def rendered() -> dict[Path, str]:
    nginx = NGINX.read_text(encoding="utf-8")
    nginx = fill(nginx, "cache map", http_headers.nginx_cache_map())
    nginx = fill(nginx, "headers", http_headers.nginx_add_headers())
    return {NGINX: nginx, CSP_TXT: http_headers.csp_txt()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing, exit 1 if a file is stale")
    check = parser.parse_args().check
    stale = []
    for path, text in rendered().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path.relative_to(ROOT).as_posix())
            if not check:
                path.write_text(text, encoding="utf-8")
    for name in stale:
        print(f"{name}: {'stale, run scripts/write_deploy_headers.py' if check else 'rewritten'}")
    if not stale:
        print("deploy/nginx.conf and deploy/csp.txt match overrides/hooks/csp.py and http_headers.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
