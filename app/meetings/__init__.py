"""Meeting and contact logs, and engagement against the program cadence."""
