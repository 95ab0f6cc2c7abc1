"""The Groups page: propose a relation's groups and work with them on a board."""

from ui.pages.groups.page import GroupsPage

__all__ = ["GroupsPage"]
