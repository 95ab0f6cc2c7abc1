"""The sentences of ``app.backup`` (a refused backup or restore, a damaged file, where the
database lives), in English and French; see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- what MentorDesk did about a refused backup -------------------------------------
    "backup.refusal": (
        "so MentorDesk will not use it; your database was not changed.",
        "MentorDesk ne l'utilisera donc pas; votre base de données n'a pas été modifiée.",
    ),
    # -- the verdicts on a file (app.backup.checks, app.backup.memory) -----------------
    "backup.not_mentordesk": (
        "{label} is not a MentorDesk database or backup.",
        "{label} n'est ni une base de données ni une sauvegarde MentorDesk.",
    ),
    "backup.bad_header": (
        "{label} is damaged (its header is invalid).",
        "{label} est endommagé (son en-tête n'est pas valide).",
    ),
    "backup.cut_short": (
        "{label} is incomplete or damaged (the file is cut short).",
        "{label} est incomplet ou endommagé (le fichier est tronqué).",
    ),
    "backup.empty": (
        "{label} is empty, not a MentorDesk database or backup.",
        f"{{label}} est vide{NB}: ce n'est ni une base de données ni une sauvegarde MentorDesk.",
    ),
    "backup.unknown_schema": (
        "{label} has an unknown schema; {refusal}",
        "{label} a un schéma inconnu; {refusal}",
    ),
    "backup.integrity_failed": (
        "{label} is damaged (the integrity check failed).",
        "{label} est endommagé (la vérification d'intégrité a échoué).",
    ),
    "backup.broken_references": (
        "{label} is damaged (it has broken references).",
        "{label} est endommagé (il contient des liens brisés).",
    ),
    "backup.damaged_unusable": (
        "{label} is damaged and cannot be used.",
        "{label} est endommagé et ne peut pas être utilisé.",
    ),
    "backup.damaged_unreadable": (
        "{label} is damaged and cannot be read.",
        "{label} est endommagé et ne peut pas être lu.",
    ),
    # -- passphrases -------------------------------------------------------------------
    "backup.passphrase_empty": (
        "An encrypted backup needs a passphrase that is not empty.",
        "Une sauvegarde chiffrée exige une phrase de passe non vide.",
    ),
    "backup.wrong_passphrase": (
        "The passphrase is wrong or the backup is damaged.",
        "La phrase de passe est erronée ou la sauvegarde est endommagée.",
    ),
    "backup.passphrase_needed": (
        "{name} is encrypted; its passphrase is needed to restore it.",
        "{name} est chiffré; sa phrase de passe est nécessaire pour le restaurer.",
    ),
    # -- backing up --------------------------------------------------------------------
    "backup.missing": ("{name} does not exist.", "{name} n'existe pas."),
    "backup.no_backup_made": (
        "{reason_clause}; no backup was made.",
        "{reason_clause}; aucune sauvegarde n'a été faite.",
    ),
    "backup.unreadable_database": (
        "{name} cannot be read as a MentorDesk database.",
        "{name} ne peut pas être lu comme une base de données MentorDesk.",
    ),
    "backup.encrypted_not_intact": (
        "The encrypted backup of {name} did not read back intact.",
        "La sauvegarde chiffrée de {name} ne s'est pas relue intacte.",
    ),
    "backup.folder_unwritable": (
        "The backup folder could not be written ({cause}).",
        "Impossible d'écrire dans le dossier des sauvegardes ({cause}).",
    ),
    "backup.unexpected": (
        "An unexpected error stopped it; the log file has the details.",
        "Une erreur inattendue l'a interrompue; le fichier journal donne les détails.",
    ),
    "backup.system_error": ("system error", "erreur du système"),
    # -- restoring and deleting --------------------------------------------------------
    "backup.restore_from_itself": (
        "A database cannot be restored from itself.",
        "Une base de données ne peut pas être restaurée à partir d'elle-même.",
    ),
    "backup.open_elsewhere": (
        "{name} is open in another program; close it before restoring.",
        "{name} est ouvert dans un autre programme; fermez-le avant de restaurer.",
    ),
    "backup.still_open": (
        "{name} is still open in MentorDesk; close it before restoring.",
        "{name} est encore ouvert dans MentorDesk; fermez-le avant de restaurer.",
    ),
    "backup.not_a_backup": (
        "{name} is not a MentorDesk backup; it was not deleted.",
        "{name} n'est pas une sauvegarde MentorDesk; il n'a pas été supprimé.",
    ),
    "backup.not_deleted": (
        "{name} could not be deleted ({cause}).",
        "{name} n'a pas pu être supprimé ({cause}).",
    ),
    # -- the live database's health ----------------------------------------------------
    "backup.quick_check_failed": (
        "{name} failed its start-up check: the file is damaged.",
        f"{{name}} n'a pas passé la vérification au démarrage{NB}: le fichier est endommagé.",
    ),
    "backup.read_only": (
        "The database is open read-only because its check failed. Restore a backup "
        "(Backups page) to make changes again.",
        "La base de données est ouverte en lecture seule, car sa vérification a échoué. "
        "Restaurez une sauvegarde (page Sauvegardes) pour pouvoir la modifier de nouveau.",
    ),
    # -- where the database lives (app.backup.placement) -------------------------------
    "backup.placement_network": (
        "The database is in a network folder ({service}). Syncing or sharing a database "
        "that is open can damage it. Keep the database on this computer's own disk "
        "(for example the default data folder) and put only backups in synced folders.",
        "La base de données est dans un dossier réseau ({service}). Synchroniser ou partager "
        "une base de données ouverte peut l'endommager. Gardez la base de données sur le "
        "disque de cet ordinateur (par exemple le dossier de données par défaut) et ne mettez "
        "que des sauvegardes dans les dossiers synchronisés.",
    ),
    "backup.placement_synced": (
        "The database is in a {service} folder ({service}). Syncing or sharing a database "
        "that is open can damage it. Keep the database on this computer's own disk "
        "(for example the default data folder) and put only backups in synced folders.",
        "La base de données est dans un dossier {service} ({service}). Synchroniser ou "
        "partager une base de données ouverte peut l'endommager. Gardez la base de données "
        "sur le disque de cet ordinateur (par exemple le dossier de données par défaut) et "
        "ne mettez que des sauvegardes dans les dossiers synchronisés.",
    ),
    "backup.place.cloud": ("a cloud storage provider", "un service de stockage infonuagique"),
    "backup.place.share": ("a shared network folder", "un dossier réseau partagé"),
    "backup.place.drive": ("network drive {drive}", "lecteur réseau {drive}"),
    "backup.place.fs": ("{fs_type} network file system", "système de fichiers réseau {fs_type}"),
}

register(_TEMPLATES)
