"""Dokumentregistret: document numbers, a paper's status, signatures, scans and QR codes."""

from __future__ import annotations

import base64
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.errors import FieldError, RuleViolation, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line
from skyddsapp.domain.text import Text

MAX_SERIAL = 999_999
MAX_SIGNED_BY = 100
MAX_SCAN_BYTES = 25 * 1024 * 1024
MAX_FILENAME = 200
NUMBER_EXAMPLE = "UH-2026-000042"
QR_FIELD = "qr_text"
SCAN_FIELD = "scan"

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
# Decided by the first bytes, never by the file name: a renamed file is still what it is.
_MAGIC = ((b"%PDF-", PDF), (b"\x89PNG\r\n\x1a\n", PNG), (b"\xff\xd8\xff", JPEG))

_NUMBER = re.compile(r"^([A-Z]{2})-(\d{4})-(\d{6})$")
_NUMBER_SHAPE = re.compile(r"^[A-Za-z]{2}-\d{4}-\d{6}$")
_HEX = re.compile(r"^[0-9a-f]*$")
_BASE32 = re.compile(r"^[A-Z2-7]*$")
_SHA256_HEX_LENGTH = 64
_SHA256_BASE32_LENGTH = 52  # 256 bits in 5-bit letters, RFC 4648 padding left off


class DocumentSeries(Enum):
    """Nummerserie: the prefix of a document number names the organisation that issued it."""

    UPPSALAHEM = "UH"
    NEXUS = "NX"

    @property
    def prefix(self) -> str:
        return self.value


class DocumentStatus(Enum):
    """Dokumentstatus, in the order a paper goes through them."""

    GENERATED = "generated"
    PRINTED = "printed"
    SIGNED = "signed"
    ARCHIVED = "archived"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    DocumentStatus.GENERATED: "Skapad",
    DocumentStatus.PRINTED: "Utskriven",
    DocumentStatus.SIGNED: "Underskriven",
    DocumentStatus.ARCHIVED: "Arkiverad",
}


def document_status(
    *, print_count: int, signed_on: dt.date | None, archived_at: dt.datetime | None
) -> DocumentStatus:
    """The furthest step the paper has reached (a paper signed elsewhere counts as signed)."""
    if archived_at is not None:
        return DocumentStatus.ARCHIVED
    if signed_on is not None:
        return DocumentStatus.SIGNED
    if print_count > 0:
        return DocumentStatus.PRINTED
    return DocumentStatus.GENERATED


# --- numbers -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """Dokumentnummer, e.g. UH-2026-000042: series, year, and a serial shared by the year."""

    series: DocumentSeries
    year: int
    serial: int

    def __post_init__(self) -> None:
        _check_range(self.year, self.serial, "number")

    @classmethod
    def parse(cls, text: str, *, field: str = "number") -> DocumentNumber:
        match = _NUMBER.match(text.strip().upper())
        if match is None:
            raise ValidationError.single(
                field,
                Text(
                    "Dokumentnumret ska skrivas som {0} (UH eller NX, år, sexsiffrigt löpnummer).",
                    NUMBER_EXAMPLE,
                ),
            )
        prefix, year, serial = match.groups()
        series = next((s for s in DocumentSeries if s.prefix == prefix), None)
        if series is None:
            known = ", ".join(s.prefix for s in DocumentSeries)
            raise ValidationError.single(
                field,
                Text(
                    "Dokumentnumret börjar med {0}, som ingen utfärdare har; giltiga är {1}.",
                    prefix,
                    known,
                ),
            )
        _check_range(int(year), int(serial), field)
        return cls(series, int(year), int(serial))

    def formatted(self) -> str:
        return f"{self.series.prefix}-{self.year:04d}-{self.serial:06d}"

    def __str__(self) -> str:
        return self.formatted()


def _check_range(year: int, serial: int, field: str) -> None:
    if not 2000 <= year <= 2099:
        raise ValidationError.single(field, "Årtalet i dokumentnumret ska vara 2000–2099.")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValidationError.single(
            field, Text("Löpnumret i dokumentnumret ska vara 000001–{0}.", MAX_SERIAL)
        )


def next_document_number(
    series: DocumentSeries, year: int, last_serial: int | None
) -> DocumentNumber:
    """The number after ``last_serial``, the highest of the year in any series (None: none yet)."""
    serial = (last_serial or 0) + 1
    if serial > MAX_SERIAL:
        raise RuleViolation(
            Text("Dokumentnumren för år {0} är slut (högst {1} dokument per år).", year, MAX_SERIAL)
        )
    return DocumentNumber(series, year, serial)


def next_version(earlier_of_form_in_case: int) -> int:
    """Version 1 for the first document of a form in a case, then 2, 3 …"""
    return earlier_of_form_in_case + 1


# --- the register entry --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisteredDocument:
    """Registrerat dokument: a generated PDF and what has happened to its paper since.

    Holds no PDF bytes and no personal data: the title is the form's, the rest are dates,
    user names, counts and the content hash.
    """

    id: int | None
    number: DocumentNumber
    case_id: int
    form_id: str
    title: str
    version: int
    document_date: dt.date
    """The date printed on the document (part of what the QR code's hash covers)."""
    content_sha256: str
    protected: bool
    created_at: dt.datetime
    created_by: str
    printed_at: dt.datetime | None = None
    printed_by: str | None = None
    print_count: int = 0
    signed_on: dt.date | None = None
    signed_by: str | None = None
    signature_recorded_by: str | None = None
    archived_at: dt.datetime | None = None
    archived_by: str | None = None
    has_scan: bool = False
    variant: str = ""
    """Which paper of a form made once per person (e.g. ``recipient=3``); versions count per
    case, form and variant."""
    scan_media_type: str | None = None
    scan_filename: str | None = None

    @property
    def series(self) -> DocumentSeries:
        return self.number.series

    @property
    def status(self) -> DocumentStatus:
        return document_status(
            print_count=self.print_count, signed_on=self.signed_on, archived_at=self.archived_at
        )

    def require_open(self) -> None:
        """An archived document is final: no more printing, signing or scans are recorded."""
        if self.archived_at is not None:
            raise RuleViolation(
                Text("Dokument {0} är arkiverat och kan inte längre ändras.", self.number)
            )

    def printed(self, at: dt.datetime, by: str) -> RegisteredDocument:
        self.require_open()
        return replace(self, printed_at=at, printed_by=by, print_count=self.print_count + 1)

    def signed(
        self, signed_on: dt.date, signed_by: str, *, recorded_by: str, today: dt.date
    ) -> RegisteredDocument:
        """Record who signed the paper and when (a second call corrects the first)."""
        self.require_open()
        who = validate_signature(
            signed_on, signed_by, document_date=self.document_date, today=today
        )
        return replace(self, signed_on=signed_on, signed_by=who, signature_recorded_by=recorded_by)

    def archived(self, at: dt.datetime, by: str) -> RegisteredDocument:
        if self.archived_at is not None:
            raise RuleViolation(Text("Dokument {0} är redan arkiverat.", self.number))
        return replace(self, archived_at=at, archived_by=by)


def validate_signature(
    signed_on: dt.date | None, signed_by: str, *, document_date: dt.date, today: dt.date
) -> str:
    """Who signed, cleaned; every problem with the date and the name is reported at once."""
    errors: list[FieldError] = []
    who = clean_line(
        signed_by,
        field="signed_by",
        label="Vem som skrev under",
        errors=errors,
        max_length=MAX_SIGNED_BY,
    )
    if signed_on is None:
        errors.append(FieldError("signed_on", "Ange vilket datum papperet skrevs under."))
    elif signed_on > today:
        errors.append(FieldError("signed_on", "Underskriftsdatumet kan inte ligga i framtiden."))
    elif signed_on < document_date:
        errors.append(
            FieldError(
                "signed_on",
                Text(
                    "Underskriftsdatumet kan inte ligga före dokumentets datum {0}.",
                    document_date.isoformat(),
                ),
            )
        )
    raise_if_errors(errors)
    return who


# --- scans ---------------------------------------------------------------------------------------


def scan_media_type(data: bytes) -> str:
    """The media type of a scan, read from its first bytes; only PDF, PNG and JPEG are taken."""
    if not data:
        raise ValidationError.single(SCAN_FIELD, "Filen är tom. Välj den skannade filen igen.")
    if len(data) > MAX_SCAN_BYTES:
        megabytes = f"{len(data) / (1024 * 1024):.1f}".replace(".", ",")
        raise ValidationError.single(
            SCAN_FIELD,
            Text(
                "Filen är {0} MB; en skanning får vara högst {1} MB. Skanna med lägre upplösning.",
                megabytes,
                MAX_SCAN_BYTES // (1024 * 1024),
            ),
        )
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    raise ValidationError.single(
        SCAN_FIELD,
        "Filens innehåll är varken PDF, PNG eller JPEG (filnamnet avgör inte). "
        "Spara skanningen i något av de formaten.",
    )


def scan_filename(name: str) -> str:
    """The last part of the chosen path, one clean line, at most MAX_FILENAME characters."""
    last = re.split(r"[\\/]", name)[-1]
    # Control characters go first, so letters they separated can still compose: NFC last.
    text = "".join(c for c in last if not unicodedata.category(c).startswith("C"))
    text = " ".join(unicodedata.normalize("NFC", text).split())[:MAX_FILENAME].rstrip()
    return unicodedata.normalize("NFC", text) or "skanning"


# --- paper that comes back -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaperCode:
    """What a QR code (or a typed number) says: the document number and, from a QR code,
    the SHA-256 of the content that was printed (hex)."""

    number: DocumentNumber
    sha256: str | None


def paper_code_text(number: str, content_sha256: str) -> str:
    """The text of a paper's QR code: ``"<number>:<SHA-256 in base32>"``.

    ``UH-2026-000042:`` and 52 letters A–Z, 2–7 (RFC 4648 base32 of the 32 bytes of the hash,
    without padding): 67 characters, all in the QR code's alphanumeric mode (5.5 bits a
    character instead of 8), so the symbol is a 33×33 version 4 at error correction Q where
    the earlier ``"<number>;sha256=<hex>"`` (86 characters in byte mode) needed 41×41 at M.
    Papers printed with the earlier text are still read by `parse_paper_code`.
    """
    digest = base64.b32encode(bytes.fromhex(content_sha256)).decode("ascii").rstrip("=")
    return f"{number}:{digest}"


def parse_paper_code(text: str) -> PaperCode:
    """Read ``"<number>:<52 base32>"`` (see `paper_code_text`), the earlier
    ``"<number>;sha256=<64 hex>"`` or a bare number; surrounding whitespace is fine."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.single(
            QR_FIELD, "Skanna QR-koden på papperet eller klistra in texten från den."
        )
    head, separator, tail = _split_code(cleaned)
    head = head.strip()
    if not _NUMBER_SHAPE.match(head):
        raise ValidationError.single(
            QR_FIELD,
            Text(
                "Texten kommer inte från en QR-kod i skyddsapp: den ska börja med ett "
                "dokumentnummer som {0}.",
                NUMBER_EXAMPLE,
            ),
        )
    number = DocumentNumber.parse(head, field=QR_FIELD)
    if separator == ":":
        return PaperCode(number, _base32_digest(tail))
    if separator == ";":
        return PaperCode(number, _hex_digest(tail))
    return PaperCode(number, None)


def _split_code(text: str) -> tuple[str, str, str]:
    """The text before the first ``:`` or ``;``, that separator, and the rest."""
    match = re.search(r"[:;]", text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end() :]


def _checksum_length(length: int, expected: int) -> ValidationError:
    return ValidationError.single(
        QR_FIELD,
        Text("Kontrollsumman ska vara {0} tecken lång men är {1}; skanna igen.", expected, length),
    )


def _base32_digest(tail: str) -> str:
    """The hex SHA-256 from the base32 letters after the number's ``:``."""
    letters = tail.strip().upper()
    if not _BASE32.match(letters):
        raise ValidationError.single(
            QR_FIELD, "Kontrollsumman innehåller andra tecken än A–Z och 2–7; skanna igen."
        )
    if len(letters) != _SHA256_BASE32_LENGTH:
        raise _checksum_length(len(letters), _SHA256_BASE32_LENGTH)
    digest = base64.b32decode(letters + "====").hex()
    # 52 letters carry 260 bits: a last letter with stray low bits is not from a QR code.
    if paper_code_text("", digest)[1:] != letters:
        raise ValidationError.single(
            QR_FIELD, "Kontrollsummans sista tecken stämmer inte; skanna igen."
        )
    return digest


def _hex_digest(tail: str) -> str:
    """The hex SHA-256 of the earlier ``;sha256=<hex>`` text (papers printed before base32)."""
    key, equals, digest = tail.partition("=")
    if key.strip().lower() != "sha256" or not equals:
        raise ValidationError.single(
            QR_FIELD,
            "Efter dokumentnumret ska koden fortsätta med ;sha256= och kontrollsumman.",
        )
    digest = digest.strip().lower()
    if not _HEX.match(digest):
        raise ValidationError.single(
            QR_FIELD, "Kontrollsumman innehåller andra tecken än 0–9 och a–f; skanna igen."
        )
    if len(digest) != _SHA256_HEX_LENGTH:
        raise _checksum_length(len(digest), _SHA256_HEX_LENGTH)
    return digest


@dataclass(frozen=True, slots=True)
class PaperVerdict:
    """The answer to "does this paper match the register?"."""

    hash_matches: bool
    hash_checked: bool
    message: str


def paper_verdict(
    code: PaperCode, document: RegisteredDocument | None, latest_version: int | None = None
) -> PaperVerdict:
    """Compare what the paper says with the register entry of its number (None: not found).

    A matching QR code proves which document the paper was printed from, not that its text was
    left alone: the message says to compare the text with the stored PDF. ``latest_version`` is
    the newest version of the same form in the case, when it is newer than this one.
    """
    verdict = _paper_verdict(code, document)
    if document is not None and latest_version is not None and latest_version > document.version:
        return PaperVerdict(
            verdict.hash_matches,
            verdict.hash_checked,
            Text(
                "{0} Det finns en nyare version ({1}) av blanketten i ärendet.",
                verdict.message,
                latest_version,
            ),
        )
    return verdict


def _paper_verdict(code: PaperCode, document: RegisteredDocument | None) -> PaperVerdict:
    if document is None:
        return PaperVerdict(
            False, False, Text("Inget dokument med numret {0} finns i valvet.", code.number)
        )
    number, version, title = document.number, document.version, document.title
    date = document.document_date.isoformat()
    if code.sha256 is None:
        return PaperVerdict(
            False,
            False,
            Text(
                "Dokument {0} (version {1}, {2}), skapat {3}, finns i valvet. Numret saknar "
                "kontrollsumma, så innehållet kan inte jämföras: skanna QR-koden för det.",
                number,
                version,
                title,
                date,
            ),
        )
    if code.sha256 == document.content_sha256:
        return PaperVerdict(
            True,
            True,
            Text(
                "QR-koden stämmer med dokument {0} (version {1}, {2}), skapat {3}. Jämför "
                "papperets text med registrets PDF: QR-koden visar inte om texten har ändrats "
                "för hand.",
                number,
                version,
                title,
                date,
            ),
        )
    return PaperVerdict(
        False,
        True,
        Text(
            "Innehållet stämmer INTE med dokument {0} (version {1}, {2}), skapat {3}. Papperet "
            "kan vara ändrat eller komma från ett annat dokument; jämför med registrets PDF.",
            number,
            version,
            title,
            date,
        ),
    )
