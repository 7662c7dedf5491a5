"""`skyddsapp vault|user|audit|demo`: what each command does and prints, run in-process."""

from __future__ import annotations

import io
import re
import stat
from pathlib import Path

import pytest
from cli_support import ADMIN_PASS, Result, Run

from skyddsapp.cli import main as cli_main
from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import demo, demo_nexus
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.vault import Vault

RECOVERY_KEY = re.compile(r"^ {4}([0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){7})$", re.M)


def no_sleep(seconds: float) -> None:
    del seconds


def ok(result: Result) -> Result:
    assert result.err == "", result.err
    assert result.code == 0
    return result


def actions(folder: Path, user: str = "admin", passphrase: str = ADMIN_PASS) -> list[str]:
    vault = Vault.unlock(folder, user, passphrase, sleep=no_sleep)
    try:
        return [e.action for e in audit_log.entries(vault.connection)]
    finally:
        vault.lock()


def test_vault_init_creates_the_folder_and_shows_the_recovery_key_once(
    run: Run, folder: Path
) -> None:
    assert not folder.parent.exists()
    result = ok(
        run(
            "vault",
            "init",
            "--vault",
            str(folder),
            "--user",
            "chef",
            "--display-name",
            "Chefen",
            stdin=f"{ADMIN_PASS}\n",
        )
    )
    keys = RECOVERY_KEY.findall(result.out)
    assert len(keys) == 1
    key = keys[0]
    assert len(key.split("-")) == 8
    assert result.out.count(key) == 1
    assert ADMIN_PASS not in result.out
    assert f"Valvet skapat i {folder} med administratören chef." in result.out
    assert "visas bara den här gången" in result.out
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert Vault.database_path(folder).exists()
    assert Vault.keyslot_path(folder).exists()
    # The printed key really opens the vault.
    recovered = Vault.unlock_with_recovery_key(folder, key, sleep=no_sleep)
    recovered.lock()
    vault = Vault.unlock(folder, "chef", ADMIN_PASS, sleep=no_sleep)
    try:
        assert vault.user.display_name == "Chefen"
    finally:
        vault.lock()


@pytest.mark.usefixtures("vault_of_admin")
def test_user_add_list_and_deactivate(run: Run, folder: Path) -> None:
    vault = ["--vault", str(folder), "--user", "admin"]
    added = ok(
        run(
            "user",
            "add",
            "eva.nexus",
            "--role",
            "social_worker",
            "--display-name",
            "Eva Nexus",
            *vault,
            stdin=f"{ADMIN_PASS}\nevas-egen-fras\n",
        )
    )
    assert "Användaren eva.nexus (Socialsekreterare (Nexus)) är tillagd." in added.out
    ok(run("user", "add", "kalle", *vault, stdin=f"{ADMIN_PASS}\nkalles-egen-fras\n"))

    listed = ok(run("user", "list", *vault, stdin=f"{ADMIN_PASS}\n")).out.splitlines()
    assert listed == [
        "admin\tadmin\tadmin\taktiv",
        "eva.nexus\tEva Nexus\tsocial_worker\taktiv",
        "kalle\tkalle\thandler\taktiv",
    ]
    Vault.unlock(folder, "eva.nexus", "evas-egen-fras", sleep=no_sleep).lock()

    gone = ok(run("user", "deactivate", "kalle", *vault, stdin=f"{ADMIN_PASS}\n"))
    assert "Användaren kalle är inaktiverad" in gone.out
    listed = ok(run("user", "list", *vault, stdin=f"{ADMIN_PASS}\n")).out.splitlines()
    assert "kalle\tkalle\thandler\tinaktiverad" in listed
    failed = run(
        "user", "list", "--vault", str(folder), "--user", "kalle", stdin="kalles-egen-fras\n"
    )
    assert failed.code == 1
    assert failed.err_lines == ["skyddsapp: Fel användarnamn eller lösenfras."]
    # Everyone else still gets in after the rekey.
    Vault.unlock(folder, "eva.nexus", "evas-egen-fras", sleep=no_sleep).lock()


@pytest.mark.usefixtures("vault_of_admin")
def test_vault_passwd_changes_the_own_passphrase(run: Run, folder: Path) -> None:
    result = ok(
        run(
            "vault",
            "passwd",
            "--vault",
            str(folder),
            "--user",
            "admin",
            stdin=f"{ADMIN_PASS}\nen-helt-ny-fras\n",
        )
    )
    assert result.out.strip() == "Lösenfrasen för admin är bytt."
    Vault.unlock(folder, "admin", "en-helt-ny-fras", sleep=no_sleep).lock()
    old = run("vault", "check", "--vault", str(folder), "--user", "admin", stdin=f"{ADMIN_PASS}\n")
    assert old.code == 1
    assert "user.passwd" in actions(folder, passphrase="en-helt-ny-fras")


@pytest.mark.usefixtures("vault_of_admin")
def test_an_administrator_resets_another_users_passphrase(run: Run, folder: Path) -> None:
    ok(
        run(
            "user",
            "add",
            "kalle",
            "--vault",
            str(folder),
            "--user",
            "admin",
            stdin=f"{ADMIN_PASS}\nkalles-forsta-fras\n",
        )
    )
    result = ok(
        run(
            "vault",
            "passwd",
            "--for",
            "kalle",
            "--vault",
            str(folder),
            "--user",
            "admin",
            stdin=f"{ADMIN_PASS}\nkalles-nya-fras-2026\n",
        )
    )
    assert result.out.strip() == "Lösenfrasen för kalle är bytt."
    Vault.unlock(folder, "kalle", "kalles-nya-fras-2026", sleep=no_sleep).lock()
    refused = run(
        "vault",
        "passwd",
        "--for",
        "admin",
        "--vault",
        str(folder),
        "--user",
        "kalle",
        stdin="kalles-nya-fras-2026\nkapad-fras-123456\n",
    )
    assert refused.code == 1
    assert refused.err_lines == ["skyddsapp: Din roll får inte byta lösenfras åt någon annan."]
    assert "user.passwd_reset" in actions(folder, passphrase=ADMIN_PASS)


def test_vault_passwd_with_the_recovery_key_resets_a_forgotten_passphrase(
    run: Run, folder: Path, vault_of_admin: str
) -> None:
    key = vault_of_admin
    typed = key.lower().replace("-", " ")
    result = ok(
        run(
            "vault",
            "passwd",
            "--recovery",
            "--vault",
            str(folder),
            "--user",
            "admin",
            stdin=f"{typed}\nåterställd-fras-123\n",
        )
    )
    assert "Lösenfrasen för admin är bytt." in result.out
    log = actions(folder, passphrase="återställd-fras-123")
    assert "unlock.recovery_key" in log
    assert "user.passwd_reset" in log


@pytest.mark.usefixtures("vault_of_admin")
def test_vault_check_and_audit_verify_report_a_healthy_vault(run: Run, folder: Path) -> None:
    checked = ok(
        run("vault", "check", "--vault", str(folder), "--user", "admin", stdin=f"{ADMIN_PASS}\n")
    )
    assert checked.out.startswith("Valvet är helt")
    verified = ok(
        run("audit", "verify", "--vault", str(folder), "--user", "admin", stdin=f"{ADMIN_PASS}\n")
    )
    match = re.fullmatch(r"Granskningsloggen är obruten \((\d+) poster\)\.\n", verified.out)
    assert match
    assert int(match.group(1)) >= 5


@pytest.mark.usefixtures("vault_of_admin")
def test_vault_kdf_rewraps_the_own_slot(run: Run, folder: Path) -> None:
    result = ok(
        run(
            "vault",
            "kdf",
            "--vault",
            str(folder),
            "--user",
            "admin",
            stdin=f"{ADMIN_PASS}\n{ADMIN_PASS}\n",
        )
    )
    assert result.out.strip() == "Argon2id: 64 MiB, 3 varv, 4 trådar."
    assert "user.kdf_raise" in actions(folder)


def test_demo_creates_once_and_then_reuses_the_vault(run: Run, folder: Path) -> None:
    first = ok(run("demo", "--cases", "20", "--vault", str(folder)))
    assert f"Demovalvet skapades i {folder}." in first.out
    assert f"Användare:  {demo.DEMO_USER}" in first.out
    assert f"Lösenfras:  {demo.DEMO_PASSPHRASE}" in first.out
    counts = [line for line in first.out.splitlines() if "Ärenden:" in line]
    assert len(counts) == 1
    # The twenty asked for, and the fixed set of transition flats and Bostad först cases.
    assert f"Ärenden: {20 + demo_nexus.FIXED_CASES} " in counts[0]
    assert "kedjan obruten" in first.out

    second = ok(run("demo", "--cases", "20", "--vault", str(folder)))
    assert f"Demovalvet finns redan i {folder}." in second.out
    assert [line for line in second.out.splitlines() if "Ärenden:" in line] == counts
    kinds = [line for line in first.out.splitlines() if line.startswith("    ") and ": " in line]
    assert kinds
    assert all(line in second.out.splitlines() for line in kinds)
    # The printed demo user and passphrase really open it.
    Vault.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep).lock()


# ----------------------------------------------------------------- failures


def assert_one_line_failure(result: Result, *, contains: str = "") -> None:
    assert result.code != 0
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("skyddsapp: ")
    assert "Traceback" not in result.err + result.out
    assert contains in result.err


@pytest.mark.usefixtures("vault_of_admin")
def test_a_wrong_passphrase_fails_in_one_line(run: Run, folder: Path) -> None:
    for command in (["user", "list"], ["vault", "check"], ["audit", "verify"]):
        result = run(*command, "--vault", str(folder), "--user", "admin", stdin="fel-fras-helt\n")
        assert_one_line_failure(result, contains="Fel användarnamn eller lösenfras")
    # The failures are logged at the next unlock, with no user name outside the vault.
    assert actions(folder).count("unlock.failed") == 3


@pytest.mark.usefixtures("vault_of_admin")
def test_an_unknown_user_fails_like_a_wrong_passphrase(run: Run, folder: Path) -> None:
    result = run("user", "list", "--vault", str(folder), "--user", "okand", stdin=f"{ADMIN_PASS}\n")
    assert_one_line_failure(result, contains="Fel användarnamn eller lösenfras")


def test_a_missing_vault_fails_in_one_line_before_any_secret_is_asked(
    run: Run, tmp_path: Path
) -> None:
    missing = tmp_path / "finns-inte"
    for command in (
        ["user", "list"],
        ["vault", "check"],
        ["vault", "passwd"],
        ["vault", "passwd", "--recovery"],
        ["audit", "verify"],
    ):
        result = run(*command, "--vault", str(missing), "--user", "admin", stdin="")
        assert_one_line_failure(result, contains=f"Mappen {missing} är inget valv")
    assert not missing.exists()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["valv"],
        ["vault"],
        ["vault", "frobnicate"],
        ["vault", "init", "--okänd-flagga"],
        ["user", "add"],
        ["user", "add", "x", "--role", "kung"],
        ["demo", "--cases", "tjugo"],
        ["audit", "verify", "extra"],
    ],
    ids=repr,
)
def test_bad_arguments_fail_in_one_line(run: Run, argv: list[str]) -> None:
    result = run(*argv)
    assert_one_line_failure(result)
    assert result.code == 2
    assert result.out == ""


def test_help_is_no_failure(run: Run) -> None:
    result = run("--help")
    assert result.code == 0
    assert "vault" in result.out
    assert result.err == ""


@pytest.mark.usefixtures("vault_of_admin")
def test_the_last_administrator_cannot_be_deactivated(run: Run, folder: Path) -> None:
    result = run(
        "user",
        "deactivate",
        "admin",
        "--vault",
        str(folder),
        "--user",
        "admin",
        stdin=f"{ADMIN_PASS}\n",
    )
    assert_one_line_failure(result, contains="Den sista aktiva administratören")
    Vault.unlock(folder, "admin", ADMIN_PASS, sleep=no_sleep).lock()


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["vault", "init"], ""),
        (["user", "list", "--user", "admin"], ""),
        (["user", "add", "nisse", "--user", "admin"], f"{ADMIN_PASS}\n"),
        (["vault", "passwd", "--user", "admin"], f"{ADMIN_PASS}\n"),
        (["vault", "passwd", "--recovery", "--user", "admin"], ""),
        (["vault", "kdf", "--user", "admin"], f"{ADMIN_PASS}\n"),
    ],
    ids=repr,
)
def test_standard_input_ending_early_fails_in_one_line_and_changes_nothing(
    run: Run, folder: Path, request: pytest.FixtureRequest, argv: list[str], stdin: str
) -> None:
    if argv[:2] != ["vault", "init"]:
        request.getfixturevalue("vault_of_admin")
        before = actions(folder)
    result = run(*argv, "--vault", str(folder), stdin=stdin)
    assert_one_line_failure(result, contains="Standard in tog slut")
    if argv[:2] == ["vault", "init"]:
        assert not Vault.database_path(folder).exists()
    else:
        after = actions(folder)
        changed = [a for a in after[len(before) :] if a not in ("unlock", "lock")]
        assert changed == []


@pytest.mark.parametrize(
    ("argv", "stdin", "contains"),
    [
        (["user", "list"], f"{ADMIN_PASS}\n", "Ange användare med --user"),
        (["vault", "passwd", "--recovery"], "", "Ange vems lösenfras"),
        (
            ["vault", "passwd", "--recovery", "--user", "admin"],
            "inte-en-nyckel\nny-fras-lång\n",
            "fel längd",
        ),
        (["vault", "init"], f"{ADMIN_PASS}\n", "Det finns redan ett valv"),
        (
            ["user", "add", "Ogiltigt Namn", "--user", "admin"],
            f"{ADMIN_PASS}\nen-lång-fras-här\n",
            "Användarnamnet",
        ),
        (["user", "add", "kort", "--user", "admin"], f"{ADMIN_PASS}\nkort\n", "minst 12 tecken"),
        (
            ["user", "add", "admin", "--user", "admin"],
            f"{ADMIN_PASS}\nen-lång-fras-här\n",
            "finns redan",
        ),
        (["user", "deactivate", "ingen", "--user", "admin"], f"{ADMIN_PASS}\n", "finns inte"),
        (["vault", "kdf", "--user", "admin"], f"{ADMIN_PASS}\nfel-andra-gången\n", "Fel"),
    ],
    ids=repr,
)
@pytest.mark.usefixtures("vault_of_admin")
def test_other_failures_fail_in_one_line(
    run: Run, folder: Path, argv: list[str], stdin: str, contains: str
) -> None:
    result = run(*argv, "--vault", str(folder), stdin=stdin)
    assert_one_line_failure(result, contains=contains)


@pytest.mark.usefixtures("vault_of_admin")
def test_a_handler_may_not_manage_users_from_the_command_line(run: Run, folder: Path) -> None:
    vault = ["--vault", str(folder)]
    ok(
        run(
            "user",
            "add",
            "hanna",
            *vault,
            "--user",
            "admin",
            stdin=f"{ADMIN_PASS}\nhannas-egen-fras\n",
        )
    )
    for argv in (["user", "list"], ["user", "deactivate", "admin"], ["vault", "check"]):
        result = run(*argv, *vault, "--user", "hanna", stdin="hannas-egen-fras\n")
        assert_one_line_failure(result, contains="Din roll får inte")
    added = run(
        "user",
        "add",
        "hanna2",
        *vault,
        "--user",
        "hanna",
        stdin="hannas-egen-fras\nx-x-x-x-x-x-x\n",
    )
    assert_one_line_failure(added, contains="Din roll får inte")


@pytest.mark.usefixtures("vault_of_admin")
def test_a_damaged_key_slot_file_fails_in_one_line(run: Run, folder: Path) -> None:
    Vault.keyslot_path(folder).write_text("{inte json", encoding="utf-8")
    result = run("user", "list", "--vault", str(folder), "--user", "admin", stdin=f"{ADMIN_PASS}\n")
    assert_one_line_failure(result)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_passphrase_is_asked_twice_and_a_mismatch_stops(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    monkeypatch.setattr("skyddsapp.vault.vault.calibrate", lambda: MINIMUM_KDF)
    answers = iter(["första-frasen-här", "andra-frasen-här"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("skyddsapp.cli.secrets_input.getpass.getpass", fake_getpass)
    code = cli_main.main(
        ["vault", "init", "--vault", str(folder)], stdin=_Terminal(), out=io.StringIO()
    )
    assert code == 1
    assert capsys.readouterr().err == "skyddsapp: Lösenfraserna stämmer inte överens.\n"
    assert prompts == ["Ny lösenfras för admin: ", "Upprepa: "]
    assert not Vault.database_path(folder).exists()


def test_ctrl_c_at_the_prompt_stops_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("skyddsapp.cli.secrets_input.getpass.getpass", interrupted)
    code = cli_main.main(
        ["vault", "init", "--vault", str(folder)], stdin=_Terminal(), out=io.StringIO()
    )
    assert code == 130
    assert capsys.readouterr().err == "skyddsapp: avbrutet.\n"
