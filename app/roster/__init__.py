"""Rosters: people and participants, import and export."""
