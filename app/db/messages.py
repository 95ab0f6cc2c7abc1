"""The sentences of ``app.db`` (a database refused before it is opened, a changed schema,
a value MentorDesk cannot have written), in English and French; see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register

_Q = f"«{NB}{{name}}{NB}»"  # a name in French quotation marks
_T = f"«{NB}{{table}}{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- what MentorDesk did about a refused file ---------------------------------------
    "db.refusal_open": (
        "so MentorDesk did not open it and left it unchanged.",
        "MentorDesk ne l'a donc pas ouvert et l'a laissé tel quel.",
    ),
    # -- the file itself ---------------------------------------------------------------
    "db.no_database": (
        "There is no database at {path}; create one with `mentordesk init` or `demo`.",
        "Il n'y a pas de base de données à {path}; créez-en une avec `mentordesk init` ou `demo`.",
    ),
    "db.empty_file": (
        "{path} is an empty file, not a MentorDesk database; create one with "
        "`mentordesk init` or `demo`.",
        "{path} est un fichier vide, pas une base de données MentorDesk; créez-en une avec "
        "`mentordesk init` ou `demo`.",
    ),
    "db.empty_database": (
        "{path} is an empty database, not a MentorDesk database; create one with "
        "`mentordesk init` or `demo`.",
        "{path} est une base de données vide, pas une base de données MentorDesk; créez-en "
        "une avec `mentordesk init` ou `demo`.",
    ),
    "db.unreachable": (
        "MentorDesk cannot reach {path} ({cause}).",
        "MentorDesk ne peut pas atteindre {path} ({cause}).",
    ),
    "db.unreadable": (
        "MentorDesk cannot read {path} ({cause}).",
        "MentorDesk ne peut pas lire {path} ({cause}).",
    ),
    "db.is_folder": (
        "{name} is a folder, not a database file.",
        "{name} est un dossier, pas un fichier de base de données.",
    ),
    "db.is_device": (
        "{path} is a device or a pipe, not a database file; MentorDesk did not open it.",
        "{path} est un périphérique ou un tube, pas un fichier de base de données; "
        "MentorDesk ne l'a pas ouvert.",
    ),
    "db.not_database": (
        "{name} is not a database, {refusal}",
        "{name} n'est pas une base de données; {refusal}",
    ),
    "db.damaged_or_not_database": (
        "{name} is damaged or not a database, {refusal}",
        "{name} est endommagé ou n'est pas une base de données; {refusal}",
    ),
    "db.not_mentordesk": (
        "{name} is a database, but not a MentorDesk database, {refusal}",
        "{name} est une base de données, mais pas une base de données MentorDesk; {refusal}",
    ),
    "db.too_new": (
        "{name} was saved by a newer version of MentorDesk; "
        "please install the latest version to use it.",
        "{name} a été enregistré par une version plus récente de MentorDesk; "
        "installez la dernière version pour l'utiliser.",
    ),
    "db.changed": (
        "{name} was changed outside MentorDesk ({problem}), {refusal}",
        "{name} a été modifié en dehors de MentorDesk ({problem}); {refusal}",
    ),
    "db.upgrade_broken_references": (
        "The database upgrade left broken references; nothing was changed.",
        "La mise à niveau de la base de données a laissé des liens brisés; rien n'a été modifié.",
    ),
    # -- how a schema differs (the {problem} of db.changed) ----------------------------
    "db.schema.invalid_name": (
        "a name in its schema is not valid text",
        "un nom de son schéma n'est pas du texte valide",
    ),
    "db.schema.encoding": (
        "it stores its text as {encoding}, which MentorDesk never does",
        "il enregistre son texte en {encoding}, ce que MentorDesk ne fait jamais",
    ),
    "db.schema.no_version": ("it has no schema version", "il n'a pas de version de schéma"),
    "db.schema.no_single_version": (
        "it records no single schema version",
        "il n'indique pas une seule version de schéma",
    ),
    "db.schema.extra_table": (
        "it has a table named “{name}” that MentorDesk never creates",
        f"il a une table nommée {_Q} que MentorDesk ne crée jamais",
    ),
    "db.schema.extra_index": (
        "it has an index named “{name}” that MentorDesk never creates",
        f"il a un index nommé {_Q} que MentorDesk ne crée jamais",
    ),
    "db.schema.extra_trigger": (
        "it has a trigger named “{name}” that MentorDesk never creates",
        f"il a un déclencheur nommé {_Q} que MentorDesk ne crée jamais",
    ),
    "db.schema.extra_view": (
        "it has a view named “{name}” that MentorDesk never creates",
        f"il a une vue nommée {_Q} que MentorDesk ne crée jamais",
    ),
    "db.schema.missing_table": (
        "its table “{name}” is missing",
        f"sa table {_Q} est manquante",
    ),
    "db.schema.missing_index": (
        "its index “{name}” is missing",
        f"son index {_Q} est manquant",
    ),
    "db.schema.unknown_kind": (
        "it has a schema entry of an unknown kind (“{kind}”)",
        f"il a une entrée de schéma d'un type inconnu («{NB}{{kind}}{NB}»)",
    ),
    "db.schema.extra_column": (
        "its table “{table}” has a column “{name}” that MentorDesk never creates",
        f"sa table {_T} a une colonne {_Q} que MentorDesk ne crée jamais",
    ),
    "db.schema.missing_column": (
        "the column “{name}” of its table “{table}” is missing",
        f"la colonne {_Q} de sa table {_T} est manquante",
    ),
    "db.schema.column_type": (
        "the column “{name}” of its table “{table}” has the type {have} "
        "where MentorDesk uses {want}",
        f"la colonne {_Q} de sa table {_T} est de type {{have}} "
        "alors que MentorDesk utilise {want}",
    ),
    "db.schema.column_defined": (
        "the column “{name}” of its table “{table}” is not defined as MentorDesk does",
        f"la colonne {_Q} de sa table {_T} n'est pas définie comme MentorDesk la définit",
    ),
    "db.schema.column_order": (
        "the columns of its table “{table}” are not in MentorDesk's order",
        f"les colonnes de sa table {_T} ne sont pas dans l'ordre de MentorDesk",
    ),
    "db.schema.links": (
        "the links of its table “{table}” to other tables differ from MentorDesk's",
        f"les liens de sa table {_T} vers d'autres tables diffèrent de ceux de MentorDesk",
    ),
    "db.schema.indexes": (
        "the unique keys or indexes of its table “{table}” differ from MentorDesk's",
        f"les clés uniques ou les index de sa table {_T} diffèrent de ceux de MentorDesk",
    ),
    "db.schema.checks": (
        "the rules (CHECK constraints) of its table “{table}” differ from MentorDesk's",
        f"les règles (contraintes CHECK) de sa table {_T} diffèrent de celles de MentorDesk",
    ),
    "db.schema.table_definition": (
        "the definition of its table “{table}” differs from MentorDesk's",
        f"la définition de sa table {_T} diffère de celle de MentorDesk",
    ),
    "db.schema.differs_index": (
        "its index “{name}” differs from MentorDesk's",
        f"son index {_Q} diffère de celui de MentorDesk",
    ),
    "db.schema.differs_trigger": (
        "its trigger “{name}” differs from MentorDesk's",
        f"son déclencheur {_Q} diffère de celui de MentorDesk",
    ),
    "db.schema.differs_view": (
        "its view “{name}” differs from MentorDesk's",
        f"sa vue {_Q} diffère de celle de MentorDesk",
    ),
    "db.schema.differs_table": (
        "its table “{name}” differs from MentorDesk's",
        f"sa table {_Q} diffère de celle de MentorDesk",
    ),
    "db.schema.other_version": (
        "it says its schema is version {revision}, but its tables are those of version {newer}",
        "il indique que son schéma est de version {revision}, mais ses tables sont celles "
        "de la version {newer}",
    ),
    # -- a value MentorDesk cannot have written ----------------------------------------
    "db.value.bad": (
        "row {row} of its table “{table}” holds {what} in “{column}”",
        f"la ligne {{row}} de sa table {_T} contient {{what}} dans «{NB}{{column}}{NB}»",
    ),
    "db.value.type": ("a value of the wrong kind", "une valeur du mauvais type"),
    "db.value.json": (
        "data that is not the JSON MentorDesk writes there",
        "des données qui ne sont pas le JSON que MentorDesk y écrit",
    ),
    "db.value.enum": (
        "a value MentorDesk never writes there",
        "une valeur que MentorDesk n'y écrit jamais",
    ),
    "db.value.utf8": ("text that is not valid UTF-8", "du texte qui n'est pas de l'UTF-8 valide"),
}

register(_TEMPLATES)
