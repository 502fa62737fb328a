/** ExcelJS's default theme part (a plain module exporting the XML text), reused by ./documentPackage.ts. */
declare module "exceljs/lib/xlsx/xml/theme1" {
  const xml: string;
  export default xml;
}
