"""Data stewardship services: export what is held about a person, anonymise a person,
purge old cycles. The GUI and the roster's participant form call these."""

from app.stewardship.erase import (
    PURGE_MODES,
    PurgeReport,
    anonymise_person,
    is_anonymised,
    letter_files_about,
    purge_cutoff,
    purge_cycles,
    secure_vacuum,
)
from app.stewardship.export import export_person, write_person_export

__all__ = [
    "PURGE_MODES",
    "PurgeReport",
    "anonymise_person",
    "export_person",
    "is_anonymised",
    "letter_files_about",
    "purge_cutoff",
    "purge_cycles",
    "secure_vacuum",
    "write_person_export",
]
