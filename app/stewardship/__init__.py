"""Data stewardship: what is held about one person, and erasing it (see ``service``)."""
