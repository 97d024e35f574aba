#!/usr/bin/env python3
"""Makes the Windows icon (.ico) from the project's SVG icon: rsvg-convert renders each size to
PNG, and the .ico holds the PNGs as they are (Windows Vista and later read PNG entries).
Usage: make-icon.py icon.svg out.ico"""
import struct
import subprocess
import sys

SIZES = [16, 24, 32, 48, 64, 256]


def main() -> int:
    svg, out = sys.argv[1], sys.argv[2]
    images = [subprocess.run(["rsvg-convert", "-w", str(s), "-h", str(s), svg], check=True,
                             capture_output=True).stdout for s in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, png in zip(SIZES, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    with open(out, "wb") as f:
        f.write(header + entries + b"".join(images))
    return 0


if __name__ == "__main__":
    sys.exit(main())
