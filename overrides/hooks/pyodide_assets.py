"""Ships the in-page checker: the Pyodide runtime, a trimmed standard library, the checker wheel, the CSP.

* Only the runtime files the checker needs are copied from the pinned npm package
  (`node_modules/pyodide`) to `assets/pyodide/<version>/`: the ES module loader, the
  Emscripten module and the WebAssembly binary. The lock file is not shipped: the page
  passes its `info` inline (`lockFileContents`), the checker needs no package from it.
* The standard library is reduced to what Pyodide's own start-up and the checker import:
  the closure of their module-level imports, read from the sources in `python_stdlib.zip`.
  Imports inside functions are not followed (they are lazy); whatever start-up needs beyond
  that is listed in `STARTUP_MODULES`. Tests run every example through the trimmed library.
* The `checker/` package is packed into a deterministic wheel (stdlib `zipfile`, fixed
  timestamps) under a content-hashed folder, so the browser runs the code the CLI runs.
* The checker page gets the site's Content-Security-Policy (csp.py) as a meta tag.

The heavy copy runs once per build (not once per language: the i18n plugin runs the `en`
build from inside the `vi` build, with `plugins["i18n"].building` set) and skips unchanged files.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import io
import json
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import csp
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from site_pages import is_inner_build

PACKAGE = Path("node_modules/pyodide")
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
CHECKER_PACKAGE = Path("checker")
CHECKER_DATA = ("**/*.py", "schema/*.json", "schema/examples/*.json", "py.typed")
SCRIPTS = Path("overrides/assets/javascripts/checker")
# Example inputs the page offers: data-example="PATH" loads PATH from the first of these folders that has it.
EXAMPLE_SOURCES = (Path("checker/schema/examples"), Path("examples"))
CHECKER_PAGE = "checker"  # the page, without language suffix, that gets the runtime and the CSP
CSP_PLACEHOLDER = "__CHECKER_CSP__"

# Every stdlib module (from python_stdlib.zip) in sys.modules once Pyodide 314.0.7 has
# started, plus the encodings a str/bytes round trip may look up and cp437, which zipfile
# needs to read the names in the wheel when the page unpacks it (unpackArchive). Start-up imports them
# all, so they are kept and their own imports are not followed (static scanning of the
# stdlib keeps far too much: pdb, email, multiprocessing…). A new Pyodide version is
# caught by tests/browser/test_pyodide_node.py, which compares sys.modules with the zip.
STARTUP_MODULES = ["__future__", "_collections_abc", "_colorize", "_opcode_metadata", "_py_warnings", "_pyodide", "_pyodide._base", "_pyodide._core_docs", "_pyodide._future_helper", "_pyodide._importhook", "_pyodide.docs_argspec", "_pyodide.docstring", "_pyodide.jsbind", "_sitebuiltins", "_ssl", "_weakrefset", "abc", "annotationlib", "ast", "asyncio", "asyncio.base_events", "asyncio.base_futures", "asyncio.base_subprocess", "asyncio.base_tasks", "asyncio.constants", "asyncio.coroutines", "asyncio.events", "asyncio.exceptions", "asyncio.format_helpers", "asyncio.futures", "asyncio.graph", "asyncio.locks", "asyncio.log", "asyncio.mixins", "asyncio.protocols", "asyncio.queues", "asyncio.runners", "asyncio.selector_events", "asyncio.sslproto", "asyncio.staggered", "asyncio.streams", "asyncio.subprocess", "asyncio.taskgroups", "asyncio.tasks", "asyncio.threads", "asyncio.timeouts", "asyncio.transports", "asyncio.trsock", "asyncio.unix_events", "base64", "bisect", "bz2", "codecs", "codeop", "collections", "compression", "compression._common", "compression._common._streams", "compression.zstd", "compression.zstd._zstdfile", "concurrent", "concurrent.futures", "concurrent.futures._base", "contextlib", "contextvars", "copy", "copyreg", "dataclasses", "dis", "encodings", "encodings.aliases", "encodings.utf_8", "encodings.utf_8_sig", "encodings.ascii", "encodings.latin_1", "encodings.cp437", "enum", "fnmatch", "functools", "genericpath", "glob", "heapq", "importlib", "importlib._abc", "importlib._bootstrap", "importlib._bootstrap_external", "importlib.abc", "importlib.machinery", "importlib.util", "inspect", "io", "json", "json.decoder", "json.encoder", "json.scanner", "keyword", "linecache", "locale", "logging", "lzma", "ntpath", "opcode", "operator", "os", "pathlib", "pathlib._os", "posixpath", "pyodide", "pyodide._package_loader", "pyodide._state", "pyodide.code", "pyodide.common", "pyodide.ffi", "pyodide.webloop", "random", "re", "re._casefix", "re._compiler", "re._constants", "re._parser", "reprlib", "selectors", "shutil", "signal", "site", "socket", "ssl", "stat", "string", "struct", "subprocess", "tempfile", "textwrap", "threading", "token", "tokenize", "traceback", "types", "typing", "warnings", "weakref", "zipfile", "zipfile._path", "zipfile._path.glob", "zipimport"]

_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Runtime:
    """What the checker page needs, as paths relative to the site root, plus the files' bytes."""

    version: str
    lock_info: dict
    runtime_dir: str
    stdlib_path: str
    stdlib: bytes
    wheel_path: str
    wheel: bytes
    examples_dir: str
    script_hash: str
    wasm_size: int
    max_bytes: int  # the checker's input limit: a share link never inflates past it

    def download_sizes(self) -> dict[str, int]:
        """Decoded sizes of the files the page counts while they download (paths from the root)."""
        return {
            f"{self.runtime_dir}pyodide.asm.wasm": self.wasm_size,
            self.stdlib_path: len(self.stdlib),
            self.wheel_path: len(self.wheel),
        }

    def page_config(self) -> dict:
        return {
            "pyodide": self.runtime_dir,
            "stdlib": self.stdlib_path,
            "wheel": self.wheel_path,
            "examples": self.examples_dir,
            "lockInfo": self.lock_info,
            "sizes": self.download_sizes(),
            "maxBytes": self.max_bytes,
            "version": self.version,
            "script_hash": self.script_hash,
        }


_cache: dict[tuple, Runtime] = {}
_examples_used: dict[str, Path] = {}  # name -> source file, from the checker page's buttons
_EXAMPLE_BUTTON = re.compile(r'data-example="([^"]+)"')


def _root(config) -> Path:
    return Path(config.config_file_path).parent


def _digest(data: bytes, length: int = 12) -> str:
    return hashlib.sha256(data).hexdigest()[:length]


def _zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip of `files` that depends only on their names and contents."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


# --- the checker wheel -----------------------------------------------------------


def build_wheel(root: Path, name: str, version: str) -> bytes:
    """A PEP 427 wheel of `checker/`, built with zipfile only (no pip, no setuptools)."""
    package = root / CHECKER_PACKAGE
    files: dict[str, bytes] = {}
    for pattern in CHECKER_DATA:
        for path in package.glob(pattern):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    if "checker/__init__.py" not in files and "checker/browser.py" not in files:
        raise PluginError("checker/ has no Python modules to ship to the browser")
    dist = f"{name.replace('-', '_')}-{version}"
    files[f"{dist}.dist-info/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    ).encode()
    files[f"{dist}.dist-info/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: overrides/hooks/pyodide_assets.py\n"
        b"Root-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = "".join(
        f"{path},sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()},{len(data)}\n"
        for path, data in sorted(files.items())
    )
    files[f"{dist}.dist-info/RECORD"] = (record + f"{dist}.dist-info/RECORD,,\n").encode()
    return _zip_bytes(files)


def _project(root: Path) -> tuple[str, str]:
    import tomllib

    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["name"], data["project"]["version"]


# --- the trimmed standard library ---------------------------------------------------


_IMPORT_LINE = re.compile(r"^(?P<indent>[ \t]*)(?:import[ \t]+(?P<names>[^#\n]+)"
                          r"|from[ \t]+(?P<base>\.*[\w.]*)[ \t]+import[ \t]+(?P<items>\([^)]*\)|[^#\n]+))",
                          re.M)
_DEF_LINE = re.compile(r"^(?P<indent>[ \t]*)(?:async[ \t]+)?def[ \t]", re.M)


def _module_imports(source: str, module: str, is_package: bool) -> set[str]:
    """Names imported when `module` is imported: module-level statements, not function bodies.

    A line scan rather than `ast`, because the sources are Python 3.14 and the build may run
    an older Python. Imports inside functions are lazy and not followed; a stray match in a
    string only keeps a module too many, never one too few.
    """
    function_bodies = []  # (start, end) offsets of def blocks
    for match in _DEF_LINE.finditer(source):
        indent = len(match.group("indent").expandtabs())
        end = len(source)
        for line in re.finditer(r"^([ \t]*)(\S)", source[match.end():], re.M):
            if len(line.group(1).expandtabs()) <= indent and line.group(2) not in ")]}#":
                end = match.end() + line.start()
                break
        function_bodies.append((match.start(), end))

    found: set[str] = set()
    for match in _IMPORT_LINE.finditer(source):
        if any(start < match.start() < end for start, end in function_bodies):
            continue
        if match.group("names"):
            for part in match.group("names").split(","):
                name = part.split(" as ")[0].strip().rstrip("\\").strip()
                if re.fullmatch(r"[\w.]+", name):
                    found.add(name)
            continue
        base = match.group("base")
        level = len(base) - len(base.lstrip("."))
        base = base.lstrip(".")
        if level:
            parts = module.split(".")
            keep = len(parts) - level + (1 if is_package else 0)
            base = ".".join(parts[:keep] + ([base] if base else []))
        if not base:
            continue
        found.add(base)
        for part in match.group("items").strip("()").split(","):
            name = part.split(" as ")[0].strip().rstrip("\\").strip()
            if re.fullmatch(r"\w+", name):
                found.add(f"{base}.{name}")
    return found


def _stdlib_index(archive: zipfile.ZipFile) -> dict[str, str]:
    """Module name -> file name in the stdlib zip."""
    index = {}
    for name in archive.namelist():
        if not name.endswith(".py") or name.startswith("site-packages/"):
            continue
        module = name[:-3].replace("/", ".")
        if module.endswith(".__init__"):
            module = module[: -len(".__init__")]
        index[module] = name
    return index


def checker_imports(root: Path) -> set[str]:
    """Every module the checker imports, at any depth of its code (it is our code: no laziness)."""
    found: set[str] = set()
    for path in (root / CHECKER_PACKAGE).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] != "checker"}


def trim_stdlib(stdlib: bytes, roots: set[str]) -> tuple[bytes, list[str]]:
    """The stdlib zip with the start-up modules and the import closure of `roots` (the checker's
    imports); also returns the kept module names."""
    with zipfile.ZipFile(io.BytesIO(stdlib)) as archive:
        index = _stdlib_index(archive)
        startup = set(STARTUP_MODULES)
        kept: set[str] = set()
        todo = list(startup | set(roots))
        while todo:
            module = todo.pop()
            # A submodule needs its parent packages.
            parts = module.split(".")
            for i in range(1, len(parts)):
                todo.append(".".join(parts[:i]))
            if module in kept or module not in index:
                continue
            kept.add(module)
            name = index[module]
            if module in startup:
                continue  # imported by start-up already, with everything it needs
            source = archive.read(name).decode("utf-8")
            todo.extend(_module_imports(source, module, name.endswith("__init__.py")))
        files = {index[m]: archive.read(index[m]) for m in kept}
    return _zip_bytes(files), sorted(kept)


# --- the runtime, computed once per set of inputs ------------------------------------


def _input_limit(root: Path) -> int:
    """The checker's own input limit (checker/inputs.py), the one source of that figure."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from checker.inputs import MAX_BYTES

    return int(MAX_BYTES)


def runtime(config) -> Runtime:
    root = _root(config)
    package = root / PACKAGE
    if not (package / "package.json").is_file():
        raise PluginError(f"{package} is missing: run `npm ci` (the setup in ./dev does it).")
    sources = sorted((root / CHECKER_PACKAGE).rglob("*")) + sorted((root / SCRIPTS).glob("*.*"))
    sources += [p for folder in EXAMPLE_SOURCES for p in sorted((root / folder).rglob("*")) if p.is_file()]
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sources if p.is_file())
    key += tuple((f, (package / f).stat().st_mtime_ns) for f in ("package.json", "python_stdlib.zip"))
    if key in _cache:
        return _cache[key]

    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    lock_info = json.loads((package / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
    stdlib, _ = trim_stdlib((package / "python_stdlib.zip").read_bytes(),
                            checker_imports(root))
    name, project_version = _project(root)
    wheel = build_wheel(root, name, project_version)
    runtime_dir = f"assets/pyodide/{version}/"
    scripts = b"".join(p.read_bytes() for p in sorted((root / SCRIPTS).glob("*.*")))
    examples = b"".join(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes()
                        for folder in EXAMPLE_SOURCES for p in sorted((root / folder).rglob("*")) if p.is_file())
    result = Runtime(
        version=version,
        lock_info=lock_info,
        runtime_dir=runtime_dir,
        stdlib_path=f"{runtime_dir}python_stdlib-{_digest(stdlib)}.zip",
        stdlib=stdlib,
        wheel_path=f"assets/checker/{_digest(wheel)}/{name.replace('-', '_')}-{project_version}-py3-none-any.whl",
        wheel=wheel,
        examples_dir=f"assets/checker/examples-{_digest(examples)}/",
        script_hash=_digest(scripts, 8),
        wasm_size=(package / "pyodide.asm.wasm").stat().st_size,
        max_bytes=_input_limit(root),
    )
    _cache.clear()
    _cache[key] = result
    return result


def on_config(config):
    config.extra["checker_runtime"] = runtime(config).page_config()
    return config


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.split(".")[0] != CHECKER_PAGE:
        return markdown
    root = _root(config)
    for name in _EXAMPLE_BUTTON.findall(markdown):
        found = [root / folder / name for folder in EXAMPLE_SOURCES]
        found = [path for path in found if path.is_file()]
        if not found:
            raise PluginError(f"{page.file.src_uri}: example {name!r} is in none of "
                              f"{', '.join(str(f) for f in EXAMPLE_SOURCES)}")
        _examples_used[name] = found[0]
    return markdown


# --- the Content-Security-Policy of the checker page -----------------------------------


@event_priority(-1000)
def on_post_page(output, page, config):
    if CSP_PLACEHOLDER not in output:
        return output
    if page.file.src_uri.split(".")[0] != CHECKER_PAGE:
        raise PluginError(f"{page.file.src_uri}: the checker CSP placeholder belongs to checker.md only")
    return output.replace(CSP_PLACEHOLDER, csp.meta_value(), 1)


# --- copying into the site, once per build ---------------------------------------------


def _write_if_changed(target: Path, data: bytes | None = None, source: Path | None = None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source is not None:
        if target.is_file() and target.stat().st_size == source.stat().st_size \
                and target.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            return
        shutil.copy2(source, target)
        return
    if target.is_file() and target.read_bytes() == data:
        return
    target.write_bytes(data)


def on_post_build(config):
    if is_inner_build(config):
        return  # an inner per-language build: the outer build copies once
    shipped = runtime(config)
    site = Path(config.site_dir)
    package = _root(config) / PACKAGE
    for name in RUNTIME_FILES:
        _write_if_changed(site / shipped.runtime_dir / name, source=package / name)
    _write_if_changed(site / shipped.stdlib_path, data=shipped.stdlib)
    _write_if_changed(site / shipped.wheel_path, data=shipped.wheel)
    for name, source in sorted(_examples_used.items()):
        _write_if_changed(site / shipped.examples_dir / name, data=source.read_bytes())
    # Leftovers of earlier builds (another stdlib trim or checker version) stay out of the site.
    for stale in (site / shipped.runtime_dir).glob("python_stdlib-*.zip"):
        if stale.name != Path(shipped.stdlib_path).name:
            stale.unlink()
    current = {Path(shipped.wheel_path).parent.name, Path(shipped.examples_dir).name}
    for stale in (site / "assets/checker").iterdir():
        if stale.is_dir() and stale.name not in current:
            shutil.rmtree(stale)
