"""``make package`` strips the symbol tables of the bundle's libraries (build/build.py), but
keeps them where the stripped copy would not load: ``strip`` misplaces the segments of the
libraries auditwheel's patchelf rewrote, such as numpy's OpenBLAS.

Checked on real libraries from the environment, each loaded by the real dynamic loader."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy
import pytest
import sqlalchemy

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strip") is None,
    reason="symbols are stripped on Linux, with binutils' strip",
)


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "build" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def openblas() -> Path:
    libs = Path(numpy.__file__).parent.parent / "numpy.libs"
    found = sorted(libs.glob("libscipy_openblas*.so*")) or sorted(libs.glob("libopenblas*.so*"))
    if not found:
        pytest.skip("this numpy carries no OpenBLAS of its own")
    return found[0]


def extension() -> Path:
    found = sorted((Path(sqlalchemy.__file__).parent / "engine").glob("_result_cy*.so"))
    if not found:
        pytest.skip("this SQLAlchemy has no compiled extensions")
    return found[0]


def loads(library: Path) -> str:
    """'' when the dynamic loader maps ``library`` in a fresh interpreter, else its error."""
    done = subprocess.run(
        [sys.executable, "-c", f"import ctypes; ctypes.CDLL({str(library)!r})"],
        capture_output=True,
        text=True,
    )
    return done.stderr.strip().splitlines()[-1] if done.returncode else ""


def test_the_loadable_check_agrees_with_the_loader_on_stripped_copies(tmp_path: Path) -> None:
    build = build_script()
    for original in (openblas(), extension()):
        copy = tmp_path / original.name
        subprocess.run(["strip", "-o", str(copy), str(original)], check=True)
        assert build.loadable(original) and loads(original) == ""
        assert build.loadable(copy) == (loads(copy) == ""), loads(copy)
    # The case the check is for: the loader refuses the stripped OpenBLAS ("ELF load command
    # address/offset not page-aligned", or "not properly aligned" in newer glibc).
    assert "aligned" in loads(tmp_path / openblas().name)


def test_a_bundle_is_stripped_where_its_libraries_still_load(tmp_path: Path) -> None:
    bundle = tmp_path / "mentordesk"
    inside = bundle / "_internal"
    (inside / "numpy.libs").mkdir(parents=True)
    (inside / "sqlalchemy").mkdir()
    blas = Path(shutil.copy2(openblas(), inside / "numpy.libs"))
    module = Path(shutil.copy2(extension(), inside / "sqlalchemy"))
    executable = Path(shutil.copy2(extension(), bundle / "mentordesk"))  # for the bootloader
    notes = inside / "notes.txt"
    notes.write_text("not a library", encoding="utf-8")
    before = {path: path.read_bytes() for path in (blas, module, executable, notes)}

    saved = build_script().strip_symbols(bundle)

    assert saved == len(before[module]) - module.stat().st_size > 0
    assert loads(module) == ""
    assert blas.read_bytes() == before[blas]  # its stripped copy would not load: kept whole
    assert executable.read_bytes() == before[executable]  # the archive PyInstaller appends
    assert notes.read_bytes() == before[notes]
    assert sorted(p.name for p in inside.rglob("*") if p.is_file()) == sorted(
        [blas.name, module.name, notes.name]
    )  # no stripped copy left behind
