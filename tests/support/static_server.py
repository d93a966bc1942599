"""A small static file server that behaves like the production host for the tests.

It serves the built site over HTTP on loopback with the rules a real host is configured
with (see `deploy/`): per-language 404 pages, JavaScript modules and WebAssembly with the
right MIME types, precompressed `.br`/`.gz` files when the browser accepts them (unless
started with `precompressed=False`: a plain host that sends every file as it is), and the
cache lifetimes of `deploy/nginx.conf` for the versioned runtime folders (one year, immutable),
so a repeat visit is served from the browser's cache as in production. Every request is
recorded, so tests can prove what a page asked for.
"""

from __future__ import annotations

import http.server
import mimetypes
import re
import threading
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".xml": "application/xml",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".txt": "text/plain; charset=utf-8",
}
LANGUAGE_PREFIXES = ("en",)
# The immutable folders of deploy/nginx.conf's cache map; everything else is revalidated.
IMMUTABLE = re.compile(r"/assets/(pyodide/[^/]+/|checker/[0-9a-f]+/|checker/examples-[0-9a-f]+/)")


@dataclass
class RequestLog:
    paths: list[str] = field(default_factory=list)
    sent: list[tuple[str, int]] = field(default_factory=list)  # (path, body bytes sent)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str) -> None:
        with self.lock:
            self.paths.append(path)

    def add_sent(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def clear(self) -> None:
        with self.lock:
            self.paths.clear()
            self.sent.clear()


class SiteHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, root: Path, prefix: str, log: RequestLog, precompressed: bool = True, **kwargs):
        self.root, self.prefix, self.request_log = root, prefix, log
        self.precompressed = precompressed
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_HEAD(self):
        self._serve(send_body=False)

    def do_GET(self):
        self._serve(send_body=True)

    def _resolve(self, url_path: str) -> Path | None:
        if not url_path.startswith(self.prefix):
            return None
        relative = unquote(url_path[len(self.prefix):])
        candidate = (self.root / relative).resolve()
        if self.root not in candidate.parents and candidate != self.root:
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    def _not_found_page(self, url_path: str) -> Path:
        relative = url_path[len(self.prefix):] if url_path.startswith(self.prefix) else ""
        first = relative.split("/", 1)[0]
        if first in LANGUAGE_PREFIXES and (self.root / first / "404.html").is_file():
            return self.root / first / "404.html"
        return self.root / "404.html"

    def _serve(self, send_body: bool) -> None:
        url_path = urlsplit(self.path).path
        self.request_log.add(self.path)
        target = self._resolve(url_path)
        if target is None and not url_path.endswith("/") and self._resolve(url_path + "/"):
            self.send_response(301)
            self.send_header("Location", url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 200
        if target is None:
            status, target = 404, self._not_found_page(url_path)
        content_type = MIME_TYPES.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        body_path, encoding = target, None
        accepted = self.headers.get("Accept-Encoding", "") if self.precompressed else ""
        for token, suffix in (("br", ".br"), ("gzip", ".gz")):
            if token in accepted and target.with_name(target.name + suffix).is_file():
                body_path, encoding = target.with_name(target.name + suffix), token
                break
        body = body_path.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        immutable = status == 200 and IMMUTABLE.search(url_path)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        if send_body:
            self.wfile.write(body)
            self.request_log.add_sent(self.path, len(body))


@dataclass
class RunningServer:
    url: str
    log: RequestLog
    httpd: http.server.ThreadingHTTPServer
    thread: threading.Thread

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def serve(root: Path, port: int = 0, prefix: str = "/", precompressed: bool = True) -> RunningServer:
    """Serve `root` at http://127.0.0.1:PORT{prefix} in a background thread."""
    log = RequestLog()
    handler = partial(SiteHandler, root=root.resolve(), prefix=prefix, log=log, precompressed=precompressed)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return RunningServer(f"http://127.0.0.1:{httpd.server_port}{prefix}", log, httpd, thread)
