#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the application icon (org.redliner.Redliner.svg) into the two files the Windows and
macOS recipes use: packaging/windows/redliner.ico and packaging/macos/Redliner.icns.

    python3 packaging/icons/make-platform-icons.py

They are committed because Windows and macOS build machines rarely have an SVG renderer; run
this again after changing the SVG. Needs rsvg-convert (Debian: librsvg2-bin). Both formats hold
PNG images (Windows Vista and later, macOS 10.7 and later read them), so nothing but the
renderer and this script is involved, and the output is the same on every run.
"""
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "org.redliner.Redliner.svg"
ICO = HERE.parent / "windows" / "redliner.ico"
ICNS = HERE.parent / "macos" / "Redliner.icns"

ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 256]
# The icns element types that hold PNG data, with the pixel size of each.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512)]


def render(size: int, directory: Path) -> bytes:
    out = directory / f"{size}.png"
    if not out.exists():
        subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size),
                        "--output", str(out), str(SVG)], check=True)
    return out.read_bytes()


def ico(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        # A width or height of 0 means 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(elements: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        ICO.parent.mkdir(parents=True, exist_ok=True)
        ICNS.parent.mkdir(parents=True, exist_ok=True)
        ICO.write_bytes(ico([(size, render(size, directory)) for size in ICO_SIZES]))
        ICNS.write_bytes(icns([(kind, render(size, directory)) for kind, size in ICNS_TYPES]))
    print(f"Wrote {ICO.relative_to(HERE.parent.parent)} and {ICNS.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
