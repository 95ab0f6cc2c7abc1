"""Orientation and training sessions each participant attended in a cycle: kept by hand
in the person's detail or imported from an attendance sheet (``attendance``)."""
