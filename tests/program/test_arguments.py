"""argparse in Swedish for both programs, and `--version` from the one version."""

from __future__ import annotations

import argparse
import ast
import gettext
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import skyddsapp
from forked_runs import Ran, forked_runs
from skyddsapp.program.arguments import SWEDISH, SwedishParser, in_swedish

ROOT = Path(__file__).resolve().parents[2]
# Words of argparse's own English that must not reach a user of either program.
ENGLISH = re.compile(
    r"\b(usage|options|optional|positional|arguments|show|help message|exit|error|required|"
    r"invalid|choice|choose|unrecognized|expected|ambiguous|allowed|version number|program's)\b",
    re.IGNORECASE,
)
# An argument's placeholder in usage and help: argparse would make VAULT, USER, DISPLAY_NAME.
METAVAR = re.compile(r"(?<![\w-])[A-ZÅÄÖ][A-ZÅÄÖ_]+(?:-[A-ZÅÄÖ]+)*\b")
SWEDISH_METAVARS = {
    "MAPP", "NAMN", "GRUPP", "KOMMANDO", "HÄNDELSE", "TEXT", "ANTAL", "FIL", "ID", "SÖKVÄG",
    "SPRÅK", "ÅÅÅÅ-MM-DD", "USB", "PDF", "CSV", "UTC", "ÅR", "DATUM",
}  # fmt: skip


def _argparse_texts() -> set[str]:
    """Every literal argparse passes to ``_`` or ``ngettext`` in the running Python."""
    tree = ast.parse(Path(argparse.__file__).read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        literals = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if node.func.id == "_":
            found.update(v for v in literals[:1] if isinstance(v, str))
        elif node.func.id == "ngettext":
            found.update(v for v in literals[:2] if isinstance(v, str))
    return found


def test_every_text_of_argparse_has_its_swedish() -> None:
    texts = _argparse_texts()

    assert len(texts) > 20  # the source was read
    assert sorted(texts - SWEDISH.keys()) == []


def test_the_swedish_keeps_every_placeholder() -> None:
    placeholder = re.compile(r"%(\([a-z_]+\))?[sr]")
    for english, swedish in SWEDISH.items():
        assert sorted(placeholder.findall(english)) == sorted(placeholder.findall(swedish))


def test_argparse_is_given_back_its_own_texts_after_a_parse() -> None:
    parser = SwedishParser(prog="x")
    parser.add_argument("--n", type=int)

    with pytest.raises(SystemExit):
        parser.parse_args(["--n", "x"])

    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
    with in_swedish(), in_swedish():
        assert argparse._("usage: ") == "användning: "  # type: ignore[attr-defined]
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


CLI = ("-m", "skyddsapp")
DESKTOP = ("-m", "skyddsapp.ui")
HELP = {
    "cli": (*CLI, "--help"),
    "cli-user-add": (*CLI, "user", "add", "--help"),
    "cli-audit-export": (*CLI, "audit", "export", "--help"),
    "desktop": (*DESKTOP, "--help"),
}
BAD_ARGUMENTS = [
    ((*CLI,), "följande argument saknas: GRUPP"),
    ((*CLI, "vault"), "följande argument saknas: KOMMANDO"),
    ((*CLI, "nope"), "ogiltigt val: 'nope'"),
    ((*CLI, "user", "add"), "följande argument saknas: NAMN"),
    ((*CLI, "user", "add", "x", "--role", "kung"), "ogiltigt val: 'kung'"),
    ((*CLI, "user", "list", "--bogus"), "okända argument: --bogus"),
    ((*CLI, "audit", "seen", "--person", "x"), "”x” är inget heltal"),
    ((*CLI, "demo", "--cases"), "ett värde väntades"),
    ((*DESKTOP, "--language", "de"), "skyddsapp-desktop: fel: argumentet --language"),
    ((*DESKTOP, "--vault"), "ett värde väntades"),
    ((*DESKTOP, "--bogus"), "okända argument: --bogus"),
]
VERSION = {"cli": (*CLI, "--version"), "desktop": (*DESKTOP, "--version")}
# What `-m program` imports before it reads its arguments; imported once, shared by every run.
IMPORTS = {"skyddsapp": "skyddsapp.cli.main", "skyddsapp.ui": "skyddsapp.ui.shell.app"}


@pytest.fixture(scope="module")
def ran() -> dict[tuple[str, ...], Ran]:
    """Every command line of this module, run: one start of Python per program (forked_runs)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    argvs = [*HELP.values(), *(argv for argv, _ in BAD_ARGUMENTS), *VERSION.values()]
    found: dict[tuple[str, ...], Ran] = {}
    for program in (CLI, DESKTOP):
        mine = [argv for argv in argvs if argv[:2] == program]
        results = forked_runs(program[1], IMPORTS[program[1]], [(a[2:], "") for a in mine], env)
        found |= dict(zip(mine, results, strict=True))
    return found


@pytest.mark.parametrize("argv", HELP.values(), ids=HELP.keys())
def test_help_is_swedish(ran: dict[tuple[str, ...], Ran], argv: tuple[str, ...]) -> None:
    result = ran[argv]

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("användning: ")
    assert "flaggor:" in result.stdout
    assert "visa den här hjälpen och avsluta" in result.stdout
    assert ENGLISH.findall(result.stdout) == []
    assert set(METAVAR.findall(result.stdout)) <= SWEDISH_METAVARS


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found += _parsers(child)
    return found


def test_every_command_of_the_cli_has_swedish_help() -> None:
    from skyddsapp.cli.main import build_parser

    parsers = _parsers(build_parser())

    assert len(parsers) > 20
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith("användning: "), parser.prog
        assert ENGLISH.findall(text) == [], parser.prog
        assert set(METAVAR.findall(text)) <= SWEDISH_METAVARS, parser.prog


@pytest.mark.parametrize(("argv", "expected"), BAD_ARGUMENTS)
def test_a_bad_argument_is_named_in_swedish(
    ran: dict[tuple[str, ...], Ran], argv: tuple[str, ...], expected: str
) -> None:
    result = ran[argv]

    assert result.returncode == 2
    assert expected in result.stderr
    assert ENGLISH.findall(result.stderr) == []


@pytest.mark.parametrize("argv", VERSION.values(), ids=VERSION.keys())
def test_version_prints_the_one_version_and_exits_0(
    ran: dict[tuple[str, ...], Ran], argv: tuple[str, ...]
) -> None:
    result = ran[argv]

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"skyddsapp {skyddsapp.__version__}\n"


def test_the_desktop_prints_its_version_without_starting_qt() -> None:
    """No display and a platform that needs one: a QApplication would abort the process."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env |= {"PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, *DESKTOP, "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"skyddsapp {skyddsapp.__version__}"


def test_there_is_one_version_and_pyproject_reads_it() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))

    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/skyddsapp/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", skyddsapp.__version__)
    assert "importlib.metadata" not in (ROOT / "src" / "skyddsapp" / "__init__.py").read_text()
