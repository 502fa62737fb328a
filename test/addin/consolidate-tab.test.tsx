/**
 * @jest-environment jsdom
 *
 * Tổng hợp đơn vị in the pane (Testing Library + jest-axe): two units' registers and a garbage file
 * chosen as files, read in memory by the CLI's own code; the file list shows what was readable and
 * why the bad file is not, the summary counts what was merged, the download is the consolidated
 * register, and the open-in-Excel button hands its bytes to the port.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import ExcelJS from "exceljs";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ConsolidateTab } from "../../src/taskpane/components/ConsolidateTab";
import { useAction } from "../../src/taskpane/components/useAction";
import { COL } from "../../src/domain/register/contract";
import { CONSOLIDATION_SHEET } from "../../src/workbook/plan/consolidation";
import type { WorkbookPort } from "../../src/workbook/edit/port";
import type { Language } from "../../src/taskpane/shell";
import { person, registerWorkbook, team } from "../helpers/registers";
import { polyfillFluentBrowserApis } from "./jsdomFluent";
import { STATE_WAIT } from "../helpers/waits";

const today = { year: 2026, month: 11, day: 20 };

beforeAll(() => {
  // jsdom lacks TextEncoder/TextDecoder (every browser and Node have them).
  const util = jest.requireActual<typeof import("node:util")>("node:util");
  (globalThis as Record<string, unknown>).TextDecoder ??= util.TextDecoder;
  (globalThis as Record<string, unknown>).TextEncoder ??= util.TextEncoder;
  polyfillFluentBrowserApis();
  // jsdom has no object URLs: keep the blobs to read them back.
  URL.createObjectURL = jest.fn((b: Blob) => {
    blobs.set(`blob:${blobs.size}`, b);
    return `blob:${blobs.size - 1}`;
  });
  URL.revokeObjectURL = jest.fn();
});
const blobs = new Map<string, Blob>();

async function registerBytes(...args: Parameters<typeof registerWorkbook>): Promise<ArrayBuffer> {
  const wb = await registerWorkbook(...args);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A File whose bytes are `bytes` (jsdom's File may lack arrayBuffer(): give it one). */
function fileOf(name: string, bytes: ArrayBuffer | Uint8Array): File {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const f = new File([u8 as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => u8.slice().buffer });
  return f;
}

const Harness: React.FC<{ port: WorkbookPort; lang: Language }> = ({ port, lang }) => {
  const action = useAction();
  return (
    <FluentProvider theme={webLightTheme}>
      {action.error ? <p data-testid="error">{String(action.error.message)}</p> : null}
      {action.notice ? <p data-testid="notice">{action.notice}</p> : null}
      <ConsolidateTab port={port} today={today} busy={action.busy} run={action.run} lang={lang} />
    </FluentProvider>
  );
};

let files: File[];
beforeAll(async () => {
  // The ward office's register and TDP 1's: Nguyễn Văn An is proposed by both (one duplicate group).
  const ward = await registerBytes({
    rows: [
      person("Nguyễn Văn An"),
      person("Trần Thị Bình", { [COL.birthDate]: "01/02/1980", [COL.gender]: "Nữ" }),
    ],
  });
  const tdp = await registerBytes({
    options: { unitName: "Tổ dân phố số 1", unitLevel: "Tổ dân phố" },
    rows: [
      person("Nguyễn Văn An", { [COL.proposingUnit]: "Tổ dân phố số 1" }),
      person("Lê Văn Cường", {
        [COL.birthDate]: "05/06/1975",
        [COL.proposingUnit]: "Tổ dân phố số 1",
      }),
      team("Chi hội Phụ nữ TDP 1", { [COL.proposingUnit]: "Tổ dân phố số 1" }),
    ],
  });
  files = [
    fileOf("van-phong.xlsx", ward),
    fileOf("to-dan-pho-1.xlsx", tdp),
    fileOf("rac.xlsx", new TextEncoder().encode("Họ và tên;Danh hiệu\nNguyễn Văn An;LĐTT\n")),
  ];
});

describe("Tổng hợp đơn vị", () => {
  it("reads the chosen files, lists the bad one with its reason, consolidates and offers the register", async () => {
    const createWorkbook = jest.fn(async (base64: string) => void base64);
    const port = { host: "excel", createWorkbook } as unknown as WorkbookPort;
    const { container } = render(<Harness port={port} lang="vi" />);

    const run = screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    const input = screen.getByLabelText("Sổ của các đơn vị (.xlsx)") as HTMLInputElement;
    expect(input.accept).toContain(".xlsx");
    expect(input.multiple).toBe(true);
    fireEvent.change(input, { target: { files } });

    await waitFor(() => expect(screen.getAllByText(/^Đọc được/)).toHaveLength(2), STATE_WAIT);
    await waitFor(() => expect(run.disabled).toBe(false));
    const items = screen.getAllByTestId("consolidate-file");
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^van-phong\.xlsxĐọc được — 2 đề nghị/),
      expect.stringMatching(/^to-dan-pho-1\.xlsxĐọc được — 3 đề nghị/),
      expect.stringMatching(/^rac\.xlsxLỗi: Không phải tệp Excel \.xlsx/),
    ]);
    expect(screen.getByRole("button", { name: "Bỏ tệp rac.xlsx" })).toBeTruthy();
    await axeClean(container);

    fireEvent.click(run);
    const summary = await screen.findByTestId("consolidate-summary", {}, STATE_WAIT);
    const num = (k: string) => within(summary).getByTestId(`consolidate-${k}`).textContent;
    expect([num("units"), num("rows"), num("duplicates"), num("failed")]).toEqual([
      "2",
      "5",
      "1",
      "1",
    ]);
    expect(screen.getByTestId("notice").textContent).toBe("Đã tổng hợp 5 đề nghị từ 2 sổ.");
    expect(screen.queryByTestId("error")).toBeNull();

    const link = screen.getByTestId("consolidate-download") as HTMLAnchorElement;
    expect(link.getAttribute("download")).toBe("tong-hop-don-vi.xlsx");
    expect(link.textContent).toContain("Tải về tong-hop-don-vi.xlsx");
    // The download is the consolidated register with its report sheets; the bad file is in `Tệp lỗi`.
    const blob = blobs.get(link.getAttribute("href")!)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readBlob(blob));
    for (const name of Object.values(CONSOLIDATION_SHEET))
      expect(wb.getWorksheet(name)).toBeTruthy();
    const failures = wb.getWorksheet(CONSOLIDATION_SHEET.failures)!;
    expect(failures.getRow(4).values).toEqual(
      expect.arrayContaining(["rac.xlsx", "Không phải tệp Excel .xlsx"])
    );
    await axeClean(container);

    fireEvent.click(screen.getByRole("button", { name: "Mở trong Excel" }));
    await waitFor(() => expect(createWorkbook).toHaveBeenCalledTimes(1));
    expect(createWorkbook.mock.calls[0]![0].slice(0, 4)).toBe("UEsD"); // "PK\3\4", base64

    // Removing a file drops the result; the keyboard reaches every control.
    fireEvent.click(screen.getByRole("button", { name: "Bỏ tệp rac.xlsx" }));
    expect(screen.queryByTestId("consolidate-summary")).toBeNull();
    expect(screen.getAllByTestId("consolidate-file")).toHaveLength(2);
  });

  it("speaks English, and without Excel offers only the download", async () => {
    const port = { host: "preview" } as unknown as WorkbookPort;
    render(<Harness port={port} lang="en" />);
    expect(screen.getByRole("button", { name: "Choose .xlsx files…" })).toBeTruthy();
    expect(screen.getByText("No file chosen yet.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Units' registers (.xlsx)"), {
      target: { files: [files[2]] },
    });
    await screen.findByText(/^Error: Not an Excel \.xlsx file/, {}, STATE_WAIT);
    expect(screen.getByText("No readable register to consolidate yet.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Consolidate" }) as HTMLButtonElement).disabled
    ).toBe(true);
    expect(screen.queryByRole("button", { name: "Open in Excel" })).toBeNull();
  });

  it("never mixes years: asks which (the CLI's sentence), then lists the other year's unit as not merged", async () => {
    const old = await registerBytes({
      options: { year: 2025, unitName: "Tổ dân phố số 9", unitLevel: "Tổ dân phố" },
      rows: [person("Hồ Văn Năm Cũ", { [COL.proposingUnit]: "Tổ dân phố số 9" })],
    });
    const port = { host: "preview" } as unknown as WorkbookPort;
    const { container } = render(<Harness port={port} lang="vi" />);
    fireEvent.change(screen.getByLabelText("Sổ của các đơn vị (.xlsx)"), {
      target: { files: [files[0], files[1], fileOf("cu-2025.xlsx", old)] },
    });
    await waitFor(() => expect(screen.getAllByText(/^Đọc được/)).toHaveLength(3), STATE_WAIT);
    expect(screen.getByText("Đọc được — 1 đề nghị, năm 2025")).toBeTruthy();
    const run = screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement;
    await waitFor(() => expect(run.disabled).toBe(false));

    fireEvent.click(run);
    const question = await screen.findByTestId("consolidate-years", {}, STATE_WAIT);
    expect(within(question).getByRole("alert").textContent).toBe(
      "Các sổ đơn vị có năm đánh giá khác nhau — 2025 (cu-2025.xlsx); 2026 (van-phong.xlsx, to-dan-pho-1.xlsx): chưa tổng hợp. Chọn năm tổng hợp; sổ của năm khác sẽ được liệt kê ở sheet “Tệp lỗi”."
    );
    expect(screen.queryByTestId("consolidate-summary")).toBeNull();
    expect(screen.queryByTestId("error")).toBeNull();
    await axeClean(container);

    fireEvent.change(screen.getByLabelText("Năm tổng hợp"), { target: { value: "2026" } });
    fireEvent.click(run);
    const summary = await screen.findByTestId("consolidate-summary", {}, STATE_WAIT);
    const num = (k: string) => within(summary).getByTestId(`consolidate-${k}`).textContent;
    expect([num("year"), num("units"), num("rows"), num("failed")]).toEqual([
      "2026",
      "2",
      "5",
      "1",
    ]);
    expect(within(summary).getByTestId("consolidate-excluded").textContent).toBe(
      "cu-2025.xlsx: năm đánh giá 2025, khác năm tổng hợp 2026 — không tổng hợp"
    );
    const wb = new ExcelJS.Workbook();
    const link = screen.getByTestId("consolidate-download") as HTMLAnchorElement;
    await wb.xlsx.load(await readBlob(blobs.get(link.getAttribute("href")!)!));
    expect(wb.getWorksheet(CONSOLIDATION_SHEET.failures)!.getRow(4).values).toEqual(
      expect.arrayContaining(["cu-2025.xlsx", "Năm đánh giá khác năm tổng hợp"])
    );
    await axeClean(container);
  });
});

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function axeClean(container: HTMLElement) {
  const results = await axe(container, { rules: { "color-contrast": { enabled: false } } });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)
  ).toEqual([]);
}
