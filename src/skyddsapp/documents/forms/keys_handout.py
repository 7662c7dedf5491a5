"""Nyckelkvittens vid utlämning: every key, tag and card handed out, with system and series."""

from __future__ import annotations

from collections.abc import Sequence

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text, person_variant
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import keys
from skyddsapp.domain.paperwork.keys import KeyHandover, KeyReturn, KeyRow, total_count
from skyddsapp.domain.paperwork.schema import Needs
from skyddsapp.domain.person import Person

TITLE = "Nyckelkvittens vid utlämning"

KEY_TABLE_HEAD = ("Typ", "Märkning", "Låssystem", "Serienummer", "Antal")
KEY_TABLE_WEIGHTS = (0.8, 2.4, 1.4, 1.4, 0.7)


def fill(file: CaseFile, options: KeyHandover) -> Sheet:
    needs = Needs(TITLE)
    person = key_person(file, options.person_id, options.by_agent, needs, "mottagaren")
    needs.check()
    assert person is not None

    sheet = Sheet(TITLE)
    sheet.text(
        "Undertecknad kvitterar att nedanstående nycklar, taggar och kort har lämnats ut för "
        "lägenheten nedan."
    )
    sheet.fields([("Utlämningsdatum", date_text(options.date))])
    sheet.heading("Lägenhet")
    sheet.apartment(options.apartment, file, rent=False)
    sheet.heading("Mottagare")
    person_block(sheet, file, options, person, "kvitterar ut")
    sheet.heading("Nycklar, taggar och kort")
    key_table(sheet, options.rows)
    sheet.small(
        "Mottagaren ansvarar för nycklarna, taggarna och korten. Nycklar i låssystem får inte "
        "kopieras. En förlorad nyckel, tagg eller ett förlorat kort ska genast anmälas till "
        "Uppsalahem; låset kan då behöva bytas. Allt som har kvitterats ut ska lämnas tillbaka "
        "när hyresavtalet upphör."
    )
    sheet.signature(person.full_name, "Mottagarens underskrift")
    sheet.signature(file.handler_display_name(), "För Uppsalahem AB, handläggare")
    return sheet


def key_person(
    file: CaseFile, person_id: int, by_agent: bool, needs: Needs, who: str
) -> Person | None:
    """The person who receives or returns the keys; their personal number identifies them."""
    person = file.person(person_id)
    needs.require(person, who)
    if person is not None:
        needs.require(person.personal_number, f"personnummer för {who}")
    if by_agent:
        needs.require(file.client(), "klient i ärendet")
    return person


def person_block(
    sheet: Sheet, file: CaseFile, options: KeyHandover | KeyReturn, person: Person, acts: str
) -> None:
    """Name and personal number, the identity document checked; for an agent, whom they act
    for and the registered fullmakt they act under."""
    sheet.person(person, label="Namn", address=False)
    sheet.fields([("Legitimation kontrollerad", options.id_kind.label)])
    client = file.client()
    if options.by_agent and client is not None:
        sheet.mention(client)
        power = options.power
        rows = [("Ombud för", client.full_name)]
        if power is not None:
            source = power.document_number or "fullmakt i original (papper)"
            rows.append(("Fullmakt", f"{source}, gäller till och med {power.valid_until}"))
        sheet.fields(rows)
        sheet.text(
            f"Ombudet {acts} nycklarna med stöd av fullmakten ovan, som har visats upp i "
            "original tillsammans med giltig legitimation."
        )


def key_table(sheet: Sheet, rows: Sequence[KeyRow]) -> None:
    """Typ | Märkning | Låssystem | Serienummer | Antal, and a total row."""
    body = [(row.kind.label, row.marking, row.system, row.series, str(row.count)) for row in rows]
    body.append(("Totalt", "", "", "", str(total_count(rows))))
    sheet.table(KEY_TABLE_HEAD, body, weights=KEY_TABLE_WEIGHTS)


FORM = FormSpec(
    id="nyckelkvittens_utlamning",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=keys.issue_fields,
    parse=keys.parse_issue,
    description="Kvitto på varje nyckel, tagg och kort som lämnas ut, med låssystem och serie.",
    variant=person_variant,
)
