"""Programs and cycles: creation, lookup and role ladders."""
