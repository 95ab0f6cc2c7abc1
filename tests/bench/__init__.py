"""Benchmarks for ``make bench``: our code path against the raw library, same run."""
