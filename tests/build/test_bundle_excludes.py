"""What build/mentordesk.spec leaves out of the bundle is really not needed.

A full PyInstaller build takes minutes, so this runs the app's own self-test (migrate,
import, match, a large program's match, letters, backup and restore, main window) in a
Python where every module the spec excludes fails to import, as it would in the frozen app;
and renders a PNG and a JPEG letterhead logo the way the letters do, since the self-test
program has no logo.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "build" / "mentordesk.spec"

BLOCK_AND_RUN = """
import importlib.abc, io, json, sys

BLOCKED = tuple(sys.argv[1].split(","))


class Excluded(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name in BLOCKED or name.startswith(tuple(b + "." for b in BLOCKED)):
            raise ModuleNotFoundError(f"No module named {name!r} (excluded)", name=name)
        return None


sys.meta_path.insert(0, Excluded())

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

logos = []
for kind in ("PNG", "JPEG"):
    data = io.BytesIO()
    Image.new("RGB", (60, 30), (20, 60, 120)).save(data, kind)
    pdf = io.BytesIO()
    canvas = Canvas(pdf)
    reader = ImageReader(io.BytesIO(data.getvalue()))
    canvas.drawImage(reader, 40, 700, 60, 30, mask="auto")
    canvas.save()
    logos.append(kind if b"/Subtype /Image" in pdf.getvalue() else "missing " + kind)

from app.selftest import run_self_test

results = run_self_test()
print(json.dumps({"logos": logos, "checks": results}))
"""


def excluded_modules() -> list[str]:
    text = SPEC.read_text(encoding="utf-8")
    blocks = re.findall(r"^excludes \+?= \[(.*?)^\]", text, re.S | re.M)
    return sorted({name for block in blocks for name in re.findall(r'"([\w.]+)"', block)})


def test_the_spec_excludes_what_the_size_work_relies_on() -> None:
    excluded = excluded_modules()
    for name in ("scipy", "PIL._avif", "phonenumbers.geodata", "pygments", "dns"):
        assert name in excluded


def test_the_app_works_without_every_excluded_module(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_AND_RUN, ",".join(excluded_modules())],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "MENTORDESK_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["logos"] == ["PNG", "JPEG"]
    failed = [(name, detail) for name, passed, detail in report["checks"] if not passed]
    assert failed == []
    assert [name for name, _passed, _detail in report["checks"]] == [
        "database",
        "import",
        "matching",
        "large matching",
        "letters",
        "backup and restore",
        "window",
    ]
