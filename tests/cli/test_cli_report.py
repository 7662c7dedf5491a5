"""`skyddsapp report`: the yearly follow-up printed, or written as CSV and PDF, logged."""

from __future__ import annotations

from pathlib import Path

from cli_support import ADMIN_PASS, Run

from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.vault import Vault


def _actions(folder: Path) -> list[tuple[str, str]]:
    vault = Vault.unlock(folder, "admin", ADMIN_PASS)
    try:
        return [(e.action, e.details) for e in audit_log.entries(vault.connection)]
    finally:
        vault.lock()


def test_report_prints_writes_csv_and_pdf_and_logs_the_period(
    run: Run, folder: Path, vault_of_admin: str, tmp_path: Path
) -> None:
    del vault_of_admin
    vault = ["--vault", str(folder), "--user", "admin"]
    printed = run("report", "--year", "2025", *vault, stdin=f"{ADMIN_PASS}\n")
    assert printed.code == 0, printed.err
    assert "Avslutade placeringar i skyddat boende efter utfall\tKlienter 2025" in printed.out
    assert "  Summa\t0\t0\t0\t0" in printed.out

    csv_file, pdf_file = tmp_path / "år.csv", tmp_path / "år.pdf"
    wrote = run(
        "report", "--year", "2025", "--csv", str(csv_file), "--pdf", str(pdf_file), *vault,
        stdin=f"{ADMIN_PASS}\n",
    )  # fmt: skip
    assert wrote.code == 0, wrote.err
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf\xc3\x85rsuppf")
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert (csv_file.stat().st_mode & 0o777, pdf_file.stat().st_mode & 0o777) == (0o600, 0o600)
    logged = [d for a, d in _actions(folder) if a == "report.figures"]
    assert logged == [
        "2025-01-01..2025-12-31; tables; maskning",
        "2025-01-01..2025-12-31; csv; maskning",
        "2025-01-01..2025-12-31; pdf; maskning",
    ]

    period = run(
        "report", "--from", "2025-07-01", "--to", "2025-12-31", "--utan-maskning", *vault,
        stdin=f"{ADMIN_PASS}\n",
    )  # fmt: skip
    assert period.code == 0, period.err
    assert "Klienter 2025-07-01–2025-12-31" in period.out
    logged = [d for a, d in _actions(folder) if a == "report.figures"]
    assert logged[-1] == "2025-07-01..2025-12-31; tables; utan maskning"


def test_report_refuses_a_bad_period_in_one_line(
    run: Run, folder: Path, vault_of_admin: str
) -> None:
    del vault_of_admin
    vault = ["--vault", str(folder), "--user", "admin"]
    no_end = run("report", "--from", "2025-07-01", *vault, stdin=f"{ADMIN_PASS}\n")
    assert no_end.code == 1
    assert no_end.err_lines == ["skyddsapp: Ange ett år, eller periodens första och sista dag."]
    bad = run("report", "--from", "2025-13-01", *vault, stdin=f"{ADMIN_PASS}\n")
    assert bad.code == 2
    assert "inget datum" in bad.err
    both = run("report", "--year", "2025", "--from", "2025-01-01", *vault)
    assert both.code == 2
