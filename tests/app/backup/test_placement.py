"""Detecting a live database in a synced or network folder, with fake paths and mounts."""

from __future__ import annotations

import pytest

from app.backup.placement import DRIVE_REMOTE, check_placement

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
server:/export/home /home/shared nfs4 rw,vers=4.2 0 0
//nas/office /mnt/office cifs rw,vers=3.0 0 0
me@host:/data /home/me/remote\\040box fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
/dev/sdb1 /home/shared/local ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/me/OneDrive/MentorDesk/mentordesk.db", "OneDrive"),
        ("/home/me/OneDrive - Contoso Health/mentordesk.db", "OneDrive"),
        ("/home/me/Dropbox/program.db", "Dropbox"),
        ("/home/me/Dropbox (Team)/program.db", "Dropbox"),
        ("/Users/me/Google Drive/program.db", "Google Drive"),
        ("/Users/me/Library/Mobile Documents/com~apple~CloudDocs/p.db", "iCloud Drive"),
        ("/Users/me/Library/CloudStorage/Box-Box/p.db", "a cloud storage provider"),
        ("/Users/me/Box/p.db", "Box"),
    ],
)
def test_synced_folders_by_name(path: str, service: str) -> None:
    found = check_placement(path, platform="linux", mounts_text="")
    assert found is not None and found.service == service and not found.network
    assert "backups" in found.advice


@pytest.mark.parametrize(
    ("path", "fs_type"),
    [
        ("/home/shared/program.db", "nfs4"),
        ("/mnt/office/mentoring/program.db", "cifs"),
        ("/home/me/remote box/program.db", "fuse.sshfs"),
    ],
)
def test_network_file_systems_from_the_mount_table(path: str, fs_type: str) -> None:
    found = check_placement(path, platform="linux", mounts_text=MOUNTS)
    assert found is not None and found.network and fs_type in found.service


@pytest.mark.parametrize(
    "path",
    [
        "/home/me/.local/share/MentorDesk/mentordesk.db",
        "/home/shared/local/program.db",  # a local disk mounted inside the NFS share
        "/tmp/program.db",
        "/home/me/Boxes/program.db",  # not "Box"
    ],
)
def test_local_places_pass(path: str) -> None:
    assert check_placement(path, platform="linux", mounts_text=MOUNTS) is None


def test_windows_unc_and_remote_drives() -> None:
    unc = check_placement(r"\\server\share\program.db", platform="win32")
    assert unc is not None and unc.network
    remote = check_placement(
        r"Z:\mentoring\program.db", platform="win32", drive_type=lambda _root: DRIVE_REMOTE
    )
    assert remote is not None and "Z:" in remote.service
    local = check_placement(r"C:\Users\me\AppData\Roaming\MentorDesk\p.db", platform="win32",
                            drive_type=lambda _root: 3)  # fmt: skip
    assert local is None
    synced = check_placement(r"C:\Users\me\OneDrive\p.db", platform="win32")
    assert synced is not None and synced.service == "OneDrive"


def test_mac_cloud_storage_without_mount_table() -> None:
    found = check_placement(
        "/Users/me/Library/CloudStorage/OneDrive-Personal/p.db", platform="darwin"
    )
    assert found is not None
