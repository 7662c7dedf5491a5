"""What every form shares: its spec, the sheet it writes on, and filling it from a case.

A form module defines ``FORM = FormSpec(...)`` with a ``fill(file, options) -> Sheet`` function.
The `Sheet` records each block once and produces both the flowables (for reportlab) and the
canonical text (for the content hash and text checks), so the two can never disagree.
Missing data is collected with `Needs` and raised as MissingData before anything is drawn.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from skyddsapp.documents.layout import (
    BODY_WIDTH,
    FONT,
    DocumentHeader,
    Issuer,
    Line,
    break_lines,
    content_sha256,
    draw_lines,
    paragraph,
    printable,
    qr_payload,
    render,
    signature_block,
)
from skyddsapp.documents.layout import canonical_content as _canonical
from skyddsapp.documents.text import unprintable
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, RuleViolation, ValidationError, raise_if_errors
from skyddsapp.domain.paperwork.home_address import WITHHELD_HOME_ADDRESS, home_address_withheld
from skyddsapp.domain.paperwork.schema import Needs, OptionField, format_date
from skyddsapp.domain.person import Person
from skyddsapp.domain.printable_address import AddressSource, printable_address
from skyddsapp.domain.text import Text

# Tables are a hair narrower than the frame: reportlab's KeepTogether treats content even a
# rounding error wider than the frame as not fitting anywhere and pushes it to a new page.
TABLE_WIDTH = BODY_WIDTH - 1

# Neutral on purpose: the paper may be read by someone the address is hidden from.
HIDDEN_FLAT_ADDRESS = "Skrivs inte ut. Lägenheten anges med objektnummer."


def no_fields(file: CaseFile) -> tuple[OptionField, ...]:
    return ()


def no_options(values: Mapping[str, Any], file: CaseFile) -> None:
    return None


def no_warnings(file: CaseFile) -> tuple[str, ...]:
    return ()


def no_variant(options: Any) -> str:
    return ""


def person_variant(options: Any) -> str:
    """The variant of a form made per person: options with a ``recipient_id`` or ``person_id``."""
    person = getattr(options, "recipient_id", None) or getattr(options, "person_id", None)
    return f"person={person}" if person is not None else ""


@dataclass(frozen=True)
class FormSpec:
    """En blankett: its id (stable, stored in the register), title, issuer and how to fill it."""

    id: str
    title: str
    issuer: Issuer
    fill: Callable[[CaseFile, Any], Sheet]
    fields: Callable[[CaseFile], tuple[OptionField, ...]] = no_fields
    parse: Callable[[Mapping[str, Any], CaseFile], Any] = no_options
    description: str = ""
    other_issuers: tuple[Issuer, ...] = ()
    """Organisations that may also issue the form (``issuer`` is the default)."""
    warnings: Callable[[CaseFile], tuple[str, ...]] = no_warnings
    """What the handler should know before making the paper (shown on screen, never printed)."""
    variant: Callable[[Any], str] = no_variant
    """For a form made once per person: which one these options make (versions count per
    variant, so the letter to one tenant is not a newer version of the letter to another)."""

    @property
    def issuers(self) -> tuple[Issuer, ...]:
        """Who may issue the form, the default first."""
        return (self.issuer, *(i for i in self.other_issuers if i is not self.issuer))


# --- the sheet -----------------------------------------------------------------------------------


@dataclass
class Sheet:
    """The body of a form: blocks of text recorded once, drawn and hashed alike."""

    title: str
    _blocks: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    protected: bool = False
    """True once a person with protected personal data appears on the sheet."""

    # blocks -----------------------------------------------------------------

    def heading(self, text: str) -> None:
        self._blocks.append(("heading", (text,)))

    def text(self, text: str) -> None:
        self._blocks.append(("text", (text,)))

    def small(self, text: str) -> None:
        self._blocks.append(("small", (text,)))

    def fields(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label–value rows; empty values print as a line to fill in by hand."""
        self._blocks.append(("fields", (tuple(rows),)))

    def bullets(self, items: Sequence[str]) -> None:
        self._blocks.append(("bullets", (tuple(items),)))

    def checkboxes(self, items: Sequence[tuple[str, bool]]) -> None:
        """☒/☐ followed by a text: a printed choice (ticked ones were chosen)."""
        self._blocks.append(("checkboxes", (tuple(items),)))

    def table(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[str]],
        weights: Sequence[float] | None = None,
    ) -> None:
        """A ruled table; ``weights`` share out the width (equal columns by default)."""
        self._blocks.append(
            ("table", (tuple(head), tuple(tuple(r) for r in rows), tuple(weights or ())))
        )

    def signature(self, name: str, role: str | None = None) -> None:
        self._blocks.append(("signature", (name, role)))

    def lines_to_fill(self, label: str, count: int = 3) -> None:
        """Empty ruled lines for handwriting."""
        self._blocks.append(("blank", (label, count)))

    def space(self, height_mm: float = 4) -> None:
        self._blocks.append(("space", (height_mm,)))

    def page_break(self) -> None:
        self._blocks.append(("page", ()))

    # composite blocks -------------------------------------------------------

    def mention(self, person: Person) -> None:
        """Note that ``person`` appears (for the SEKRETESS marking)."""
        if person.protection.is_protected:
            self.protected = True

    def person(
        self,
        person: Person,
        *,
        label: str,
        number: bool = True,
        address: bool = True,
        needs: Needs | None = None,
        file: CaseFile | None = None,
    ) -> None:
        """A person's name, personal number and printable address (never a hidden one).

        Printing an address needs the case ``file``: in a case that hides its flat, a
        co-resident's home address is the flat's street and is withheld too.
        """
        self.mention(person)
        rows = [(label, person.full_name)]
        if number:
            rows.append(
                (
                    "Personnummer",
                    person.personal_number.formatted() if person.personal_number else "",
                )
            )
        if address:
            if file is None:
                raise ValueError("sheet.person(address=True) needs the case file")
            rows.extend(address_rows(person, needs, file=file))
        self.fields(rows)

    def apartment(self, apartment: Apartment, file: CaseFile, *, rent: bool = True) -> None:
        """Object number, address (unless hidden), size and rent of a flat."""
        rows = [("Objektnummer", apartment.object_number)]
        if file.hides_flat_address:
            rows.append(("Adress", HIDDEN_FLAT_ADDRESS))
        else:
            rows.append(("Adress", ", ".join(apartment.address.lines())))
        area = str(apartment.area_m2).replace(".", ",")  # Swedish decimal comma
        rows.append(("Storlek", f"{apartment.rooms} rum, {area} m²"))
        if rent:
            rows.append(("Månadshyra", f"{apartment.monthly_rent_sek:,} kr".replace(",", " ")))
        rows.append(("Hyresvärd", apartment.landlord))
        self.fields(rows)

    # output -----------------------------------------------------------------

    def printed_texts(self) -> Iterator[tuple[str, str]]:
        """Every text the sheet prints, each with what names it on paper: its label, its
        column, its role, or else the heading above it (the title before the first)."""
        context = self.title
        for kind, args in self._blocks:
            if kind == "heading":
                context = args[0]
                yield context, context
            elif kind in ("text", "small"):
                yield context, args[0]
            elif kind == "fields":
                for label, value in args[0]:
                    yield label or context, label
                    yield label or context, value
            elif kind == "bullets":
                yield from ((context, item) for item in args[0])
            elif kind == "checkboxes":
                yield from ((context, item) for item, _on in args[0])
            elif kind == "table":
                head, rows, _weights = args
                yield from ((context, cell) for cell in head)
                for row in rows:
                    for index, cell in enumerate(row):
                        yield (head[index] if index < len(head) else "") or context, cell
            elif kind == "signature":
                name, role = args
                yield role or context, name
                if role:
                    yield role, role
            elif kind == "blank":
                yield args[0], args[0]

    def content_text(self) -> str:
        """The canonical text of the body (what the QR code's hash covers)."""
        lines: list[str] = []
        for kind, args in self._blocks:
            if kind == "heading":
                lines.append(f"## {args[0]}")
            elif kind in ("text", "small"):
                lines.append(args[0])
            elif kind == "fields":
                lines.extend(f"{label}: {value}" for label, value in args[0])
            elif kind == "bullets":
                lines.extend(f"• {item}" for item in args[0])
            elif kind == "checkboxes":
                lines.extend(f"[{'x' if on else ' '}] {item}" for item, on in args[0])
            elif kind == "table":
                head, rows, _weights = args
                lines.append(" | ".join(head))
                lines.extend(" | ".join(row) for row in rows)
            elif kind == "signature":
                name, role = args
                lines.append(f"Underskrift: {role + ': ' if role else ''}{name}")
            elif kind == "blank":
                lines.append(f"{args[0]}: ____")
        return "\n".join(lines)

    def flowables(self) -> list[Flowable]:
        """Fresh flowables for one render (reportlab consumes them)."""
        out: list[Flowable] = []
        for kind, args in self._blocks:
            if kind == "heading":
                out.append(CondPageBreak(25 * mm))
                out.append(_Heading(paragraph(args[0], style="heading")))
            elif kind == "text":
                out.append(paragraph(args[0]))
            elif kind == "small":
                out.append(Spacer(1, 1.5 * mm))
                out.append(paragraph(args[0], style="small"))
            elif kind == "fields":
                out.append(_fields_table(args[0]))
            elif kind == "bullets":
                out.extend(paragraph(f"•  {item}") for item in args[0])
            elif kind == "checkboxes":
                out.extend(paragraph(f"{'☒' if on else '☐'}  {item}") for item, on in args[0])
            elif kind == "table":
                out.append(_grid(*args))
            elif kind == "signature":
                out.append(Spacer(1, 4 * mm))
                out.append(signature_block(args[0], role=args[1]))
            elif kind == "blank":
                out.append(KeepTogether([_blank_lines(*args)]))
            elif kind == "space":
                out.append(Spacer(1, args[0] * mm))
            elif kind == "page":
                out.append(PageBreak())
        return _keep_headings_with_next(out)


class _Heading(KeepTogether):  # type: ignore[misc]
    """Marks a heading so that it is kept on the same page as the block after it."""

    def __init__(self, heading: Flowable) -> None:
        super().__init__([heading])
        self.heading = heading


def _keep_headings_with_next(flowables: list[Flowable]) -> list[Flowable]:
    """A heading never ends a page alone: it travels with the next block (e.g. a signature)."""
    out: list[Flowable] = []
    index = 0
    while index < len(flowables):
        item = flowables[index]
        if isinstance(item, _Heading):
            group = [item.heading]
            index += 1
            while index < len(flowables) and isinstance(flowables[index], _Heading):
                group.append(flowables[index].heading)
                index += 1
            while index < len(flowables) and isinstance(flowables[index], Spacer):
                group.append(flowables[index])  # a gap is not the block the heading heads
                index += 1
            if index < len(flowables) and not isinstance(flowables[index], CondPageBreak):
                following = flowables[index]
                # KeepTogether always reports an "infinite" height to force its own split, so
                # one nested in another never fits anywhere: take its content instead.
                if isinstance(following, KeepTogether):
                    group.extend(following._content)
                else:
                    group.append(following)
                index += 1
            out.append(_KeepWithNext(group))
            continue
        out.append(item)
        index += 1
    return out


class _KeepWithNext(Flowable):  # type: ignore[misc]
    """A heading (and the gaps and role lines under it) with the start of the block it heads.

    Unlike KeepTogether, a long block is not pushed whole to the next page: the heading goes
    where the block's first part fits (a row, a line, a table row), and the rest follows.
    """

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._heights: list[float] = []

    def _gap_before(self, index: int) -> float:
        return float(self.parts[index].getSpaceBefore()) if index else 0.0

    def _gap_after(self, index: int) -> float:
        return float(self.parts[index].getSpaceAfter()) if index < len(self.parts) - 1 else 0.0

    def getSpaceBefore(self) -> float:  # reportlab's name
        return float(self.parts[0].getSpaceBefore())

    def getSpaceAfter(self) -> float:  # reportlab's name
        return float(self.parts[-1].getSpaceAfter())

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [
            part.wrapOn(self.canv, available_width, available_height)[1] for part in self.parts
        ]
        self.width = available_width
        self.height = sum(
            self._gap_before(i) + height + self._gap_after(i)
            for i, height in enumerate(self._heights)
        )
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        heads, block = self.parts[:-1], self.parts[-1]
        self.wrap(available_width, available_height)
        used = sum(
            self._gap_before(i) + self._heights[i] + self._gap_after(i) for i in range(len(heads))
        )
        room = available_height - used - float(block.getSpaceBefore())
        if room <= 0:
            return []
        pieces = block.splitOn(self.canv, available_width, room)
        if len(pieces) < 2:  # the block cannot start here: everything moves on together
            return []
        return [_KeepWithNext([*heads, pieces[0]]), *pieces[1:]]

    def draw(self) -> None:
        top = self.height
        for index, (part, height) in enumerate(zip(self.parts, self._heights, strict=True)):
            top -= self._gap_before(index) + height
            part.drawOn(self.canv, 0, top)
            top -= self._gap_after(index)


def address_rows(person: Person, needs: Needs | None, *, file: CaseFile) -> list[tuple[str, str]]:
    """Rows for the address the rules allow; a person with none adds to ``needs``.

    Never the real address of someone with skyddad folkbokföring or fingerade uppgifter
    (`printable_address`), and never anyone's home address in a case that hides its flat
    (`home_address_withheld`: a co-resident's home is the flat).
    """
    if home_address_withheld(person, file):
        return [("Adress", WITHHELD_HOME_ADDRESS)]
    try:
        printable = printable_address(person)
    except RuleViolation as error:
        if needs is not None:
            needs.add(str(error))
        return [("Adress", "")]
    if printable.source is AddressSource.SKATTEVERKET_FORWARDING:
        return [
            ("Post skickas via", ", ".join(printable.lines)),
            ("På innerkuvertet", ", ".join(printable.inner_envelope)),
        ]
    label = "Kontaktadress" if printable.source is AddressSource.DELIVERY else "Adress"
    return [(label, ", ".join(printable.lines))]


LABEL_WIDTH = 48 * mm
_LABEL_SIZE, _LABEL_LEADING = 8, 10
_VALUE_SIZE, _VALUE_LEADING = 10, 13
_ROW_PADDING = 2


class _FieldRows(Flowable):  # type: ignore[misc]
    """Label–value rows drawn directly: a reportlab Table of Paragraphs costs several times more
    and these rows are the bulk of every form. Splits between rows across pages."""

    def __init__(self, rows: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = [(printable(label), printable(value)) for label, value in rows]
        self._laid: list[tuple[list[Line], list[Line], float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        value_width = max(available_width - LABEL_WIDTH, 1.0)
        self._laid = []
        for label, value in self.rows:
            labels = break_lines(label, FONT, _LABEL_SIZE, LABEL_WIDTH - 4)
            values = break_lines(value, FONT, _VALUE_SIZE, value_width) if value else [("", False)]
            height = max(len(labels) * _LABEL_LEADING, len(values) * _VALUE_LEADING)
            self._laid.append((labels, values, height + 2 * _ROW_PADDING))
        self.width = available_width
        self.height = sum(row[2] for row in self._laid)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        used, count = 0.0, 0
        for _labels, _values, height in self._laid:
            if used + height > available_height:
                break
            used, count = used + height, count + 1
        if count == len(self.rows):
            return []
        if count == 0:  # one row taller than what is left: split it between its lines
            labels, values, _height = self._laid[0]
            fit = int((available_height - 2 * _ROW_PADDING) // _VALUE_LEADING)
            if fit < 1 or len(values) <= fit:
                return []
            first = (_joined(labels), _joined(values[:fit]))
            rest = ("", _joined(values[fit:]))
            return [_FieldRows([first]), _FieldRows([rest, *self.rows[1:]])]
        return [_FieldRows(self.rows[:count]), _FieldRows(self.rows[count:])]

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for (_label, value), (labels, values, height) in zip(self.rows, self._laid, strict=True):
            baseline = top - _ROW_PADDING - 0.93 * _VALUE_SIZE
            draw_lines(canvas, 0, baseline, labels, FONT, _LABEL_SIZE, _LABEL_LEADING)
            draw_lines(canvas, LABEL_WIDTH, baseline, values, FONT, _VALUE_SIZE, _VALUE_LEADING)
            if not value:  # a line to fill in by hand
                canvas.setLineWidth(0.5)
                canvas.line(LABEL_WIDTH, top - height + 1, self.width, top - height + 1)
            top -= height


def _joined(lines: Sequence[Line]) -> str:
    return "\n".join(line for line, _rtl in lines)


def _fields_table(rows: Sequence[tuple[str, str]]) -> Flowable:
    return _FieldRows(rows)


def _grid(head: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float]) -> Table:
    columns = max(1, len(head))
    if len(weights) != columns:
        weights = [1.0] * columns
    widths = [TABLE_WIDTH * w / sum(weights) for w in weights]
    data = [[paragraph(h, style="small") for h in head]]
    data += [[paragraph(cell) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _blank_lines(label: str, count: int) -> Table:
    data = [[paragraph(label, style="small")]] + [[""] for _ in range(count)]
    table = Table(data, colWidths=[TABLE_WIDTH], rowHeights=[None] + [8 * mm] * count)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    style += [("LINEBELOW", (0, i), (0, i), 0.5, colors.black) for i in range(1, count + 1)]
    table.setStyle(TableStyle(style))
    return table


# --- filling -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilledForm:
    """A form filled from a case, ready to render (and to render again, identically)."""

    spec: FormSpec
    header: DocumentHeader
    sheet: Sheet

    @property
    def protected(self) -> bool:
        return self.sheet.protected

    @property
    def content_text(self) -> str:
        return self.sheet.content_text()

    @property
    def canonical_content(self) -> str:
        return _canonical(self.header, self.content_text)

    @property
    def content_sha256(self) -> str:
        return content_sha256(self.header, self.content_text)

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.header.document_number, self.canonical_content)

    def render(self) -> bytes:
        """PDF/A-2b bytes, in memory."""
        return render(
            self.header,
            self.sheet.flowables(),
            protected=self.protected,
            content_text=self.content_text,
        )


def fill_form(
    spec: FormSpec,
    file: CaseFile,
    values: Mapping[str, Any] | None = None,
    *,
    document_number: str,
    version: int = 1,
    issuer: Issuer | None = None,
    date: dt.date | None = None,
) -> FilledForm:
    """Validate the option values, fill the form from the case, return it ready to render.

    Raises ValidationError (bad option values) or MissingData (the case lacks something);
    in both cases nothing has been drawn.
    """
    if issuer is not None and issuer not in spec.issuers:
        raise ValidationError.single(
            "issuer", Text("{0} kan inte utfärdas av {1}.", spec.title, issuer.value)
        )
    typed = unprintable_options(values or {})
    try:
        options = spec.parse(values or {}, file)
    except ValidationError as error:  # every problem at once
        fields = set(error.fields)
        raise ValidationError(
            [*error.errors, *(e for e in typed if e.field not in fields)]
        ) from None
    raise_if_errors(typed)
    sheet = spec.fill(file, options)
    refuse_unprintable(sheet)
    header = DocumentHeader(
        issuer=issuer or spec.issuer,
        title=spec.title,
        document_number=document_number,
        case_reference=str(file.case.reference),
        date=date or file.today,
        version=version,
    )
    return FilledForm(spec, header, sheet)


def unprintable_options(values: Mapping[str, Any]) -> list[FieldError]:
    """An error for each typed option holding a character the embedded fonts cannot print,
    not even in a compatible form (CJK, emoji, scripts DejaVu lacks)."""
    return [
        FieldError(
            name,
            Text(
                "Tecken som inte kan skrivas ut på blanketten: {0}. Ta bort dem eller skriv "
                "texten på annat sätt.",
                _shown(bad),
            ),
        )
        for name, value in values.items()
        if isinstance(value, str) and (bad := unprintable(value))
    ]


def refuse_unprintable(sheet: Sheet) -> None:
    """Raise ValidationError if the paper would hold a character the embedded fonts cannot
    print: never an empty box. Text from the case is named by where it is printed (its label,
    column, role or heading), so the handler knows what to change in the case."""
    found: dict[str, list[str]] = {}
    for label, text in sheet.printed_texts():
        bad = unprintable(text)
        if bad:
            found.setdefault(label, []).extend(bad)
    raise_if_errors(
        FieldError(
            f"sheet.{label}",
            Text(
                "{0}: tecken som inte kan skrivas ut på blanketten: {1}. Ändra uppgiften i "
                "ärendet och försök igen.",
                label,
                _shown(list(dict.fromkeys(bad))),
            ),
        )
        for label, bad in found.items()
    )


def _shown(chars: Sequence[str], most: int = 5) -> str:
    """The characters as a handler can find them: each quoted (unless invisible on its own)
    with its code point."""
    shown = [
        f"U+{ord(c):04X}" if unicodedata.category(c)[0] in "MCZ" else f"”{c}” (U+{ord(c):04X})"
        for c in chars[:most]
    ]
    if len(chars) > most:
        shown.append("…")
    return ", ".join(shown)


def handler_rows(file: CaseFile, label: str = "Handläggare") -> list[tuple[str, str]]:
    return [(label, file.handler_display_name())]


def date_text(day: dt.date | None) -> str:
    return format_date(day)
