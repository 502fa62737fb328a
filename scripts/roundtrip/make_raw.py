"""Round-trip corpus, XML-level part (run by make-corpus.sh with /usr/bin/python3).

    make_raw.py raw-x14 BASE-FILLED.xlsx OUT.xlsx
    make_raw.py macro   BASE.xlsx        OUT.xlsm

raw-x14: the openpyxl-filled register edited with zipfile only: an Excel 2010 `x14:dataValidation`
(list from another sheet) in an `<extLst>` of `Đề nghị`, an unknown `<extLst>` on the workbook, a custom
XML part (customXml/item1.xml + itemProps1.xml), custom document properties, and a user sheet `Nguồn`
whose rows and cells partly have NO `r` attribute.

macro: the `so-thi-dua init` package itself (ExcelJS's layout, shared strings), nominations filled by
label at the XML level (inline strings, dd/mm/yyyy text dates), errorStyle="error" made valid, one
defined name removed, and a dummy (non-executable) xl/vbaProject.bin with its relationship and the
macro-enabled content type — what Excel's "Save as .xlsm" produces, minus real macros.
"""
import posixpath
import re
import sys
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from corpus_common import (
    ANCHOR,
    HEADER_SEARCH_ROWS,
    NOMINATIONS_SHEET,
    REMOVED_NAME,
    USER_COLUMN,
    nominations,
    read_zip,
    rezip,
    schema_fixes,
)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


# ---------------------------------------------------------------- package helpers

def sheet_parts(entries):
    """{sheet name: part name} through workbook.xml and its relationships (targets may be absolute)."""
    wb = ET.fromstring(entries["xl/workbook.xml"])
    rels = ET.fromstring(entries["xl/_rels/workbook.xml.rels"])
    targets = {}
    for rel in rels:
        t = rel.get("Target")
        targets[rel.get("Id")] = t.lstrip("/") if t.startswith("/") else posixpath.normpath(posixpath.join("xl", t))
    out = {}
    for s in wb.find("m:sheets", NS):
        out[s.get("name")] = targets[s.get(f"{{{R_NS}}}id")]
    return out


def add_override(entries, part, content_type):
    ct = entries["[Content_Types].xml"].decode("utf8")
    ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>')
    entries["[Content_Types].xml"] = ct.encode("utf8")


def add_default(entries, ext, content_type):
    ct = entries["[Content_Types].xml"].decode("utf8")
    if f'Extension="{ext}"' not in ct:
        ct = ct.replace("</Types>", f'<Default Extension="{ext}" ContentType="{content_type}"/></Types>')
    entries["[Content_Types].xml"] = ct.encode("utf8")


def add_relationship(entries, rels_part, rid, rel_type, target):
    xml = entries[rels_part].decode("utf8")
    xml = xml.replace("</Relationships>",
                      f'<Relationship Id="{rid}" Type="{rel_type}" Target="{target}"/></Relationships>')
    entries[rels_part] = xml.encode("utf8")


# ---------------------------------------------------------------- cell helpers (XML text level)

def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def col_letters(n):
    s = ""
    while n:
        n, rem = divmod(n - 1, 26)
        s = chr(65 + rem) + s
    return s


def shared_strings(entries):
    if "xl/sharedStrings.xml" not in entries:
        return []
    root = ET.fromstring(entries["xl/sharedStrings.xml"])
    return ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")) for si in root.findall("m:si", NS)]


def header_of(sheet_xml, strings):
    """(header row, {label: column index}) of a worksheet, found by the anchor label."""
    root = ET.fromstring(sheet_xml)
    for row in root.find("m:sheetData", NS).findall("m:row", NS):
        r = int(row.get("r"))
        if r > HEADER_SEARCH_ROWS:
            break
        labels = {}
        for c in row.findall("m:c", NS):
            t = c.get("t")
            if t == "s":
                text = strings[int(c.find("m:v", NS).text)]
            elif t == "inlineStr":
                text = "".join(x.text or "" for x in c.iter(f"{{{NS['m']}}}t"))
            else:
                continue
            labels[text.strip()] = col_index(re.match(r"[A-Z]+", c.get("r")).group(0))
        if ANCHOR in labels:
            return r, labels
    raise SystemExit(f"no header row with “{ANCHOR}”")


def cell_xml(ref, value, style=None):
    s = f' s="{style}"' if style is not None else ""
    if isinstance(value, str) and value.startswith("="):
        return f'<c r="{ref}"{s}><f>{escape(value[1:])}</f></c>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


ROW_RE = re.compile(r'<row\b[^>]*?\br="(\d+)"[^>]*?(?:/>|>(.*?)</row>)', re.S)
CELL_RE = re.compile(r'<c\b[^>]*?\br="([A-Z]+)\d+"[^>]*?(?:/>|>.*?</c>)', re.S)


def set_cells(sheet_xml, cells):
    """Put {ref: cell xml} into the sheetData of a worksheet (XML text), replacing existing cells of
    the same reference and keeping the cells of each row in column order."""
    by_row = {}
    for ref, xml in cells.items():
        m = re.match(r"([A-Z]+)(\d+)$", ref)
        by_row.setdefault(int(m.group(2)), {})[col_index(m.group(1))] = xml

    def edit_row(m):
        r = int(m.group(1))
        if r not in by_row:
            return m.group(0)
        head = m.group(0)[: m.group(0).index(">") + 1]
        if head.endswith("/>"):
            head = head[:-2] + ">"
        head = re.sub(r'\sspans="[^"]*"', "", head)  # the old spans no longer hold
        existing = {col_index(c.group(1)): c.group(0) for c in CELL_RE.finditer(m.group(2) or "")}
        existing.update(by_row.pop(r))
        return head + "".join(existing[k] for k in sorted(existing)) + "</row>"

    out = ROW_RE.sub(edit_row, sheet_xml)
    if by_row:  # rows that did not exist: insert them in order
        rows = [(int(m.group(1)), m.start(), m.end()) for m in ROW_RE.finditer(out)]
        for r in sorted(by_row, reverse=True):
            xml = f'<row r="{r}">' + "".join(by_row[r][k] for k in sorted(by_row[r])) + "</row>"
            after = [end for (rr, _, end) in rows if rr < r]
            pos = max(after) if after else out.index("<sheetData>") + len("<sheetData>")
            out = out[:pos] + xml + out[pos:]
    return out


def fill_nominations_xml(entries):
    parts = sheet_parts(entries)
    part = parts[NOMINATIONS_SHEET]
    xml = entries[part].decode("utf8")
    head, cols = header_of(entries[part], shared_strings(entries))
    cells = {}
    for i, row in enumerate(nominations(real_dates=False)):
        for label, value in row.items():
            cells[f"{col_letters(cols[label])}{head + 1 + i}"] = cell_xml(f"{col_letters(cols[label])}{head + 1 + i}", value)
    entries[part] = set_cells(xml, cells).encode("utf8")


def drop_defined_name(entries, name):
    xml = entries["xl/workbook.xml"].decode("utf8")
    xml2 = re.sub(rf'<definedName name="{name}"[^>]*>[^<]*</definedName>', "", xml)
    assert xml2 != xml, f"defined name {name} not found"
    entries["xl/workbook.xml"] = xml2.encode("utf8")


# ---------------------------------------------------------------- raw-x14

NGUON_SHEET = "Nguồn"


def nguon_sheet_xml():
    t = lambda s: f'<c t="inlineStr"><is><t>{escape(s)}</t></is></c>'  # noqa: E731 — no r attribute
    rows = [
        "<row>" + t("Nguồn kinh phí") + t("Số tiền (đồng)") + "</row>",  # row 1, no r anywhere
        "<row>" + t("Ngân sách phường") + "<c><v>12000000</v></c></row>",
        "<row>" + t("Quỹ thi đua, khen thưởng") + "<c><v>8500000</v></c></row>",
        '<row r="4"><c r="A4" t="inlineStr"><is><t>Xã hội hóa</t></is></c><c><v>3000000</v></c></row>',
        "<row>" + t("Khác") + "<c><v>0</v></c></row>",  # row 5 (after r="4")
        '<row r="7">' + t("Cộng") + "<c><f>SUM(B2:B5)</f><v>23500000</v></c></row>",
        "<row><c/><c/>" + t("ghi chú ở cột C, hàng 8") + "</row>",
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{R_NS}"><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="30" customWidth="1"/></cols>'
        "<sheetData>" + "".join(rows) + "</sheetData>"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )


X14_VALIDATION = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" '
    'promptTitle="Nguồn kinh phí" prompt="Chọn nguồn ở sheet Nguồn.">'
    "<x14:formula1><xm:f>'Nguồn'!$A$2:$A$5</xm:f></x14:formula1>"
    f"<xm:sqref>{USER_COLUMN}5:{USER_COLUMN}200</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>"
)

WORKBOOK_EXT = (
    '<extLst><ext uri="{7523E5D3-25F3-A5E0-1632-64F254C22452}" '
    'xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main"><mx:ArchID Flags="2"/></ext>'
    '<ext uri="urn:so-thi-dua:test:unknown-extension" xmlns:stdx="urn:so-thi-dua:test">'
    '<stdx:note level="1">Phần mở rộng lạ: phải được giữ nguyên từng byte.</stdx:note></ext></extLst>'
)

CUSTOM_XML_ITEM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<hoSo xmlns="urn:so-thi-dua:test:custom-xml"><donVi>UBND phường Kiến Hưng</donVi>'
    "<soHoSo>KH-2026-017</soHoSo></hoSo>"
)
CUSTOM_XML_PROPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<ds:datastoreItem ds:itemID="{5B4E2C1A-7D3F-4E8B-9A6C-2F1D0E3B4A5C}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
    '<ds:schemaRefs><ds:schemaRef ds:uri="urn:so-thi-dua:test:custom-xml"/></ds:schemaRefs></ds:datastoreItem>'
)
CUSTOM_XML_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{PKG_NS}"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" '
    'Target="itemProps1.xml"/></Relationships>'
)
CUSTOM_PROPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Mã hồ sơ">'
    "<vt:lpwstr>KH-2026-017</vt:lpwstr></property>"
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Đã duyệt"><vt:bool>false</vt:bool></property>'
    "</Properties>"
)


def make_raw_x14(src, out):
    entries, order = read_zip(src)
    parts = sheet_parts(entries)

    # 1. A user sheet `Nguồn` with rows and cells lacking `r`.
    numbers = [int(m.group(1)) for p in entries for m in [re.match(r"xl/worksheets/sheet(\d+)\.xml$", p)] if m]
    part = f"xl/worksheets/sheet{max(numbers) + 1}.xml"
    entries[part] = nguon_sheet_xml().encode("utf8")
    order.append(part)
    add_override(entries, part, WORKSHEET_CT)
    add_relationship(entries, "xl/_rels/workbook.xml.rels", "rIdNguon",
                     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                     "/" + part)
    wb = entries["xl/workbook.xml"].decode("utf8")
    sheet_id = max(int(x) for x in re.findall(r'sheetId="(\d+)"', wb)) + 1
    wb = wb.replace(
        "</sheets>",
        f'<sheet xmlns:r="{R_NS}" name="{NGUON_SHEET}" sheetId="{sheet_id}" state="visible" r:id="rIdNguon"/></sheets>',
    )
    # 2. An unknown extLst on the workbook (last child of <workbook>).
    assert "<extLst>" not in wb
    wb = wb.replace("</workbook>", WORKBOOK_EXT + "</workbook>")
    entries["xl/workbook.xml"] = wb.encode("utf8")

    # 3. An x14 list validation on `Đề nghị` (header in the user column, validation in extLst).
    nom = parts[NOMINATIONS_SHEET]
    xml = entries[nom].decode("utf8")
    head, _ = header_of(entries[nom], shared_strings(entries))
    xml = set_cells(xml, {f"{USER_COLUMN}{head}": cell_xml(f"{USER_COLUMN}{head}", "Nguồn kinh phí (riêng)"),
                          f"{USER_COLUMN}{head + 1}": cell_xml(f"{USER_COLUMN}{head + 1}", "Ngân sách phường")})
    assert "<extLst>" not in xml
    xml = xml.replace("</worksheet>", X14_VALIDATION + "</worksheet>")
    entries[nom] = xml.encode("utf8")

    # 4. A custom XML part, referenced from the workbook.
    for name, data in [("customXml/item1.xml", CUSTOM_XML_ITEM), ("customXml/itemProps1.xml", CUSTOM_XML_PROPS),
                       ("customXml/_rels/item1.xml.rels", CUSTOM_XML_RELS)]:
        entries[name] = data.encode("utf8")
        order.append(name)
    add_override(entries, "customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")
    add_default(entries, "xml", "application/xml")
    add_relationship(entries, "xl/_rels/workbook.xml.rels", "rIdCustomXml1",
                     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
                     "../customXml/item1.xml")

    # 5. Custom document properties.
    entries["docProps/custom.xml"] = CUSTOM_PROPS.encode("utf8")
    order.append("docProps/custom.xml")
    add_override(entries, "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
    add_relationship(entries, "_rels/.rels", "rIdCustomProps",
                     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                     "docProps/custom.xml")
    rezip(entries, out, order)


# ---------------------------------------------------------------- macro

VBA = (b"SO-THI-DUA TEST FIXTURE: placeholder for xl/vbaProject.bin. Not an OLE compound file, "
       b"contains no macro and nothing executable.\n") * 8


def make_macro(src, out):
    entries, order = read_zip(src)
    for name in list(entries):
        entries[name] = schema_fixes(name, entries[name])
    fill_nominations_xml(entries)
    drop_defined_name(entries, REMOVED_NAME)
    wb = entries["xl/workbook.xml"].decode("utf8")
    wb, n = re.subn(r"<workbookPr ", '<workbookPr codeName="ThisWorkbook" ', wb, count=1)
    assert n == 1
    entries["xl/workbook.xml"] = wb.encode("utf8")
    entries["xl/vbaProject.bin"] = VBA
    order.append("xl/vbaProject.bin")
    add_default(entries, "bin", "application/vnd.ms-office.vbaProject")
    ct = entries["[Content_Types].xml"].decode("utf8")
    ct2 = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                     "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    assert ct2 != ct
    entries["[Content_Types].xml"] = ct2.encode("utf8")
    add_relationship(entries, "xl/_rels/workbook.xml.rels", "rIdVba",
                     "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")
    rezip(entries, out, order)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"raw-x14": make_raw_x14, "macro": make_macro}[kind](src, out)
