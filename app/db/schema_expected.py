"""Write, or check, the expected schema of every revision from the migrations themselves.

``python -m app.db.schema_expected`` migrates a fresh temporary database to each revision
with Alembic, reads its normalised schema back (``schema_check.read_schema``) and writes
``app/db/schemas/<revision>.json``. With ``--check`` it writes nothing and exits 1 when a
stored file differs from what the migrations produce now (the test suite does the same).
Run it after adding a migration.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from importlib.resources import files
from pathlib import Path

from app.db.schema_check import Schema, read_schema


def build_expected(revision: str) -> Schema:
    """The normalised schema a new database has once migrated to ``revision``."""
    from app.db.engine import make_engine
    from app.db.migrate import upgrade_schema

    with tempfile.TemporaryDirectory(prefix="mentordesk-schema-") as work:
        path = Path(work) / "expected.db"
        engine = make_engine(path)
        try:
            with engine.connect() as migrating:
                upgrade_schema(migrating, revision)
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            schema = read_schema(conn)
        finally:
            conn.close()
    return {"revision": revision, **schema}


def _render(value: object, indent: str) -> str:
    """JSON with one schema object, column, index or foreign key per line (small diffs)."""
    inner = indent + " "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {_render(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}" if items else "{}"
    if isinstance(value, list) and value and all(isinstance(v, list | dict) for v in value):
        return "[\n" + ",\n".join(inner + _render(v, inner) for v in value) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


def render(schema: Schema) -> str:
    return _render(schema, "") + "\n"


def schema_file(revision: str) -> Path:
    return Path(str(files("app.db") / "schemas")) / f"{revision}.json"


def main(argv: list[str] | None = None) -> int:
    from app.db.migrate import known_revisions

    parser = argparse.ArgumentParser(prog="python -m app.db.schema_expected")
    parser.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for revision in sorted(known_revisions()):
        text = render(build_expected(revision))
        target = schema_file(revision)
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(target.name)
        if not args.check:
            target.parent.mkdir(exist_ok=True)
            target.write_text(text, encoding="utf-8")
    verb = "differ from the migrations" if args.check else "written"
    sys.stdout.write(f"{', '.join(stale) or 'none'} {verb}\n")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
