import { protectChartsheetXml, protectWorksheetXml } from "./memberCopy";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe("the member's copy locks each sheet part in schema order", () => {
  it("a worksheet: protection before the page margins, its selected tab cleared", () => {
    const xml = `<worksheet ${NS}><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData/><pageMargins left="0.7"/></worksheet>`;
    expect(protectWorksheetXml(xml, undefined)).toBe(
      `<worksheet ${NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/><sheetProtection sheet="1" objects="1" scenarios="1" selectUnlockedCells="1"/><pageMargins left="0.7"/></worksheet>`
    );
  });

  it("a chart sheet: content and objects locked (a password hash replaces its old protection)", () => {
    const hash = { hashValue: "H", saltValue: "S", spinCount: 100000 };
    const xml = `<x:chartsheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetViews><x:sheetView tabSelected="true" workbookViewId="0"/></x:sheetViews><x:pageMargins left="0.7"/><x:drawing r:id="rId1"/></x:chartsheet>`;
    const once = protectChartsheetXml(xml, undefined);
    expect(once).toContain(
      `<x:sheetView workbookViewId="0"/></x:sheetViews><x:sheetProtection content="1" objects="1"/><x:pageMargins`
    );
    expect(protectChartsheetXml(once, hash)).toContain(
      `<x:sheetProtection algorithmName="SHA-512" hashValue="H" saltValue="S" spinCount="100000" content="1" objects="1"/><x:pageMargins`
    );
  });
});
