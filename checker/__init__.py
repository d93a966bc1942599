"""Handover / Conversation Routing checker: settings JSON, Graph API errors, webhook payloads."""

from __future__ import annotations

from .engine import Report, check, check_bytes, check_text, render_input_error
from .inputs import MAX_BYTES, MAX_DEPTH, InputError

__version__ = "0.1.0"
__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "InputError",
    "Report",
    "__version__",
    "check",
    "check_bytes",
    "check_text",
    "render_input_error",
]
