"""Is the live database in a synchronised or network folder?

OneDrive, Dropbox, Google Drive, iCloud Drive, Box and network shares copy or lock files
behind SQLite's back, which corrupts a database that is open. Closed backup files are fine
there; the live database belongs on the computer's own disk. Detection uses only the path
and the mount table, so tests pass fake ones.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.sentences import sentence

# Folder names (compared case-insensitively) that the sync clients create.
_SYNCED_NAMES: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("box", "Box"),
    ("box sync", "Box"),
)
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "ncpfs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "fuse.davfs",
        "glusterfs",
        "ceph",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class Placement:
    """Why the database's folder is risky, in words for the coordinator."""

    service: str
    network: bool

    @property
    def advice(self) -> str:
        key = "backup.placement_network" if self.network else "backup.placement_synced"
        return sentence(key, service=self.service)


def _synced_service(path: PurePath) -> str | None:
    parts = [part.casefold() for part in path.parts]
    for index, part in enumerate(parts):
        if part == "cloudstorage" and index > 0 and parts[index - 1] == "library":
            return sentence("backup.place.cloud")
        for name, service in _SYNCED_NAMES:
            # "OneDrive - Contoso" and "Dropbox (Team)" are the business variants.
            if part == name or part.startswith(name + " - ") or part.startswith(name + " ("):
                return service
    return None


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes spaces and tabs in octal (``\\040``)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def network_fs_type(path: PurePosixPath, mounts_text: str) -> str | None:
    """The network file system type holding ``path`` per a ``/proc/mounts`` text."""
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = PurePosixPath(_unescape_mount(fields[1]))
        if path == mount_point or mount_point in path.parents:
            depth = len(mount_point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fields[2].lower())
    if best is None:
        return None
    fs_type = best[1]
    return fs_type if fs_type in NETWORK_FS_TYPES or fs_type.startswith("nfs") else None


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def check_placement(
    path: PurePath | str,
    *,
    platform: str | None = None,
    mounts_text: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> Placement | None:
    """``None`` when ``path`` looks like a local, unsynchronised place, else why not.

    ``platform``, ``mounts_text`` and ``drive_type`` default to this computer's.
    """
    platform = platform or sys.platform
    windows = platform.startswith("win")
    pure: PurePath = PureWindowsPath(str(path)) if windows else PurePosixPath(str(path))
    service = _synced_service(pure)
    if service is not None:
        return Placement(service, network=False)
    if windows:
        text = str(pure)
        if text.startswith("\\\\"):
            return Placement(sentence("backup.place.share"), network=True)
        if pure.drive and (drive_type or _windows_drive_type)(pure.drive + "\\") == DRIVE_REMOTE:
            return Placement(sentence("backup.place.drive", drive=pure.drive), network=True)
        return None
    if platform.startswith("linux"):
        fs_type = network_fs_type(
            PurePosixPath(str(pure)), _read_mounts() if mounts_text is None else mounts_text
        )
        if fs_type is not None:
            return Placement(sentence("backup.place.fs", fs_type=fs_type), network=True)
    return None


def database_placement(db_path: Path) -> Placement | None:
    """``check_placement`` of the real, resolved database path on this computer."""
    try:
        resolved = Path(db_path).resolve()
    except OSError:
        resolved = Path(os.path.abspath(db_path))
    return check_placement(resolved)
