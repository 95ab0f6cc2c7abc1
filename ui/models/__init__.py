"""Qt table models: thin adapters over the plain rows the services return."""
