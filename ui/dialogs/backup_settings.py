"""Backup settings: the folder, automatic backups, how many to keep, and encryption.

These are per-computer settings (QSettings): the folder is a path on this machine, and the
passphrase of automatic encrypted backups lives only in the system keyring, never in the
database or the settings file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.backup.auto import Rotation
from app.backup.keystore import forget_passphrase, keyring_available, store_passphrase
from app.paths import default_backup_dir, ensure_private_dir
from ui.settings import settings

FOLDER = "backup/folder"
AUTOMATIC = "backup/automatic"
DAILY = "backup/keep_daily"
WEEKLY = "backup/keep_weekly"
MONTHLY = "backup/keep_monthly"
ENCRYPT = "backup/encrypt_automatic"


def lost_passphrase_warning() -> str:
    return QCoreApplication.translate(
        "BackupSettingsDialog",
        "A lost passphrase means a lost backup: nobody, not even MentorDesk's authors, can open "
        "an encrypted backup without it. Write it down and keep it somewhere safe.",
    )


def kept_until_deleted() -> str:
    return QCoreApplication.translate(
        "BackupSettingsDialog", "Backups you make yourself are kept until you delete them."
    )


def not_rotated_tip() -> str:
    return QCoreApplication.translate(
        "BackupSettingsDialog",
        "Backups made with “Back up now”, Ctrl+B or “mentordesk backup”, and the safety copies "
        "taken before a restore, are never deleted by MentorDesk: delete them on the Backups "
        "page when you no longer need them.",
    )


def no_keyring() -> str:
    return QCoreApplication.translate(
        "BackupSettingsDialog",
        "This computer has no system keyring MentorDesk can use, so automatic backups are saved "
        "without a passphrase, readable only by your user account. To protect a copy you take "
        "elsewhere, use “Protect with a passphrase” on the Backups page.",
    )


_TEXTS = {
    "LOST_PASSPHRASE_WARNING": lost_passphrase_warning,
    "KEPT_UNTIL_DELETED": kept_until_deleted,
    "NOT_ROTATED_TIP": not_rotated_tip,
    "NO_KEYRING": no_keyring,
}


def __getattr__(name: str) -> str:
    """The old constant names, translated when they are read (pages import them late)."""
    if name in _TEXTS:
        return _TEXTS[name]()
    raise AttributeError(name)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    automatic: bool = True
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    encrypt: bool = False

    @property
    def rotation(self) -> Rotation:
        return Rotation(self.daily, self.weekly, self.monthly)


def _period(count: int, unit: str) -> str:
    """``7 days``, ``1 week``, ``12 months``."""
    if unit == "day":
        return QCoreApplication.translate("BackupSettingsDialog", "%Ln day(s)", "", count)
    if unit == "week":
        return QCoreApplication.translate("BackupSettingsDialog", "%Ln week(s)", "", count)
    return QCoreApplication.translate("BackupSettingsDialog", "%Ln month(s)", "", count)


def _unit_suffix(count: int, unit: str) -> str:
    """The spin box suffix after ``count``: `` day``, `` weeks``…"""
    return _period(count, unit).replace(QLocale().toString(count), "", 1)


def rotation_summary(daily: int, weekly: int, monthly: int) -> str:
    """The automatic backups rotation keeps, in plain words."""
    parts = [
        _period(count, unit)
        for count, unit in ((daily, "day"), (weekly, "week"), (monthly, "month"))
        if count > 0
    ]
    if not parts:
        return QCoreApplication.translate(
            "BackupSettingsDialog", "Automatic backups: keep only the newest."
        )
    return QCoreApplication.translate(
        "BackupSettingsDialog", "Automatic backups: keep the last {periods}."
    ).format(periods=", ".join(parts))


def _int(value: object, default: int) -> int:
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def load_backup_settings() -> BackupSettings:
    store = settings()
    folder = store.value(FOLDER)
    return BackupSettings(
        folder=Path(str(folder)) if folder else default_backup_dir(),
        automatic=_bool(store.value(AUTOMATIC), True),
        daily=_int(store.value(DAILY), 7),
        weekly=_int(store.value(WEEKLY), 4),
        monthly=_int(store.value(MONTHLY), 12),
        encrypt=_bool(store.value(ENCRYPT), False) and keyring_available(),
    )


def save_backup_settings(chosen: BackupSettings) -> None:
    store = settings()
    if chosen.folder == default_backup_dir():
        store.remove(FOLDER)  # follow the data folder if it moves (portable installs)
    else:
        store.setValue(FOLDER, str(chosen.folder))
    store.setValue(AUTOMATIC, chosen.automatic)
    store.setValue(DAILY, chosen.daily)
    store.setValue(WEEKLY, chosen.weekly)
    store.setValue(MONTHLY, chosen.monthly)
    store.setValue(ENCRYPT, chosen.encrypt)
    store.sync()


def _spin(value: int, unit: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 366)
    metrics = box.fontMetrics()
    widest = max(metrics.horizontalAdvance(_period(366, u)) for u in ("day", "week", "month"))
    box.setMinimumWidth(widest + 40)

    def name_unit(count: int) -> None:
        box.setSuffix(_unit_suffix(count, unit))

    box.valueChanged.connect(name_unit)
    box.setValue(value)
    name_unit(value)
    return box


class BackupSettingsDialog(QDialog):
    """Edit and save the backup settings of this computer for the database ``db_path``."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup settings"))
        self.db_path = Path(db_path)
        current = load_backup_settings()
        self.has_keyring = keyring_available()
        self.folder = QLineEdit(str(current.folder))
        self.folder.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        default = QPushButton(self.tr("Default"))
        default.setToolTip(str(default_backup_dir()))
        default.clicked.connect(lambda: self.folder.setText(str(default_backup_dir())))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(default)
        self.automatic = QCheckBox(
            self.tr("Back up automatically when MentorDesk closes and once a day")
        )
        self.automatic.setChecked(current.automatic)
        self.daily = _spin(current.daily, "day")
        self.weekly = _spin(current.weekly, "week")
        self.monthly = _spin(current.monthly, "month")
        keep = QGroupBox(self.tr("Automatic backups to keep"))
        keep_form = QFormLayout(keep)
        keep_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        keep_form.addRow(self.tr("The last backup of each of the last", "days"), self.daily)
        keep_form.addRow(self.tr("…and of each of the last", "weeks"), self.weekly)
        keep_form.addRow(self.tr("…and of each of the last", "months"), self.monthly)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setToolTip(not_rotated_tip())
        keep_form.addRow(self.summary)
        for spin in (self.daily, self.weekly, self.monthly):
            spin.valueChanged.connect(self._summarise)
        self._summarise()
        form = QFormLayout()
        form.addRow(self.tr("Backups folder:"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.automatic)
        layout.addWidget(keep)
        layout.addWidget(self._encryption_box(current))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.automatic.toggled.connect(self._update)
        self._update()

    def _encryption_box(self, current: BackupSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Encryption of automatic backups"))
        layout = QVBoxLayout(box)
        self.encrypt = QCheckBox(
            self.tr("Encrypt automatic backups with a passphrase kept in the keyring")
        )
        self.encrypt.setChecked(current.encrypt)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Leave empty to keep the stored passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        fields = QFormLayout()
        fields.addRow(self.tr("Passphrase:"), self.passphrase)
        fields.addRow(self.tr("Again:"), self.again)
        warning = QLabel(lost_passphrase_warning() if self.has_keyring else no_keyring())
        warning.setWordWrap(True)
        warning.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.encrypt)
        layout.addLayout(fields)
        layout.addWidget(warning)
        self.encrypt.toggled.connect(self._update)
        if not self.has_keyring:
            self.encrypt.setChecked(False)
            self.encrypt.setEnabled(False)
        return box

    def _summarise(self, *_: object) -> None:
        kept = rotation_summary(self.daily.value(), self.weekly.value(), self.monthly.value())
        self.summary.setText(
            self.tr("{kept} Older automatic backups are deleted. {manual}").format(
                kept=kept, manual=kept_until_deleted()
            )
        )

    def _update(self, *_: object) -> None:
        on = self.automatic.isChecked()
        for spin in (self.daily, self.weekly, self.monthly):
            spin.setEnabled(on)  # rotation only ever touches automatic backups
        self.summary.setEnabled(on)
        self.encrypt.setEnabled(on and self.has_keyring)
        wanted = self.encrypt.isEnabled() and self.encrypt.isChecked()
        self.passphrase.setEnabled(wanted)
        self.again.setEnabled(wanted)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backups folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def chosen(self) -> BackupSettings:
        return BackupSettings(
            folder=Path(self.folder.text().strip()).expanduser(),
            automatic=self.automatic.isChecked(),
            daily=self.daily.value(),
            weekly=self.weekly.value(),
            monthly=self.monthly.value(),
            encrypt=self.encrypt.isEnabled() and self.encrypt.isChecked(),
        )

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def accept(self) -> None:
        chosen = self.chosen()
        if not self.folder.text().strip():
            self._fail(self.tr("Choose a folder for the backups."))
            return
        try:
            ensure_private_dir(chosen.folder)
        except OSError:
            self._fail(
                self.tr("MentorDesk cannot create or write to {folder}.").format(
                    folder=chosen.folder
                )
            )
            return
        if not self._save_passphrase(chosen):
            return
        save_backup_settings(chosen)
        super().accept()

    def _save_passphrase(self, chosen: BackupSettings) -> bool:
        first, second = self.passphrase.text(), self.again.text()
        if not chosen.encrypt:
            forget_passphrase(self.db_path)
            return True
        if first != second:
            self._fail(self.tr("The two passphrases differ."))
            return False
        if not first:
            if load_backup_settings().encrypt:
                return True  # keep the passphrase already in the keyring
            self._fail(self.tr("Type the passphrase for automatic backups twice."))
            return False
        if not store_passphrase(self.db_path, first):
            self._fail(self.tr("The system keyring refused the passphrase; nothing was changed."))
            return False
        return True
