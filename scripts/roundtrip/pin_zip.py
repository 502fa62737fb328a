"""Rewrite zips in place with pinned entry timestamps, pinned docProps/core.xml dates and chart axis
ids numbered in order (LibreOffice draws them at random), keeping the entry order and every other
byte of content (run with /usr/bin/python3).

    pin_zip.py FILE...
"""
import re
import sys

from corpus_common import read_zip, rezip

DATE = b"2026-11-02T08:30:00Z"


def pin_axis_ids(xml):
    """LibreOffice numbers chart axes at random; number them 100001, 100002, … in order of first use
    (every reference to an axis id lives in the same chart part)."""
    ids = {}
    for m in re.finditer(rb'<c:(?:axId|crossAx) val="(\d+)"', xml):
        ids.setdefault(m.group(1), str(100001 + len(ids)).encode())
    return re.sub(rb'(<c:(?:axId|crossAx) val=")(\d+)"', lambda m: m.group(1) + ids[m.group(2)] + b'"', xml)


def pin(path):
    entries, order = read_zip(path)
    for name in entries:
        if name.startswith("xl/charts/chart") and name.endswith(".xml"):
            entries[name] = pin_axis_ids(entries[name])
    core = entries.get("docProps/core.xml")
    if core is not None:
        entries["docProps/core.xml"] = re.sub(
            rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + DATE + rb"\g<2>", core
        )
    rezip(entries, path, order)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        pin(p)
