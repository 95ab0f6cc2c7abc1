"""Build the one-folder executable into dist/ and smoke-test it (``make package``).

PyInstaller's work files go to build/work (git-ignored); the bundle to dist/mentordesk/.
The frozen binary then runs its own ``self-test`` headless on a temporary database.
``--reuse-cache`` keeps PyInstaller's analysis cache in build/work between builds (faster
when only the app's code changed; release builds start clean).
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def build(*, clean: bool = True) -> Path:
    # The interface translations (.qm) are built from the .ts sources, never committed.
    subprocess.run(
        [sys.executable, str(ROOT / "build" / "translations.py"), "--release"], check=True
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            *(["--clean"] if clean else []),
            "--log-level=WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "work"),
            str(ROOT / "build" / "mentordesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return ROOT / "dist" / "mentordesk"


def strip_symbols(bundle: Path) -> int:
    """Remove the symbol tables the wheels' libraries carry (Python's own library alone
    holds 17 MB of them); nothing at run time reads them. Returns the bytes saved.

    Only on Linux (Windows libraries carry none; on macOS stripping breaks code signatures).
    The executable keeps its own: PyInstaller appends its archive to it. A library whose
    stripped copy the loader would refuse keeps its symbols: ``strip`` misplaces segments
    in libraries that auditwheel's patchelf rewrote (numpy's OpenBLAS among them), and
    glibc then stops with "ELF load command address/offset not page-aligned".
    """
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        print("Libraries left with their symbols (no `strip` on this system).")
        return 0
    saved = 0
    for library in sorted((bundle / "_internal").rglob("*")):
        if library.is_symlink() or not library.is_file() or not _is_elf(library):
            continue
        stripped = library.with_name(library.name + ".stripped")
        done = subprocess.run([strip, "-o", str(stripped), str(library)], capture_output=True)
        if done.returncode == 0 and loadable(stripped):
            saved += library.stat().st_size - stripped.stat().st_size
            stripped.chmod(library.stat().st_mode)
            stripped.replace(library)
        else:
            stripped.unlink(missing_ok=True)
    return saved


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


def loadable(library: Path) -> bool:
    """Whether every loadable segment of a 64-bit little-endian ELF file has its file offset
    and its address equal modulo the page size and its own alignment, as glibc's loader
    demands. Any other kind of file counts as not loadable (and is left as it was)."""
    data = library.read_bytes()
    if len(data) < 64 or data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return False
    (table,) = struct.unpack_from("<Q", data, 0x20)
    entry_size, entries = struct.unpack_from("<HH", data, 0x36)
    if entry_size < 56 or table + entry_size * entries > len(data):
        return False
    for index in range(entries):
        kind, _, offset, address, _, _, _, align = struct.unpack_from(
            "<IIQQQQQQ", data, table + index * entry_size
        )
        if kind != 1:  # PT_LOAD
            continue
        if (address - offset) % 4096 or (align > 1 and (address - offset) % align):
            return False
    return True


def smoke_test(bundle: Path) -> None:
    exe = bundle / ("mentordesk.exe" if os.name == "nt" else "mentordesk")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "MENTORDESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        print(version_without_qt(exe, env))
        subprocess.run([str(exe), "self-test"], env=env, check=True, timeout=300)


def version_without_qt(exe: Path, env: dict[str, str]) -> str:
    """The frozen ``--version``'s output, checked to load no Qt (build/rth_qt_paths.py): on
    Linux the dynamic loader lists what it loads when ``LD_DEBUG=libs`` is set."""
    traced = sys.platform.startswith("linux")
    done = subprocess.run(
        [str(exe), "--version"],
        env={**env, "LD_DEBUG": "libs"} if traced else env,
        check=True,
        capture_output=True,
        text=True,
    )
    if traced and ("libQt6Core" in done.stderr or "libshiboken6" in done.stderr):
        raise SystemExit("The frozen `mentordesk --version` loads Qt; it should not.")
    said = "; the frozen command line starts without Qt." if traced else ""
    return done.stdout.strip() + said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and smoke-test the one-folder app.")
    parser.add_argument(
        "--reuse-cache", action="store_true", help="keep PyInstaller's cache (faster rebuild)"
    )
    args = parser.parse_args(argv)
    bundle = build(clean=not args.reuse_cache)
    saved = strip_symbols(bundle)
    print(
        f"Built {bundle} ({folder_size_mb(bundle):.0f} MB; symbols stripped: {saved / 1e6:.0f} MB)"
    )
    smoke_test(bundle)
    print("Frozen self-test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
