"""Imports one of the build hooks (overrides/hooks/NAME.py) so tests can call its functions."""

from __future__ import annotations

import importlib.util
import sys

from tests.support.build import ROOT

HOOKS = ROOT / "overrides" / "hooks"


def load_hook(name: str):
    module_name = f"hooks_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, HOOKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module  # dataclasses look their module up while the class is made
        sys.path.insert(0, str(HOOKS))  # hooks import their sibling modules (csp.py, site_pages.py), as under MkDocs
        try:
            spec.loader.exec_module(module)
        finally:
            sys.path.remove(str(HOOKS))
    return sys.modules[module_name]
