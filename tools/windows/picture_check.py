#!/usr/bin/env python3
"""Checks a screenshot of the host under Wine has real content: the Xvfb screen holds a window
at least 1024x768 that is not one flat colour (many distinct colours, no colour covering almost
everything, light text on the dark theme). Reads the PNG through netpbm's pngtopnm.
Usage: picture_check.py shot.png"""
import collections
import subprocess
import sys


def read_ppm(data: bytes):
    parts, i = [], 0
    while len(parts) < 4:
        while data[i:i + 1].isspace():
            i += 1
        if data[i:i + 1] == b"#":
            i = data.index(b"\n", i)
            continue
        j = i
        while not data[j:j + 1].isspace():
            j += 1
        parts.append(data[i:j])
        i = j
    assert parts[0] == b"P6" and parts[3] == b"255", parts
    return int(parts[1]), int(parts[2]), data[i + 1:]


def main() -> int:
    ppm = subprocess.run(["pngtopnm", sys.argv[1]], check=True, capture_output=True).stdout
    w, h, px = read_ppm(ppm)
    counts = collections.Counter()
    bright = 0
    for y in range(0, h, 2):
        row = px[y * w * 3:(y + 1) * w * 3]
        for x in range(0, w * 3, 6):
            c = row[x:x + 3]
            counts[c] += 1
            if sum(c) > 600:
                bright += 1
    total = sum(counts.values())
    top, share = counts.most_common(1)[0]
    print(f"{sys.argv[1]}: {w}x{h}, {len(counts)} colours, most common {tuple(top)} "
          f"{100 * share / total:.0f} %, bright {100 * bright / total:.1f} %")
    ok = w >= 1024 and h >= 768 and len(counts) >= 40 and share / total < 0.9 and bright > 0
    print("OK" if ok else "FAIL: the screen looks empty")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
