"""Fixtures for the document tests: a rich case file and PDF reading helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from form_data import PdfTools, build_file

from skyddsapp.domain.case_file import CaseFile


@pytest.fixture
def make_file() -> Callable[..., CaseFile]:
    return build_file


@pytest.fixture
def pdf_tools() -> PdfTools:
    return PdfTools()
