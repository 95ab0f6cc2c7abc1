"""The pages of the main window, one per job of the coordinator."""
