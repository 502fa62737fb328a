"""Open an .xlsx with openpyxl, a strict reader (issue #11), and describe it as JSON.

Usage: strict_check.py FILE

openpyxl checks attribute values against the OOXML schema's enumerations as it reads (an
errorStyle="error" data validation is a ValueError), so a file that loads here is one other strict
readers (pandas, Power Query, Google Sheets' importer) can take too.

Prints {"sheets": [{"name", "state", "dataValidations": [{"sqref", "type", "errorStyle",
"operator", "formula1", "formula2"}]}], "warnings": [...]} and exits 0; on failure prints the
exception as "Type: message" on stderr and exits 1 (2: openpyxl is not installed).
"""
import json
import sys
import warnings


def main(path):
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - the test checks this before calling
        print(f"ImportError: {e}", file=sys.stderr)
        return 2
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            wb = openpyxl.load_workbook(path)
        except Exception as e:  # noqa: BLE001 - every failure is the answer
            print(f"{type(e).__name__}: {e}", file=sys.stderr)
            return 1
    sheets = []
    for ws in wb.worksheets:
        validations = [
            {
                "sqref": str(dv.sqref),
                "type": dv.type,
                "errorStyle": dv.errorStyle,
                "operator": dv.operator,
                "formula1": dv.formula1,
                "formula2": dv.formula2,
            }
            for dv in ws.data_validations.dataValidation
        ]
        sheets.append({"name": ws.title, "state": ws.sheet_state, "dataValidations": validations})
    out = {"sheets": sheets, "warnings": [str(w.message) for w in caught]}
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: strict_check.py FILE", file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1]))
