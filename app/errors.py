"""Errors by cause.

User and environment errors carry one sentence meant for the coordinator and the CLI exit
code that goes with them. Anything else is a bug and reaches the crash handler.
"""

from __future__ import annotations


class MentorDeskError(Exception):
    """A problem the user can understand and act on."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnusableInputError(MentorDeskError):
    """The file or arguments cannot be used at all; nothing was changed."""

    exit_code = 2


class NotFoundError(MentorDeskError):
    """A program, cycle, person or match named by the user does not exist."""

    exit_code = 2


class RuleViolationError(MentorDeskError):
    """An action would break a rule of the program (capacity, status...)."""

    exit_code = 2


class SafetyError(MentorDeskError):
    """Refused to protect the data: a bad backup, a newer schema, a locked database."""

    exit_code = 3


class SchemaTooNewError(SafetyError):
    """The database was written by a newer MentorDesk."""


class NotAMentorDeskDatabaseError(SafetyError):
    """The file is not a MentorDesk database."""


class DatabaseLockedError(SafetyError):
    """Another MentorDesk window or command has the database open."""


class BackupVerificationError(SafetyError):
    """A backup or restore candidate failed verification."""


class OperationCancelled(MentorDeskError):
    """The user cancelled a long operation; nothing was written."""

    exit_code = 2
