"""The command line as an IT helper would script it (shared/product/CLI.md)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.__main__ import main

MENTEES = (
    "First name,Last name,Email Address,City,Province,Languages spoken,Areas of interest\n"
    'Zoé,Lefèbvre,zoe.lefebvre@example.org,Montréal,QC,"French, English",Neonatology; Research\n'
    "Siobhán,O'Brien,siobhan.obrien@example.org,Toronto,ON,English,Advocacy\n"
    ",Nameless,nameless@example.org,Toronto,ON,English,Research\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("MentorDesk 0.")


def test_yearly_loop_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.db")
    code, out, _ = run(capsys, "demo", "--db", db, "--json")
    assert code == 0
    cycle = json.loads(out)["cycle"]

    signups = tmp_path / "signups.csv"
    signups.write_text(MENTEES, encoding="utf-8")
    code, out, _ = run(
        capsys, "import", "--db", db, "--cycle", cycle, "--role", "mentee", str(signups), "--json"
    )
    report = json.loads(out)
    assert code == 1  # one row was rejected
    assert report["imported"] == 2
    assert [(r["row"], r["column"]) for r in report["rejected"]] == [(4, "First name")]

    code, out, _ = run(capsys, "match", "--db", db, "--cycle", cycle, "--candidates", "2", "--json")
    proposal = json.loads(out)
    assert code == 0
    mentees = {m["mentee"] for m in proposal["matches"]}
    assert "zoe.lefebvre@example.org" in mentees | set(proposal["unmatched_mentees"])
    assert set(proposal["candidates"]) >= mentees

    code, out, _ = run(capsys, "match", "--db", db, "--cycle", cycle, "--apply", "--confirm")
    assert code == 0 and "Saved" in out

    pdf = tmp_path / "letters.pdf"
    code, out, _ = run(capsys, "letters", "--db", db, "--cycle", cycle, "--out", str(pdf))
    assert code == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Lefèbvre" in text or "Lefèbvre" in text.replace("\n", " ")

    code, out, _ = run(capsys, "backup", "--db", db, "--to", str(tmp_path / "b"), "--json")
    assert code == 0
    backup = json.loads(out)
    assert backup["verified"] is True

    con = sqlite3.connect(db)
    con.execute("DELETE FROM meeting")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "restore", "--db", db, backup["backup"])
    assert code == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM meeting").fetchone()[0] > 0

    code, out, _ = run(
        capsys, "engagement", "--db", db, "--cycle", cycle, "--json", "--as-of", "2027-03-01"
    )
    statuses = {m["status"] for m in json.loads(out)["matches"]}
    assert code == 0 and statuses <= {"on_track", "due_soon", "overdue", "never_met"}


def test_unusable_input_and_safety_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.db")
    assert run(capsys, "init", "--db", db, "--program", "P", "--cycle", "2026-2027")[0] == 0
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    code, out, err = run(
        capsys, "import", "--db", db, "--cycle", "2026-2027", "--role", "mentor", str(png)
    )
    assert code == 2 and out == "" and "photo.csv" in err
    code, _, err = run(capsys, "match", "--db", db, "--cycle", "1999")
    assert code == 2 and "no cycle" in err
    bogus = tmp_path / "bogus.mentordesk-backup"
    bogus.write_bytes(b"not a backup at all")
    code, _, err = run(capsys, "restore", "--db", db, str(bogus))
    assert code == 3 and err.startswith("mentordesk: ")
    code, _, err = run(
        capsys, "letters", "--db", db, "--cycle", "2026-2027", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "confirm" in err


def test_missing_database_is_not_created_by_read_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "absent.db"
    code, _, err = run(capsys, "match", "--db", str(db), "--cycle", "2026-2027")
    assert code == 2 and "no database" in err
    assert not db.exists()
