#!/usr/bin/env python3
"""Zips folder <root>/<name> as <out>: names stored as UTF-8 (the zip's Unicode flag, which
Windows Explorer reads, so "Đọc trước.txt" keeps its name), sorted, fixed timestamps.
Usage: zip.py <root> <name> <out.zip>"""
import os
import sys
import zipfile


def main() -> int:
    root, name, out = sys.argv[1:4]
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for folder, dirs, files in os.walk(os.path.join(root, name)):
            dirs.sort()
            for f in sorted(files):
                path = os.path.join(folder, f)
                arc = os.path.relpath(path, root)
                info = zipfile.ZipInfo(arc, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with open(path, "rb") as src:
                    z.writestr(info, src.read())
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
