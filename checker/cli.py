"""Command line: ``handover-check PATH|-`` with --lang and --format; exit 0, 1 or 2."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from . import __version__
from .engine import check_bytes
from .i18n import INPUT_ERRORS
from .inputs import MAX_BYTES, InputError
from .reporters import REPORTERS, view_text
from .snapshot_request import APP_SUBSCRIPTIONS, TOKEN_VARIABLE, curl_command
from .view import input_error_view

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


DESCRIPTION = (
    "Check Handover Protocol / Conversation Routing settings, Graph API errors and webhook payloads. "
    "Exit status: 0 no error finding, 1 an error finding, 2 the input could not be checked."
)


def _epilog() -> str:
    intro = textwrap.fill(
        f"Settings snapshot: your Page's state in one Graph API batch request. Put a Page access token "
        f"in ${TOKEN_VARIABLE} (e.g. `read -rs {TOKEN_VARIABLE}`; it stays on your machine and goes only "
        "to graph.facebook.com), replace PSID with a customer's id or drop that item, then run:", 88)
    after = textwrap.fill(
        "Save what it prints (add > answer.json) and check it: handover-check answer.json. The app's own "
        "webhook subscriptions "
        f"({APP_SUBSCRIPTIONS}) need an app access token, a separate request; never paste the app secret.", 88)
    return f"{intro}\n\n{curl_command()}\n\n{after}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handover-check",
        description=textwrap.fill(DESCRIPTION, 88),
        epilog=_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", help="file to check, or - for standard input")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="report language (default vi)")
    parser.add_argument("--format", choices=sorted(REPORTERS), default="text", help="output format (default text)")
    parser.add_argument("--site-url", default="", help="prefix for documentation links in text output")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _read(path: str) -> bytes:
    """At most MAX_BYTES + 1 bytes, so an endless or huge input cannot hang the check."""
    if path == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    with open(path, "rb") as handle:
        return handle.read(MAX_BYTES + 1)


def _write(stream: Any, text: str) -> None:
    # "replace": the last guard (the engine already replaced lone surrogates) so writing never fails.
    stream.buffer.write(text.encode("utf-8", "replace"))
    stream.flush()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = args.lang
    try:
        data = _read(args.path)
    except OSError as exc:
        message = INPUT_ERRORS["cannot_read"].text(lang).format(path=args.path, reason=exc.strerror or exc)
        _write(sys.stderr, message + "\n")
        return EXIT_INPUT
    try:
        report = check_bytes(data).to_dict(lang)
        if args.format == "text":
            output = REPORTERS["text"](report, lang, args.site_url)
        else:
            output = REPORTERS[args.format](report, lang) + "\n"
    except InputError as exc:
        _write(sys.stderr, _input_error(exc, lang))
        return EXIT_INPUT
    except RecursionError:  # defensive: the depth check should make this unreachable
        _write(sys.stderr, _input_error(InputError("too_deep", limit=0), lang))
        return EXIT_INPUT
    except Exception:  # a defect in the checker: say so in words, exit 2, never a traceback
        _write(sys.stderr, INPUT_ERRORS["internal_error"].text(lang) + "\n")
        return EXIT_INPUT
    _write(sys.stdout, output)
    return EXIT_FINDINGS if report["verdict"] == "error" else EXIT_OK


def _input_error(exc: InputError, lang: str) -> str:
    _, view = input_error_view(exc, lang)
    return view_text(view)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
