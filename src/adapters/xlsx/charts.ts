/**
 * Native charts in a NEW package (ExcelJS has no chart support): after ExcelJS writes the file, the
 * DrawingML parts of each sheet's `charts` plan (src/workbook/plan/charts.ts) are added to the
 * package — `xl/charts/chartN.xml`, `xl/drawings/drawingN.xml` and its relationships, the sheet's
 * `<drawing r:id>` and relationship, and the `[Content_Types].xml` overrides. Every other part keeps
 * its bytes. The chart series refer to the sheet's cells (no cached values): Excel, LibreOffice and
 * openpyxl draw them from the live formulas.
 */
import { xmlContent } from "./edit/cellXml";
import { insertionPoint, rootElement, splice } from "./edit/scan";
import { after } from "./edit/sheet";
import { fflate } from "./package/fflate";
import { parseRels, parseWorkbook, relativeTarget, relsPartOf } from "./package/parts";
import { sheetRef, type ChartPlan, type SheetPlan } from "../../workbook/plan/types";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const CT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `A6:A16` → `$A$6:$A$16` on `sheet`, as a chart formula. */
export function chartRef(sheet: string, range: string): string {
  const abs = range
    .split(":")
    .map((c) => c.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${sheetRef(sheet)}!${abs}`;
}

/** The chart part of one plan: a clustered bar chart, categories top-down, values labelled. */
export function chartXml(sheet: string, p: ChartPlan): string {
  const f = (range: string) => `<c:f>${xmlContent(chartRef(sheet, range))}</c:f>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlContent(p.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const labels =
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef>${f(p.seriesName)}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="548235"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `${labels}<c:cat><c:strRef>${f(p.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef>${f(p.values)}</c:numRef></c:val></c:ser>`;
  const catAx =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${DECL}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part holding `charts` (relationship ids rId1…, shape ids from 2). */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map((p, i) => {
    const cell = (tag: string, c: { col: number; row: number }) =>
      `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${cell("from", p.from)}${cell("to", p.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlContent(p.name)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${DECL}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

/**
 * Where sheetWithCharts writes: the parts of a new file (addChartParts) or of a register being
 * edited (./edit/package.ts, when `upgrade` restores `Tổng hợp`).
 */
export interface ChartPartSink {
  has(part: string): boolean;
  setText(part: string, xml: string): void;
  addOverride(part: string, contentType: string): void;
  /** A relationship from `from` to `part` (in `from`'s relationships part); its id. */
  addRelationship(from: string, type: string, part: string): string;
}

/**
 * The chart parts of `plan` for its sheet part `sheetPart`: one drawing holding every chart, each
 * chart, their content types and relationships (first free part numbers, beside the sheet's
 * folder), and the sheet's XML `xml` with its `<drawing>`, returned.
 */
export function sheetWithCharts(
  sink: ChartPartSink,
  sheetPart: string,
  plan: SheetPlan,
  xml: string
): string {
  const charts = plan.charts ?? [];
  if (!charts.length) return xml;
  const folder = sheetPart.split("/").slice(0, -2).join("/");
  const free = (kind: "drawing" | "chart") => {
    let n = 1;
    while (sink.has(`${folder}/${kind}s/${kind}${n}.xml`)) n++;
    return `${folder}/${kind}s/${kind}${n}.xml`;
  };
  const drawingPart = free("drawing");
  sink.setText(drawingPart, drawingXml(charts));
  sink.addOverride(drawingPart, CT.drawing);
  charts.forEach((c, i) => {
    const chartPart = free("chart");
    sink.setText(chartPart, chartXml(plan.name, c));
    sink.addOverride(chartPart, CT.chart);
    // drawingXml refers to its charts as rId1, rId2 … in order: a new relationships part gives those.
    if (sink.addRelationship(drawingPart, NS.chartRel, chartPart) !== `rId${i + 1}`)
      throw new Error(`charts: unexpected relationship id in ${drawingPart}`);
  });
  return withDrawing(xml, sink.addRelationship(sheetPart, NS.drawingRel, drawingPart), plan.name);
}

/**
 * The package `pkg` (a new file just written) with the charts of `sheets` added. A sheet that has a
 * drawing already is an error: new files never have one.
 */
export function addChartParts(pkg: Uint8Array, sheets: readonly SheetPlan[]): Uint8Array {
  const withCharts = sheets.filter((s) => s.charts?.length);
  if (!withCharts.length) return pkg;
  const parts = fflate().unzipSync(pkg);
  const part = (name: string) => {
    const b = parts[name];
    if (!b) throw new Error(`charts: the package has no ${name}`);
    return b;
  };
  const wb = parseWorkbook([part("xl/workbook.xml")]);
  const wbRels = parseRels([part("xl/_rels/workbook.xml.rels")], "xl/workbook.xml");
  let types = text(part("[Content_Types].xml"));
  const sink: ChartPartSink = {
    has: (name) => parts[name] !== undefined,
    setText: (name, xml) => {
      parts[name] = bytes(xml);
    },
    addOverride: (name, contentType) => {
      if (types.includes(`PartName="/${name}"`)) return;
      types = types.replace(
        /<\/Types>\s*$/,
        `<Override PartName="/${name}" ContentType="${contentType}"/></Types>`
      );
    },
    addRelationship: (from, type, to) => {
      const relsPart = relsPartOf(from);
      const old = parts[relsPart] ? text(parts[relsPart]) : null;
      const ids = new Set([...(old ?? "").matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
      let k = 1;
      while (ids.has(`rId${k}`)) k++;
      const rel = `<Relationship Id="rId${k}" Type="${type}" Target="${xmlContent(relativeTarget(from, to))}"/>`;
      parts[relsPart] = bytes(
        old
          ? old.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`)
          : `${DECL}<Relationships xmlns="${NS.pkgRels}">${rel}</Relationships>`
      );
      return `rId${k}`;
    },
  };
  for (const s of withCharts) {
    const entry = wb.sheets.find((e) => e.name === s.name);
    const sheetPart = entry && wbRels.get(entry.relId)?.part;
    if (!sheetPart) throw new Error(`charts: no sheet ${s.name}`);
    parts[sheetPart] = bytes(sheetWithCharts(sink, sheetPart, s, text(part(sheetPart))));
  }
  parts["[Content_Types].xml"] = bytes(types);
  return fflate().zipSync(parts, { level: 6 });
}

/**
 * A worksheet part's XML with `<drawing r:id="relId"/>` in its schema place. A sheet that has a
 * drawing already is an error: the sheets given charts are new ones.
 */
function withDrawing(xml: string, relId: string, sheet: string): string {
  const root = rootElement(xml);
  if (/<(\w+:)?drawing[\s/>]/.test(xml)) throw new Error(`charts: ${sheet} has a drawing`);
  const rPrefix =
    /xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(
      xml.slice(root.start, root.openEnd)
    );
  const el = rPrefix
    ? `<drawing r:id="${relId}"/>`
    : `<drawing xmlns:r="${NS.r}" r:id="${relId}"/>`;
  const at = insertionPoint(xml, root, after("drawing"));
  return splice(xml, [{ start: at, end: at, text: el }]);
}
