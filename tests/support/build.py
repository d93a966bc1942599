"""Builds the site with `mkdocs build --strict`, the way ./dev build does."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuildResult:
    site_dir: Path
    returncode: int
    log: str
    seconds: float

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith(("WARNING", "ERROR"))]


def build_site(site_dir: Path, site_url: str) -> BuildResult:
    env = dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir),
         "--config-file", os.environ.get("MKDOCS_CONFIG", "mkdocs.yml")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    return BuildResult(site_dir, completed.returncode, completed.stdout + completed.stderr,
                       time.perf_counter() - started)
