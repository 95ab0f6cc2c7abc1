"""One catalogue of answers per choice field, in English and French (see ``model``).

The names are loaded on first use: ``app.catalogue.model`` needs no database layer, and the
window's first paint labels its rows with it before SQLAlchemy is imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.catalogue.edits import add_value as add_value
    from app.catalogue.edits import load_catalogue as load_catalogue
    from app.catalogue.edits import map_answer as map_answer
    from app.catalogue.edits import merge_values as merge_values
    from app.catalogue.edits import rename_value as rename_value
    from app.catalogue.model import FIELDS as FIELDS
    from app.catalogue.model import Catalogue as Catalogue
    from app.catalogue.model import UnmappedAnswer as UnmappedAnswer
    from app.catalogue.model import Value as Value
    from app.catalogue.model import seed_catalogue as seed_catalogue

_HOMES = {
    "add_value": "edits",
    "load_catalogue": "edits",
    "map_answer": "edits",
    "merge_values": "edits",
    "rename_value": "edits",
    "FIELDS": "model",
    "Catalogue": "model",
    "UnmappedAnswer": "model",
    "Value": "model",
    "seed_catalogue": "model",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
