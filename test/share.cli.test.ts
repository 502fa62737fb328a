/**
 * `so-thi-dua share` (issue #14 point 3) on the demo register through the real CLI: the council
 * member's copy opens in LibreOffice (one conversion) with every sheet protected and the structure
 * locked, `Thông tin` first with `validate --json`'s counts and the register's SHA-256, formulas kept,
 * every part the transform does not own byte-identical; `--password` writes the agile SHA-512 hash
 * (recomputed here by Python's hashlib); refusals leave the register byte-identical.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import path from "node:path";
import { buildDemoWorkbook } from "../src/adapters/xlsx/demo";
import { buildMemberCopy } from "../src/adapters/xlsx/memberCopy";
import { fflateDeflater } from "../src/adapters/xlsx/zip";
import { demoRegister } from "../src/workbook/demo";
import { MEMBER_INFO_LABEL, MEMBER_INFO_SHEET } from "../src/workbook/plan/memberCopy";
import { sha256 } from "./helpers/badfiles";
import { runCli, tempDir, type ValidateJson } from "./helpers/cli";
import { recalculateXlsx, requireLibreOffice } from "./helpers/libreoffice";
import { requireOpenpyxl } from "./helpers/strictPackage";

const PASSWORD = "Hội đồng 2026";

/** What openpyxl sees of a workbook (and, for the copy, which zip entries differ from the register). */
const INSPECT = String.raw`
import hashlib, base64, json, sys, zipfile, openpyxl
path, source, password = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(path)
out = {
  "sheets": wb.sheetnames,
  "protected": {ws.title: bool(ws.protection.sheet) for ws in wb.worksheets},
  "lockStructure": bool(wb.security and wb.security.lockStructure),
  "active": wb.active.title,
  "info": [[c for c in r] for r in wb.worksheets[0].iter_rows(values_only=True)],
  "formulas": sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str) and c.value.startswith("=")),
}
if password:
  def ok(algorithm, hash_value, salt, spin):
    if algorithm != "SHA-512" or not hash_value or not salt: return False
    h = hashlib.sha512(base64.b64decode(salt) + password.encode("utf-16-le")).digest()
    for i in range(int(spin)):
      h = hashlib.sha512(h + i.to_bytes(4, "little")).digest()
    return base64.b64encode(h).decode() == hash_value
  p = wb.worksheets[1].protection
  out["sheetHash"] = ok(p.algorithmName, p.hashValue, p.saltValue, p.spinCount) and int(p.spinCount) == 100000
  s = wb.security
  out["workbookHash"] = ok(s.workbookAlgorithmName, s.workbookHashValue, s.workbookSaltValue, s.workbookSpinCount)
if source:
  a, b = zipfile.ZipFile(source), zipfile.ZipFile(path)
  out["changed"] = sorted(n for n in a.namelist() if n not in b.namelist() or a.read(n) != b.read(n))
  out["added"] = sorted(n for n in b.namelist() if n not in a.namelist())
print(json.dumps(out))
`;

interface Inspection {
  sheets: string[];
  protected: Record<string, boolean>;
  lockStructure: boolean;
  active: string;
  info: (string | number | null)[][];
  formulas: number;
  sheetHash?: boolean;
  workbookHash?: boolean;
  changed?: string[];
  added?: string[];
}

function inspect(python: string, file: string, source = "", password = ""): Inspection {
  const r = spawnSync(python, ["-c", INSPECT, file, source, password], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Inspection;
}

/** `Thông tin` as label → value. */
const infoOf = (x: Inspection) =>
  new Map(x.info.filter((r) => typeof r[0] === "string").map((r) => [r[0] as string, r[1]]));

describe("share: the council member's copy", () => {
  const dir = tempDir("stđ-share-");
  const reg = path.join(dir, "so.xlsx");
  const copy = path.join(dir, "ban-hoi-dong.xlsx");
  const locked = path.join(dir, "ban-mat-khau.xlsx");
  const python = requireOpenpyxl();
  let counts: ValidateJson["counts"];
  let regHash = "";

  beforeAll(async () => {
    const wb = await buildDemoWorkbook(demoRegister(new Date().getFullYear()));
    await wb.xlsx.writeFile(reg);
    regHash = sha256(reg);
    const v = runCli(["validate", reg, "--json"]);
    counts = (JSON.parse(v.stdout) as ValidateJson).counts;
    const r = runCli(["share", reg, "--out", copy]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(regHash);
    const p = runCli(["share", reg, "--out", locked, "--password", PASSWORD, "--lang", "en"]);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain("with a password");
  });

  const itPy = python ? it : it.skip;

  itPy(
    "keeps every sheet and part, protects every sheet, locks the structure, Thông tin first",
    () => {
      const x = inspect(python!, copy, reg);
      expect(x.sheets[0]).toBe(MEMBER_INFO_SHEET);
      expect(x.active).toBe(MEMBER_INFO_SHEET);
      expect(x.sheets.length).toBeGreaterThan(10);
      expect(Object.values(x.protected).every(Boolean)).toBe(true);
      // Not `lockStructure`: LibreOffice writes an empty <workbookProtection/> into every .xlsx it
      // saves, locked or not (the copy's own lock is checked above).
      expect(x.formulas).toBeGreaterThan(100);
      const info = infoOf(x);
      expect(info.get(MEMBER_INFO_LABEL.errors)).toBe(counts.error);
      expect(info.get(MEMBER_INFO_LABEL.warnings)).toBe(counts.warning);
      expect(info.get(MEMBER_INFO_LABEL.rows)).toBe(counts.rows);
      expect(info.get(MEMBER_INFO_LABEL.sha256)).toBe(regHash);
      expect(info.get(MEMBER_INFO_LABEL.unitName)).toBe(demoRegister().options.unitName);
      expect(String(info.get(MEMBER_INFO_LABEL.madeAt))).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/u
      );
      // Only the parts the transform owns changed; one worksheet part was added.
      for (const part of x.changed!)
        expect(part).toMatch(
          /^(xl\/worksheets\/sheet\d+\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|\[Content_Types\]\.xml)$/u
        );
      expect(x.added).toHaveLength(1);
      // The register was only read.
      expect(sha256(reg)).toBe(regHash);
    }
  );

  itPy("--password: the sheets' and the workbook's SHA-512 hashes verify", () => {
    const x = inspect(python!, locked, "", PASSWORD);
    expect(x.sheetHash).toBe(true);
    expect(x.workbookHash).toBe(true);
    expect(Object.values(x.protected).every(Boolean)).toBe(true);
  });

  itPy(
    "opens in LibreOffice: sheet protection, Thông tin and formulas survive",
    async () => {
      const soffice = requireLibreOffice();
      if (!soffice) return;
      const converted = await recalculateXlsx(copy, path.join(dir, "lo"), { soffice });
      const x = inspect(python!, converted);
      expect(x.sheets[0]).toBe(MEMBER_INFO_SHEET);
      expect(Object.values(x.protected).every(Boolean)).toBe(true);
      // Not `lockStructure`: LibreOffice writes an empty <workbookProtection/> into every .xlsx it
      // saves, locked or not (the copy's own lock is checked above).
      expect(x.formulas).toBeGreaterThan(100);
      const info = infoOf(x);
      expect(info.get(MEMBER_INFO_LABEL.errors)).toBe(counts.error);
      expect(info.get(MEMBER_INFO_LABEL.warnings)).toBe(counts.warning);
      expect(info.get(MEMBER_INFO_LABEL.rows)).toBe(counts.rows);
    },
    120_000
  );

  it("refuses out = input, an existing out without --overwrite, a missing input (exit 2, register byte-identical)", () => {
    const sameByPath = runCli(["share", reg, "--out", path.join(dir, "x", "..", "so.xlsx")]);
    expect(sameByPath.code).toBe(2);
    expect(sameByPath.stderr).toContain("--out");
    const exists = runCli(["share", reg, "--out", copy]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain("--overwrite");
    const missing = runCli([
      "share",
      path.join(dir, "khong-co.xlsx"),
      "--out",
      path.join(dir, "m.xlsx"),
    ]);
    expect(missing.code).toBe(2);
    expect(existsSync(path.join(dir, "m.xlsx"))).toBe(false);
    const notXlsx = runCli(["share", reg, "--out", path.join(dir, "m.csv")]);
    expect(notXlsx.code).toBe(2);
    expect(sha256(reg)).toBe(regHash);
    writeFileSync(path.join(dir, "old.xlsx"), "old");
    expect(runCli(["share", reg, "--out", path.join(dir, "old.xlsx"), "--overwrite"]).code).toBe(0);
    expect(sha256(reg)).toBe(regHash);
  });
});

/** A sheet-local name's sheet (by `localSheetId`) and its formula, for every local name of workbook.xml. */
function localNames(workbookXml: string): string[] {
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet [^>]*?name="([^"]*)"/gu)].map(
    (m) => m[1]
  );
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName ([^>]*)>([^<]*)</gu)].flatMap((m) => {
    const local = /localSheetId="(\d+)"/u.exec(m[1]!);
    return local ? [`${sheets[Number(local[1])]} → ${m[2]}`] : [];
  });
}

describe("share: the transform on registers other tools saved", () => {
  it.each(["libreoffice-features.xlsx", "raw-x14.xlsx"])(
    "%s: local names stay on their sheets, parts it does not own keep their bytes",
    async (name) => {
      const bytes = new Uint8Array(
        readFileSync(path.join(__dirname, "roundtrip", "fixtures", name))
      );
      const copy = await buildMemberCopy({
        fileName: name,
        bytes,
        now: new Date(Date.UTC(2026, 11, 5, 17, 0, 0)),
        offsetMinutes: 420,
        today: { year: 2026, month: 12, day: 6 },
        deflater: fflateDeflater,
      });
      expect(copy.info.madeAt).toBe("2026-12-06T00:00:00+07:00");
      const before = unzipSync(bytes);
      const after = unzipSync(copy.bytes);
      const wb = (files: Record<string, Uint8Array>) => strFromU8(files["xl/workbook.xml"]!);
      expect(localNames(wb(after))).toEqual(localNames(wb(before)));
      expect(wb(after)).toMatch(/<(\w+:)?sheets><(\w+:)?sheet name="Thông tin"/u);
      for (const [part, data] of Object.entries(before))
        if (
          !/^(xl\/worksheets\/|xl\/workbook\.xml|xl\/_rels\/|xl\/styles\.xml|\[Content_Types\])/u.test(
            part
          )
        )
          expect([part, Buffer.from(after[part]!).equals(Buffer.from(data))]).toEqual([part, true]);
      // A worksheet keeps everything but its selection and protection (the x14 extensions too).
      for (const [part, data] of Object.entries(before))
        if (/^xl\/worksheets\/sheet\d+\.xml$/u.test(part))
          expect(
            strFromU8(after[part]!)
              .replace(/<(\w+:)?sheetProtection[^>]*\/>/u, "")
              .replace(/ tabSelected="(1|true)"/u, "")
          ).toBe(
            strFromU8(data)
              .replace(/<(\w+:)?sheetProtection[^>]*\/>/u, "")
              .replace(/ tabSelected="(1|true)"/u, "")
          );
    }
  );
});
