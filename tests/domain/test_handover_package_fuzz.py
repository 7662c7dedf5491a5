"""Hypothesis over the hand-over package parser: arbitrary bytes, and every kind of change to a
valid package or payload, give a package refusal or a parsed package, never another exception,
and never take long (the parser reads no length it has not checked against the file)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from test_handover_package import package, payload

from skyddsapp.domain import handover_package as fmt

QUICK = settings(deadline=dt.timedelta(seconds=1))
VALID = package()
PAYLOAD = fmt.encode_payload(payload())


def _parse(data: bytes) -> None:
    with contextlib.suppress(fmt.PackageRefused):
        fmt.parse(data)


def _decode(data: bytes) -> None:
    with contextlib.suppress(fmt.PackageContentInvalid):
        fmt.decode_payload(data)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with one or more of: bytes overwritten, inserted, deleted, cut or appended."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["overwrite", "insert", "delete", "cut", "append", "length"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if how == "overwrite" and data:
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[at : at + len(chunk)] = chunk
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif how == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif how == "cut":
            del data[at:]
        elif how == "append":
            data += draw(st.binary(min_size=1, max_size=64))
        else:
            # A length field set to anything, the most tempting lie a file can tell.
            data[at : at + 4] = draw(st.integers(0, 2**32 - 1)).to_bytes(4, "big")
    return bytes(data)


@QUICK
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_are_refused_as_a_package(data: bytes) -> None:
    _parse(data)


@QUICK
@given(st.binary(max_size=512).map(lambda tail: fmt.MAGIC + tail))
def test_arbitrary_bytes_after_the_magic_are_refused(data: bytes) -> None:
    _parse(data)


@QUICK
@given(mutated(VALID))
def test_any_change_to_a_valid_package_is_refused(data: bytes) -> None:
    if data == VALID:
        return
    try:
        fmt.parse(data)
    except fmt.PackageRefused:
        return
    raise AssertionError("a changed package was read as whole")


@QUICK
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_are_refused_as_a_payload(data: bytes) -> None:
    _decode(data)


@QUICK
@given(mutated(PAYLOAD))
def test_any_change_to_a_payload_is_refused_or_read(data: bytes) -> None:
    _decode(data)


@QUICK
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=30,
    )
)
def test_any_json_in_a_payload_is_refused_or_read(document: object) -> None:
    text = json.dumps(document).encode()
    _decode(len(text).to_bytes(4, "big") + text + (0).to_bytes(2, "big"))
