"""Pictures of backup and restore for `tools/screenshots.py`: Säkerhetskopiera with its result,
the list with a damaged backup, the backup settings, the restore's three steps, the unlock of a
damaged vault offering the newest good backup, and the first-run wizard's way to restore on a
new computer.

Everything is written below the scratch folder (the settings INI's folder): the backups, a copy
of the demo vault to restore beside and to damage. The demo vault itself is only read.

Run on its own for these pictures only (`make screenshots` takes them with all the others):

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_backup.py \
        docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from skyddsapp.services import backups, demo
from skyddsapp.services.context import Session
from skyddsapp.ui.shell.settings import BACKUP_FOLDER, Settings

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow


def _scratch(settings: Settings) -> Path:
    return Path(settings.file_name).parent


def _usb(settings: Settings) -> Path:
    usb = _scratch(settings) / "usb"
    usb.mkdir(exist_ok=True)
    return usb


def _until_idle(shooter: Shooter, widget: object, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while getattr(widget, "busy", False) and time.monotonic() < end:
        shooter.settle(0.05)
    shooter.settle(0.2)


def _flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ 1]))


def backup(shooter: Shooter, window: MainWindow, session: Session, settings: Settings) -> None:
    """Inställningar with the backup options; a backup made; the list with a damaged one."""
    from skyddsapp.ui.admin.backup_dialog import BackupDialog
    from skyddsapp.ui.admin.backup_list_dialog import BackupListDialog
    from skyddsapp.ui.shell.settings_dialog import SettingsDialog

    usb = _usb(settings)
    settings.set(BACKUP_FOLDER, str(usb))
    options = SettingsDialog(settings, capture_protected=False, parent=window)
    shooter.dialog("settings_backup", options, behind=window)
    options.deleteLater()

    window.open_backup()  # as from Arkiv: the status bar hears of the backup
    dialog = window.backup_dialog
    assert isinstance(dialog, BackupDialog)
    grabbed: list[bool] = []

    def mid_way(done: int, total: int) -> None:
        # One picture of the bar on its way, grabbed at once: letting events run first (as
        # Shooter.dialog does) would let the copy finish before the picture is taken.
        if not grabbed and total > 0 and 0.25 <= done / total <= 0.85:
            grabbed.append(True)
            dialog.resize(680, 400)
            shooter._save("backup_running", dialog.grab())

    dialog._relay.progressed.connect(mid_way)
    dialog.start()
    _until_idle(shooter, dialog)
    shooter.dialog("backup_done", dialog, behind=window, size=(680, 400))
    dialog.done(0)

    older = sorted(usb.iterdir())[0]
    backups.create_backup(session.vault, usb)
    _flip(older / "vault.db", 6000)
    window.open_backups()
    listing = window.backups_dialog
    assert isinstance(listing, BackupListDialog)
    _until_idle(shooter, listing)
    listing.table.selectRow(1)
    listing.check_selected()
    _until_idle(shooter, listing)
    shooter.dialog("backup_list", listing, behind=window, size=(1000, 420))
    listing.done(0)


def restore(shooter: Shooter, folder: Path, settings: Settings) -> None:
    """The restore's steps, beside a copy of the demo vault; then that copy damaged and the
    unlock offering the newest good backup."""
    from skyddsapp.ui.admin.restore_dialog import RestoreDialog
    from skyddsapp.ui.shell.unlock_dialog import UnlockDialog

    usb = _usb(settings)
    found = _newest_first(usb)  # the newest is whole; backup() damaged the older one
    if not found:
        raise RuntimeError("ingen säkerhetskopia att återställa")
    newest = found[0]
    copy = _scratch(settings) / "valv"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)

    dialog = RestoreDialog(copy, backup=newest, user_name=demo.DEMO_USER)
    dialog.passphrase_edit.setText("x" * 16)
    shooter.dialog("restore_choose", dialog, size=(700, 360))
    dialog.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    dialog.show()
    dialog.preview()
    _until_idle(shooter, dialog)
    shooter.dialog("restore_preview", dialog, size=(700, 360))
    dialog.show()
    dialog.restore()
    _until_idle(shooter, dialog)
    shooter.dialog("restore_done", dialog, size=(700, 360))
    dialog.done(0)

    (copy / "vault.head").unlink()
    unlock = UnlockDialog(copy, user_name=demo.DEMO_USER, backup_dir=usb)
    unlock.show()
    unlock.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    unlock.attempt()
    _until_idle(shooter, unlock)
    shooter.dialog("unlock_damaged_offer", unlock, size=(760, 420))
    unlock.deleteLater()
    first_run_restore(shooter, settings)


def first_run_restore(shooter: Shooter, settings: Settings) -> None:
    """A new computer replacing a lost one: the first-run wizard's first page with "Återställ
    från säkerhetskopia…", and the restore dialog it opens (as the controller opens it, into
    the wizard's folder) at its preview. Nothing is restored."""
    from skyddsapp.ui.admin.restore_dialog import RestoreDialog
    from skyddsapp.ui.shell.first_run_wizard import FirstRunWizard

    usb = _usb(settings)
    found = _newest_first(usb)
    if not found:
        raise RuntimeError("ingen säkerhetskopia att återställa")
    folder = _scratch(settings) / "ny-dator" / "skyddsapp" / "valv"
    wizard = FirstRunWizard(folder)
    shooter.dialog("first_run_restore", wizard, size=(760, 560))
    wizard.show()
    dialog = RestoreDialog(
        folder,
        backup=found[0],
        search_folder=usb,
        user_name=demo.DEMO_USER,
        into=folder,
        parent=wizard,
    )
    dialog.show()
    dialog.passphrase_edit.setText(demo.DEMO_PASSPHRASE)
    dialog.preview()
    _until_idle(shooter, dialog)
    dialog.resize(700, 360)
    shooter.settle()
    _over(shooter, "first_run_restore_preview", dialog, wizard)
    dialog.done(0)
    wizard.hide()
    wizard.deleteLater()


def _over(shooter: Shooter, name: str, dialog: QWidget, behind: QWidget) -> None:
    """`dialog` over the dialog `behind` it, both centred on a plain desk (Shooter.dialog puts
    a dialog over a main window, stretched to the whole picture)."""
    from screenshots import BACKDROP, HEIGHT, WIDTH

    canvas = QPixmap(WIDTH, HEIGHT)
    canvas.fill(BACKDROP)
    painter = QPainter(canvas)
    for widget in (behind, dialog):
        image = widget.grab()
        painter.drawPixmap(
            QPoint((WIDTH - image.width()) // 2, (HEIGHT - image.height()) // 2), image
        )
        if widget is behind:
            painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))
    painter.end()
    shooter._save(name, canvas)


def _newest_first(usb: Path) -> list[Path]:
    folders = [p for p in usb.iterdir() if p.name.startswith("skyddsapp-backup-")]
    return sorted(folders, key=lambda p: p.name, reverse=True)


def main(argv: Sequence[str] | None = None) -> int:
    """These pictures only, with the demo vault and the settings of `tools/screenshots.py`."""
    import screenshots
    from skyddsapp.services import sessions
    from skyddsapp.ui.shell.auto_lock import AutoLock
    from skyddsapp.ui.shell.clipboard import SecretClipboard
    from skyddsapp.ui.shell.main_window import MainWindow, real_screens

    app, shooter, settings, folder = screenshots.prepare(screenshots.parse_args(argv))
    session = sessions.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, today=dt.date.today)
    auto_lock = AutoLock(app, 5 * 60_000)
    auto_lock.start()
    try:
        window = MainWindow(session, settings, SecretClipboard(), auto_lock, real_screens())
        window.resize(screenshots.WIDTH, screenshots.HEIGHT)
        window.show()
        shooter.settle()
        backup(shooter, window, session, settings)
        window.hide()
    finally:
        auto_lock.detach()
        sessions.lock(session)
    restore(shooter, folder, settings)
    screenshots.say(f"{len(shooter.saved)} bilder i {shooter.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
