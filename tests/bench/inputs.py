"""Seeded inputs for the benchmarks, so anyone can rebuild them."""

from __future__ import annotations

import csv
from pathlib import Path

from app.demo import fake_people

HEADERS = [
    "First name",
    "Last name",
    "Email Address",
    "Phone",
    "School",
    "Year of study",
    "City",
    "Province",
    "Languages spoken",
    "Areas of interest",
]


def signup_csv(path: Path, rows: int, seed: int = 7) -> Path:
    """A Google-Forms-like sign-up export of ``rows`` fictional medical students."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for p in fake_people(seed, rows, mentor=False):
            writer.writerow(
                [
                    p["first_name"],
                    p["last_name"],
                    p["email"],
                    p["phone"],
                    p["institution"],
                    p["stage"],
                    p["city"],
                    p["province"],
                    ", ".join(p["languages"]),
                    "; ".join(p["interests"]),
                ]
            )
    return path
