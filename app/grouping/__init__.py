"""Forming mentoring groups: members of one rung with mentors of the rung above.

``problem`` describes who is grouped and by which criteria and rules (plain data, no
database); ``solve`` finds groups whose *worst* group fits best (an exact search for tiny
instances, a constructive start and a local search otherwise); ``quality`` says how good the
groups are and, in sentences, what could not be satisfied; ``loading`` and ``service`` read
a cycle from the database and save proposed groups.
"""
