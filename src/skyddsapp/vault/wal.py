"""Reading SQLite's write-ahead log ourselves, before SQLite does: is a committed frame damaged?

SQLite checks each WAL frame with a running checksum and treats the first frame that fails as
the end of the log, so one flipped byte silently drops that frame and every commit after it.
This scan finds such a break while the frames behind it are still on disk: a frame that fails,
followed by frames of the same log (same salts, whose own checksums hold when chained from the
frame before) that include a commit, is damage, not the torn end of an unfinished write.

The file is only read. Format: https://www.sqlite.org/fileformat2.html#walformat
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from skyddsapp.vault.pages import PAGE_SIZE

_MAGICS = (0x377F0682, 0x377F0683)  # the low bit says big-endian checksum words
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
_FRAME = _FRAME_HEADER + PAGE_SIZE
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalScan:
    """What the log holds, as SQLite will read it and as it was written."""

    frames: int  # whole frames in the file
    used_frames: int  # the prefix SQLite will replay (up to its last commit)
    commits: int  # commits in that prefix
    damaged_frame: int | None = None  # first broken frame (1-based) with commits behind it
    lost_commits: int = 0  # commits of this log behind the break, which SQLite would drop
    header_damaged: bool = False

    @property
    def loses_commits(self) -> bool:
        return self.lost_commits > 0


def _checksum(data: bytes | memoryview, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


@dataclass(frozen=True)
class _Frame:
    page: int
    commit: int
    salts: bytes
    stored: tuple[int, int]
    body: memoryview  # the first 8 header bytes are checksummed with the page


def _frames(data: memoryview) -> list[_Frame]:
    out = []
    for offset in range(_HEADER, len(data) - _FRAME + 1, _FRAME):
        header = data[offset : offset + _FRAME_HEADER]
        page, commit = struct.unpack(">II", header[:8])
        stored = struct.unpack(">II", header[16:24])
        body = memoryview(bytes(header[:8]) + bytes(data[offset + _FRAME_HEADER : offset + _FRAME]))
        out.append(_Frame(page, commit, bytes(header[8:16]), stored, body))
    return out


def scan(path: Path) -> WalScan | None:
    """The state of the WAL at `path`, or None when there is none (or it holds no frame)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(raw) < _HEADER + _FRAME:
        return None  # no whole frame: nothing was ever committed to it
    data = memoryview(raw)
    magic, version, page_size = struct.unpack(">III", data[:12])
    salts = bytes(data[16:24])
    stored = struct.unpack(">II", data[24:32])
    frames = _frames(data)
    header_ok = magic in _MAGICS and version == _VERSION and page_size == PAGE_SIZE
    if header_ok and _checksum(data[:24], 0, 0, bool(magic & 1)) == stored:
        return _scan(frames, salts, stored, bool(magic & 1), True)
    # The header itself is damaged, so SQLite ignores the whole log. Its frames still name
    # their own salts; read them both ways (unless the magic number says which) and keep the
    # reading that finds more of the log.
    orders = (bool(magic & 1),) if magic in _MAGICS else (False, True)
    return max(
        (_scan(frames, frames[0].salts, stored, big, False) for big in orders),
        key=lambda s: s.lost_commits,
    )


def _scan(
    frames: list[_Frame],
    salts: bytes,
    initial: tuple[int, int],
    big_endian: bool,
    header_ok: bool,
) -> WalScan:
    # SQLite's reading: the frames that chain from the header, up to the last commit.
    valid, used, commits = 0, 0, 0
    state = initial
    if header_ok:
        for frame in frames:
            if frame.salts != salts or frame.page == 0:
                break
            state = _checksum(frame.body, *state, big_endian)
            if state != frame.stored:
                break
            valid += 1
            if frame.commit:
                used, commits = valid, commits + 1
    # Behind the break: frames of the same log whose checksum holds from the frame before.
    lost = 0
    for index in range(valid + 1, len(frames)):
        frame, before = frames[index], frames[index - 1]
        if frame.salts != salts or frame.page == 0 or not frame.commit:
            continue
        if _checksum(frame.body, *before.stored, big_endian) == frame.stored:
            lost += 1
    if lost and valid < len(frames) and frames[valid].commit:
        lost += 1  # the broken frame was a whole commit too: frames were written behind it
    # Without a header, the first frame chains from the header's stored checksum.
    first = frames[0] if frames else None
    if (
        not header_ok
        and first is not None
        and first.commit
        and first.salts == salts
        and _checksum(first.body, *initial, big_endian) == first.stored
    ):
        lost += 1
    return WalScan(
        frames=len(frames),
        used_frames=used,
        commits=commits,
        damaged_frame=(valid + 1) if lost else None,
        lost_commits=lost,
        header_damaged=not header_ok,
    )
