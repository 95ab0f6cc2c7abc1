"""Hostile spreadsheets through the real command line: exit 2, one sentence on stderr naming
the file, nothing on stdout, and the database file byte-identical, with or without
--dry-run, for sign-ups and contacts alike. --sheet picks the sheet to import."""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.__main__ import main
from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import make_pairs
from tests.app.roster import hostile_files as files

ROOT = Path(__file__).resolve().parents[3]
MEETINGS = ROOT / "tests" / "data" / "meetings"
CSV_HEADER = "First name,Last name,Email Address,City\n"
ROWS = "".join(f"{p[0]},{p[1]},{p[2]},{p[3]}\n" for p in files.people(4))


def unclosed_quote(path: Path) -> None:
    lines = ROWS.splitlines(keepends=True)
    lines[1] = lines[1].replace("Ottawa", '"Ottawa')
    path.write_text(CSV_HEADER + "".join(lines), encoding="utf-8")


def mixed_encoding(path: Path) -> None:
    tail = "Léa,Bélanger,lea@example.org,Québec\n".encode("cp1252")
    path.write_bytes((CSV_HEADER + "Zoé,Côté,zoe@example.org,Montréal\n").encode() + tail)


def wide_row(path: Path) -> None:
    path.write_text(CSV_HEADER + ROWS + "x" + ",x" * 2_000 + "\n", encoding="utf-8")


def two_sheets(path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Mentors"
    second = workbook.create_sheet("Mentees")
    for sheet, start in ((first, 0), (second, 10)):
        sheet.append(files.HEADER)
        for row in files.people(3, start):
            sheet.append(row)
    workbook.save(path)


def writer(data: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data()) and None


HOSTILE: dict[str, tuple[str, Callable[[Path], None], str]] = {
    # case: (file name, builder, what the sentence says after the file name)
    "unclosed-quote": (
        "signups.csv",
        unclosed_quote,
        ", row 3: a quotation mark opens in column D and is never closed",
    ),
    "mixed-encoding": ("signups.csv", mixed_encoding, " mixes two text encodings: line 2"),
    "wide-row": ("signups.csv", wide_row, ", row 6: the row has 2,001 cells"),
    "two-sheets": ("signups.xlsx", two_sheets, " has 2 sheets with data: “Mentors” (3 rows)"),
    "dimension-bomb": (
        "bomb.xlsx",
        writer(files.dimension_bomb),
        " cannot be read safely: a sheet declares cells up to column XFD",
    ),
    "far-cell-bomb": ("bomb.xlsx", writer(files.sparse_bomb), " cannot be read safely"),
    "counted-cells-bomb": ("bomb.xlsx", writer(files.counted_cells_bomb), " cannot be read"),
    "ods-repeat-bomb": ("bomb.ods", writer(files.ods_repeat_bomb), " cannot be read safely"),
}


def fingerprint(db_path: Path) -> dict[str, str]:
    """The bytes of the database and of its write-ahead log, if any."""
    found = {}
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def closed_db(db: Database, cycle: CycleInfo, db_path: Path) -> Path:
    """The test's database with a cycle, closed so only the command line holds it."""
    db.dispose()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_sign_up_file_is_refused_and_changes_nothing(
    closed_db: Path,
    cycle: CycleInfo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    dry_run: bool,
) -> None:
    name, build, sentence = HOSTILE[case]
    path = tmp_path / name
    build(path)
    before = fingerprint(closed_db)
    args = ["import", "--db", str(closed_db), "--cycle", cycle.label, "--role", "mentee"]
    code, out, err = run(capsys, *args, *(["--dry-run"] if dry_run else []), str(path))
    assert (code, out) == (2, "")
    assert err.startswith(f"mentordesk: {name}{sentence}") and err.count("\n") == 1, err
    assert fingerprint(closed_db) == before


@pytest.mark.parametrize("case", ["unclosed-quote", "two-sheets", "dimension-bomb"])
def test_hostile_contact_file_is_refused_and_changes_nothing(
    closed_db: Path,
    cycle: CycleInfo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:
    name, build, sentence = HOSTILE[case]
    path = tmp_path / name
    build(path)
    before = fingerprint(closed_db)
    code, out, err = run(
        capsys, "import-meetings", "--db", str(closed_db), "--cycle", cycle.label, str(path)
    )
    assert (code, out) == (2, "")
    assert err.startswith(f"mentordesk: {name}{sentence}"), err
    assert fingerprint(closed_db) == before


def test_a_gibibyte_bomb_is_refused_through_the_command_line(
    closed_db: Path, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = files.inflation_bomb(tmp_path / "inflate.xlsx")
    before = fingerprint(closed_db)
    args = ["import", "--db", str(closed_db), "--cycle", cycle.label, "--role", "mentee"]
    code, out, err = run(capsys, *args, str(path))
    assert (code, out) == (2, "")
    assert err.startswith("mentordesk: inflate.xlsx cannot be read safely: once unzipped")
    assert fingerprint(closed_db) == before


def test_the_installed_command_survives_a_far_cell_bomb(
    closed_db: Path, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(files.sparse_bomb())
    before = fingerprint(closed_db)
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "mentordesk"), "import", "--db", str(closed_db),
         "--cycle", cycle.label, "--role", "mentee", "--dry-run", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr  # not 134: the reader never aborts
    assert done.stderr.startswith("mentordesk: bomb.xlsx cannot be read safely: a sheet has")
    assert fingerprint(closed_db) == before


def test_the_named_sheet_is_imported(
    closed_db: Path, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "signups.xlsx"
    two_sheets(path)
    args = ["import", "--db", str(closed_db), "--cycle", cycle.label, "--role", "mentee"]
    before = fingerprint(closed_db)
    code, out, err = run(capsys, *args, "--sheet", "Mentees", str(path))
    assert (code, err) == (0, "")
    assert fingerprint(closed_db) != before  # the fingerprint does see an import
    assert out.startswith("Imported 3 new and 0 updated Medical student rows of 3 from signups")
    code, _, err = run(capsys, *args, "--sheet", "Residents", str(path))
    assert code == 2 and err == (
        "mentordesk: signups.xlsx has no sheet called “Residents”; its sheets are “Mentors”, "
        "“Mentees”.\n"
    )


def test_the_named_sheet_of_a_contact_workbook_is_imported(
    db: Database, cycle: CycleInfo, db_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from python_calamine import CalamineWorkbook

    make_pairs(db, cycle)
    db.dispose()
    rows = CalamineWorkbook.from_path(MEETINGS / "checkins_fr.xlsx").get_sheet_by_index(0)
    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Résumé"
    notes.append(["Mois", "Rencontres"])
    notes.append(["janvier", 1])
    checkins = workbook.create_sheet("Rencontres")
    for row in rows.to_python():
        checkins.append(row)
    path = tmp_path / "checkins.xlsx"
    workbook.save(path)
    args = ["import-meetings", "--db", str(db_path), "--cycle", cycle.label, str(path)]
    code, _, err = run(capsys, *args)
    assert code == 2 and "--sheet" in err
    code, out, err = run(capsys, *args[:-1], "--sheet", "Rencontres", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("Imported 2 contacts of 2 rows from checkins.xlsx")
