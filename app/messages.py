"""The sentences of the modules at the top of ``app`` (``app.environment``: faults of the
computer; ``app.lock``: a database in use), in English and French; see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- what a fault is about when the error names no file ----------------------------
    "env.place.writing": ("the file MentorDesk was writing", "le fichier qu'écrivait MentorDesk"),
    "env.place.writing_start": (
        "The file MentorDesk was writing",
        "Le fichier qu'écrivait MentorDesk",
    ),
    "env.place.database": ("the database", "la base de données"),
    "env.place.database_start": ("The database", "La base de données"),
    # -- faults of the computer (app.environment) --------------------------------------
    "env.disk_full": (
        "There is no space left on the disk that holds {where}; free some space and try again.",
        "Il ne reste plus d'espace sur le disque qui contient {where}; libérez de l'espace "
        "et réessayez.",
    ),
    "env.read_only_disk": (
        "{where} is on a read-only disk; MentorDesk cannot save there.",
        "{where} est sur un disque en lecture seule; MentorDesk ne peut pas y enregistrer.",
    ),
    "env.not_allowed": (
        "MentorDesk is not allowed to use {where}; "
        "check its permissions and those of the folder it is in.",
        "MentorDesk n'a pas l'autorisation d'utiliser {where}; vérifiez ses autorisations "
        "et celles du dossier qui le contient.",
    ),
    "env.read_only_database": (
        "{where} is read-only; MentorDesk cannot save changes to it. "
        "Check the permissions of the file and of its folder.",
        "{where} est en lecture seule; MentorDesk ne peut pas y enregistrer de modifications. "
        "Vérifiez les autorisations du fichier et de son dossier.",
    ),
    "env.cannot_open": (
        "{where} cannot be opened; check that its folder exists and that you may write there.",
        "{where} ne peut pas être ouvert; vérifiez que son dossier existe et que vous pouvez "
        "y écrire.",
    ),
    "env.not_a_folder": (
        "MentorDesk cannot reach {where}: part of that path is a file, not a folder.",
        f"MentorDesk ne peut pas atteindre {{where}}{NB}: une partie de ce chemin est un "
        "fichier, pas un dossier.",
    ),
    "env.disk_error": (
        "The disk that holds {where} reported a read or write error; check the disk and try again.",
        "Le disque qui contient {where} a signalé une erreur de lecture ou d'écriture; "
        "vérifiez le disque et réessayez.",
    ),
    "env.damaged": (
        "{where} is damaged (SQLite finds its content malformed), so MentorDesk stopped "
        "before changing anything; restore a recent backup (Backups page or "
        "`mentordesk restore`).",
        "{where} est endommagé (SQLite juge son contenu mal formé); MentorDesk s'est donc "
        "arrêté avant de modifier quoi que ce soit. Restaurez une sauvegarde récente (page "
        "Sauvegardes ou `mentordesk restore`).",
    ),
    # -- a database in use (app.lock) --------------------------------------------------
    "lock.folder_in_the_way": (
        "{path} is a folder, but MentorDesk keeps the lock of {name} under that name; "
        "move or remove the folder.",
        "{path} est un dossier, mais MentorDesk garde le verrou de {name} sous ce nom; "
        "déplacez ou supprimez ce dossier.",
    ),
    "lock.in_use": (
        "{name} is already open in another MentorDesk window or command.",
        "{name} est déjà ouvert dans une autre fenêtre ou commande MentorDesk.",
    ),
}

register(_TEMPLATES)
