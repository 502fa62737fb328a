"""Round-trip corpus, openpyxl part (run by make-corpus.sh with /usr/bin/python3).

    make_openpyxl.py BASE.xlsx WORK_DIR FIXTURES_DIR

BASE.xlsx is a fresh `so-thi-dua init` register (plus one candidate in `TC Cá nhân`). Writes
  WORK_DIR/base-filled.xlsx             nominations filled by label, no `Khiếu nại` sheet, one defined name
                                        missing (the input of the LibreOffice and raw-x14 generators)
  FIXTURES_DIR/openpyxl-features.xlsx   the same, plus chart, picture, comments, table, user sheets, …
  FIXTURES_DIR/openpyxl-1904.xlsx       the same data in the 1904 date system, real date cells
"""
import datetime
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from corpus_common import (
    NOMINATIONS_SHEET,
    REMOVED_NAME,
    USER_COLUMN,
    USER_COLUMN_HEADER,
    fill_nominations,
    fill_settings_dates,
    fixed_error_style,
    header_row,
    nominations,
    tiny_png,
)

PINNED = datetime.datetime(2026, 11, 2, 8, 30, 0)


class RawPng(Image):
    """openpyxl's Image needs Pillow only to read the size and bytes; give them directly."""

    def __init__(self, data, width, height):  # noqa: super().__init__ would import Pillow
        self.ref = None
        self._bytes = data
        self.width = width
        self.height = height
        self.format = "png"

    def _data(self):
        return self._bytes


def load(base):
    wb = openpyxl.load_workbook(fixed_error_style(base))
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    wb.properties.lastModifiedBy = "openpyxl corpus"
    return wb


def drop_name(wb, name):
    if name in wb.defined_names:
        wb.defined_names.delete(name)


def filled(base, real_dates=True, older=True):
    """The register with nominations, dates in `Cấu hình`, one setting name missing and — for an
    `older` register — no `Khiếu nại` sheet (so `upgrade` must add a sheet)."""
    wb = load(base)
    fill_nominations(wb[NOMINATIONS_SHEET], nominations(real_dates=real_dates))
    fill_settings_dates(wb)
    drop_name(wb, REMOVED_NAME)
    if older:
        del wb["Khiếu nại"]
    return wb


def add_features(wb):
    # --- `Tổng hợp`: a bar chart of "Số đề nghị" by title ---------------------------------------
    summary = wb["Tổng hợp"]
    chart = BarChart()
    chart.title = "Số đề nghị theo danh hiệu"
    chart.y_axis.title = "Số đề nghị"
    chart.add_data(Reference(summary, min_col=3, min_row=5, max_row=13), titles_from_data=True)
    chart.set_categories(Reference(summary, min_col=2, min_row=6, max_row=13))
    chart.width, chart.height = 14, 7
    summary.add_chart(chart, "J4")

    # --- `Đề nghị`: picture, comment, a user column with its own validation and formats ----------
    nom = wb[NOMINATIONS_SHEET]
    head, _ = header_row(nom)
    nom.add_image(RawPng(tiny_png(), 16, 16), "AB2")
    nom["B5"].comment = Comment("Đã xác minh hồ sơ gốc (bà Hoa, văn thư).", "Văn thư")
    nom[f"{USER_COLUMN}{head}"] = USER_COLUMN_HEADER
    nom[f"{USER_COLUMN}{head}"].font = Font(bold=True, color="FF1F4E79")
    nom.column_dimensions[USER_COLUMN].width = 22
    for i, v in enumerate(["Đã xong", "Đang làm", "Chưa xong", "Đã xong", None, "Đang làm"]):
        if v:
            nom[f"{USER_COLUMN}{head + 1 + i}"] = v
    # A list validation that refers to a defined name (ExcelJS turns such formulas into NaN).
    dv = DataValidation(type="list", formula1="DS_TrangThai", allow_blank=True, showErrorMessage=True,
                        errorTitle="Trạng thái", error="Chọn trong danh sách.")
    dv.add(f"{USER_COLUMN}{head + 1}:{USER_COLUMN}200")
    nom.add_data_validation(dv)
    nom.conditional_formatting.add(
        f"{USER_COLUMN}{head + 1}:{USER_COLUMN}200",
        CellIsRule(operator="equal", formula=['"Chưa xong"'], fill=PatternFill("solid", fgColor="FFFFC7CE")),
    )
    nom.conditional_formatting.add(
        f"AA{head + 1}:AA200", FormulaRule(formula=[f'LEN(AA{head + 1})>20'], font=Font(italic=True))
    )

    # --- `Ghi chép`: a table, validations, formats, a password-protected sheet ---------------------
    notes = wb.create_sheet("Ghi chép")
    notes.append(["Ngày", "Nội dung", "Người ghi", "Trạng thái", "Số hồ sơ"])
    for r in [
        (datetime.date(2026, 11, 2), "Nhận hồ sơ Tổ dân phố số 3", "Hoa", "Đã xong", 4),
        (datetime.date(2026, 11, 5), "Xin ý kiến Chi bộ về ông Thắng", "Hoa", "Đang làm", 1),
        (datetime.date(2026, 11, 9), "Bổ sung bản sao sáng kiến", "Minh", "Chưa xong", 2),
        (datetime.date(2026, 11, 12), "Gửi danh sách lấy ý kiến nhân dân", "Minh", "Đang làm", 6),
    ]:
        notes.append(list(r))
    for row in notes.iter_rows(min_row=2, max_row=5, max_col=1):
        row[0].number_format = "dd/mm/yyyy"
    for i, v in enumerate(["Đã xong", "Đang làm", "Chưa xong"]):
        notes.cell(row=2 + i, column=8, value=v)
    notes["H1"] = "Danh sách trạng thái"
    table = Table(displayName="NhatKyHoSo", ref="A1:E5")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    notes.add_table(table)
    status = DataValidation(type="list", formula1="DS_TrangThai", allow_blank=True)
    status.add("D2:D100")
    count = DataValidation(type="whole", operator="between", formula1="0", formula2="50", allow_blank=True,
                           showErrorMessage=True, error="Từ 0 đến 50.")
    count.add("E2:E100")
    notes.add_data_validation(status)
    notes.add_data_validation(count)
    notes.conditional_formatting.add(
        "D2:D100", CellIsRule(operator="equal", formula=['"Chưa xong"'], font=Font(color="FF9C0006"))
    )
    notes["B3"].comment = Comment("Hẹn trả lời trước 15/11.", "Hoa")
    notes.column_dimensions["B"].width = 40
    notes.protection.sheet = True
    notes.protection.password = "kh2026"
    notes.protection.autoFilter = False

    # --- `Thống kê riêng`: a pivot-like summary the clerk built by hand ----------------------------
    stats = wb.create_sheet("Thống kê riêng")
    stats["A1"] = "THỐNG KÊ ĐỀ NGHỊ THEO ĐƠN VỊ (tự lập)"
    stats.merge_cells("A1:C1")
    stats["A1"].font = Font(bold=True, size=13)
    stats.append(["Đơn vị", "Số đề nghị", "Tỷ lệ"])
    units = ["Văn phòng UBND phường", "Tổ dân phố số 3"]
    for i, u in enumerate(units):
        r = 3 + i
        stats.append([u, f"=COUNTIF('Đề nghị'!$G:$G,A{r})", f"=IF(SUM($B$3:$B$4)=0,0,B{r}/SUM($B$3:$B$4))"])
        stats[f"C{r}"].number_format = "0.0%"
    stats.append(["Cộng", "=SUM(B3:B4)", None])
    stats.freeze_panes = "A3"
    stats.column_dimensions["A"].width = 30
    stats.print_area = "A1:C5"

    # --- a hidden and a very hidden sheet ----------------------------------------------------------
    draft = wb.create_sheet("Nháp")
    draft["A1"] = "Bản nháp danh sách, không in"
    draft.sheet_state = "hidden"
    store = wb.create_sheet("Kho")
    store["A1"] = "Mã lưu trữ"
    store["B1"] = 20261102
    store.sheet_state = "veryHidden"

    # --- user defined names (workbook and sheet scope, a constant) ---------------------------------
    wb.defined_names.append(DefinedName("DS_TrangThai", attr_text="'Ghi chép'!$H$2:$H$4"))
    wb.defined_names.append(DefinedName("TyLeThuongRieng", attr_text="0.3"))
    stats_index = wb.sheetnames.index("Thống kê riêng")
    wb.defined_names.append(DefinedName("VungThongKe", localSheetId=stats_index, attr_text="'Thống kê riêng'!$A$2:$C$5"))

    # --- workbook structure lock with a password ---------------------------------------------------
    wb.security = WorkbookProtection(workbookPassword="kh2026", lockStructure=True)


def main(base, work, fixtures):
    filled(base).save(f"{work}/base-filled.xlsx")

    wb = filled(base)
    add_features(wb)
    wb.save(f"{fixtures}/openpyxl-features.xlsx")

    wb = filled(base, older=False)
    wb.epoch = CALENDAR_MAC_1904
    wb[NOMINATIONS_SHEET]["B5"].comment = Comment("Sổ lưu theo hệ ngày 1904 (Excel cho Mac cũ).", "Văn thư")
    wb.save(f"{fixtures}/openpyxl-1904.xlsx")


if __name__ == "__main__":
    main(*sys.argv[1:4])
