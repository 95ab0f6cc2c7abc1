"""The Matching page: proposals, saved matches, pairing by hand, settings and undo."""

from ui.pages.matching.page import MatchingPage

__all__ = ["MatchingPage"]
