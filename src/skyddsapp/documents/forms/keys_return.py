"""Nyckelkvittens vid återlämnande: what came back, what is missing, and whether to change locks."""

from __future__ import annotations

from skyddsapp.documents.forms.base import FormSpec, Sheet, date_text, person_variant
from skyddsapp.documents.forms.keys_handout import key_person, key_table, person_block
from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.paperwork import keys
from skyddsapp.domain.paperwork.keys import LOCK_CHANGE_LINE, KeyReturn
from skyddsapp.domain.paperwork.schema import Needs

TITLE = "Nyckelkvittens vid återlämnande"


def fill(file: CaseFile, options: KeyReturn) -> Sheet:
    needs = Needs(TITLE)
    who = "den som lämnar tillbaka nycklarna"
    person = key_person(file, options.person_id, options.by_agent, needs, who)
    needs.check()
    assert person is not None

    sheet = Sheet(TITLE)
    sheet.text(
        "Uppsalahem AB kvitterar att nedanstående nycklar, taggar och kort har lämnats "
        "tillbaka för lägenheten nedan."
    )
    sheet.fields([("Datum för återlämnandet", date_text(options.date))])
    sheet.heading("Lägenhet")
    sheet.apartment(options.apartment, file, rent=False)
    sheet.heading("Lämnas tillbaka av")
    person_block(sheet, file, options, person, "lämnar tillbaka")
    sheet.heading("Återlämnade nycklar, taggar och kort")
    key_table(sheet, options.rows)
    sheet.space(2)
    sheet.checkboxes(
        [
            ("Alla nycklar, taggar och kort har lämnats tillbaka", options.all_returned),
            ("Nycklar, taggar eller kort saknas", not options.all_returned),
        ]
    )
    if options.missing:
        sheet.fields([("Saknas", options.missing)])
    if options.lock_change_needed:
        sheet.heading(LOCK_CHANGE_LINE)
        sheet.text(f"{LOCK_CHANGE_LINE}. Låset eller cylindern ska bytas av följande skäl:")
        sheet.bullets(options.lock_change_reasons)
        sheet.small(
            "Handläggaren beställer byte av lås eller cylinder (blanketten Beställning av "
            "låsbyte). Nya nycklar lämnas endast ut mot nyckelkvittens."
        )
    sheet.signature(person.full_name, "Underskrift av den som lämnar tillbaka nycklarna")
    sheet.signature(file.handler_display_name(), "För Uppsalahem AB, handläggare")
    return sheet


FORM = FormSpec(
    id="nyckelkvittens_aterlamning",
    title=TITLE,
    issuer=Issuer.UPPSALAHEM,
    fill=fill,
    fields=keys.return_fields,
    parse=keys.parse_return,
    description="Kvitto på återlämnade nycklar, taggar och kort; anger när låset ska bytas.",
    variant=person_variant,
)
