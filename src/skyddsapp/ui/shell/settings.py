"""The desktop's preferences, declared once (type, default, title, limits) and kept in QSettings.

Only UI preferences live here: never a name, a case, a personal number or a user name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bytes)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate reads this name
    """Qt's marker for lupdate, typed: the text itself, translated where it is shown."""
    del context
    return text


LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference. Title and description are Swedish sources for context "Settings"."""

    key: str
    default: T
    title: str
    description: str
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, raw: object) -> T:
        """The stored value if it is of the right type and within limits, else the default."""
        default = self.default
        try:
            value = _read(raw, default)
        except (TypeError, ValueError):
            return default
        if self.choices and value not in self.choices:
            return default
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return type(default)(self.minimum)
            if self.maximum is not None and value > self.maximum:
                return type(default)(self.maximum)
        return cast(T, value)


def _read(raw: object, default: object) -> object:
    """``raw`` (as QSettings gives it back) as the type of ``default``; raises TypeError or
    ValueError when it cannot be."""
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(type(raw).__name__)
    if isinstance(default, int):
        if isinstance(raw, str | int | float):
            return int(raw)
        raise TypeError(type(raw).__name__)
    return str(raw)


LANGUAGE = Option[str](
    "ui/language",
    "sv",
    QT_TRANSLATE_NOOP("Settings", "Språk"),
    QT_TRANSLATE_NOOP("Settings", "Språket i menyer, fönster och meddelanden."),
    choices=LANGUAGES,
)
AUTO_LOCK_MINUTES = Option[int](
    "security/auto_lock_minutes",
    5,
    QT_TRANSLATE_NOOP("Settings", "Lås automatiskt efter"),
    QT_TRANSLATE_NOOP(
        "Settings", "Valvet låses när ingen har använt tangentbord eller mus så här många minuter."
    ),
    minimum=1,
    maximum=60,
)
VAULT_FOLDER = Option[str](
    "vault/folder",
    "",
    QT_TRANSLATE_NOOP("Settings", "Valvets mapp"),
    QT_TRANSLATE_NOOP("Settings", "Mappen som öppnas vid start; tom betyder standardmappen."),
)
WITNESS_FOLDER = Option[str](
    "security/witness_folder",
    "",
    QT_TRANSLATE_NOOP("Settings", "Vittnesmapp"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "En mapp utanför valvet, helst på din egen USB-nyckel. Valvets senaste läge sparas där "
        "vid varje upplåsning och låsning och kontrolleras vid upplåsning, så att även en äldre "
        "kopia av hela valvmappen upptäcks. Tom betyder ingen vittnesmapp.",
    ),
)
BACKUP_FOLDER = Option[str](
    "backup/folder",
    "",
    QT_TRANSLATE_NOOP("Settings", "Mapp för säkerhetskopior"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Mappen där säkerhetskopiorna sparas, helst på en extern disk som förvaras inlåst. "
        "Den senast använda föreslås nästa gång; tom betyder att ingen är vald.",
    ),
)
BACKUP_KEEP = Option[int](
    "backup/keep",
    5,
    QT_TRANSLATE_NOOP("Settings", "Behåll säkerhetskopior"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Så många av valvets senaste säkerhetskopior behålls i mappen; äldre tas bort när en ny "
        "är skriven och kontrollerad.",
    ),
    minimum=1,
    maximum=100,
)
BACKUP_WARN_DAYS = Option[int](
    "backup/warn_days",
    7,
    QT_TRANSLATE_NOOP("Settings", "Varna när säkerhetskopian är äldre än"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Statusraden varnar administratörer när valvets senaste säkerhetskopia är äldre än så "
        "här många dagar, eller när det inte finns någon.",
    ),
    minimum=1,
    maximum=365,
)
WINDOW_GEOMETRY = Option[bytes](
    "window/geometry",
    b"",
    QT_TRANSLATE_NOOP("Settings", "Fönstrets läge och storlek"),
    QT_TRANSLATE_NOOP("Settings", "Sparas när fönstret stängs eller valvet låses."),
)
WINDOW_STATE = Option[bytes](
    "window/state",
    b"",
    QT_TRANSLATE_NOOP("Settings", "Fönstrets verktygsfält"),
    QT_TRANSLATE_NOOP("Settings", "Sparas när fönstret stängs eller valvet låses."),
)

OPTIONS: tuple[Option[str] | Option[int] | Option[bytes], ...] = (
    LANGUAGE,
    AUTO_LOCK_MINUTES,
    VAULT_FOLDER,
    WITNESS_FOLDER,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    BACKUP_WARN_DAYS,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
)


def default_vault_folder() -> Path:
    """The same default as the command line's: the platform's user-data folder."""
    import platformdirs  # only when no folder was chosen: not on every start

    return Path(platformdirs.user_data_dir("skyddsapp", appauthor=False)) / "valv"


class Settings:
    """Typed access to the declared options; the composition root hands in the QSettings."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def get(self, option: Option[T]) -> T:
        raw = self._store.value(option.key)
        return option.default if raw is None else option.coerce(raw)

    def set(self, option: Option[T], value: T) -> None:
        checked = option.coerce(value)
        self._store.setValue(
            option.key, QByteArray(checked) if isinstance(checked, bytes) else checked
        )

    def sync(self) -> None:
        self._store.sync()

    def vault_folder(self) -> Path:
        chosen = self.get(VAULT_FOLDER)
        return Path(chosen) if chosen else default_vault_folder()

    def witness_folder(self) -> Path | None:
        chosen = self.get(WITNESS_FOLDER)
        return Path(chosen) if chosen else None

    def backup_folder(self) -> Path | None:
        chosen = self.get(BACKUP_FOLDER)
        return Path(chosen) if chosen else None

    @property
    def file_name(self) -> str:
        return self._store.fileName()
