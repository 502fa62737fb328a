"""Shared pieces of the round-trip corpus generator (scripts/roundtrip/make-corpus.sh).

Run with /usr/bin/python3 (the Debian Python that has openpyxl and python3-uno).
Everything here is deterministic: no clock, no randomness (docProps times are pinned by the callers).
"""
import datetime
import io
import struct
import zipfile
import zlib

# Labels of the register contract (src/domain/register/contract.ts COL), exact NFC strings.
ANCHOR = "Họ và tên / Tên tập thể"
NOMINATIONS_SHEET = "Đề nghị"
SETTINGS_SHEET = "Cấu hình"
HEADER_SEARCH_ROWS = 20

L_NAME = ANCHOR
L_KIND = "Loại"
L_BIRTH = "Ngày sinh"
L_GENDER = "Giới tính"
L_POSITION = "Chức vụ, đơn vị công tác"
L_UNIT = "Đơn vị đề nghị"
L_DIRECT = "Lao động trực tiếp"
L_MONTHS = "Số tháng công tác"
L_DUTY = "Mức hoàn thành nhiệm vụ"
L_DISCIPLINE = "Kỷ luật"
L_INITIATIVE = "Sáng kiến"
L_MEMBERS = "Số thành viên"
L_MEMBERS_DONE = "Số hoàn thành nhiệm vụ"
L_MEMBERS_LDTT = "Số đạt LĐTT"
L_MEMBERS_CSTDCS = "Số đạt CSTĐCS"
L_MEMBERS_DISC = "Số bị kỷ luật từ cảnh cáo"
L_TITLE = "Danh hiệu / Hình thức đề nghị"
L_DRIVE = "Đợt"
L_SCORE = "Điểm"
L_VOTES = "Số phiếu đồng ý"
L_NOTE = "Ghi chú"
L_RESULT = "Kết quả kiểm tra"

# The name the upgrade command must put back (every fixture lacks it, so `upgrade` has work to do).
REMOVED_NAME = "CH_NguongTrungBinh"

# A user column beyond the register's columns (A..X): header and its column letter.
USER_COLUMN_HEADER = "Theo dõi hồ sơ (riêng)"
USER_COLUMN = "Z"

OFFICE = "Văn phòng UBND phường"
CLERK = "Công chức Văn phòng – Thống kê"


def nominations(real_dates=True):
    """Six nomination rows by label. Row 3 (months) and row 4 (31/02) are errors; row 5's score is a
    formula; row 1 has no score, so `criteria link` links it to `TC Cá nhân` (candidate added by the
    generator). `real_dates=False` types the valid birth dates as dd/mm/yyyy text."""

    def d(y, m, day):
        return datetime.date(y, m, day) if real_dates else f"{day:02d}/{m:02d}/{y}"

    person = {L_KIND: "Cá nhân", L_POSITION: CLERK, L_UNIT: OFFICE, L_DIRECT: "Không", L_DRIVE: "Cả năm"}
    return [
        {**person, L_NAME: "Nguyễn Thị Lan", L_BIRTH: d(1985, 3, 12), L_GENDER: "Nữ", L_MONTHS: 12,
         L_DUTY: "Hoàn thành tốt", L_TITLE: "Lao động tiên tiến", L_VOTES: 8},
        {**person, L_NAME: "Trần Văn Bình", L_BIRTH: d(1979, 9, 2), L_GENDER: "Nam", L_MONTHS: 12,
         L_DUTY: "Hoàn thành tốt", L_TITLE: "Lao động tiên tiến", L_VOTES: 8, L_SCORE: 82},
        {**person, L_NAME: "Phạm Quốc Dũng", L_BIRTH: d(1988, 7, 1), L_GENDER: "Nam", L_MONTHS: 8,
         L_DUTY: "Hoàn thành tốt", L_TITLE: "Lao động tiên tiến", L_VOTES: 8, L_SCORE: 85},
        # An impossible date, typed as text: a DL error whatever the date system.
        {**person, L_NAME: "Đặng Thu Hà", L_BIRTH: "31/02/1990", L_GENDER: "Nữ", L_MONTHS: 12,
         L_DUTY: "Hoàn thành tốt", L_TITLE: "Lao động tiên tiến", L_VOTES: 8, L_SCORE: 86},
        {L_NAME: "Tổ dân phố số 3", L_KIND: "Tập thể", L_UNIT: "Tổ dân phố số 3", L_DRIVE: "Cả năm",
         L_MEMBERS: 25, L_MEMBERS_DONE: 25, L_MEMBERS_LDTT: 20, L_MEMBERS_CSTDCS: 2, L_MEMBERS_DISC: 0,
         L_TITLE: "Tập thể lao động tiên tiến", L_VOTES: 9, L_SCORE: "=40+45"},
        {**person, L_NAME: "Vũ Đức Thắng", L_BIRTH: d(1982, 11, 20), L_GENDER: "Nam", L_MONTHS: 12,
         L_DUTY: "Hoàn thành xuất sắc", L_INITIATIVE: "QĐ 12/QĐ-UBND ngày 05/6/2026",
         L_TITLE: "Chiến sĩ thi đua cơ sở", L_VOTES: 7, L_SCORE: 92,
         L_NOTE: "Sáng kiến cấp phường"},
    ]


def schema_fixes(name, data):
    """Invalid enumeration values the project's writer has been seen to produce, made valid so that
    openpyxl (which refuses them) can load the register: errorStyle="error" → "stop" in worksheets,
    vertical="middle" → "center" in styles. Anything else is left alone."""
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        data = data.replace(b'errorStyle="error"', b'errorStyle="stop"')
    if name == "xl/styles.xml":
        data = data.replace(b'vertical="middle"', b'vertical="center"')
    return data


def fixed_error_style(path):
    """The register as bytes with schema_fixes() applied; a BytesIO ready for openpyxl."""
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info, schema_fixes(info.filename, src.read(info.filename)))
    out.seek(0)
    return out


def header_row(ws):
    """(row number, {label: column index}) of the header row found by the anchor label."""
    for row in ws.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.strip() == ANCHOR:
                labels = {}
                for c in row:
                    if isinstance(c.value, str) and c.value.strip():
                        labels[c.value.strip()] = c.column
                return cell.row, labels
    raise SystemExit(f"no header row with “{ANCHOR}” in the first {HEADER_SEARCH_ROWS} rows of {ws.title}")


def fill_nominations(ws, rows):
    """Fill rows under the header by label; dates get dd/mm/yyyy. Returns the header row number."""
    head, cols = header_row(ws)
    for i, values in enumerate(rows):
        r = head + 1 + i
        for label, value in values.items():
            if label not in cols:
                raise SystemExit(f"column “{label}” not found in {ws.title}")
            cell = ws.cell(row=r, column=cols[label])
            cell.value = value
            if isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    return head


def fill_settings_dates(wb):
    """Meeting date and deadline in `Cấu hình` (real date cells) — after the deadline of nothing."""
    ws = wb[SETTINGS_SHEET]
    wanted = {"Ngày họp Hội đồng": datetime.date(2026, 12, 10), "Hạn nộp hồ sơ": datetime.date(2026, 11, 30)}
    for row in ws.iter_rows(min_row=1, max_row=40, max_col=1):
        key = row[0].value
        if key in wanted:
            c = ws.cell(row=row[0].row, column=2)
            c.value = wanted[key]
            c.number_format = "dd/mm/yyyy"


def tiny_png(width=16, height=16):
    """A valid RGB PNG (a red/white checker) built with zlib only (no Pillow here)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += b"\xc0\x00\x00" if (x // 4 + y // 4) % 2 == 0 else b"\xff\xff\xff"
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


PINNED_TIME = (2026, 11, 2, 8, 30, 0)


def rezip(entries, path, order=None):
    """Write {name: bytes} as a zip with pinned timestamps ([Content_Types].xml first)."""
    names = list(order or entries.keys())
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=PINNED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, entries[name])


def read_zip(path):
    z = zipfile.ZipFile(path)
    return {i.filename: z.read(i.filename) for i in z.infolist() if not i.filename.endswith("/")}, [
        i.filename for i in z.infolist() if not i.filename.endswith("/")
    ]
