"""Whose address a form may print when the case hides its flat's street.

`printable_address` protects each person's own real address. In a case where someone has
skyddad folkbokföring or fingerade personuppgifter the flat's street is hidden as well, and a
co-resident's home address is that street: then nobody's home address is printed (the same
rule as the search index and the persons tab).
"""

from __future__ import annotations

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.person import Person
from skyddsapp.domain.printable_address import AddressSource, printable_address

# Says nothing about why: a tenant who reads it may be the one the address is hidden from.
WITHHELD_HOME_ADDRESS = (
    "Skrivs inte ut. Handlingen lämnas personligen eller skickas till en adress som personen anger."
)


def home_address_withheld(person: Person, file: CaseFile) -> bool:
    """True when the address a form would print for ``person`` is a home address the case hides."""
    if not file.hides_flat_address:
        return False
    try:
        return printable_address(person).source is AddressSource.REAL
    except RuleViolation:
        return False  # nothing printable at all: the form reports it as missing
