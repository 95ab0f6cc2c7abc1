"""Who may take part in a role: the coordinator's eligibility rules, checked per participant.

Rules live in ``Program.settings["eligibility"]`` as ``{ROLE: [{"field", "op", "value",
"label"}]}`` (``rules``); ``checking`` says, per participant, eligible or the rules they
fail as sentences; matching leaves ineligible people out with those sentences as reasons.
"""
