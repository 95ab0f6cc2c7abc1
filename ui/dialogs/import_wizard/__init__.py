"""The sign-up import wizard and the import history."""

from ui.dialogs.import_wizard.history import ImportHistoryDialog
from ui.dialogs.import_wizard.wizard import ImportWizard, start_import_wizard

__all__ = ["ImportHistoryDialog", "ImportWizard", "start_import_wizard"]
