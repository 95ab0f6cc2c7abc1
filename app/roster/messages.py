"""The refusals and warnings of ``app.roster`` (reading, mapping, importing, editing the
roster), in English and French; see ``app.sentences``. The problems of single rows of an
import are in ``app.roster.problems``.

Keys start with ``roster.``. A sentence made of parts takes the parts as sentences
(``reason``, ``what``, ``listed``), so each part is said in the same language.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.sentences import NB, Sentence, register, sentence


def _q(name: str) -> str:
    """``{name}`` in French quotation marks, for a French template."""
    return f"«{NB}{{{name}}}{NB}»"


_AGAIN_UTF8 = (
    "so accented names would be stored garbled; save the file again as CSV UTF-8 and import again.",
    "les noms accentués seraient donc enregistrés déformés; enregistrez de nouveau le "
    "fichier en CSV UTF-8 et importez-le de nouveau.",
)
_FIX_QUOTE = (
    "so the rows after it would be read as one cell; fix the quote and import again.",
    "les lignes suivantes seraient donc lues comme une seule cellule; corrigez le "
    "guillemet et importez de nouveau.",
)
_GRID_LIMIT = (
    "; delete the empty rows and columns after the data, or save the sheet as CSV, and "
    "import again.",
    "; supprimez les lignes et les colonnes vides après les données, ou enregistrez la "
    "feuille en CSV, puis importez de nouveau.",
)

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- pieces of other sentences ------------------------------------------------------
    "roster.quoted": ("“{text}”", _q("text")),
    "roster.list": ("{first}, {rest}", "{first}, {rest}"),
    "roster.the_mapping": ("the mapping", "la correspondance"),
    "roster.kind.workbook": ("a workbook", "un classeur"),
    "roster.kind.csv": ("a CSV file", "un fichier CSV"),
    "roster.kind.png": ("a PNG image", "une image PNG"),
    "roster.kind.jpeg": ("a JPEG image", "une image JPEG"),
    "roster.kind.gif": ("a GIF image", "une image GIF"),
    "roster.kind.pdf": ("a PDF document", "un document PDF"),
    "roster.kind.database": ("a database file", "un fichier de base de données"),
    "roster.kind.gzip": ("a compressed (gzip) file", "un fichier compressé (gzip)"),
    "roster.kind.rar": ("a RAR archive", "une archive RAR"),
    "roster.kind.7z": ("a 7-Zip archive", "une archive 7-Zip"),
    "roster.sheet.one_row": ("{count:,} row", "{count} ligne"),
    "roster.sheet.rows": ("{count:,} rows", "{count} lignes"),
    "roster.sheet.hidden": ("{detail}, hidden", "{detail}, masquée"),
    "roster.sheet.item": ("“{sheet}” ({detail})", f"{_q('sheet')} ({{detail}})"),
    # -- reading a file (reader, csv_checks) --------------------------------------------
    "roster.file_unopenable": (
        "{name} cannot be opened ({reason}).",
        "{name} ne peut pas être ouvert ({reason}).",
    ),
    "roster.too_large": (
        "{name} is too large to import ({size_mb:,.0f} MB; {what} can be at most "
        "{limit_mb:,.0f} MB): split it into smaller files and import each.",
        f"{{name}} est trop volumineux pour être importé ({{size_mb:.0f}}{NB}Mo; {{what}} "
        f"peut compter au plus {{limit_mb:.0f}}{NB}Mo){NB}: divisez-le en fichiers plus "
        "petits et importez chacun d'eux.",
    ),
    "roster.file_empty": ("{name} is empty.", "{name} est vide."),
    "roster.not_a_spreadsheet": (
        "{name} is {what}, not a spreadsheet (CSV, XLSX or ODS).",
        "{name} est {what}, pas un chiffrier (CSV, XLSX ou ODS).",
    ),
    "roster.workbook_invalid": (
        "{name} is not a valid Excel or OpenDocument workbook.",
        "{name} n'est pas un classeur Excel ou OpenDocument valide.",
    ),
    "roster.csv_has_no_sheets": (
        "{name} is a text (CSV) file, which has no sheets to choose.",
        "{name} est un fichier texte (CSV), qui n'a pas de feuilles à choisir.",
    ),
    "roster.not_text": (
        "{name} is not a readable spreadsheet: its bytes are not text in UTF-8, UTF-16 or "
        "Windows-1252. Save it from the spreadsheet program as CSV UTF-8 or as XLSX.",
        f"{{name}} n'est pas un chiffrier lisible{NB}: son contenu n'est pas du texte en "
        "UTF-8, UTF-16 ou Windows-1252. Enregistrez-le depuis le tableur en CSV UTF-8 ou "
        "en XLSX.",
    ),
    "roster.no_data_rows": (
        "{name} has no rows with data.",
        "{name} ne contient aucune ligne de données.",
    ),
    "roster.row_too_wide": (
        "{name}, row {row}: the row has {cells:,} cells, more than the {limit:,} columns a "
        "sign-up sheet can have, so the file cannot be read as a sign-up export.",
        f"{{name}}, ligne {{row}}{NB}: la ligne compte {{cells}} cellules, plus que les "
        "{limit} colonnes que peut avoir une feuille d'inscription; le fichier ne peut donc "
        "pas être lu comme une exportation d'inscriptions.",
    ),
    "roster.duplicate_header": (
        "The column header “{base}” appears more than once; column {letter} is read as “{header}”.",
        f"L'en-tête de colonne {_q('base')} apparaît plus d'une fois; la colonne {{letter}} "
        f"est lue comme {_q('header')}.",
    ),
    "roster.cell_too_long": (
        "{name}, row {row}: a cell is longer than {limit:,} characters, which usually means "
        "a quotation mark is never closed; fix the quote and import again.",
        f"{{name}}, ligne {{row}}{NB}: une cellule dépasse {{limit}} caractères, ce qui "
        "signifie habituellement qu'un guillemet n'est jamais fermé; corrigez le guillemet "
        "et importez de nouveau.",
    ),
    "roster.csv_malformed": (
        "{name} is not a well-formed CSV file ({detail}).",
        "{name} n'est pas un fichier CSV bien formé ({detail}).",
    ),
    "roster.quote_never_closed": (
        "{name}, row {row}: a quotation mark opens in column {column} and is never closed, "
        + _FIX_QUOTE[0],
        f"{{name}}, ligne {{row}}{NB}: un guillemet s'ouvre dans la colonne {{column}} et "
        "n'est jamais fermé; " + _FIX_QUOTE[1],
    ),
    "roster.quote_never_closed_last_row": (
        "{name}, row {row}: a quotation mark opens in column {column} and is never closed, so "
        "the rest of that row would be read as one cell; fix the quote and import again.",
        f"{{name}}, ligne {{row}}{NB}: un guillemet s'ouvre dans la colonne {{column}} et "
        "n'est jamais fermé; le reste de la ligne serait donc lu comme une seule cellule; "
        "corrigez le guillemet et importez de nouveau.",
    ),
    "roster.quote_open_at_cell_end": (
        "{name}, row {row}: a quotation mark opens in column {column} and is not closed "
        "where the cell ends, " + _FIX_QUOTE[0],
        f"{{name}}, ligne {{row}}{NB}: un guillemet s'ouvre dans la colonne {{column}} et "
        "n'est pas fermé à la fin de la cellule; " + _FIX_QUOTE[1],
    ),
    "roster.utf8_marked_mixed": (
        "{name} is marked as UTF-8 but line {line} is not (probably Windows-1252), "
        + _AGAIN_UTF8[0],
        "{name} est marqué comme UTF-8, mais la ligne {line} ne l'est pas (probablement "
        "Windows-1252); " + _AGAIN_UTF8[1],
    ),
    "roster.mixed_encodings": (
        "{name} mixes two text encodings: line {utf8_line} is UTF-8 but line {other_line} "
        "is not (probably Windows-1252), " + _AGAIN_UTF8[0],
        f"{{name}} mélange deux encodages de texte{NB}: la ligne {{utf8_line}} est en UTF-8, "
        "mais la ligne {other_line} ne l'est pas (probablement Windows-1252); " + _AGAIN_UTF8[1],
    ),
    # -- reading a workbook (workbook, workbook_guard, sheet_grid) ----------------------
    "roster.workbook_damaged": (
        "{name} is a damaged or protected workbook.",
        "{name} est un classeur endommagé ou protégé.",
    ),
    "roster.workbook_unreadable": (
        "{name} cannot be read as an Excel or OpenDocument workbook.",
        "{name} ne peut pas être lu comme un classeur Excel ou OpenDocument.",
    ),
    "roster.workbook_empty": (
        "{name} is empty: none of its sheets holds any data.",
        f"{{name}} est vide{NB}: aucune de ses feuilles ne contient de données.",
    ),
    "roster.sheet_empty": (
        "The sheet “{sheet}” of {name} is empty.",
        f"La feuille {_q('sheet')} de {{name}} est vide.",
    ),
    "roster.several_sheets": (
        "{file} has {count} sheets with data: {listed}; say which one to import "
        '(on the command line, --sheet "{first}").',
        f"{{file}} contient {{count}} feuilles avec des données{NB}: {{listed}}; indiquez "
        'laquelle importer (en ligne de commande, --sheet "{first}").',
    ),
    "roster.no_such_sheet": (
        "{file} has no sheet called “{sheet}”; its sheets are {listed}.",
        f"{{file}} n'a aucune feuille nommée {_q('sheet')}; ses feuilles sont{NB}: {{listed}}.",
    ),
    "roster.workbook_xlsb": (
        "{name} is an Excel binary workbook (.xlsb), which cannot be checked before it is "
        "read; save it as .xlsx or CSV and import again.",
        "{name} est un classeur binaire Excel (.xlsb), qui ne peut pas être vérifié avant "
        "d'être lu; enregistrez-le en .xlsx ou en CSV et importez de nouveau.",
    ),
    "roster.unsafe": (
        "{name} cannot be read safely: {reason}.",
        f"{{name}} ne peut pas être lu sans danger{NB}: {{reason}}.",
    ),
    "roster.unsafe.parts": (
        "it holds {count:,} parts, more than any workbook has",
        "il contient {count} parties, plus qu'aucun classeur n'en a",
    ),
    "roster.unsafe.inflated": (
        "once unzipped it would take more than {limit_mb:,} MB, more than a sign-up workbook holds",
        f"une fois décompressé, il occuperait plus de {{limit_mb}}{NB}Mo, plus que ne "
        "contient un classeur d'inscriptions",
    ),
    "roster.unsafe.part_inflated": (
        "once unzipped, its part “{part}” would take more than {limit_mb:,} MB, more than "
        "a sign-up workbook holds",
        f"une fois décompressée, sa partie {_q('part')} occuperait plus de "
        f"{{limit_mb}}{NB}Mo, plus que ne contient un classeur d'inscriptions",
    ),
    "roster.unsafe.ratio": (
        "its part “{part}” unzips to more than {ratio} times its stored size, as only a "
        "deliberately inflated file (a “zip bomb”) does",
        f"sa partie {_q('part')} se décompresse à plus de {{ratio}} fois sa taille "
        f"enregistrée, ce que seul un fichier gonflé exprès (une «{NB}bombe zip{NB}») fait",
    ),
    "roster.unsafe_grid": (
        "{name} cannot be read safely: {reason}" + _GRID_LIMIT[0],
        f"{{name}} ne peut pas être lu sans danger{NB}: {{reason}}" + _GRID_LIMIT[1],
    ),
    "roster.grid.declares": ("declares cells up to", "déclare des cellules jusqu'à"),
    "roster.grid.has": ("has cells up to", "a des cellules jusqu'à"),
    "roster.grid.columns": (
        "a sheet {verb} column {letters} ({columns:,} columns), more than the "
        "{limit:,} columns a sign-up sheet can have",
        "une feuille {verb} la colonne {letters} ({columns} colonnes), plus que les "
        "{limit} colonnes que peut avoir une feuille d'inscription",
    ),
    "roster.grid.rows": (
        "a sheet {verb} row {row:,}, more than the {limit:,} rows a spreadsheet can have",
        "une feuille {verb} la ligne {row}, plus que les {limit} lignes que peut avoir un "
        "chiffrier",
    ),
    "roster.grid.cells": (
        "a sheet {verb} {letters}{row} ({row:,} rows by {columns:,} columns), more than "
        "the {limit:,} cells a sign-up sheet can have",
        "une feuille {verb} {letters}{row} ({row} lignes sur {columns} colonnes), plus que "
        "les {limit} cellules que peut avoir une feuille d'inscription",
    ),
    # -- column mappings (columns, importer, presets) -----------------------------------
    "roster.mapping_not_object": (
        "The column mapping in {source} must be a JSON object.",
        "La correspondance des colonnes dans {source} doit être un objet JSON.",
    ),
    "roster.mapping_not_names": (
        "The column mapping in {source} must map column names to field names.",
        "La correspondance des colonnes dans {source} doit associer des noms de colonnes "
        "à des noms de champs.",
    ),
    "roster.mapping_unknown_field": (
        "The column mapping in {source} names an unknown field “{field}”; use one of: {known}.",
        f"La correspondance des colonnes dans {{source}} nomme un champ inconnu "
        f"{_q('field')}; utilisez l'un de ceux-ci{NB}: {{known}}.",
    ),
    "roster.mapping_double_field": (
        "The mapping sends both “{first}” and “{second}” to {field}; choose one of them.",
        f"La correspondance envoie à la fois {_q('first')} et {_q('second')} vers "
        "{field}; choisissez l'une des deux.",
    ),
    "roster.mapping_file_unopenable": (
        "The mapping file {name} cannot be opened.",
        "Le fichier de correspondance {name} ne peut pas être ouvert.",
    ),
    "roster.mapping_file_not_json": (
        "The mapping file {name} is not valid JSON.",
        "Le fichier de correspondance {name} n'est pas un JSON valide.",
    ),
    "roster.no_mapping_called": (
        "There is no mapping file or saved column mapping called “{value}”.",
        f"Il n'y a aucun fichier de correspondance ni aucune correspondance de colonnes "
        f"enregistrée nommée {_q('value')}.",
    ),
    "roster.no_preset": (
        "There is no saved column mapping called “{name}”.",
        f"Il n'y a aucune correspondance de colonnes enregistrée nommée {_q('name')}.",
    ),
    "roster.preset_name_required": (
        "Give the column mapping a name.",
        "Donnez un nom à la correspondance des colonnes.",
    ),
    "roster.preset_name_too_long": (
        "A mapping name must be at most {limit} characters.",
        "Le nom d'une correspondance ne peut pas dépasser {limit} caractères.",
    ),
    # -- importing (importer, answer_keys, import_history) ------------------------------
    "roster.column.no_email": ("has no email column", "n'a pas de colonne de courriel"),
    "roster.column.no_name": (
        "has no first name or name column",
        "n'a pas de colonne de prénom ni de nom",
    ),
    "roster.file_problem": ("{file} {problem}.", "{file} {problem}."),
    "roster.the_file_problem": ("The file {problem}.", "Le fichier {problem}."),
    "roster.file_problems": ("{file} {first} and {second}.", "{file} {first} et {second}."),
    "roster.file_changed": (
        "{file} changed since it was checked; check it again before importing.",
        "{file} a changé depuis sa vérification; vérifiez-le de nouveau avant de l'importer.",
    ),
    "roster.role_not_in_program_use": (
        "“{role}” is not a role of this program; use one of: {ladder}.",
        f"{_q('role')} n'est pas un rôle de ce programme; utilisez l'un de ceux-ci{NB}: "
        "{ladder}.",
    ),
    "roster.not_catalogue_field": (
        "“{field}” is not a field with a catalogue of answers.",
        f"{_q('field')} n'est pas un champ doté d'un catalogue de réponses.",
    ),
    "roster.answer_unmappable": (
        "“{value}” is not a value of the catalogue of {field}; the answer “{answer}” cannot "
        "be mapped to it.",
        f"{_q('value')} n'est pas une valeur du catalogue {{field}}; la réponse "
        f"{_q('answer')} ne peut pas y être associée.",
    ),
    "roster.import_gone": ("That import no longer exists.", "Cette importation n'existe plus."),
    "roster.import_already_undone": (
        "That import was already undone.",
        "Cette importation a déjà été annulée.",
    ),
    "roster.import_in_matches": (
        "This import cannot be undone: some of its participants are in matches. Remove "
        "those matches first.",
        f"Cette importation ne peut pas être annulée{NB}: certains de ses participants font "
        "partie de jumelages. Retirez d'abord ces jumelages.",
    ),
    # -- the roster (service, deletion, detail, export) ---------------------------------
    "roster.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "roster.person_gone": ("That person no longer exists.", "Cette personne n'existe plus."),
    "roster.participant_gone": (
        "That participant no longer exists.",
        "Ce participant n'existe plus.",
    ),
    "roster.participants_gone": (
        "Some of these participants no longer exist; reload the roster.",
        "Certains de ces participants n'existent plus; rechargez la liste des participants.",
    ),
    "roster.email_needed": (
        "A participant needs a valid email address.",
        "Un participant doit avoir une adresse courriel valide.",
    ),
    "roster.first_name_needed": (
        "A participant needs a first name.",
        "Un participant doit avoir un prénom.",
    ),
    "roster.already_in_cycle": (
        "{email} is already in this cycle as {role}.",
        "{email} fait déjà partie de ce cycle comme {role}.",
    ),
    "roster.person_already_in_cycle": (
        "This person is already in this cycle as {role}.",
        "Cette personne fait déjà partie de ce cycle comme {role}.",
    ),
    "roster.unknown_status": (
        "Unknown participant status “{status}”.",
        f"Statut de participant inconnu{NB}: {_q('status')}.",
    ),
    "roster.email_taken": (
        "Another person already uses {email}. Each person needs their own email address.",
        "Une autre personne utilise déjà {email}. Chaque personne doit avoir sa propre "
        "adresse courriel.",
    ),
    "roster.role_not_in_program": (
        "“{role}” is not a role of this program.",
        f"{_q('role')} n'est pas un rôle de ce programme.",
    ),
    "roster.role_change_matched": (
        "This person is in a match as a {role}. End or remove the match on the Matching "
        "page before changing their role.",
        "Cette personne fait partie d'un jumelage comme {role}. Terminez ou retirez le "
        "jumelage à la page Jumelage avant de changer son rôle.",
    ),
    "roster.nothing_to_change": (
        "Choose at least one thing to change.",
        "Choisissez au moins une chose à modifier.",
    ),
    "roster.deletion_reason": (
        "Say why this person is deleted (it goes to the audit trail).",
        "Indiquez pourquoi cette personne est supprimée (la raison est consignée au journal "
        "d'audit).",
    ),
    "roster.export_what": (
        "Cannot export “{what}”; choose participants, matches or meetings.",
        f"Impossible d'exporter {_q('what')}; choisissez participants, matches ou meetings.",
    ),
    "roster.export_suffix": (
        "{name} must end in .csv or .xlsx.",
        "{name} doit se terminer par .csv ou .xlsx.",
    ),
}

register(_TEMPLATES)


def quoted(text: str) -> Sentence:
    """``text`` in quotation marks: “text” in English, « text » in French."""
    return sentence("roster.quoted", text=text)


def listed(items: Sequence[str]) -> str:
    """``items`` joined with ", ", each said in the sentence's language.

    Halves are joined in turn, so a long list nests only as deep as its logarithm.
    """
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    middle = len(items) // 2
    return sentence("roster.list", first=listed(items[:middle]), rest=listed(items[middle:]))


__all__ = ["listed", "quoted", "sentence"]
