"""Preview every form as PNG pages, filled from the fictitious demo case (`make forms-preview`).

    python tools/forms_preview.py DIR [--protection LEVEL] [--dpi 60]

Each form is filled with the defaults of its option fields and rendered in memory; the PDF
bytes go to ``pdftoppm`` on its standard input, which writes ``DIR/<form id>-<page>.png``. No
PDF is written anywhere. A form that cannot be generated (MissingData, a refused default) is
reported and skipped, and the command then exits with status 1.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from skyddsapp.documents.forms import FORMS, FormSpec, fill_form
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.services.demo_paperwork import demo_case_file, demo_values


def render_pages(spec: FormSpec, file: CaseFile, folder: Path, *, number: str, dpi: int) -> int:
    """Fill and render one form, write its pages as PNG; returns the number of pages."""
    values = demo_values(spec, file)
    pdf = fill_form(spec, file, values, document_number=number).render()
    for old in folder.glob(f"{spec.id}-*.png"):  # pages left from a longer earlier version
        if re.fullmatch(rf"{re.escape(spec.id)}-\d+\.png", old.name):
            old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-", str(folder / spec.id)],
        input=pdf,
        check=True,
        capture_output=True,
    )
    return len(list(folder.glob(f"{spec.id}-*.png")))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="forms_preview", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder for the PNG pages (created if missing)")
    parser.add_argument(
        "--protection",
        choices=[level.name for level in ProtectionLevel],
        default=ProtectionLevel.PROTECTED_REGISTRATION.name,
        help="the demo client's protection level",
    )
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm saknas (poppler-utils): installera det först.", file=sys.stderr)
        return 2
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    file = demo_case_file(ProtectionLevel[args.protection])
    skipped = 0
    for index, spec in enumerate(FORMS.values(), start=1):
        try:
            pages = render_pages(spec, file, folder, number=f"DEMO-{index:06d}", dpi=args.dpi)
        except (MissingData, ValidationError) as error:
            skipped += 1
            print(f"{spec.id}: hoppas över: {error}")
            continue
        print(f"{spec.id}: {pages} sid{'a' if pages == 1 else 'or'} → {folder}/{spec.id}-*.png")
    if skipped:
        print(f"{skipped} av {len(FORMS)} blanketter kunde inte skapas.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
