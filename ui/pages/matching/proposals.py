"""The proposal list of the matching page, and its settings dialog."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.errors import MentorDeskError
from ui.context import AppContext
from ui.core_text import problem_text
from ui.models.rows import RowTableModel
from ui.pages.wording import counted
from ui.widgets.empty_state import EmptyState


class ProposalsMixin:
    """Part of ``MatchingPage`` (which provides the attributes declared here)."""

    context: AppContext
    proposal: Any
    proposals: RowTableModel[Any]
    limits: QLabel
    proposal_summary: QLabel
    proposal_empty: EmptyState
    settings_dialog: Any
    propose: Callable[[], None]
    _update_buttons: Callable[..., None]

    def set_proposal(self, proposal: Any) -> None:
        self.proposal = proposal
        matches = list(proposal.matches) if proposal is not None else []
        self.proposals.set_rows(matches)
        limits = list(proposal.limits) if proposal is not None else []
        self.limits.setText("\n".join(problem_text(limit) for limit in limits))
        self.limits.setVisible(bool(limits))
        if proposal is None:
            self.proposal_summary.setText("")
            self.proposal_empty.show_message(
                self.tr(
                    "Press “Propose matches” and MentorDesk suggests the best overall set of "
                    "matches for the people not matched yet, with the reasons for each.\n"
                    "Nothing is saved until you accept."
                ),
                self.tr("Propose matches"),
                self.propose,
            )
        else:
            mentees, mentors = len(proposal.unmatched_mentees), len(proposal.unmatched_mentors)
            self.proposal_summary.setText(
                "  "
                + self.tr("{proposed} · {mentees} and {mentors} left without a match").format(
                    # A mixin's numerus tr() misses its context: name it.
                    proposed=QCoreApplication.translate(
                        "ProposalsMixin", "%Ln proposed", "", len(matches)
                    ),
                    mentees=counted(
                        QCoreApplication.translate("ProposalsMixin", "%Ln mentee(s)", "", mentees),
                        mentees,
                    ),
                    mentors=counted(
                        QCoreApplication.translate("ProposalsMixin", "%Ln mentor(s)", "", mentors),
                        mentors,
                    ),
                )
            )
            if matches:
                self.proposal_empty.show_content()
            else:
                self.proposal_empty.show_message(self.tr("No new match can be proposed right now."))
        self._update_buttons()

    def take_proposals(self, keys: set[tuple[int, int]]) -> list[Any]:
        """Remove these (mentor, mentee) proposals from the list; returns them."""
        if self.proposal is None:
            return []
        taken = [m for m in self.proposal.matches if (m.mentor_id, m.mentee_id) in keys]
        rest = [m for m in self.proposal.matches if (m.mentor_id, m.mentee_id) not in keys]
        self.set_proposal(dataclasses.replace(self.proposal, matches=rest))
        return taken

    def forget_paired(self, mentor_id: int, mentee_id: int) -> None:
        """After pairing by hand: the mentee's proposals and both "left without" go."""
        if self.proposal is None:
            return
        self.set_proposal(
            dataclasses.replace(
                self.proposal,
                matches=[m for m in self.proposal.matches if m.mentee_id != mentee_id],
                unmatched_mentees=[u for u in self.proposal.unmatched_mentees if u[0] != mentee_id],
                unmatched_mentors=[u for u in self.proposal.unmatched_mentors if u[0] != mentor_id],
            )
        )

    def give_back_proposals(self, matches: list[Any]) -> None:
        """Put proposals back on the list (undo of accept or reject)."""
        if self.proposal is None:
            return
        keys = {(m.mentor_id, m.mentee_id) for m in self.proposal.matches}
        back = [m for m in matches if (m.mentor_id, m.mentee_id) not in keys]
        merged = sorted([*self.proposal.matches, *back], key=lambda m: (m.mentor_id, m.mentee_id))
        self.set_proposal(dataclasses.replace(self.proposal, matches=merged))

    # -- settings ---------------------------------------------------------------------
    def open_settings(self) -> None:
        from app.matching import settings_service
        from app.matching.answered import unanswered_criteria
        from app.matching.loading import load_roster
        from ui.dialogs.matching_settings import MatchingSettingsDialog, PersonChoice

        cycle = self.context.cycle
        if cycle is None:
            return
        with self.context.database.read() as session:
            chosen = settings_service.load_settings(session, cycle.program_id)
            choices = settings_service.load_choices(session, cycle.program_id)
            bans = settings_service.list_never_pairs(session, cycle.program_id)
            roster = load_roster(session, cycle.id)
        people: tuple[list[PersonChoice], list[PersonChoice]] = ([], [])
        ladder = list(roster.ladder)
        for profile in sorted(roster.profiles.values(), key=lambda p: p.name.casefold()):
            role = roster.roles[profile.id]
            choice = PersonChoice(profile.person_id, f"{profile.name} ({role})")
            if role in ladder[:-1]:
                people[0].append(choice)
            if role in ladder[1:]:
                people[1].append(choice)

        def save(settings: Any) -> str | None:
            try:
                with self.context.database.write() as session:
                    settings_service.save_settings(session, cycle.program_id, settings)
            except MentorDeskError as exc:
                return problem_text(exc.message)
            self.context.notify_changed()
            return None

        unanswered = unanswered_criteria(roster.profiles.values())
        dialog = MatchingSettingsDialog(
            chosen, bans, people, save, self, choices=choices, unanswered=unanswered
        )
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "settings_dialog", None))
        dialog.open()
