"""The one way MentorDesk writes a file for the coordinator.

Letters, email drafts, exports, a person's data, calendar files, nudge lists, rejected-row
CSVs and the notes the app leaves itself all go through here:

- :func:`check_destination` refuses, with one sentence naming the path, a destination that
  is a database open in this process, any SQLite database or MentorDesk backup (by content
  or name), one of their working files (``-wal``, ``-shm``, ``-journal``, ``.lock``), a file
  in the backup folder (SafetyError, exit 3), or a folder (UnusableInputError, exit 2);
- :class:`OutputFiles` and :func:`replacing` write under a private temporary name and
  rename into place, so a failure never leaves half a file where a good one stood;
- folders created on the way are private (0700) and removed again if the write fails.

``Database`` registers itself with :func:`register_database` so that even a database that
is still empty is protected while it is open.
"""

from app.safe_files.destinations import (
    Protected,
    check_destination,
    check_folder,
    forget_database,
    in_backup_folder,
    open_databases,
    register_database,
)
from app.safe_files.writing import (
    OutputFiles,
    failure_cause,
    make_private_folders,
    remove_empty_folders,
    replacing,
    write_bytes,
    write_failed,
)

__all__ = [
    "OutputFiles",
    "Protected",
    "check_destination",
    "check_folder",
    "failure_cause",
    "forget_database",
    "in_backup_folder",
    "make_private_folders",
    "open_databases",
    "register_database",
    "remove_empty_folders",
    "replacing",
    "write_bytes",
    "write_failed",
]
