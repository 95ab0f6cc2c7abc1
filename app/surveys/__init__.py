"""Surveys of a cycle: shipped templates, questions, offline distribution, answers imported
from Forms exports, and results per question."""
