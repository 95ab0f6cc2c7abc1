"""The sentences of ``app.safe_files`` (refused destinations, failed writes), in English and
French; see ``app.sentences``.

Callers say what they write in English words (``"the export"``); ``thing`` turns the ones
known here into sentences, so the French window says « l'exportation » instead.
"""

from __future__ import annotations

from app.sentences import NB, Sentence, register, sentence

_Q = f"«{NB}{{path}}{NB}»"  # a path in French quotation marks

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- what a batch writes, as callers name it ----------------------------------------
    "files.thing.the export": ("the export", "l'exportation"),
    "files.thing.the rejected rows": ("the rejected rows", "les lignes refusées"),
    "files.thing.the file being imported": (
        "the file being imported",
        "le fichier en cours d'importation",
    ),
    "files.thing.this person's data": ("this person's data", "les données de cette personne"),
    "files.thing.the letters": ("the letters", "les lettres"),
    "files.thing.the email drafts": ("the email drafts", "les brouillons de courriel"),
    "files.thing.the nudge list": ("the nudge list", "la liste de relances"),
    "files.thing.the calendar reminders": ("the calendar reminders", "les rappels d'agenda"),
    "files.thing.the backup": ("the backup", "la sauvegarde"),
    "files.thing.the note about the failed backup": (
        "the note about the failed backup",
        "la note sur la sauvegarde qui a échoué",
    ),
    # -- a path as the user gave it -----------------------------------------------------
    "files.path": ("“{path}”", _Q),
    "files.path_via_link": (
        "“{path}” (which leads to “{real}”)",
        f"{_Q} (qui mène à «{NB}{{real}}{NB}»)",
    ),
    # -- what a protected destination is ------------------------------------------------
    "files.kind.your_database": ("your MentorDesk database", "votre base de données MentorDesk"),
    "files.kind.your_working_file": (
        "a working file of your MentorDesk database",
        "un fichier de travail de votre base de données MentorDesk",
    ),
    "files.kind.working_file_of": (
        "a working file of the database “{base}”",
        f"un fichier de travail de la base de données «{NB}{{base}}{NB}»",
    ),
    "files.kind.backup": ("a MentorDesk backup", "une sauvegarde MentorDesk"),
    "files.kind.backup_name": (
        "named like a MentorDesk backup",
        "nommé comme une sauvegarde MentorDesk",
    ),
    "files.kind.database": ("a database", "une base de données"),
    "files.kind.working_file": (
        "a working file of a database",
        "un fichier de travail d'une base de données",
    ),
    # -- what to do instead -------------------------------------------------------------
    "files.instead_name": (
        "choose another file name for {what}",
        "choisissez un autre nom de fichier pour {what}",
    ),
    "files.instead_folder": ("choose a folder for {what}", "choisissez un dossier pour {what}"),
    # -- refused destinations -----------------------------------------------------------
    "files.link_nowhere": (
        "“{path}” is a link that leads nowhere; {instead}.",
        f"{_Q} est un lien qui ne mène nulle part; {{instead}}.",
    ),
    "files.is_protected": ("{path} is {kind}; {instead}.", "{path} est {kind}; {instead}."),
    "files.in_backup_folder": (
        "“{path}” is in the MentorDesk backup folder; choose another folder for {what}.",
        f"{_Q} est dans le dossier des sauvegardes de MentorDesk; "
        "choisissez un autre dossier pour {what}.",
    ),
    "files.is_backup_folder": (
        "“{path}” is the MentorDesk backup folder; choose another folder for {what}.",
        f"{_Q} est le dossier des sauvegardes de MentorDesk; "
        "choisissez un autre dossier pour {what}.",
    ),
    "files.is_folder": (
        "“{path}” is a folder; choose a file name for {what}.",
        f"{_Q} est un dossier; choisissez un nom de fichier pour {{what}}.",
    ),
    "files.not_ordinary": (
        "“{path}” is not an ordinary file; {instead}.",
        f"{_Q} n'est pas un fichier ordinaire; {{instead}}.",
    ),
    "files.unreadable": (
        "“{path}” cannot be read, so MentorDesk cannot tell whether it is safe to replace; "
        "{instead}.",
        f"MentorDesk ne peut pas lire {_Q} et ne peut donc pas savoir s'il peut le "
        "remplacer sans risque; {instead}.",
    ),
    "files.no_folder": (
        "The folder “{path}” does not exist; choose another folder for {what}.",
        f"Le dossier {_Q} n'existe pas; choisissez un autre dossier pour {{what}}.",
    ),
    "files.protected_not_folder": (
        "{path} is {kind}, not a folder; {instead}.",
        "{path} est {kind}, pas un dossier; {instead}.",
    ),
    "files.file_not_folder": (
        "“{path}” is a file, not a folder; {instead}.",
        f"{_Q} est un fichier, pas un dossier; {{instead}}.",
    ),
    "files.file_not_folder_for": (
        "“{path}” is a file, not a folder; choose another folder for {what}.",
        f"{_Q} est un fichier, pas un dossier; choisissez un autre dossier pour {{what}}.",
    ),
    # -- failed writes ------------------------------------------------------------------
    "files.write_failed": (
        "Could not write “{path}”: {cause}; nothing was changed.",
        f"Impossible d'écrire {_Q}{NB}: {{cause}}; rien n'a été modifié.",
    ),
    "files.folder_failed": (
        "Could not create the folder “{path}”: {cause}; nothing was changed.",
        f"Impossible de créer le dossier {_Q}{NB}: {{cause}}; rien n'a été modifié.",
    ),
    "files.cause.disk_full": ("the disk is full", "le disque est plein"),
    "files.cause.denied": ("permission was denied", "l'autorisation a été refusée"),
    "files.cause.denied_windows": (
        "permission was denied (is the file open in another program?)",
        "l'autorisation a été refusée (le fichier est-il ouvert dans un autre programme?)",
    ),
    "files.cause.read_only": (
        "the disk or folder is read-only",
        "le disque ou le dossier est en lecture seule",
    ),
    "files.cause.name_too_long": ("the name is too long", "le nom est trop long"),
    "files.cause.too_large": (
        "the file is too large for that disk",
        "le fichier est trop gros pour ce disque",
    ),
    "files.cause.disk_error": ("the disk reported an error", "le disque a signalé une erreur"),
    "files.cause.folder_gone": ("the folder is gone", "le dossier n'existe plus"),
}

register(_TEMPLATES)


def thing(what: str) -> str:
    """``what`` a caller writes (``"the export"``) as a sentence when its words are known
    here, so the window can say it in French; other words as they are."""
    if isinstance(what, Sentence):
        return what
    key = f"files.thing.{what}"
    return sentence(key) if key in _TEMPLATES else what
