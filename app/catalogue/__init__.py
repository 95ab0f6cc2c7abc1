"""One catalogue of answers per choice field, in English and French (see ``model``)."""

from app.catalogue.edits import add_value, load_catalogue, map_answer, merge_values, rename_value
from app.catalogue.model import FIELDS, Catalogue, UnmappedAnswer, Value, seed_catalogue

__all__ = [
    "FIELDS",
    "Catalogue",
    "UnmappedAnswer",
    "Value",
    "add_value",
    "load_catalogue",
    "map_answer",
    "merge_values",
    "rename_value",
    "seed_catalogue",
]
