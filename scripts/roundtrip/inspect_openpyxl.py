"""Open workbooks with openpyxl (full load, as a clerk's other tools would) and print one JSON document:
{ "<file>": { "ok": true, "sheets": [...], "epoch1904": bool, "names": [...], "results": [...] } or
            { "ok": false, "error": "..." } }
`names` / `results` are the `Họ và tên / Tên tập thể` and `Kết quả kiểm tra` texts of the rows under
the `Đề nghị` header (up to the last row with a name). Used by test/roundtrip/roundtrip.test.ts.

    /usr/bin/python3 inspect_openpyxl.py FILE...
"""
import json
import sys
import warnings

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ANCHOR = "Họ và tên / Tên tập thể"
RESULT = "Kết quả kiểm tra"


def inspect(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path)
    out = {"ok": True, "sheets": wb.sheetnames, "epoch1904": wb.epoch == CALENDAR_MAC_1904}
    if "Đề nghị" in wb.sheetnames:
        ws = wb["Đề nghị"]
        for row in ws.iter_rows(min_row=1, max_row=20):
            labels = {c.value.strip(): c.column for c in row if isinstance(c.value, str)}
            if ANCHOR in labels:
                names, results = [], []
                r = row[0].row + 1
                while r <= ws.max_row:
                    name = ws.cell(row=r, column=labels[ANCHOR]).value
                    if name in (None, ""):
                        break
                    names.append(name)
                    results.append(ws.cell(row=r, column=labels[RESULT]).value if RESULT in labels else None)
                    r += 1
                out["names"], out["results"] = names, results
                break
    return out


def main(paths):
    report = {}
    for p in paths:
        try:
            report[p] = inspect(p)
        except Exception as e:  # anything openpyxl refuses
            report[p] = {"ok": False, "error": f"{type(e).__name__}: {e}"[:500]}
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
