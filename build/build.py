"""Build the one-folder executable into dist/ and smoke-test it (``make package``).

PyInstaller's work files go to build/work (git-ignored); the bundle to dist/mentordesk/.
The frozen binary then runs its own ``self-test`` headless on a temporary database.
``--reuse-cache`` keeps PyInstaller's analysis cache in build/work between builds (faster
when only the app's code changed; release builds start clean).
"""

from __future__ import annotations

import argparse
import os
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
    print(f"Built {bundle} ({folder_size_mb(bundle):.0f} MB)")
    smoke_test(bundle)
    print("Frozen self-test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
