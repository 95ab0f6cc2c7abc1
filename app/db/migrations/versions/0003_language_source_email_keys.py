"""how each person's reading language was decided; email keys made by the one rule

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 17:30:00.000000

``person.language_source`` records how ``preferred_language`` was decided (stated on the
form, from the languages spoken, from the form's language, set by the coordinator, or not
known), so that reasons never call a default the person's preference. Existing rows only
know the old default "en": a letter language that differs from it was chosen; otherwise
it is derived from the languages spoken where they name one official language.

Email keys written before ``email_key`` lowered non-ASCII letters (or by hand) may differ
from what the import computes now, so a returning person would not be recognised; they
are recomputed here. The functions are copied, not imported, so that this migration does
the same thing whatever the application code becomes.
"""

import json
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.errors import SafetyError

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Folded spellings of the two official languages, as stored by imports and the form.
_OFFICIAL = {
    "english": "en",
    "anglais": "en",
    "en": "en",
    "french": "fr",
    "francais": "fr",
    "fr": "fr",
}


def _email_key(address: str) -> str:
    """app.roster.values.email_key as of this revision: NFC, letters lowered one for one."""
    text = address.strip()
    if text.isascii():
        return text.lower()
    letters = []
    for letter in unicodedata.normalize("NFC", text):
        lower = letter.lower()
        letters.append(lower if len(lower) == 1 else letter)
    return "".join(letters)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _official(languages_json: str | None) -> list[str]:
    """The official languages among the stored languages spoken, in the order listed."""
    try:
        names = json.loads(languages_json or "[]")
    except ValueError:
        return []
    codes: list[str] = []
    for name in names if isinstance(names, list) else []:
        code = _OFFICIAL.get(_fold(str(name)))
        if code is not None and code not in codes:
            codes.append(code)
    return codes


def _language(preferred: str, languages_json: str | None) -> tuple[str, str]:
    official = _official(languages_json)
    if preferred == "fr":
        # Different from the old default, so somebody chose it, unless the languages
        # spoken (French only) were what chose it.
        return "fr", "spoken" if official == ["fr"] else "stated"
    if preferred == "en" and len(official) == 1:
        return official[0], "spoken"
    return preferred, "unknown"


def _fix_email_keys(conn: sa.Connection) -> None:
    rows = conn.exec_driver_sql("SELECT id, email, email_key FROM person ORDER BY id").fetchall()
    owners: dict[str, tuple[int, str]] = {}
    changed: list[dict[str, object]] = []
    for person_id, email, stored in rows:
        key = _email_key(email or "")
        if key in owners:
            raise SafetyError(
                f"Two people in this database have the address {owners[key][1]} written "
                "in different letter case; change or remove one of them with the previous "
                "version of MentorDesk, then open the database again (nothing was changed)."
            )
        owners[key] = (person_id, email)
        if key != stored:
            changed.append({"id": person_id, "key": key})
    if changed:
        # Two steps so that swapping keys between rows never meets the unique index.
        conn.execute(
            sa.text("UPDATE person SET email_key = '#' || id || '#' || :key WHERE id = :id"),
            changed,
        )
        conn.execute(sa.text("UPDATE person SET email_key = :key WHERE id = :id"), changed)


def upgrade() -> None:
    conn = op.get_bind()
    _fix_email_keys(conn)
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "language_source", sa.String(length=20), server_default="unknown", nullable=False
            )
        )
    rows = conn.exec_driver_sql("SELECT id, preferred_language, languages FROM person").fetchall()
    updates = []
    for person_id, preferred, languages in rows:
        language, source = _language(preferred or "", languages)
        updates.append({"id": person_id, "language": language, "source": source})
    if updates:
        conn.execute(
            sa.text(
                "UPDATE person SET preferred_language = :language, language_source = :source "
                "WHERE id = :id"
            ),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("language_source")
