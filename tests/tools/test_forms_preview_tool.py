"""tools/forms_preview.py (`make forms-preview`) renders every form, so the tool cannot rot
outside the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from skyddsapp.documents.forms import FORMS

TOOL = Path(__file__).resolve().parents[2] / "tools" / "forms_preview.py"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_every_form_is_rendered_to_png(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path), "--dpi", "20"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    first_pages = {p.name for p in tmp_path.glob("*-1.png")}
    assert first_pages == {f"{form_id}-1.png" for form_id in FORMS}
    assert list(tmp_path.glob("*.pdf")) == []
