/**
 * @jest-environment jsdom
 *
 * Thiết lập › “Lịch sử từ sổ năm trước” (issue #13 item 5) on the in-memory port: last year's
 * register (an .xlsx made by our writer) chosen with the pane's file picker, read in the browser,
 * its decided rows added to this year's `Lịch sử` as dates; a second copy adds nothing; a register of
 * the same year and a file that is no register are refused, nothing written.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "../../src/taskpane/components/App";
import { demoWorkbook } from "../../src/adapters/memory/demo";
import { demoRegister } from "../../src/workbook/demo";
import type { WorkbookPort } from "../../src/workbook/edit/port";
import { COL, HISTORY_COL, SHEET } from "../../src/domain/register/contract";
import { readRegister } from "../../src/workbook/read";
import { appendRows } from "../../src/adapters/xlsx/fill";
import { ANCHOR_LABEL } from "../../src/domain/register/contract";
import { person, registerWorkbook } from "../helpers/registers";
import { polyfillFluentBrowserApis } from "./jsdomFluent";
import { STATE_WAIT } from "../helpers/waits";

const today = { year: 2027, month: 11, day: 20 };

beforeAll(polyfillFluentBrowserApis);

function renderPane(port: WorkbookPort, lang: "vi" | "en" = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} today={today} initialTab="thiet-lap" initialLanguage={lang} />
    </FluentProvider>
  );
}

/** A register of `year` whose two rows are decided and one only proposed, as .xlsx bytes. */
async function lastYearBytes(year: number): Promise<Uint8Array<ArrayBuffer>> {
  const decided = { [COL.status]: "Đã quyết định", [COL.decisionNo]: "150/QĐ-UBND" };
  const wb = await registerWorkbook({
    options: { year },
    rows: [
      person("Đinh Văn Khoa", { ...decided, [COL.decisionDate]: `20/12/${year}` }),
      person("Mai Thị Loan", {
        ...decided,
        [COL.title]: "Chiến sĩ thi đua cơ sở",
        [COL.decisionDate]: `20/12/${year}`,
      }),
      person("Chu Văn Minh"),
    ],
  });
  appendRows(
    wb.getWorksheet(SHEET.history)!,
    [{ [HISTORY_COL.name]: "Mai Thị Loan", [HISTORY_COL.title]: "Lao động tiên tiến" }],
    ANCHOR_LABEL
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function historyOf(port: WorkbookPort) {
  return readRegister(await port.readGrids([SHEET.history])).history!.rows;
}

async function choose(file: File) {
  const input = (await screen.findByTestId("history-file", {}, STATE_WAIT)) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(() => expect(screen.getByTestId("history-file-name").textContent).toBe(file.name));
}

async function copy(name: string): Promise<string> {
  const button = (await screen.findByRole("button", { name })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false), STATE_WAIT);
  fireEvent.click(button);
  const outcome = await screen.findByTestId("history-outcome", {}, STATE_WAIT);
  return outcome.textContent ?? "";
}

it("copies last year's decided rows into Lịch sử as dates; copying again adds nothing", async () => {
  const d = await demoWorkbook(demoRegister(2027));
  try {
    const before = await historyOf(d.port);
    renderPane(d.port);
    await choose(new File([await lastYearBytes(2026)], "so-2026.xlsx"));
    const text = await copy("Chép vào sheet Lịch sử");
    expect(text).toContain("Đã thêm 2 dòng vào sheet “Lịch sử”");
    expect(text).toContain("0 dòng từ sheet “Lịch sử” và 2 dòng đã quyết định năm 2026");
    // The source's Lịch sử row without a year is named, with its sheet and row.
    expect(text).toContain("1 dòng của “so-2026.xlsx” thiếu họ tên, năm hoặc danh hiệu");
    expect(text).toContain("sheet “Lịch sử” dòng 4");
    const after = await historyOf(d.port);
    expect(after).toHaveLength(before.length + 2);
    const added = after.slice(before.length);
    expect(added.map((r) => [r.cells.name, r.cells.year, r.cells.title])).toEqual([
      ["Đinh Văn Khoa", 2026, "Lao động tiên tiến"],
      ["Mai Thị Loan", 2026, "Chiến sĩ thi đua cơ sở"],
    ]);
    expect(added[0]!.cells.decisionDate).toEqual({ date: { year: 2026, month: 12, day: 20 } });
    expect(added[0]!.cells.birthDate).toEqual({ date: { year: 1985, month: 3, day: 12 } });
    // Below the rows already there: none of them changed.
    expect(after.slice(0, before.length)).toEqual(before);

    const again = await copy("Chép vào sheet Lịch sử");
    expect(again).toContain("Không có gì để thêm");
    expect(again).toContain("Bỏ qua 2 dòng đã có");
    expect(await historyOf(d.port)).toEqual(after);
  } finally {
    d.workbook.dispose();
  }
});

it("refuses a register of the same year and a file that is no register, writing nothing (English)", async () => {
  const d = await demoWorkbook(demoRegister(2027));
  try {
    const before = await historyOf(d.port);
    const addCells = jest.spyOn(d.port, "addCells");
    renderPane(d.port, "en");
    await choose(new File([await lastYearBytes(2027)], "copy.xlsx"));
    expect(await copy("Copy into the Lịch sử sheet")).toContain(
      "“copy.xlsx” is the register of 2027, not of a year before this one (2027)"
    );
    await choose(new File(["Mã,Nội dung\n1,x\n"], "bo.xlsx"));
    expect(await copy("Copy into the Lịch sử sheet")).toContain(
      "“bo.xlsx” cannot be used: it is not an Excel .xlsx file"
    );
    expect(addCells).not.toHaveBeenCalled();
    expect(await historyOf(d.port)).toEqual(before);
  } finally {
    d.workbook.dispose();
  }
});
