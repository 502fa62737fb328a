"""Round-trip corpus, LibreOffice part (run by make-corpus.sh with /usr/bin/python3 + python3-uno).

    make_libreoffice.py IN.xlsx OUT.xlsx PNG

Opens IN.xlsx in a headless LibreOffice (its own throw-away profile, a private pipe), adds a bar
chart on `Tổng hợp` (XTableCharts.addNewByName), a picture and a comment on `Đề nghị`, protects
`Hướng dẫn` with a password (the register's own `Danh mục` protection is kept), and saves with the
"Calc MS Excel 2007 XML" filter.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc, timeout=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException until soffice listens
            if proc.poll() is not None:
                raise SystemExit(f"soffice exited early with code {proc.returncode}")
            if time.monotonic() > deadline:
                raise SystemExit("could not connect to soffice")
            time.sleep(0.3)


def main(src, out, png):
    work = tempfile.mkdtemp(prefix="lo-corpus-")
    profile = os.path.join(work, "profile")
    pipe = f"stdcorpus{uuid.uuid4().hex}"
    proc = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        ctx = connect(pipe, proc)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
                                           (prop("Hidden", True),))
        sheets = doc.Sheets
        names = list(sheets.ElementNames)

        # Bar chart on `Tổng hợp`: codes (B6:B13) as categories, "Số đề nghị" (C5:C13) as the series.
        summary = sheets.getByName("Tổng hợp")
        area = CellRangeAddress()
        area.Sheet = names.index("Tổng hợp")
        area.StartColumn, area.StartRow, area.EndColumn, area.EndRow = 1, 4, 2, 12
        rect = Rectangle()
        rect.X, rect.Y, rect.Width, rect.Height = 22000, 1500, 14000, 8000
        summary.Charts.addNewByName("BieuDoDanhHieu", rect, (area,), True, True)

        # Picture and comment on `Đề nghị` (beyond the register's columns).
        nom = sheets.getByName("Đề nghị")
        provider = smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
        graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(os.path.abspath(png))),))
        shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
        nom.DrawPage.add(shape)
        shape.Graphic = graphic
        size = Size()
        size.Width, size.Height = 1200, 1200
        shape.setSize(size)
        anchor = nom.getCellRangeByName("AB2")
        pos = Point()
        pos.X, pos.Y = anchor.Position.X, anchor.Position.Y
        shape.setPosition(pos)
        shape.Anchor = anchor
        addr = CellAddress()
        addr.Sheet, addr.Column, addr.Row = names.index("Đề nghị"), 1, 5  # B6
        nom.Annotations.insertNew(addr, "Hồ sơ bổ sung ngày 05/11 (LibreOffice).")

        # Protection: `Danh mục` keeps the register's own; `Hướng dẫn` gets a password.
        lists = sheets.getByName("Danh mục")
        if not lists.isProtected():
            lists.protect("")
        sheets.getByName("Hướng dẫn").protect("kh2026")

        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)),
                       (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge goes away while terminating
            pass
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 9)
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
