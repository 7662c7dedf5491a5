"""The printed QR code read back by a real decoder (zxing-cpp) from pages rendered as pixels.

Every form, every page, rendered with ``pdftoppm`` as a reviewer or `make forms-preview` does:
the decoded text must be exactly the document number and the whole content hash, and the
register's verify flow must read it back to that hash.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable

import pytest
import segno
import zxingcpp
from form_data import with_required_choices
from PIL import Image
from reportlab.lib.units import inch

from skyddsapp.documents.forms import FORMS, FormSpec, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.layout import QR_SIZE, qr_payload
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.document_register import paper_code_text, parse_paper_code
from skyddsapp.domain.person import ProtectionLevel

SPECS = list(FORMS.values())
IDS = [spec.id for spec in SPECS]
NUMBER = "UH-2026-000042"
PREVIEW_DPI = 60  # what `make forms-preview` renders at


@pytest.fixture(scope="module", autouse=True)
def _pdftoppm() -> None:
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftoppm (poppler-utils) is missing: .ci/run installs it")
        pytest.skip("pdftoppm (poppler-utils) is not installed")


def _filled(spec: FormSpec, file: CaseFile) -> FilledForm:
    values = {field.name: field.default for field in spec.fields(file)}
    return fill_form(spec, file, with_required_choices(values), document_number=NUMBER)


def _pages(pdf: bytes, dpi: int, tmp_path_factory: pytest.TempPathFactory) -> list[Image.Image]:
    folder = tmp_path_factory.mktemp("pages")
    subprocess.run(
        # Grey PGM: the pixels of ``pdftoppm -png`` without the PNG compression (9/10 of
        # the time).
        ["pdftoppm", "-gray", "-r", str(dpi), "-", str(folder / "page")],
        input=pdf,
        check=True,
        capture_output=True,
    )
    pages = []
    for path in sorted(folder.glob("page-*.pgm")):
        with Image.open(path) as image:
            pages.append(image.copy())
    return pages


def _decoded(page: Image.Image) -> list[str]:
    return [
        code.text for code in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    ]


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_page_of_every_form_decodes_at_100_dpi(
    spec: FormSpec,
    make_file: Callable[..., CaseFile],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    form = _filled(spec, make_file(ProtectionLevel.PROTECTED_REGISTRATION))
    expected = paper_code_text(NUMBER, form.content_sha256)
    assert form.qr_payload == expected
    pages = _pages(form.render(), 100, tmp_path_factory)
    assert pages
    for page in pages:
        assert _decoded(page) == [expected]
    # What a scanner types into Verifiera papper gives back the register's hash.
    assert parse_paper_code(expected).sha256 == form.content_sha256


@pytest.mark.parametrize("dpi", [PREVIEW_DPI, 50])
@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_the_first_page_decodes_below_100_dpi(
    spec: FormSpec,
    dpi: int,
    make_file: Callable[..., CaseFile],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Headroom: the earlier 41-module code in 24 mm decoded at 60 dpi only with a lenient
    reader and at 50 dpi with none; this one is read at half the 100 dpi a reviewer used."""
    form = _filled(spec, make_file(ProtectionLevel.NONE))
    first = _pages(form.render(), dpi, tmp_path_factory)[0]
    assert _decoded(first) == [form.qr_payload]


def test_a_module_is_at_least_three_pixels_at_100_dpi() -> None:
    payload = qr_payload(NUMBER, "any content")
    code = segno.make(payload, error="q", micro=False, boost_error=False)
    pixels = QR_SIZE / inch * 100 / len(code.matrix)
    assert code.mode == "alphanumeric"
    assert pixels >= 3.5
