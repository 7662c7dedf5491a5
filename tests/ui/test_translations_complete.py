"""Every user-visible string in the UI sources has a finished English translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "translations" / "skyddsapp_en.ts"

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(ts: Path) -> dict[Key, ET.Element]:
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            out[key] = message
    return out


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in today's sources, in a fresh .ts."""
    ts = tmp_path_factory.mktemp("lupdate") / "current.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "src" / "skyddsapp" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(ts), "-source-language", "sv_SE",
         "-target-language", "en_GB"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return _messages(ts)


def test_lupdate_finds_the_strings(current: dict[Key, ET.Element]) -> None:
    contexts = {context for context, _, _ in current}
    assert {"MainWindow", "UnlockDialog", "domain"} <= contexts
    assert len(current) > 100


def test_every_string_is_in_the_ts_file(current: dict[Key, ET.Element]) -> None:
    committed = _messages(COMMITTED)
    missing = sorted(f"{c}: {s!r}" for c, s, m in current if (c, s, m) not in committed)
    assert missing == [], "run `make lupdate`, then translate:\n" + "\n".join(missing)


def test_every_string_has_a_finished_english_translation(current: dict[Key, ET.Element]) -> None:
    committed = _messages(COMMITTED)
    unfinished = []
    for key in sorted(current):
        message = committed.get(key)
        if message is None:
            continue  # reported by the test above
        translation = message.find("translation")
        numerus = translation is not None and translation.findall("numerusform")
        text = (
            " ".join(form.text or "" for form in numerus)
            if numerus
            else (translation.text if translation is not None else "")
        )
        finished = translation is not None and translation.get("type") is None
        if not (finished and (text or "").strip()):
            unfinished.append(f"{key[0]}: {key[1]!r}")
    assert unfinished == [], (
        f"{len(unfinished)} strings lack a finished English translation "
        "(open translations/skyddsapp_en.ts in pyside6-linguist):\n" + "\n".join(unfinished)
    )
