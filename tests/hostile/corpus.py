"""A deterministic corpus of hostile inputs and faults, each with the outcome it must get.

Every case builds its input inside a fresh workspace (a copy of a demo database and of a
verified backup of it), names the command a careless or hostile user would run, and says
what must follow: the exit code, that stderr is one sentence naming the culprit, and
whether the database must stay byte-identical. ``tests/hostile/test_corpus.py`` runs every
case through the real command line; ``python -m tests.hostile`` prints the figures.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261206
CYCLE = "2026-2027"


@dataclass
class Workspace:
    """A folder holding a demo database and a verified backup of it."""

    root: Path
    db: Path
    backup: Path
    env: dict[str, str] = field(default_factory=dict)  # variables a case sets for its run

    def file(self, name: str, content: bytes | str) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    def tampered_backup(self, name: str, *sql: str) -> Path:
        """A copy of the good backup with ``sql`` run on it, as an attacker would."""
        path = self.root / name
        shutil.copyfile(self.backup, path)
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.executescript(";\n".join(sql))
        conn.close()
        return path


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it and what must follow."""

    name: str
    kind: str
    build: Callable[[Workspace], list[str]]
    exit_code: int
    mentions: str = ""  # a fragment the error sentence must contain (usually a file name)
    database_unchanged: bool = True
    temp_unusable: bool = False  # the system temporary folder is a file: any use of it fails
    never_printed: str = ""  # text that must not reach stdout or stderr raw


def _db(ws: Workspace, *args: str) -> list[str]:
    return [args[0], "--db", str(ws.db), *args[1:]]


# --- Data that can be destroyed -------------------------------------------------------------

_TAMPERING: dict[str, tuple[str, ...]] = {
    "trigger": ("CREATE TRIGGER wipe AFTER INSERT ON audit_event BEGIN DELETE FROM person; END",),
    "view": ("CREATE VIEW everyone AS SELECT * FROM person",),
    "extra_table": ("CREATE TABLE stolen (secret TEXT)",),
    "extra_index": ("CREATE INDEX ix_sneaky ON person (id)",),
    "dropped_table": ("DROP TABLE import_mapping",),
    "changed_check": (
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (mentor_id != mentee_id)', "
        "'CHECK (1)') WHERE name = 'match' AND type = 'table'",
        "PRAGMA writable_schema = OFF",
    ),
    "older_revision_claimed": ("UPDATE alembic_version SET version_num = '0001'",),
    "invalid_json": ("UPDATE program SET settings = '{not json'",),
    "invalid_utf8": ("UPDATE person SET first_name = CAST(X'5A6FC3' AS TEXT) WHERE id = 1",),
    "enum_out_of_range": (
        'UPDATE "match" SET status = \'exploded\' WHERE id = (SELECT min(id) FROM "match")',
    ),
}


def _restore_tampered(kind: str) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        backup = ws.tampered_backup(f"tampered-{kind}.mentordesk-backup", *_TAMPERING[kind])
        return _db(ws, "restore", str(backup))

    return build


def _restore_bytes(name: str, content: bytes) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        return _db(ws, "restore", str(ws.file(name, content)))

    return build


def _restore_truncated(ws: Workspace) -> list[str]:
    data = ws.backup.read_bytes()
    return _db(ws, "restore", str(ws.file("cut.mentordesk-backup", data[: len(data) // 2])))


def _restore_foreign_sqlite(ws: Workspace) -> list[str]:
    path = ws.root / "other-app.mentordesk-backup"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    return _db(ws, "restore", str(path))


# --- Output paths onto the database ----------------------------------------------------------


def _letters_to(target: Callable[[Workspace], Path]) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        return _db(ws, "letters", "--cycle", CYCLE, "--out", str(target(ws)))

    return build


def _companion(suffix: str) -> Callable[[Workspace], Path]:
    def target(ws: Workspace) -> Path:
        path = ws.db.with_name(ws.db.name + suffix)
        if not path.exists():
            path.write_bytes(b"")
        return path

    return target


def _symlink_to_db(ws: Workspace) -> Path:
    link = ws.root / "letters.pdf"
    link.symlink_to(ws.db)
    return link


def _export_onto_db_named_csv(ws: Workspace) -> list[str]:
    # A database whose name looks like an export: the name must not fool the writer.
    renamed = ws.db.with_name("roster.csv")
    ws.db.rename(renamed)
    ws.db = renamed
    return _db(ws, "export", "--cycle", CYCLE, "--what", "participants", "--out", str(renamed))


def _per_letter_into_db(ws: Workspace) -> list[str]:
    return _db(
        ws,
        "letters",
        "--cycle",
        CYCLE,
        "--out",
        str(ws.root / "all.pdf"),
        "--per-letter",
        str(ws.db),
    )


def _backup_to_file(ws: Workspace) -> list[str]:
    return _db(ws, "backup", "--to", str(ws.backup))


# --- --db that is not a MentorDesk database ---------------------------------------------------


def _db_is(content: bytes | None, command: str = "engagement") -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        ws.db.unlink()
        if content is None:
            with sqlite3.connect(ws.db) as conn:
                conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
                conn.execute("INSERT INTO contacts VALUES ('someone', '555')")
            conn.close()
        else:
            ws.db.write_bytes(content)
        return _db(ws, command, "--cycle", CYCLE)

    return build


def _db_is_folder(ws: Workspace) -> list[str]:
    folder = ws.root / "folder.db"
    folder.mkdir()
    return ["engagement", "--db", str(folder), "--cycle", CYCLE]


# --- Rows that can vanish or be garbled ------------------------------------------------------

_HEADER = "First name,Last name,Email Address,City,Province\n"


def _people(rng: random.Random, count: int, start: int = 0) -> list[str]:
    first = ["Zoé", "Amir", "Siobhán", "Mei", "Kwame", "Léa", "Noah", "Priya", "Jonas", "Inès"]
    last = ["Tremblay", "Nguyen", "O'Brien", "Côté", "Singh", "Mensah", "Roy", "Chen"]
    return [
        f"{rng.choice(first)},{rng.choice(last)},hostile{start + i}@example.org,Ottawa,ON"
        for i in range(count)
    ]


def _import(name: str, content: bytes, *extra: str) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        path = ws.file(name, content)
        return _db(ws, "import", "--cycle", CYCLE, "--role", "mentee", *extra, str(path))

    return build


def _unclosed_quote() -> bytes:
    rows = _people(random.Random(SEED), 8)
    rows[2] = rows[2].replace("Ottawa", '"Ottawa')
    return (_HEADER + "\n".join(rows) + "\n").encode("utf-8")


def _mixed_encoding() -> bytes:
    rows = _people(random.Random(SEED + 1), 6)
    head = (_HEADER + "\n".join(rows[:3]) + "\n").encode("utf-8")
    tail = ("\n".join(rows[3:]) + "\nZoé,Côté,mixed@example.org,Québec,QC\n").encode("cp1252")
    return head + tail


def _xlsx(sheets: dict[str, str]) -> bytes:
    """A minimal valid workbook whose sheets hold the given ``<sheetData>`` XML."""
    import io

    names = list(sheets)
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(names))
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        '" Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets>'
        + "".join(
            f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names)
        )
        + "</sheets></workbook>"
    )
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{i + 1}.xml"/>'
            for i in range(len(names))
        )
        + "</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for i, body in enumerate(sheets.values()):
            archive.writestr(
                f"xl/worksheets/sheet{i + 1}.xml",
                '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                f'openxmlformats.org/spreadsheetml/2006/main">{body}</worksheet>',
            )
    return buffer.getvalue()


def _sheet_rows(rows: list[list[str]]) -> str:
    cells = "".join(
        f'<row r="{r + 1}">'
        + "".join(
            f'<c r="{chr(65 + c)}{r + 1}" t="inlineStr"><is><t>{v}</t></is></c>'
            for c, v in enumerate(row)
        )
        + "</row>"
        for r, row in enumerate(rows)
    )
    return f"<sheetData>{cells}</sheetData>"


def _two_sheets() -> bytes:
    head = ["First name", "Last name", "Email Address"]
    return _xlsx(
        {
            "Students": _sheet_rows([head, ["Zoé", "Roy", "zoe.sheet1@example.org"]]),
            "Residents": _sheet_rows([head, ["Amir", "Chen", "amir.sheet2@example.org"]]),
        }
    )


def _dimension_bomb() -> bytes:
    body = '<dimension ref="A1:XFD1048576"/>' + _sheet_rows([["First name", "Email Address"]])
    return _xlsx({"Sheet1": body})


def _inflation_bomb(path_size_mb: int = 64) -> bytes:
    """A workbook whose sheet inflates to ``path_size_mb`` MB of one repeated row."""
    import io

    base = _xlsx({"Sheet1": _sheet_rows([["First name", "Email Address"]])})
    buffer = io.BytesIO(base)
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet2.xml", "w", force_zip64=True) as member,
    ):
        block = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
        for _ in range(path_size_mb * 1_000_000 // len(block)):
            member.write(block)
    return buffer.getvalue()


def _wide_csv() -> bytes:
    header = ",".join(f"Question {i}" for i in range(20_000))
    return (header + "\n" + ",".join("x" for _ in range(20_000)) + "\n").encode()


# --- Environment faults -----------------------------------------------------------------------


def _db_in_missing_folder(ws: Workspace) -> list[str]:
    target = ws.root / "new" / "deeper" / "program.db"
    return ["init", "--db", str(target), "--program", "New", "--cycle", "2027-2028"]


def _lock_is_folder(ws: Workspace) -> list[str]:
    ws.db.with_name(ws.db.name + ".lock").mkdir()
    return _db(ws, "engagement", "--cycle", CYCLE)


def _empty_lock_left_by_full_disk(ws: Workspace) -> list[str]:
    lock = ws.db.with_name(ws.db.name + ".lock")
    lock.write_bytes(b"")
    old = os.stat(lock).st_mtime - 3600
    os.utime(lock, (old, old))
    return _db(ws, "engagement", "--cycle", CYCLE)


def _symlinked_db_locked_elsewhere(ws: Workspace) -> list[str]:
    from app.lock import DatabaseLock

    link = ws.root / "link.db"
    link.symlink_to(ws.db)
    lock = DatabaseLock(ws.db)
    lock.acquire()  # held by "another window" on the real path; released by the runner
    ws.__dict__["held_lock"] = lock
    return ["engagement", "--db", str(link), "--cycle", CYCLE]


def _backup_to_missing_parent_of_file(ws: Workspace) -> list[str]:
    blocker = ws.file("not-a-folder", "x")
    return _db(ws, "backup", "--to", str(blocker / "backups"))


def _passphrase(ws: Workspace, text: str) -> Path:
    return ws.file("passphrase.txt", text)


def _encrypted_restore_wrong_passphrase(ws: Workspace) -> list[str]:
    from app.backup.crypto import encrypt_file

    target = ws.root / "secret.mentordesk-backup"
    encrypt_file(ws.backup, target, "correct horse battery staple")
    return _db(ws, "restore", str(target), "--passphrase-file", str(_passphrase(ws, "wrong guess")))


def _encrypted_tampered(ws: Workspace) -> list[str]:
    from app.backup.crypto import encrypt_file

    target = ws.root / "flipped.mentordesk-backup"
    encrypt_file(ws.backup, target, "correct horse battery staple")
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    return _db(
        ws,
        "restore",
        str(target),
        "--passphrase-file",
        str(_passphrase(ws, "correct horse battery staple")),
    )


def _encrypted_backup(ws: Workspace) -> list[str]:
    return _db(
        ws,
        "backup",
        "--to",
        str(ws.root / "enc"),
        "--passphrase-file",
        str(_passphrase(ws, "correct horse battery staple")),
    )


def _encrypted_restore(ws: Workspace) -> list[str]:
    from app.backup.crypto import encrypt_file

    target = ws.root / "sealed.mentordesk-backup"
    encrypt_file(ws.backup, target, "correct horse battery staple")
    secret = _passphrase(ws, "correct horse battery staple")
    return _db(ws, "restore", str(target), "--passphrase-file", str(secret))


def _unusable_data_folder(*command: str) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        blocker = ws.file("blocker", "a file where the data folder should be")
        ws.env["MENTORDESK_HOME"] = str(blocker / "MentorDesk")
        return _db(ws, *command) if command[0] != "--version" else list(command)

    return build


def _terminal_escape_in_name(ws: Workspace) -> list[str]:
    with sqlite3.connect(ws.db) as conn:
        conn.execute(
            "UPDATE person SET first_name = ?, last_name = ? WHERE id = (SELECT a.person_id "
            'FROM "match" m JOIN participant a ON a.id = m.mentor_id ORDER BY m.id LIMIT 1)',
            ("Evil\x1b[2J\x07", "Name\u202e\x9b"),
        )
    conn.close()
    return _db(ws, "engagement", "--cycle", CYCLE)


# --- Contacts ---------------------------------------------------------------------------------


def _contacts(rows: list[str]) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        with sqlite3.connect(ws.db) as conn:
            pair = conn.execute(
                'SELECT mentor.email, mentee.email FROM "match" m '
                "JOIN participant a ON a.id = m.mentor_id JOIN person mentor ON mentor.id = "
                "a.person_id JOIN participant b ON b.id = m.mentee_id JOIN person mentee ON "
                "mentee.id = b.person_id WHERE m.status IN ('active', 'notified', 'confirmed') "
                "ORDER BY m.id LIMIT 1"
            ).fetchone()
        conn.close()
        text = "Date,Mentor email,Mentee email,Mode,Duration\n" + "\n".join(
            r.format(mentor=pair[0], mentee=pair[1]) for r in rows
        )
        path = ws.file("checkins.csv", text + "\n")
        return _db(ws, "import-meetings", "--cycle", CYCLE, str(path))

    return build


# --- backup and restore on what is not a database file ----------------------------------------


def _not_a_file(kind: str) -> Callable[[Workspace], Path]:
    def make(ws: Workspace) -> Path:
        path = ws.root / f"{kind}.db"
        if kind == "folder":
            path.mkdir()
            (path / "notes.txt").write_text("kept as it is")
        else:
            os.mkfifo(path)  # reading it would wait for a writer forever
        return path

    return make


def _backup_of(target: Callable[[Workspace], Path]) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        return ["backup", "--db", str(target(ws)), "--to", str(ws.root / "out")]

    return build


def _restore_onto(target: Callable[[Workspace], Path]) -> Callable[[Workspace], list[str]]:
    def build(ws: Workspace) -> list[str]:
        return ["restore", "--db", str(target(ws)), str(ws.backup)]

    return build


def _other_sqlite(ws: Workspace) -> Path:
    path = ws.root / "contacts.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.close()
    os.chmod(path, 0o644)  # a chmod to 0600 would show
    ws.db = path  # the runner checks that it stays byte-identical
    return path


def _damaged_db(ws: Workspace) -> Path:
    """The demo database with table pages scribbled over, readable by others as a file
    copied from elsewhere may be: no chmod, no WAL switch, no -wal or -shm left."""
    data = bytearray(ws.db.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 4)):
        data[offset] = 0xA5
    ws.db.write_bytes(bytes(data))
    os.chmod(ws.db, 0o644)
    return ws.db


def _read_damaged_db(ws: Workspace) -> list[str]:
    """Every table page after the schema scribbled over, as a failing disk leaves a file."""
    data = bytearray(ws.db.read_bytes())
    noise = random.Random(SEED + 2)
    for page in range(4, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 400] = noise.randbytes(300)
    ws.db.write_bytes(bytes(data))
    os.chmod(ws.db, 0o600)  # MentorDesk's own file, as it made it
    return _db(ws, "engagement", "--cycle", CYCLE)


def cases() -> list[Case]:
    """Every case of the corpus, in a stable order."""
    found = [
        Case(f"restore_{k}", "tampered backup", _restore_tampered(k), 3, f"tampered-{k}")
        for k in _TAMPERING
    ]
    found += [
        Case("restore_text_file", "tampered backup",
             _restore_bytes("notes.mentordesk-backup", b"just some text\n" * 20), 3, "notes"),
        Case("restore_random_bytes", "tampered backup",
             _restore_bytes("noise.mentordesk-backup",
                            random.Random(SEED).randbytes(8192)), 3, "noise"),
        Case("restore_truncated", "tampered backup", _restore_truncated, 3, "cut"),
        Case("restore_foreign_sqlite", "tampered backup", _restore_foreign_sqlite, 3, "other-app"),
        Case("restore_wrong_passphrase", "tampered backup",
             _encrypted_restore_wrong_passphrase, 3, "passphrase"),
        Case("restore_flipped_ciphertext", "tampered backup", _encrypted_tampered, 3),
        Case("letters_onto_db", "output onto the database",
             _letters_to(lambda ws: ws.db), 3, "program.db"),
        Case("letters_onto_wal", "output onto the database",
             _letters_to(_companion("-wal")), 3, "program.db-wal"),
        Case("letters_onto_shm", "output onto the database",
             _letters_to(_companion("-shm")), 3, "program.db-shm"),
        Case("letters_onto_backup", "output onto the database",
             _letters_to(lambda ws: ws.backup), 3, "good.mentordesk-backup"),
        Case("letters_onto_symlink_to_db", "output onto the database",
             _letters_to(_symlink_to_db), 3, "letters.pdf"),
        Case("letters_onto_dotdot_db", "output onto the database",
             _letters_to(lambda ws: ws.root / "sub" / ".." / ws.db.name), 3, "program.db"),
        Case("export_onto_db_named_csv", "output onto the database",
             _export_onto_db_named_csv, 3, "roster.csv"),
        Case("per_letter_folder_is_db", "output onto the database",
             _per_letter_into_db, 3, "program.db"),
        Case("backup_to_a_file", "output onto the database", _backup_to_file, 3, "good"),
        Case("db_is_text", "not a MentorDesk database",
             _db_is(b"name,email\nZoe,z@example.org\n"), 3, "program.db"),
        Case("db_is_empty_for_read_only_command", "not a MentorDesk database",
             _db_is(b""), 2, "program.db"),
        Case("db_is_other_sqlite", "not a MentorDesk database", _db_is(None), 3, "program.db"),
        Case("db_is_folder", "not a MentorDesk database", _db_is_folder, 3, "folder.db"),
        Case("csv_unclosed_quote", "rows vanish or garble",
             _import("unclosed.csv", _unclosed_quote()), 2, "row 4"),
        Case("csv_mixed_encoding", "rows vanish or garble",
             _import("mixed.csv", _mixed_encoding()), 2, "mixed.csv"),
        Case("xlsx_two_sheets", "rows vanish or garble",
             _import("two.xlsx", _two_sheets()), 2, "Residents"),
        Case("xlsx_dimension_bomb", "crash or exhaust",
             _import("dimension.xlsx", _dimension_bomb()), 2, "dimension.xlsx"),
        Case("xlsx_inflation_bomb", "crash or exhaust",
             _import("inflate.xlsx", _inflation_bomb()), 2, "inflate.xlsx"),
        Case("csv_twenty_thousand_columns", "crash or exhaust",
             _import("wide.csv", _wide_csv()), 2, "wide.csv"),
        Case("db_in_missing_folder", "environment", _db_in_missing_folder, 0,
             database_unchanged=False),
        Case("lock_is_a_folder", "environment", _lock_is_folder, 3, "program.db"),
        Case("empty_lock_left_by_full_disk", "environment", _empty_lock_left_by_full_disk, 0),
        Case("symlinked_db_locked_on_real_path", "environment",
             _symlinked_db_locked_elsewhere, 3),
        Case("backup_to_below_a_file", "environment",
             _backup_to_missing_parent_of_file, 2, "not-a-folder"),
        Case("encrypted_backup_leaves_no_plaintext", "leak", _encrypted_backup, 0,
             temp_unusable=True),
        Case("encrypted_restore_leaves_no_plaintext", "leak", _encrypted_restore, 0,
             database_unchanged=False, temp_unusable=True),
        Case("terminal_escape_in_a_name", "leak", _terminal_escape_in_name, 0,
             never_printed="\x1b[2J"),
        Case("version_with_unusable_data_folder", "environment",
             _unusable_data_folder("--version"), 0),
        Case("command_with_unusable_data_folder", "environment",
             _unusable_data_folder("engagement", "--cycle", CYCLE), 0),
        Case("contact_pair_in_either_order", "contacts",
             _contacts(["2026-11-02,{mentee},{mentor},Video call,45"]), 0,
             database_unchanged=False),
        Case("contact_negative_duration", "contacts",
             _contacts(["2026-11-02,{mentor},{mentee},Video call,-1h"]), 1, "row 2",
             database_unchanged=False),
        Case("contact_impossible_duration", "contacts",
             _contacts(["2026-11-02,{mentor},{mentee},Phone,1:99"]), 1, "row 2",
             database_unchanged=False),
        Case("backup_db_is_folder", "not a MentorDesk database",
             _backup_of(_not_a_file("folder")), 3, "folder.db"),
        Case("backup_db_is_pipe", "not a MentorDesk database",
             _backup_of(_not_a_file("pipe")), 3, "pipe.db"),
        Case("backup_db_is_other_sqlite", "not a MentorDesk database",
             _backup_of(_other_sqlite), 3, "contacts.sqlite"),
        Case("backup_of_damaged_db_changes_nothing", "not a MentorDesk database",
             _backup_of(_damaged_db), 3, "program.db"),
        Case("read_command_on_damaged_db", "not a MentorDesk database", _read_damaged_db, 3,
             "program.db"),
        Case("restore_onto_folder", "not a MentorDesk database",
             _restore_onto(_not_a_file("folder")), 3, "folder.db"),
        Case("restore_onto_pipe", "not a MentorDesk database",
             _restore_onto(_not_a_file("pipe")), 3, "pipe.db"),
    ]  # fmt: skip
    return found


def summary_line(results: list[dict[str, object]]) -> str:
    return json.dumps(results, ensure_ascii=False)
