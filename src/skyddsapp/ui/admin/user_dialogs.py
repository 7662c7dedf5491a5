"""Administrators' dialogs for staff accounts: a new user, another team, a new team, a new
passphrase for someone who forgot theirs. Each checks what it can before calling the service,
so every problem is named next to its field at once; the vault checks again."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from skyddsapp.domain.access import ROLE_ORGANISATION, Organisation, Team, check_membership
from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.fields import normalise_line
from skyddsapp.domain.users import Role, User, validate_new_passphrase, validate_user_name
from skyddsapp.services import accounts
from skyddsapp.services.context import Session
from skyddsapp.services.errors import VaultError
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.shell.new_passphrase_widget import NewPassphraseWidget
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

MAX_DISPLAY_NAME = 100


def team_label(team: Team) -> str:
    """``Norr (Uppsalahem)``: a team and the organisation it belongs to."""
    return QCoreApplication.translate("UserDialogs", "{0} ({1})").format(
        team.name, domain_text(team.organisation.label)
    )


def team_choices(role: Role, teams: Sequence[Team]) -> list[tuple[str, str | None]]:
    """The teams a user of ``role`` may be in, as (label, team name); None stands for no team.

    A handler is in an Uppsalahem team and a social worker in a Nexus team; a granskare is in
    none; an administrator in any, or in none (and then handles no cases)."""
    if role is Role.AUDITOR:
        return [(QCoreApplication.translate("UserDialogs", "Inget team"), None)]
    wanted = ROLE_ORGANISATION.get(role)
    fitting = [(team_label(t), t.name) for t in teams if wanted is None or t.organisation is wanted]
    if role is Role.ADMIN:
        return [
            (
                QCoreApplication.translate("UserDialogs", "Inget team (handlägger inga ärenden)"),
                None,
            ),
            *fitting,
        ]
    return list(fitting)


def fill_team_combo(combo: QComboBox, role: Role, teams: Sequence[Team], keep: str | None) -> None:
    """Offer the teams that fit ``role``; keep ``keep`` chosen if it still fits, else the
    organisation's own team (named after it), else the first."""
    choices = team_choices(role, teams)
    combo.clear()
    for label, name in choices:
        combo.addItem(label, name)
    names = [name for _label, name in choices]
    wanted = ROLE_ORGANISATION.get(role)
    default = wanted.default_team if wanted is not None else None
    chosen = keep if keep in names else default if default in names else None
    combo.setCurrentIndex(names.index(chosen) if chosen in names else 0)
    combo.setEnabled(len(choices) > 1)


def role_hint(role: Role) -> str:
    if role is Role.ADMIN:
        return QCoreApplication.translate(
            "UserDialogs",
            "En administratör i ett team handlägger också ärenden i det teamet. Utan team ser "
            "administratören loggen och kontona men inga ärenden.",
        )
    if role is Role.AUDITOR:
        return QCoreApplication.translate(
            "UserDialogs",
            "En granskare hör inte till något team: granskaren läser loggen, aldrig ärenden.",
        )
    if role is Role.SOCIAL_WORKER:
        return QCoreApplication.translate(
            "UserDialogs",
            "En socialsekreterare hör till ett team hos Nexus och ser teamets ärenden.",
        )
    return QCoreApplication.translate(
        "UserDialogs", "En handläggare hör till ett team hos Uppsalahem och ser teamets ärenden."
    )


def hint_label(parent: QWidget) -> QLabel:
    label = PlainLabel(parent=parent)
    label.setWordWrap(True)
    # Top-aligned: a wrapping label may be given more height than its text needs.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class AccountDialog(FormDialog):
    """A FormDialog that also names a refusal of the vault (a name taken, the last
    administrator) above the buttons instead of letting it escape."""

    def try_save(self) -> None:
        # Argon2id runs for a new key slot (a second or more, longer with the recovery key,
        # which has no parameters of its own to copy); on this thread, so nothing interleaves.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            super().try_save()
        except VaultError as error:
            self.errors.show_general([error_text(error)])
        finally:
            QApplication.restoreOverrideCursor()
        if self.isVisible():
            self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for the messages just shown, as far as the screen allows (else it
        scrolls); never shrink what the user sized."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        limit = int(screen.availableGeometry().height() * 0.9)
        wanted = self.content.sizeHint().height() + self.buttons.sizeHint().height() + 80
        wanted += self.general_error.sizeHint().height() if self.general_error.isVisible() else 0
        if wanted > self.height():
            self.resize(self.width(), min(wanted, limit))

    def _add_passphrase(self, passphrase: NewPassphraseWidget) -> None:
        """Show the passphrase's problems right below its field, the mismatch below the
        second one (where the widget tells it as it is typed)."""
        form = passphrase.form
        position = form.getWidgetPosition(passphrase.passphrase_edit)
        row = cast(tuple[int, object], position)[0]
        taken = form.takeRow(row)
        label = taken.labelItem.widget() if taken.labelItem is not None else None
        assert label is not None  # the widget's own "Lösenfras:"
        box = self.errors.wrap("passphrase", passphrase.passphrase_edit, passphrase)
        form.insertRow(row, label, box)
        passphrase.setTabOrder(passphrase.passphrase_edit, passphrase.confirm_edit)  # re-parented
        passphrase.mismatch_label.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.errors.register(
            "passphrase_confirm", passphrase.confirm_edit, passphrase.mismatch_label
        )

    def _passphrase_errors(self, passphrase: NewPassphraseWidget) -> list[FieldError]:
        """The vault's minimum, then the strength the desktop asks for, and both typed alike."""
        errors: list[FieldError] = []
        try:
            validate_new_passphrase(passphrase.passphrase())
        except ValidationError as error:
            errors.extend(error.errors)
        if not errors and not passphrase.strength.acceptable:
            errors.append(
                FieldError(
                    "passphrase",
                    self.tr(
                        "Lösenfrasen är för lätt att gissa. Gör den längre, gärna med några "
                        "ovanliga ord."
                    ),
                )
            )
        if not passphrase.matches:
            errors.append(FieldError("passphrase_confirm", self.tr("Lösenfraserna är inte lika.")))
        return errors


class NewUserDialog(AccountDialog):
    """Ny användare: user name, name, role, team and a first passphrase. ``user`` is the stored
    account once Accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Ny användare"), parent)
        self.user: User | None = None
        self._teams = accounts.teams(session.vault)
        self._taken = {u.name for u in accounts.list_users(session.vault)}

        self.user_name = QLineEdit(self.content)
        self.user_name.setAccessibleName(self.tr("Användarnamn"))
        self.user_name.setPlaceholderText(self.tr("t.ex. anna.svensson"))
        self.user_name.setMaxLength(32)
        self.display_name = QLineEdit(self.content)
        self.display_name.setAccessibleName(self.tr("Namn"))
        self.display_name.setPlaceholderText(self.tr("t.ex. Anna Svensson"))
        self.role_combo = QComboBox(self.content)
        self.role_combo.setAccessibleName(self.tr("Roll"))
        for role in Role:
            self.role_combo.addItem(domain_text(role.label), role)
        self.team_combo = QComboBox(self.content)
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.role_hint = hint_label(self.content)
        self.passphrase = NewPassphraseWidget(self.content)

        # The passphrase widget's form is open, so every row lines up in it.
        form = self.passphrase.form
        rows: list[tuple[str, str, QWidget]] = [
            ("user_name", self.tr("&Användarnamn:"), self.user_name),
            ("display_name", self.tr("&Namn:"), self.display_name),
            ("role", self.tr("&Roll:"), self.role_combo),
            ("team", self.tr("&Team:"), self.team_combo),
        ]
        for position, (field, text, widget) in enumerate(rows):
            label = PlainLabel(text, self.content)
            label.setBuddy(widget)
            form.insertRow(position, label, self.errors.wrap(field, widget, self.content))
        form.insertRow(len(rows), "", self.role_hint)
        self._add_passphrase(self.passphrase)
        self.form.addRow(self.passphrase)
        self.setTabOrder(self.team_combo, self.passphrase.passphrase_edit)

        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.user_name.textChanged.connect(self._names_changed)
        self.display_name.textChanged.connect(self._names_changed)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.HANDLER))
        self._role_changed()
        self.user_name.setFocus()

    @property
    def role(self) -> Role:
        role = self.role_combo.currentData()
        assert isinstance(role, Role)
        return role

    def _role_changed(self) -> None:
        fill_team_combo(self.team_combo, self.role, self._teams, self.team_combo.currentData())
        self.role_hint.setText(role_hint(self.role))

    def _names_changed(self) -> None:
        self.passphrase.set_context([self.user_name.text(), *self.display_name.text().split()])

    def save(self) -> None:
        name = self.user_name.text().strip()
        display_name = normalise_line(self.display_name.text())
        team_name = self.team_combo.currentData()
        errors: list[FieldError] = []
        try:
            validate_user_name(name)
        except ValidationError as error:
            errors.extend(error.errors)
        else:
            if name in self._taken:
                errors.append(
                    FieldError(
                        "user_name",
                        self.tr("Det finns redan en användare med användarnamnet {0}.").format(
                            name
                        ),
                    )
                )
        errors.extend(display_name_errors(display_name))
        team = next((t for t in self._teams if t.name == team_name), None)
        if team is not None or team_name is None:
            try:
                check_membership(self.role, team)
            except ValidationError as error:
                errors.extend(error.errors)
        errors.extend(self._passphrase_errors(self.passphrase))
        if errors:
            raise ValidationError(errors)
        self.user = accounts.add_user(
            self.session.vault,
            name,
            display_name,
            self.role,
            self.passphrase.passphrase(),
            team=team_name,
        )
        self.passphrase.clear()


def display_name_errors(display_name: str) -> list[FieldError]:
    if not display_name:
        return [
            FieldError(
                "display_name", QCoreApplication.translate("UserDialogs", "Ange användarens namn.")
            )
        ]
    if len(display_name) > MAX_DISPLAY_NAME:
        message = QCoreApplication.translate(
            "UserDialogs", "Namnet får vara högst {0} tecken."
        ).format(MAX_DISPLAY_NAME)
        return [FieldError("display_name", message)]
    if not display_name.isprintable():
        return [
            FieldError(
                "display_name",
                QCoreApplication.translate("UserDialogs", "Namnet innehåller otillåtna tecken."),
            )
        ]
    return []


class ChangeTeamDialog(AccountDialog):
    """Byt team: the teams that fit the user's role; the move is logged (``user.team``)."""

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Byt team"), parent)
        self.user = user
        self._teams = accounts.teams(session.vault)
        who = PlainLabel(self.tr("{0} ({1})").format(user.display_name, user.name), self.content)
        role = PlainLabel(domain_text(user.role.label), self.content)
        current = next((t for t in self._teams if t.name == user.team), None)
        now = PlainLabel(
            team_label(current) if current is not None else user.team or self.tr("Inget team"),
            self.content,
        )
        self.team_combo = QComboBox(self.content)
        self.team_combo.setAccessibleName(self.tr("Nytt team"))
        fill_team_combo(self.team_combo, user.role, self._teams, user.team)
        hint = hint_label(self.content)
        hint.setText(role_hint(user.role))
        self.form.addRow(PlainLabel(self.tr("Användare:")), who)
        self.form.addRow(PlainLabel(self.tr("Roll:")), role)
        self.form.addRow(PlainLabel(self.tr("Nuvarande team:")), now)
        add_row(
            self.form,
            self.tr("&Nytt team:"),
            self.errors.wrap("team", self.team_combo, self.content),
            self.team_combo,
        )
        self.form.addRow("", hint)
        self.team_combo.setFocus()

    def save(self) -> None:
        team_name = self.team_combo.currentData()
        team = next((t for t in self._teams if t.name == team_name), None)
        if team is not None or team_name is None:
            check_membership(self.user.role, team)
        self.user = accounts.set_team(self.session.vault, self.user.name, team_name)


class NewTeamDialog(AccountDialog):
    """Nytt team: a name and the organisation it belongs to (logged as ``team.add``)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Nytt team"), parent)
        self.team: Team | None = None
        self.name_edit = QLineEdit(self.content)
        self.name_edit.setAccessibleName(self.tr("Teamets namn"))
        self.name_edit.setPlaceholderText(self.tr("t.ex. Team Norr"))
        self.name_edit.setMaxLength(40)
        self.organisation_combo = QComboBox(self.content)
        self.organisation_combo.setAccessibleName(self.tr("Organisation"))
        for organisation in Organisation:
            self.organisation_combo.addItem(domain_text(organisation.label), organisation)
        hint = hint_label(self.content)
        hint.setText(
            self.tr(
                "Medlemmarna i ett team ser varandras ärenden. Ett team hör till en "
                "organisation; det går inte att byta senare."
            )
        )
        add_row(
            self.form,
            self.tr("&Namn:"),
            self.errors.wrap("team", self.name_edit, self.content),
            self.name_edit,
        )
        add_row(
            self.form,
            self.tr("&Organisation:"),
            self.errors.wrap("organisation", self.organisation_combo, self.content),
            self.organisation_combo,
        )
        self.form.addRow("", hint)
        self.name_edit.setFocus()

    def save(self) -> None:
        organisation = self.organisation_combo.currentData()
        assert isinstance(organisation, Organisation)
        self.team = accounts.add_team(self.session.vault, self.name_edit.text(), organisation)


class SetPassphraseDialog(AccountDialog):
    """Återställ lösenfras: an administrator gives a user who forgot theirs a new one (logged as
    ``user.passwd_reset``). The user's old passphrase stops working at once."""

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Återställ lösenfras"), parent)
        self.user = user
        intro = PlainLabel(
            self.tr(
                "Ge {0} ({1}) en ny lösenfras. Den gamla slutar gälla direkt. Lämna över den "
                "nya personligen, inte i e-post eller chatt; återställningen loggas."
            ).format(user.display_name, user.name),
            self.content,
        )
        intro.setWordWrap(True)
        self.passphrase = NewPassphraseWidget(self.content)
        self.passphrase.set_context([user.name, *user.display_name.split()])
        self._add_passphrase(self.passphrase)
        self.form.addRow(intro)
        self.form.addRow(self.passphrase)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Byt lösenfras"))
        self.passphrase.passphrase_edit.setFocus()

    def save(self) -> None:
        errors = self._passphrase_errors(self.passphrase)
        if errors:
            raise ValidationError(errors)
        accounts.change_passphrase(self.session.vault, self.user.name, self.passphrase.passphrase())
        self.passphrase.clear()
