"""Mentoring agreements: a pair's or group's terms, goals and reviews, and their PDF.

- :mod:`app.agreements.service` writes and reviews an agreement (one action each);
- :mod:`app.agreements.listing` lists the cycle's pairs and groups with their agreement's
  state and counts the goals for the report (:func:`goal_counts`);
- :mod:`app.agreements.document` says what a printed agreement holds, in which language;
- :mod:`app.agreements.pdf` draws it with the letters' renderer (imports reportlab);
- :mod:`app.agreements.printing` writes the PDFs through the safe writer.

An agreement's meeting frequency is its pair's cadence in engagement
(:mod:`app.meetings.engagement`).
"""

from app.agreements import messages as messages  # registers the sentences
