"""Runs the real nginx with deploy/nginx.conf on a free loopback port, serving a built site.

Only the `listen` and `root` lines of deploy/nginx.conf are replaced; everything else (cache
map, headers, MIME types, precompressed files, per-language 404s) is the file as deployed.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.build import ROOT

CONFIG = ROOT / "deploy" / "nginx.conf"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")


@dataclass
class Nginx:
    url: str
    process: subprocess.Popen
    prefix: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def error_log(self) -> str:
        path = self.prefix / "error.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_config(site: Path, port: int) -> str:
    text = CONFIG.read_text(encoding="utf-8")
    text, listens = re.subn(r"^(\s*)listen\s+80;\n(\s*listen\s+\[::\]:80;\n)?", rf"\1listen 127.0.0.1:{port};\n", text, flags=re.M)
    text, roots = re.subn(r"^(\s*)root\s+[^;]+;", rf"\1root {site};", text, flags=re.M)
    assert listens == 1 and roots == 1, "deploy/nginx.conf must keep one `listen 80;` and one `root …;` line"
    return text


def start(site: Path, prefix: Path, port: int | None = None) -> Nginx:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError("nginx is missing: run ./dev test (it installs Debian's nginx and its brotli module)")
    if not BROTLI_MODULE.exists():
        raise RuntimeError(f"{BROTLI_MODULE} is missing: apt-get install libnginx-mod-http-brotli-static")
    prefix.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    (prefix / "site.conf").write_text(site_config(site.resolve(), port), encoding="utf-8")
    temp = {name: prefix / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for folder in temp.values():
        folder.mkdir(exist_ok=True)
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the test's private tmp dir
    (prefix / "nginx.conf").write_text(
        f"load_module {BROTLI_MODULE};\n{user}worker_processes 1;\npid {prefix}/nginx.pid;\n"
        f"error_log {prefix}/error.log warn;\nevents {{ worker_connections 256; }}\n"
        "http {\n"
        f"    include {MIME_TYPES};\n    default_type application/octet-stream;\n"
        f"    access_log {prefix}/access.log;\n    sendfile on;\n"
        f"    client_body_temp_path {temp['client_body']};\n    proxy_temp_path {temp['proxy']};\n"
        f"    fastcgi_temp_path {temp['fastcgi']};\n    uwsgi_temp_path {temp['uwsgi']};\n"
        f"    scgi_temp_path {temp['scgi']};\n"
        f"    include {prefix}/site.conf;\n}}\n",
        encoding="utf-8",
    )
    process = subprocess.Popen([binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx did not start:\n{process.stderr.read().decode()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return Nginx(f"http://127.0.0.1:{port}/", process, prefix)
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("nginx did not open its port within 10 s")
