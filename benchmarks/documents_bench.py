"""Documents benchmark: form generation speed and first preview page, against bare reportlab.

    .venv/bin/python benchmarks/documents_bench.py [--rounds 61] [--previews 21]

The case is `services.demo_paperwork.demo_case_file()` (fictitious, in memory). The heaviest
form is picked at run time among the forms that generate: most pages, then most text. Every
round fills and renders it with a new document number (so the QR code is encoded afresh) and,
interleaved, renders the baseline: the same form's ``content_text`` as Paragraphs in a bare
``SimpleDocTemplate`` with the same font, no header, no QR, no PDF/A parts. Figures are
medians (the machine is noisy).

Each round also renders the form once more with the layout's own functions wrapped, to split
a document into fill, reportlab build (flowables, layout, drawing, writing the PDF), QR code
(encode + draw) and the PDF/A step; that total is a little higher because of the wrappers.
Documents per second are also given in CPU time of this process, which other processes on a
busy machine disturb less than the wall clock (the verdict uses the wall clock).

"First preview page shown" is QtPdf (`QPdfDocument`) loading the PDF bytes from a `QBuffer`
and rendering page 1 to a `QImage` fitted to a 1080p screen, offscreen; the baseline is the
same for the bare reportlab PDF. Goals from the issue: at least 50 documents per second for
the heaviest form, preview within 100 ms.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from skyddsapp.documents import layout
from skyddsapp.documents.forms import FORMS, FormSpec, fill_form
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import DomainError
from skyddsapp.services.demo_paperwork import demo_case_file

GOAL_DOCS_PER_S = 50.0
GOAL_PREVIEW_MS = 100.0
PREVIEW_HEIGHT_PX = 1000  # page 1 fitted to the height of a 1080p screen (about 120 dpi)

# The layout's functions timed in the instrumented pass (those that exist are wrapped).
QR_STEPS = ("_draw_qr",)  # encodes (once per document) and draws
PDFA_STEPS = ("_to_pdfa", "_add_pdfa_parts", "_finish_pdfa")

med = statistics.median


def p90(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


# ----------------------------------------------------------------------------- the forms


@dataclass
class Candidate:
    spec: FormSpec
    values: dict[str, Any]
    pages: int
    chars: int


def page_count(pdf: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)


def candidates(file: CaseFile) -> tuple[list[Candidate], list[str]]:
    """Every form that generates from the demo case, and the ids of those that do not."""
    found, skipped = [], []
    for spec in FORMS.values():
        values = {field.name: field.default for field in spec.fields(file)}
        try:
            form = fill_form(spec, file, values, document_number="BENCH-000000")
        except DomainError:
            skipped.append(spec.id)
            continue
        found.append(Candidate(spec, values, page_count(form.render()), len(form.content_text)))
    return found, skipped


# ----------------------------------------------------------------------------- baseline


def baseline_pdf(text: str) -> bytes:
    """The same text with bare reportlab: one Paragraph per line, the form's body font."""
    layout.register_fonts()
    style = ParagraphStyle("bare", fontName=layout.FONT, fontSize=10, leading=13, spaceAfter=4)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph(escape(line), style) for line in text.splitlines()])
    return buffer.getvalue()


# ----------------------------------------------------------------------------- timing


@contextmanager
def instrumented(names: Sequence[str], totals: dict[str, float]) -> Iterator[list[str]]:
    """Wrap the named layout functions that exist; their time adds up in ``totals``."""
    wrapped: list[str] = []
    originals: dict[str, Callable[..., Any]] = {}
    for name in names:
        original = getattr(layout, name, None)
        if original is None:
            continue

        def timed(*args: Any, _original: Any = original, _name: str = name, **kw: Any) -> Any:
            began = time.perf_counter()
            try:
                return _original(*args, **kw)
            finally:
                totals[_name] = totals.get(_name, 0.0) + time.perf_counter() - began

        originals[name] = original
        setattr(layout, name, timed)
        wrapped.append(name)
    try:
        yield wrapped
    finally:
        for name, original in originals.items():
            setattr(layout, name, original)


def time_documents(
    c: Candidate, file: CaseFile, rounds: int
) -> tuple[dict[str, list[float]], list[str]]:
    """Seconds per document. Each round: the form (clean), the baseline, the form again with
    the layout's steps wrapped (the breakdown), so machine noise hits all three alike."""
    out: dict[str, list[float]] = {
        key: []
        for key in (
            "document",
            "document_cpu",
            "baseline",
            "baseline_cpu",
            "fill",
            "build",
            "qr",
            "pdfa",
            "total",
        )
    }
    text = fill_form(c.spec, file, c.values, document_number="BENCH-000000").content_text
    totals: dict[str, float] = {}
    wrapped = [name for name in (*QR_STEPS, *PDFA_STEPS) if hasattr(layout, name)]
    for i in range(-3, rounds):  # three warm-up rounds
        number = f"BENCH-{i + 10:06d}"  # a new number: the QR code is encoded afresh
        wall, cpu = time.perf_counter(), time.process_time()
        fill_form(c.spec, file, c.values, document_number=number).render()
        doc_wall, doc_cpu = time.perf_counter() - wall, time.process_time() - cpu
        wall, cpu = time.perf_counter(), time.process_time()
        baseline_pdf(text)
        base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu
        totals.clear()
        with instrumented(wrapped, totals):
            began = time.perf_counter()
            form = fill_form(c.spec, file, c.values, document_number=number + "-b")
            filled = time.perf_counter()
            form.render()
            done = time.perf_counter()
        if i < 0:
            continue
        out["document"].append(doc_wall)
        out["document_cpu"].append(doc_cpu)
        out["baseline"].append(base_wall)
        out["baseline_cpu"].append(base_cpu)
        qr = sum(totals.get(name, 0.0) for name in QR_STEPS)
        pdfa = sum(totals.get(name, 0.0) for name in PDFA_STEPS)
        out["fill"].append(filled - began)
        out["qr"].append(qr)
        out["pdfa"].append(pdfa)
        out["build"].append(done - filled - qr - pdfa)
        out["total"].append(done - began)
    return out, wrapped


def time_previews(pdf: bytes, baseline: bytes, rounds: int) -> dict[str, Any]:
    """QtPdf: bytes → QBuffer → QPdfDocument → page 1 as a QImage; ms, interleaved."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication([])

    def shown(data: bytes) -> tuple[float, tuple[int, int]]:
        began = time.perf_counter()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        while document.status() == QPdfDocument.Status.Loading:
            app.processEvents()
        if document.status() != QPdfDocument.Status.Ready:
            raise RuntimeError(f"QtPdf could not load the PDF: {document.error()}")
        page = document.pagePointSize(0)
        height = PREVIEW_HEIGHT_PX
        width = round(height * page.width() / page.height())
        image = document.render(0, QSize(width, height))
        elapsed = (time.perf_counter() - began) * 1000
        if image.isNull():
            raise RuntimeError("QtPdf rendered an empty image")
        document.close()
        buffer.close()
        return elapsed, (image.width(), image.height())

    out: dict[str, Any] = {"form": [], "baseline": []}
    for i in range(-2, rounds):
        form_ms, size = shown(pdf)
        base_ms, _ = shown(baseline)
        if i >= 0:
            out["form"].append(form_ms)
            out["baseline"].append(base_ms)
    out["size"] = size
    return out


# ----------------------------------------------------------------------------- report


def accelerated() -> bool:
    """Whether reportlab runs its C helpers (the optional rl-accel package) or pure Python."""
    from reportlab.lib import rl_accel

    return "fp_str" in rl_accel._c_funcs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=61, help="documents per measure")
    parser.add_argument("--previews", type=int, default=21, help="preview loads per PDF")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    file = demo_case_file()
    found, skipped = candidates(file)
    if not found:
        print("no form generates from the demo case", file=sys.stderr)
        return 1
    heaviest = max(found, key=lambda c: (c.pages, c.chars))
    print(f"forms that generate: {len(found)} of {len(FORMS)}", end="")
    print(f" (skipped: {', '.join(skipped)})" if skipped else "")
    for c in sorted(found, key=lambda c: (-c.pages, -c.chars)):
        mark = "  <- heaviest" if c is heaviest else ""
        print(f"  {c.spec.id:28s} {c.pages} page(s) {c.chars:6d} chars{mark}")

    docs, wrapped = time_documents(heaviest, file, args.rounds)
    form = fill_form(heaviest.spec, file, heaviest.values, document_number="BENCH-999999")
    pdf = form.render()
    base_pdf = baseline_pdf(form.content_text)
    previews = time_previews(pdf, base_pdf, args.previews)

    doc_s, base_s = med(docs["document"]), med(docs["baseline"])
    doc_cpu, base_cpu = med(docs["document_cpu"]), med(docs["baseline_cpu"])
    rate = 1 / doc_s
    preview_ms = med(previews["form"])
    base_preview_ms = med(previews["baseline"])
    width, height = previews["size"]

    print(
        f"\nheaviest form: {heaviest.spec.id} ({heaviest.pages} pages, {len(pdf):,} bytes; "
        f"baseline {page_count(base_pdf)} pages, {len(base_pdf):,} bytes)"
    )
    print(
        f"medians of {args.rounds} documents / {args.previews} previews, {os.cpu_count()} CPUs, "
        f"reportlab C helpers (rl-accel): {'yes' if accelerated() else 'no'}\n"
    )
    print("| measure | skyddsapp | p90 | baseline | ratio | goal | verdict |")
    print("|---|---:|---:|---:|---:|---:|---|")
    ok_rate = rate >= GOAL_DOCS_PER_S
    print(
        f"| documents per second, fill + render | {rate:.1f}/s ({doc_s * 1000:.1f} ms) "
        f"| {1 / p90(docs['document']):.1f}/s | {1 / base_s:.1f}/s ({base_s * 1000:.1f} ms) "
        f"| {doc_s / base_s:.2f}× | ≥ {GOAL_DOCS_PER_S:.0f}/s | {'PASS' if ok_rate else 'FAIL'} |"
    )
    print(
        f"| (the same in CPU time of this process) | {1 / doc_cpu:.1f}/s ({doc_cpu * 1000:.1f} ms) "
        f"| {1 / p90(docs['document_cpu']):.1f}/s | {1 / base_cpu:.1f}/s "
        f"({base_cpu * 1000:.1f} ms) | {doc_cpu / base_cpu:.2f}× | | |"
    )
    ok_preview = preview_ms <= GOAL_PREVIEW_MS
    print(
        f"| first preview page shown ({width}×{height} px) | {preview_ms:.1f} ms "
        f"| {p90(previews['form']):.1f} ms | {base_preview_ms:.1f} ms "
        f"| {preview_ms / base_preview_ms:.2f}× | ≤ {GOAL_PREVIEW_MS:.0f} ms "
        f"| {'PASS' if ok_preview else 'FAIL'} |"
    )

    print(f"\nbreakdown of one document (wrapped: {', '.join(wrapped)}), wall clock\n")
    print("| step | median ms | share |")
    print("|---|---:|---:|")
    total = med(docs["total"])
    labels = {
        "fill": "fill (options + sheet)",
        "build": "reportlab build (flowables, layout, drawing, PDF writing)",
        "qr": "QR code (encode + draw)",
        "pdfa": "PDF/A-2b parts + end-of-line fix",
    }
    for key, label in labels.items():
        value = med(docs[key])
        print(f"| {label} | {value * 1000:.2f} | {value / total:.0%} |")
    print(f"| total (with the wrappers) | {total * 1000:.2f} | |")
    print(f"\nbench ran {time.perf_counter() - started:.1f} s")
    return 0 if ok_rate and ok_preview else 1


if __name__ == "__main__":
    sys.exit(main())
