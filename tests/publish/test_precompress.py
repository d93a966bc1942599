"""The built site carries `.br` and `.gz` beside every text asset and the WebAssembly binary,
each decompressing to the original."""

from __future__ import annotations

import gzip

import pytest

from tests.publish.hooks import load_hook

precompress = load_hook("precompress")


def test_every_text_asset_and_the_wasm_is_precompressed(site):
    import brotli

    checked, missing = 0, []
    for path in site.rglob("*"):
        if not path.is_file() or not precompress.compressible(path):
            continue
        data = path.read_bytes()
        for kind in (".br", ".gz"):
            packed = path.with_name(path.name + kind)
            if not packed.is_file():
                missing.append(str(packed.relative_to(site)))
                continue
            if (kind == ".br" and path.suffix in (".wasm", ".html")) or checked < 20:
                unpacked = brotli.decompress(packed.read_bytes()) if kind == ".br" else gzip.decompress(packed.read_bytes())
                assert unpacked == data, packed
        checked += 1
    assert not missing, missing[:20]
    assert checked > 100
    assert list(site.glob("assets/pyodide/*/pyodide.asm.wasm.br"))


@pytest.mark.parametrize("name", ["index.html", "sitemap.xml", "search/search_index.json"])
def test_compressed_files_are_smaller(site, name):
    original = (site / name).stat().st_size
    assert (site / (name + ".br")).stat().st_size < (site / (name + ".gz")).stat().st_size < original
